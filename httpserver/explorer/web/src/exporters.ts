// Exports of the visible subgraph: JSON and GraphML (the attributes `hkgraph export --format
// graphml` writes, so files from both open the same way in Gephi).
import type { EntityCore, RelCore, Subgraph } from './model';

/** What is on screen. */
export type Visible = Subgraph;

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NODE_KEYS: [string, string, (e: EntityCore) => string | undefined][] = [
  ['label', 'string', (e) => e.name],
  ['kind', 'string', (e) => e.kind],
  ['nameZhHans', 'string', (e) => e.nameZhHans ?? undefined],
  ['nameZhHant', 'string', (e) => e.nameZhHant ?? undefined],
  ['roles', 'string', (e) => (e.roles?.length ? e.roles.join('|') : undefined)],
  ['founded', 'int', (e) => (e.founded != null ? String(e.founded) : undefined)],
  ['date', 'string', (e) => e.date ?? undefined],
  ['endDate', 'string', (e) => e.endDate ?? undefined],
];

const EDGE_KEYS: [string, string, (r: RelCore) => string | undefined][] = [
  ['label', 'string', (r) => r.type],
  ['type', 'string', (r) => r.type],
  ['date', 'string', (r) => r.date ?? undefined],
  ['endDate', 'string', (r) => r.endDate ?? undefined],
  ['amountHKD', 'double', (r) => (r.amountHKD != null ? String(r.amountHKD) : undefined)],
  ['role', 'string', (r) => r.role ?? undefined],
];

export function toGraphML(v: Visible): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [name, type] of NODE_KEYS) lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="hkgraph" edgedefault="directed">');
  for (const e of v.entities) {
    const data = NODE_KEYS.map(([name, , get]) => {
      const val = get(e);
      return val === undefined ? '' : `<data key="n_${name}">${xml(val)}</data>`;
    }).join('');
    lines.push(`    <node id="${xml(e.id)}">${data}</node>`);
  }
  for (const r of v.relationships) {
    const data = EDGE_KEYS.map(([name, , get]) => {
      const val = get(r);
      return val === undefined ? '' : `<data key="e_${name}">${xml(val)}</data>`;
    }).join('');
    lines.push(`    <edge id="${xml(r.id)}" source="${xml(r.from.id)}" target="${xml(r.to.id)}">${data}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** JSON of the visible subgraph: entities and relationships as the API returned them. */
export function toJSON(v: Visible): string {
  return JSON.stringify({ entities: v.entities, relationships: v.relationships }, null, 2) + '\n';
}
