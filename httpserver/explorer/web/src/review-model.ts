// The review page's model: proposals as lines of text, and a document's text cut at every
// proposal's citation span so each span can be highlighted. Pure functions, unit-tested.
import type { FactStatus, FundingRound, ProposalEdit, ProposalFieldsFragment, ProposedEndFieldsFragment } from './gql/graphql';
import { ROUND_LABELS, STATUS_LABELS, dateRange, dealTerms, enumLabel, formatNumber, relLabel } from './model';

/** A proposal as the review page fetches it (fragment ProposalFields). */
export type Proposal = ProposalFieldsFragment;

export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A piece of the text and the proposals whose citation covers all of it. */
export interface Segment {
  text: string;
  ids: string[];
}

/**
 * Cuts a text at the ends of every span (code-point offsets, as the API gives them) so that
 * each piece is covered by the same proposals throughout; overlapping and equal spans are fine,
 * and a span outside the text is left out.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const cps = Array.from(text);
  const ok = spans.filter((s) => s.start >= 0 && s.start < s.end && s.end <= cps.length);
  const cuts = [...new Set([0, cps.length, ...ok.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    out.push({ text: cps.slice(a, b).join(''), ids: ok.filter((s) => s.start <= a && b <= s.end).map((s) => s.id) });
  }
  return out;
}

/**
 * An end of a proposed relationship or figure: the known entity (with the text's name for it
 * when that differs, 數碼港 for Cyberport), or the name the text gives, marked new while its
 * entity is only proposed.
 */
export function endName(e: ProposedEndFieldsFragment): string {
  const said = e.name.replace(/^[“「『"']+|[”」』"']+$/g, '');
  if (e.entity) return e.entity.name === said ? said : `${e.entity.name} “${said}”`;
  return e.proposal ? `${said} (new)` : said;
}

/** The graph entity an end stands for, once it exists. */
export function endEntity(e: ProposedEndFieldsFragment): string | undefined {
  return e.entity?.id;
}

/**
 * A proposal in words: a title ("A → invested in → B"), its details, and for a relationship the
 * fact's status when it is not current (shown as a chip, as the details panel's lists do; a
 * status the text does not state means current).
 */
export function describe(p: Proposal): { title: string; details: string[]; factStatus?: string } {
  if (p.entity) {
    const e = p.entity;
    const zh = [e.nameZhHant, e.nameZhHans].filter((x, i, a) => x && a.indexOf(x) === i).join(' / ');
    const details = [[enumLabel(e.kind), ...e.roles.map(enumLabel)].join(', ')];
    if (zh) details.push(zh);
    if (e.aliases.length) details.push(`also ${e.aliases.join(', ')}`);
    if (e.existing) details.push(`already in the graph as ${e.existing.name}`);
    return { title: e.name, details };
  }
  if (p.relationship) {
    const r = p.relationship;
    const details = [dateRange(r.date, r.endDate), r.dateNote ?? '', dealTerms(r), r.role ? `role: ${r.role}` : ''].filter(Boolean);
    const title = `${endName(r.from)} → ${relLabel(r.type)} → ${endName(r.to)}`;
    return r.status && r.status !== 'CURRENT' ? { title, details, factStatus: STATUS_LABELS[r.status].toLowerCase() } : { title, details };
  }
  if (p.figure) {
    const f = p.figure;
    const unit = f.unit ? ` ${f.unit}` : '';
    const value = f.maxValue != null ? `${formatNumber(f.value)}–${formatNumber(f.maxValue)}${unit}` : `${formatNumber(f.value)}${unit}`;
    const details = [f.asOf ? `as of ${f.asOf}` : ''].filter(Boolean);
    return { title: `${endName(f.subject)}: ${enumLabel(f.key)} ${f.qualifier ? `${f.qualifier} ` : ''}${value}`, details };
  }
  return { title: enumLabel(p.kind), details: [] };
}

/** Where an accepted proposal is in the graph: the entity to centre on, and the relationship. */
export function inGraph(p: Proposal): { entity: string; relationship?: string } | undefined {
  if (p.status !== 'ACCEPTED') return undefined;
  if (p.relationship) {
    const entity = endEntity(p.relationship.from) ?? endEntity(p.relationship.to);
    return entity ? { entity, relationship: p.resultId ?? undefined } : undefined;
  }
  const entity = p.resultId ?? (p.entity ? p.entity.existing?.id : p.figure ? endEntity(p.figure.subject) : undefined);
  return entity ? { entity } : undefined;
}

/** The next proposal to review after index i: the next pending one, wrapping; else i. */
export function nextPending(ps: readonly Proposal[], i: number): number {
  for (let k = 1; k <= ps.length; k++) {
    const j = (i + k) % ps.length;
    if (ps[j].status === 'PENDING') return j;
  }
  return i;
}

/** A choice in the editor's selects: the value sent and what it reads. */
export type Choice = [value: string, label: string];

/**
 * The editor's choices for a relationship's status, round and lead, each starting on the
 * proposed value. ProposalEdit can set these but not clear them (null keeps the proposal's), so
 * "not stated" is offered only while nothing is stated; a status not stated reads as current.
 */
export function statusChoices(): Choice[] {
  return (Object.keys(STATUS_LABELS) as FactStatus[]).map((s) => [s, STATUS_LABELS[s]]);
}

export function roundChoices(round: FundingRound | null | undefined): Choice[] {
  const all = (Object.keys(ROUND_LABELS) as FundingRound[]).map((r): Choice => [r, ROUND_LABELS[r]]);
  return round ? all : [['', 'Not stated'], ...all];
}

export function leadChoices(lead: boolean | null | undefined): Choice[] {
  const all: Choice[] = [['true', 'Led the round'], ['false', 'Joined the round']];
  return lead == null ? [['', 'Not stated'], ...all] : all;
}

/** The value an edited form field sends in ProposalEdit: numbers and lead typed, the rest as text. */
export function editValue(key: keyof ProposalEdit, raw: string, numeric: boolean): ProposalEdit[keyof ProposalEdit] {
  if (numeric) return Number(raw);
  if (key === 'lead') return raw === 'true';
  return raw;
}
