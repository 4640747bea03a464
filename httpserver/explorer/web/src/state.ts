// The view's state in the URL, so a view can be shared: /explore/?entity=cyberport&depth=2&…
import { KINDS, REL_TYPES, type Kind, type RelType } from './model';

export interface ViewState {
  /** The entity whose neighbourhood is drawn. */
  entity?: string;
  /** Hops around it: 1–3. */
  depth: number;
  /** Kinds shown; undefined = all. */
  kinds?: Kind[];
  /** Relationship types shown; undefined = all. */
  types?: RelType[];
  /** Entities whose neighbours were added by clicking them. */
  expanded: string[];
  /** The entity shown in the side panel, when not the root. */
  selected?: string;
  /** A path search: from and to. */
  path?: [string, string];
  /** The review page: a document's id, or "new" for the form that adds a source. */
  review?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const REVIEW = /^(new|doc:[a-z0-9][a-z0-9-]{0,127})$/;

function list<T extends string>(v: string | null, allowed: readonly T[]): T[] | undefined {
  if (v === null) return undefined;
  const items = v.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
  return items;
}

function ids(v: string | null): string[] {
  return (v ?? '').split(',').filter((x) => ID.test(x));
}

export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const entity = q.get('entity') ?? undefined;
  const depth = Number(q.get('depth') ?? '1');
  const path = ids(q.get('path'));
  const selected = q.get('selected') ?? undefined;
  const review = q.get('review') ?? undefined;
  return {
    entity: entity && ID.test(entity) ? entity : undefined,
    depth: depth === 2 || depth === 3 ? depth : 1,
    kinds: list(q.get('kinds'), KINDS),
    types: list(q.get('types'), REL_TYPES),
    expanded: ids(q.get('expand')),
    selected: selected && ID.test(selected) ? selected : undefined,
    path: path.length === 2 ? [path[0], path[1]] : undefined,
    review: review && REVIEW.test(review) ? review : undefined,
  };
}

/** The query string for a state ("" for the empty view); defaults are left out. */
export function serializeState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.review) q.set('review', s.review);
  if (s.entity) q.set('entity', s.entity);
  if (s.depth !== 1) q.set('depth', String(s.depth));
  if (s.kinds && s.kinds.length < KINDS.length) q.set('kinds', s.kinds.join(','));
  if (s.types && s.types.length < REL_TYPES.length) q.set('types', s.types.join(','));
  if (s.expanded.length) q.set('expand', s.expanded.join(','));
  if (s.selected && s.selected !== s.entity) q.set('selected', s.selected);
  if (s.path) q.set('path', s.path.join(','));
  const out = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return out ? `?${out}` : '';
}
