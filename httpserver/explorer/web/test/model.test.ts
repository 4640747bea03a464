import { describe, expect, it } from 'vitest';
import {
  GraphStore, KINDS, REL_TYPES, allFilters, dealTerms, describePath, formatAmount, groupByType, nodeSize, relLabel, relTooltip, shapeOf, toElements,
  type EdgeDef, type NodeDef, type Path, type Subgraph,
} from '../src/model';

import { ent, rel } from './fixtures';

// The shape of `neighborhood` for Cyberport, trimmed.
const cyberport: Subgraph = {
  entities: [
    ent('cyberport', 'ORGANIZATION', { name: 'Hong Kong Cyberport Management Company Limited', nameZhHant: '香港數碼港管理有限公司', roles: ['INCUBATOR', 'INDUSTRY_PARK'], degree: 40, founded: 1999 }),
    ent('hong-kong', 'PLACE', { name: 'Hong Kong', degree: 20 }),
    ent('ai-supercomputing-centre', 'FACILITY', { name: 'AI Supercomputing Centre', date: '2024-12' }),
    ent('hksar-government', 'ORGANIZATION', { roles: ['GOVERNMENT'] }),
  ],
  relationships: [
    rel('rel:located_in:1', 'LOCATED_IN', 'cyberport', 'hong-kong'),
    rel('rel:operates:2', 'OPERATES', 'cyberport', 'ai-supercomputing-centre', { date: '2024-12', dateNote: 'opened' }),
    rel('rel:funds:3', 'FUNDS', 'hksar-government', 'cyberport', { amountHKD: 3e9 }),
  ],
};

describe('GraphStore', () => {
  it('merges subgraphs and reports what was new', () => {
    const s = new GraphStore();
    const first = s.merge(cyberport);
    expect(first.entities).toHaveLength(4);
    expect(first.relationships).toHaveLength(3);
    const again = s.merge({
      entities: [ent('hong-kong', 'PLACE', { name: 'Hong Kong' }), ent('shenzhen', 'PLACE')],
      relationships: [rel('rel:located_in:1', 'LOCATED_IN', 'cyberport', 'hong-kong'), rel('rel:partnered:4', 'PARTNERED_WITH', 'hong-kong', 'shenzhen')],
    });
    expect(again).toEqual({ entities: ['shenzhen'], relationships: ['rel:partnered:4'] });
    expect(s.entities.size).toBe(5);
  });

  it('keeps a relationship only with both ends', () => {
    const s = new GraphStore();
    s.merge({ entities: [ent('a')], relationships: [rel('r', 'FUNDS', 'a', 'missing')] });
    expect(s.relationships.size).toBe(0);
  });

  it('removes an entity with its relationships', () => {
    const s = new GraphStore();
    s.merge(cyberport);
    s.remove('cyberport');
    expect(s.entities.has('cyberport')).toBe(false);
    expect(s.relationships.size).toBe(0);
  });

  it('refreshes one entity’s relationships among the entities on screen', () => {
    const s = new GraphStore();
    s.merge(cyberport);
    s.refreshAround('cyberport', {
      entities: [ent('cyberport'), ent('hong-kong', 'PLACE'), ent('new-one')],
      relationships: [rel('rel:located_in:1', 'LOCATED_IN', 'cyberport', 'hong-kong'), rel('rel:new', 'FUNDS', 'new-one', 'cyberport')],
    });
    expect([...s.relationships.keys()].sort()).toEqual(['rel:located_in:1']);
    expect(s.entities.has('new-one')).toBe(false);
  });
});

