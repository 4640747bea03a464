// The explorer's model: what the GraphQL API returns, and how it becomes a graph on screen.
// Pure functions only (no DOM, no cytoscape), so they are unit-tested with Vitest.

import type {
  EntityCoreFragment, EntityKind, ExplorerPathsQuery, FactStatus, FundingRound, OrganizationRole, RelCoreFragment, RelationshipType,
} from './gql/graphql';

export const KINDS = ['ORGANIZATION', 'PERSON', 'PROGRAMME', 'FUND', 'FACILITY', 'EVENT', 'PLACE', 'POLICY'] as const satisfies readonly EntityKind[];
/** EntityKind from the schema; KIND_LABELS and KIND_SHAPES (records over it) fail to compile when a kind is missing. */
export type Kind = EntityKind;

export const REL_TYPES = [
  'INVESTED_IN', 'PARTNERED_WITH', 'PARTICIPATED_IN', 'OPERATES', 'FUNDS', 'MANAGES', 'MERGED_WITH', 'LISTED_ON',
  'LOCATED_IN', 'LEADS', 'MEMBER_OF', 'WORKED_AT', 'EDUCATED_AT', 'RECOGNIZED_BY', 'SELECTED_FOR', 'ATTENDED',
  'SUBSIDIARY_OF', 'ANNOUNCED', 'TARGETS_MARKET', 'ORGANIZED', 'ESTABLISHED', 'ATTRACTED',
] as const satisfies readonly RelationshipType[];
export type RelType = RelationshipType;
// The filter lists every type the schema has: a type added to the schema and not here fails here.
const everyType: Exclude<RelationshipType, (typeof REL_TYPES)[number]> extends never ? true : never = true;
void everyType;

type KeysOfUnion<T> = T extends T ? keyof T : never;
/**
 * A union of object types as one object type: keys every member has keep their type, the others
 * become optional. The API's result types for an interface are unions (one member per concrete
 * type, `... on Organization { roles }`); the explorer reads them as one shape.
 */
export type Flat<U> = Pick<U, keyof U> & {
  [K in Exclude<KeysOfUnion<U>, keyof U>]?: U extends { [P in K]: infer V } ? V : never;
};

/** An entity as the graph queries fetch it (fragment EntityCore, generated from the schema). */
export type EntityCore = Flat<EntityCoreFragment>;

/** A relationship as the graph queries fetch it (fragment RelCore). */
export type RelCore = RelCoreFragment;

/** What neighbourhoods, paths and live changes add to the view. */
export interface Subgraph {
  entities: readonly EntityCore[];
  relationships: readonly RelCore[];
}

/** One path of the `paths` query. */
export type Path = Omit<ExplorerPathsQuery['paths'][number], 'entities'> & { entities: EntityCore[] };

/** Okabe–Ito-based colours, one per kind; each keeps 3:1 contrast with the white canvas. */
export const KIND_COLORS: Record<Kind, string> = {
  ORGANIZATION: '#0067a5',
  PERSON: '#c4420c',
  PROGRAMME: '#007a5a',
  FUND: '#a86b00',
  FACILITY: '#7b3fa0',
  EVENT: '#c2185b',
  PLACE: '#5f6b73',
  POLICY: '#6d4c2f',
};

export const KIND_LABELS: Record<Kind, string> = {
  ORGANIZATION: 'Organisation',
  PERSON: 'Person',
  PROGRAMME: 'Programme',
  FUND: 'Fund',
  FACILITY: 'Facility',
  EVENT: 'Event',
  PLACE: 'Place',
  POLICY: 'Policy',
};

/** Node shapes for organisations by role; the first role in this order wins. */
export const ROLE_SHAPES: [OrganizationRole, string, string][] = [
  ['GOVERNMENT', 'star', 'Government'],
  ['INVESTOR', 'diamond', 'Investor'],
  ['INCUBATOR', 'hexagon', 'Incubator'],
  ['INDUSTRY_PARK', 'hexagon', 'Industry park'],
  ['UNIVERSITY', 'triangle', 'University'],
  ['RESEARCH_INSTITUTE', 'triangle', 'Research institute'],
  ['FINANCIAL_INSTITUTION', 'round-diamond', 'Financial institution'],
  ['EXCHANGE', 'barrel', 'Exchange'],
  ['STARTUP', 'ellipse', 'Startup'],
  ['CORPORATE', 'round-rectangle', 'Corporate'],
  ['MEDIA', 'rhomboid', 'Media'],
  ['ASSOCIATION', 'pentagon', 'Association'],
];

/** Shapes of the other kinds. */
export const KIND_SHAPES: Record<Kind, string> = {
  ORGANIZATION: 'round-rectangle',
  PERSON: 'ellipse',
  PROGRAMME: 'round-tag',
  FUND: 'diamond',
  FACILITY: 'round-rectangle',
  EVENT: 'vee',
  PLACE: 'ellipse',
  POLICY: 'rectangle',
};

