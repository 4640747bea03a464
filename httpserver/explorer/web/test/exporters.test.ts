import { describe, expect, it } from 'vitest';
import { toGraphML, toJSON } from '../src/exporters';
import { ent, rel } from './fixtures';

const v = {
  entities: [
    ent('cyberport', 'ORGANIZATION', { name: 'Cyberport & <Co>', nameZhHant: '數碼港', roles: ['INCUBATOR', 'INDUSTRY_PARK'], founded: 1999 }),
    ent('hong-kong', 'PLACE', { name: 'Hong Kong' }),
  ],
  relationships: [rel('rel:located_in:1', 'LOCATED_IN', 'cyberport', 'hong-kong', { date: '2024' })],
};

describe('exports', () => {
  it('writes GraphML with escaped attributes, as hkgraph export does', () => {
    const x = toGraphML(v);
    expect(x).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(x).toContain('<node id="cyberport"><data key="n_label">Cyberport &amp; &lt;Co&gt;</data><data key="n_kind">ORGANIZATION</data><data key="n_nameZhHant">數碼港</data><data key="n_roles">INCUBATOR|INDUSTRY_PARK</data><data key="n_founded">1999</data></node>');
    expect(x).toContain('<edge id="rel:located_in:1" source="cyberport" target="hong-kong"><data key="e_label">LOCATED_IN</data><data key="e_type">LOCATED_IN</data><data key="e_date">2024</data></edge>');
    expect(x.match(/<node /g)).toHaveLength(2);
  });
  it('writes JSON that parses back', () => {
    expect(JSON.parse(toJSON(v))).toEqual(v);
  });
});