describe('toElements', () => {
  const store = new GraphStore();
  store.merge(cyberport);

  it('maps entities to nodes coloured by kind and shaped by role, relationships to labelled edges', () => {
    const els = toElements(store, allFilters(), 'cyberport');
    const nodes = els.filter((e): e is NodeDef => e.group === 'nodes');
    const edges = els.filter((e): e is EdgeDef => e.group === 'edges');
    expect(nodes).toHaveLength(4);
    expect(edges).toHaveLength(3);
    const cp = nodes.find((n) => n.data.id === 'cyberport')!;
    expect(cp.classes).toBe('root');
    expect(cp.data.label).toBe('Hong Kong Cyberport Management Company Limited');
    expect(cp.data.shape).toBe('hexagon');
    expect(cp.data.tooltip).toContain('香港數碼港管理有限公司');
    expect(cp.data.tooltip).toContain('Founded 1999');
    expect(nodes.find((n) => n.data.id === 'hksar-government')!.data.shape).toBe('star');
    expect(nodes.find((n) => n.data.id === 'hong-kong')!.data.color).not.toBe(cp.data.color);
    const op = edges.find((e) => e.data.type === 'OPERATES')!;
    expect(op.data).toMatchObject({ source: 'cyberport', target: 'ai-supercomputing-centre', label: 'operates', dated: true });
    expect(op.data.tooltip).toContain('Date: 2024-12');
    expect(edges.find((e) => e.data.type === 'LOCATED_IN')!.data.dated).toBe(false);
  });

  it('hides filtered kinds (never the root) and their edges, and filtered types', () => {
    const f = allFilters();
    f.kinds.delete('PLACE');
    f.kinds.delete('ORGANIZATION');
    f.types.delete('FUNDS');
    const els = toElements(store, f, 'cyberport');
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id).sort()).toEqual(['ai-supercomputing-centre', 'cyberport']);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['rel:operates:2']);
  });
});

describe('labels and shapes', () => {
  it('names relationship types and sizes nodes by degree', () => {
    expect(relLabel('INVESTED_IN')).toBe('invested in');
    expect(nodeSize(0)).toBeLessThan(nodeSize(10));
    expect(nodeSize(1000)).toBeLessThan(120);
  });
  it('gives each kind a shape and organisations one by their first role', () => {
    for (const k of KINDS) expect(shapeOf({ kind: k })).toBeTruthy();
    expect(shapeOf({ kind: 'ORGANIZATION', roles: ['STARTUP', 'INVESTOR'] })).toBe('diamond');
    expect(REL_TYPES).toHaveLength(22);
  });
  it('puts dates, amounts and roles in the edge tooltip', () => {
    const t = relTooltip(rel('r', 'LEADS', 'a', 'b', { date: '2019', endDate: '2023', role: 'Chairman', amountHKD: 1.5e6 }), (id) => id.toUpperCase());
    expect(t).toBe('A → leads → B\nDate: 2019 – 2023\nRole: Chairman\nAmount: HK$1.5 million');
  });
});

describe('paths', () => {
  it('describes a path with each relationship’s direction', () => {
    const p: Path = {
      length: 2,
      entities: [ent('a'), ent('b'), ent('c')],
      relationships: [rel('r1', 'OPERATES', 'a', 'b'), rel('r2', 'FUNDS', 'c', 'b')],
    };
    expect(describePath(p)).toBe('A —operates→ B ←funds— C');
  });
  it('groups relationships by type in order', () => {
    const g = groupByType([{ type: 'A', n: 1 }, { type: 'B', n: 2 }, { type: 'A', n: 3 }]);
    expect(g.map(([t, rs]) => [t, rs.map((r) => r.n)])).toEqual([['A', [1, 3]], ['B', [2]]]);
  });
});

describe('deal terms', () => {
  it('states the round, the lead and the amount as the source gives it', () => {
    expect(dealTerms({ round: 'SERIES_A', lead: true, amount: 5e6, currency: 'USD', amountHKD: null })).toBe('Series A · led the round · USD 5 million');
    expect(dealTerms({ round: 'UNDISCLOSED', lead: false, amount: 5e7, currency: 'HKD', amountHKD: 5e7 })).toBe('Round not disclosed · joined the round · HK$50 million');
    expect(dealTerms({ amountHKD: 3e9 })).toBe('HK$3 billion');
    expect(formatAmount(1e8, 'CNY', 1.1e8)).toBe('CNY 100 million (HK$110 million)');
    expect(dealTerms({})).toBe('');
  });
});