export function shapeOf(e: Pick<EntityCore, 'kind' | 'roles'>): string {
  if (e.kind === 'ORGANIZATION' && e.roles?.length) {
    for (const [role, shape] of ROLE_SHAPES) if (e.roles.includes(role)) return shape;
  }
  return KIND_SHAPES[e.kind] ?? 'ellipse';
}

/** "INVESTED_IN" → "invested in". */
export function relLabel(t: string): string {
  return t.toLowerCase().replace(/_/g, ' ');
}

/** "ORGANIZATION" → "Organisation"; roles likewise ("INDUSTRY_PARK" → "Industry park"). */
export function enumLabel(v: string): string {
  if (v in KIND_LABELS) return KIND_LABELS[v as Kind];
  const s = v.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A date range for people: "2024-06", "2019 – 2023", "from 2019", "". */
export function dateRange(date?: string | null, endDate?: string | null): string {
  if (date && endDate) return `${date} – ${endDate}`;
  if (date) return date;
  if (endDate) return `until ${endDate}`;
  return '';
}

/** What hovering a relationship shows: its type and its dates. */
export function relTooltip(r: RelCore, names: (id: string) => string): string {
  const lines = [`${names(r.from.id)} → ${relLabel(r.type)} → ${names(r.to.id)}`];
  const d = dateRange(r.date, r.endDate);
  lines.push(d ? `Date: ${d}` : 'No date given');
  if (r.dateNote) lines.push(r.dateNote);
  if (r.role) lines.push(`Role: ${r.role}`);
  if (r.amountHKD != null) lines.push(`Amount: HK$${formatNumber(r.amountHKD)}`);
  return lines.join('\n');
}

/** What hovering an entity shows. */
export function entityTooltip(e: EntityCore): string {
  const lines = [e.name];
  const zh = [e.nameZhHant, e.nameZhHans].filter((x, i, a) => x && a.indexOf(x) === i).join(' / ');
  if (zh) lines.push(zh);
  const kind = e.kind === 'ORGANIZATION' && e.roles?.length ? e.roles.map(enumLabel).join(', ') : enumLabel(e.kind);
  lines.push(kind);
  if (e.founded) lines.push(`Founded ${e.founded}`);
  const d = dateRange(e.date, e.endDate);
  if (d) lines.push(`Date: ${d}`);
  return lines.join('\n');
}

/** An amount as the source states it ("USD 5 million"), with its Hong Kong dollars when stated apart. */
export function formatAmount(amount?: number | null, currency?: string | null, amountHKD?: number | null): string {
  if (amount != null) {
    const s = currency === 'HKD' ? `HK$${formatNumber(amount)}` : `${currency ? `${currency} ` : ''}${formatNumber(amount)}`;
    return amountHKD != null && currency !== 'HKD' ? `${s} (HK$${formatNumber(amountHKD)})` : s;
  }
  return amountHKD != null ? `HK$${formatNumber(amountHKD)}` : '';
}

export const ROUND_LABELS: Record<FundingRound, string> = {
  PRE_SEED: 'Pre-seed', SEED: 'Seed', ANGEL: 'Angel', SERIES_A: 'Series A', SERIES_B: 'Series B', SERIES_C: 'Series C',
  SERIES_D_PLUS: 'Series D or later', PRE_IPO: 'Pre-IPO', STRATEGIC: 'Strategic', GRANT: 'Grant', UNDISCLOSED: 'Round not disclosed',
};

export const STATUS_LABELS: Record<FactStatus, string> = { PLANNED: 'Planned', CURRENT: 'Current', ENDED: 'Ended' };

/** An investment's terms in a few words: "Series A · led the round · USD 5 million". */
export function dealTerms(r: { round?: FundingRound | null; lead?: boolean | null; amount?: number | null; currency?: string | null; amountHKD?: number | null }): string {
  return [r.round ? ROUND_LABELS[r.round] : '', r.lead === true ? 'led the round' : r.lead === false ? 'joined the round' : '',
    formatAmount(r.amount, r.currency, r.amountHKD)].filter(Boolean).join(' · ');
}

export function formatNumber(v: number): string {
  if (Math.abs(v) >= 1e9) return `${+(v / 1e9).toFixed(2)} billion`;
  if (Math.abs(v) >= 1e6) return `${+(v / 1e6).toFixed(2)} million`;
  return v.toLocaleString('en');
}

/** The explorer's working set: every entity and relationship fetched so far. */
export class GraphStore {
  entities = new Map<string, EntityCore>();
  relationships = new Map<string, RelCore>();

  /** Adds a subgraph; returns the ids of entities and relationships that were new. */
  merge(sub: Subgraph): { entities: string[]; relationships: string[] } {
    const added = { entities: [] as string[], relationships: [] as string[] };
    for (const e of sub.entities) {
      if (!this.entities.has(e.id)) added.entities.push(e.id);
      this.entities.set(e.id, { ...this.entities.get(e.id), ...e });
    }
    for (const r of sub.relationships) {
      // A relationship is kept only with both ends (the API's subgraphs are closed).
      if (!this.entities.has(r.from.id) || !this.entities.has(r.to.id)) continue;
      if (!this.relationships.has(r.id)) added.relationships.push(r.id);
      this.relationships.set(r.id, r);
    }
    return added;
  }

  /** Removes an entity and its relationships. */
  remove(id: string): void {
    this.entities.delete(id);
    for (const [rid, r] of this.relationships) if (r.from.id === id || r.to.id === id) this.relationships.delete(rid);
  }

  /**
   * Replaces what is known of one entity's relationships among the entities on screen with a
   * fresh neighbourhood (after a live change): relationships it no longer has go.
   */
  refreshAround(id: string, sub: Subgraph): void {
    const fresh = new Set(sub.relationships.map((r) => r.id));
    for (const [rid, r] of this.relationships) {
      if ((r.from.id === id || r.to.id === id) && !fresh.has(rid)) this.relationships.delete(rid);
    }
    const onScreen: Subgraph = {
      entities: sub.entities.filter((e) => this.entities.has(e.id)),
      relationships: sub.relationships,
    };
    this.merge(onScreen);
  }

  clear(): void {
    this.entities.clear();
    this.relationships.clear();
  }

  name(id: string): string {
    return this.entities.get(id)?.name ?? id;
  }
}

export interface Filters {
  kinds: Set<Kind>;
  types: Set<RelType>;
}

export function allFilters(): Filters {
  return { kinds: new Set(KINDS), types: new Set(REL_TYPES) };
}

/** Cytoscape element definitions (plain data, so this stays testable without a DOM). */
export interface NodeDef {
  group: 'nodes';
  data: {
    id: string;
    label: string;
    kind: Kind;
    color: string;
    shape: string;
    size: number;
    tooltip: string;
  };
  classes: string;
}

export interface EdgeDef {
  group: 'edges';
  data: { id: string; source: string; target: string; type: RelType; label: string; tooltip: string; dated: boolean };
  classes: string;
}

/** Node size grows with the logarithm of its degree: hubs stand out without dwarfing leaves. */
export function nodeSize(degree = 0): number {
  return Math.round(22 + 9 * Math.log2(1 + degree));
}

/**
 * What is on screen: the entities that pass the kind filter (the root always does) and the
 * relationships of allowed types between two shown entities.
 */
export function toElements(store: GraphStore, filters: Filters, root?: string): (NodeDef | EdgeDef)[] {
  const out: (NodeDef | EdgeDef)[] = [];
  const shown = new Set<string>();
  for (const e of store.entities.values()) {
    if (e.id !== root && !filters.kinds.has(e.kind)) continue;
    shown.add(e.id);
    out.push({
      group: 'nodes',
      data: {
        id: e.id, label: e.name, kind: e.kind, color: KIND_COLORS[e.kind] ?? '#555', shape: shapeOf(e),
        size: nodeSize(e.degree), tooltip: entityTooltip(e),
      },
      classes: e.id === root ? 'root' : '',
    });
  }
  for (const r of store.relationships.values()) {
    if (!filters.types.has(r.type) || !shown.has(r.from.id) || !shown.has(r.to.id)) continue;
    out.push({
      group: 'edges',
      data: {
        id: r.id, source: r.from.id, target: r.to.id, type: r.type, label: relLabel(r.type),
        tooltip: relTooltip(r, (id) => store.name(id)), dated: !!(r.date || r.endDate),
      },
      classes: '',
    });
  }
  return out;
}

/** The entity and relationship ids along a set of paths. */
export function pathIds(paths: Path[]): { entities: Set<string>; relationships: Set<string> } {
  const entities = new Set<string>();
  const relationships = new Set<string>();
  for (const p of paths) {
    for (const e of p.entities) entities.add(e.id);
    for (const r of p.relationships) relationships.add(r.id);
  }
  return { entities, relationships };
}

/** A path as a line of text: "A —operates→ B ←funds— C". */
export function describePath(p: Path): string {
  let s = p.entities[0]?.name ?? '';
  p.relationships.forEach((r, i) => {
    const prev = p.entities[i];
    const next = p.entities[i + 1];
    const forward = r.from.id === prev.id;
    s += forward ? ` —${relLabel(r.type)}→ ` : ` ←${relLabel(r.type)}— `;
    s += next.name;
  });
  return s;
}

/** Relationships grouped by type, in the API's order within each group. */
export function groupByType<T extends { type: string }>(rels: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const r of rels) {
    const g = groups.get(r.type);
    if (g) g.push(r);
    else groups.set(r.type, [r]);
  }
  return [...groups.entries()];
}

/** Counts per type among the loaded relationships (for the filter list). */
export function typeCounts(store: GraphStore): Map<RelType, number> {
  const counts = new Map<RelType, number>();
  for (const r of store.relationships.values()) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return counts;
}

export function kindCounts(store: GraphStore): Map<Kind, number> {
  const counts = new Map<Kind, number>();
  for (const e of store.entities.values()) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return counts;
}
