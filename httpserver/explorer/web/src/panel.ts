// The side panel: an entity's names in three scripts, aliases, description, figures,
// relationships grouped by type, and every citation with its quote highlighted in context.
import { gql } from './api';
import { highlightInContext, highlightInDocument, type Highlight } from './citations';
import { h } from './dom';
import {
  ExplorerDocumentDocument, ExplorerRelationshipDocument, type CitationFieldsFragment, type ExplorerEntityQuery, type ExplorerRelationshipQuery,
} from './gql/graphql';
import {
  KIND_COLORS, ROUND_LABELS, STATUS_LABELS, dateRange, dealTerms, enumLabel, formatAmount, formatNumber, groupByType, relLabel, type Flat,
} from './model';

/** A citation as the panel's queries fetch it (fragment CitationFields). */
export type Citation = CitationFieldsFragment;

/** An entity with everything the panel shows (query ExplorerEntity). */
export type EntityDetails = Flat<NonNullable<ExplorerEntityQuery['entity']>>;

type Figure = EntityDetails['figures'][number];

/** A relationship with its citations (query ExplorerRelationship). */
export type RelDetails = NonNullable<ExplorerRelationshipQuery['relationship']>;

type Ref = RelDetails['from'];

export interface PanelActions {
  focus(id: string): void;
  expand(id: string): void;
  pathFrom(id: string, name: string): void;
}

function zhLang(lang: string): string | undefined {
  return lang.startsWith('zh') ? lang : lang === 'en' ? 'en' : undefined;
}

function marked(hl: Highlight, lang?: string): HTMLElement {
  return h('p', { class: 'context', lang }, hl.before, h('mark', { class: 'quote' }, hl.quote), hl.after);
}

/** One citation: the quote highlighted in its sentence, the document, and the whole text on demand. */
export function citationView(c: Citation): HTMLElement {
  const lang = zhLang(c.document.language);
  const hl = highlightInContext(c.context, c.quote);
  const doc = c.document;
  const meta = [doc.publisher, doc.published].filter(Boolean).join(', ');
  const full = h('div', { class: 'document', hidden: true });
  const show = h('button', { type: 'button', class: 'link' }, 'Show in the whole document');
  show.addEventListener('click', async () => {
    if (!full.hidden) {
      full.hidden = true;
      show.textContent = 'Show in the whole document';
      return;
    }
    show.disabled = true;
    try {
      const data = await gql(ExplorerDocumentDocument, { id: doc.id });
      const text = data.document?.text;
      full.replaceChildren();
      const whole = text ? highlightInDocument(text, c.start, c.end) : null;
      if (whole) {
        const p = marked(whole, lang);
        p.classList.add('whole');
        full.append(p);
      } else {
        full.append(h('p', { class: 'muted' }, 'The whole text of this document is not public: editors and admins can read it with an API key (see “API key” above).'));
      }
      full.hidden = false;
      show.textContent = 'Hide the document';
      full.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (e) {
      full.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
      full.hidden = false;
    } finally {
      show.disabled = false;
    }
  });
  return h('figure', { class: 'citation' },
    h('blockquote', {}, hl ? marked(hl, lang) : h('p', { class: 'context', lang }, h('mark', { class: 'quote' }, c.quote))),
    h('figcaption', {}, h('cite', {}, doc.title), meta ? ` — ${meta}` : '', ` · characters ${c.start}–${c.end}`, ' ', show),
    full);
}

function citations(cs: Citation[], label = 'Sources'): HTMLDetailsElement | null {
  if (!cs.length) return null;
  return h('details', { class: 'sources' }, h('summary', {}, `${label} (${cs.length})`), cs.map(citationView));
}

/** A relationship's sources, fetched the first time they are opened (keeps the entity query cheap). */
function lazyCitations(id: string): HTMLDetailsElement {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const d = h('details', { class: 'sources' }, h('summary', {}, 'Sources'), body);
  let loaded = false;
  d.addEventListener('toggle', async () => {
    if (!d.open || loaded) return;
    loaded = true;
    try {
      const data = await gql(ExplorerRelationshipDocument, { id });
      const cs = data.relationship?.citations ?? [];
      body.replaceChildren(...(cs.length ? cs.map(citationView) : [h('p', { class: 'muted' }, 'None.')]));
    } catch (e) {
      loaded = false;
      body.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    }
  });
  return d;
}

function figureValue(f: Figure): string {
  const money = f.unit === 'HKD';
  const fmt = (v: number) => (money ? `HK$${formatNumber(v)}` : formatNumber(v));
  let s = f.maxValue != null ? `${fmt(f.value)}–${fmt(f.maxValue)}` : fmt(f.value);
  if (f.qualifier) s = `${f.qualifier} ${s}`;
  if (f.unit && !money) s += ` ${f.unit}`;
  return s;
}

function chip(text: string, color?: string): HTMLElement {
  return h('span', { class: 'chip', style: color ? `--chip:${color}` : undefined }, text);
}

export function entityPanel(e: EntityDetails, actions: PanelActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  const kinds = e.kind === 'ORGANIZATION' && e.roles?.length ? e.roles.map(enumLabel) : [];
  out.push(h('header', { class: 'panel-head' },
    h('p', { class: 'kind' }, chip(enumLabel(e.kind), KIND_COLORS[e.kind]), kinds.map((k) => chip(k))),
    h('h2', { id: 'panel-title', tabindex: '-1' }, e.name),
    h('dl', { class: 'names' },
      h('dt', {}, 'English'), h('dd', { lang: 'en' }, e.name),
      h('dt', {}, '繁體'), h('dd', { lang: 'zh-Hant' }, e.nameZhHant || '—'),
      h('dt', {}, '简体'), h('dd', { lang: 'zh-Hans' }, e.nameZhHans || '—'))));
  out.push(h('div', { class: 'actions' },
    h('button', { type: 'button', onclick: () => actions.focus(e.id) }, 'Centre graph here'),
    h('button', { type: 'button', onclick: () => actions.expand(e.id) }, 'Expand neighbours'),
    h('button', { type: 'button', onclick: () => actions.pathFrom(e.id, e.name) }, 'Find a path from here')));
  if (e.aliases.length) out.push(h('section', {}, h('h3', {}, 'Also known as'), h('p', { class: 'aliases' }, e.aliases.map((a) => chip(a)))));
  if (e.description) out.push(h('section', {}, h('h3', {}, 'Description'), h('p', {}, e.description)));
  const facts: [string, string | number | null | undefined][] = [
    ['Founded', e.founded], ['Date', dateRange(e.date, e.endDate)], ['Region', e.region], ['Sector', e.sector],
    ['Relationships', e.degree], ['Version', e.updatedAt ? `${e.version} (${e.updatedAt.slice(0, 10)} by ${e.updatedBy})` : e.version],
  ];
  out.push(h('section', {}, h('h3', {}, 'Facts'), h('dl', { class: 'facts' },
    facts.filter(([, v]) => v !== undefined && v !== null && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]))));
  if (e.figures.length) {
    out.push(h('section', {}, h('h3', {}, 'Figures'), h('ul', { class: 'figures' }, e.figures.map((f) =>
      h('li', {},
        h('span', { class: 'figure-key' }, enumLabel(f.key)), ' ',
        h('strong', {}, figureValue(f)),
        f.asOf ? h('span', { class: 'muted' }, ` as of ${f.asOf}`) : null,
        f.note ? h('p', { class: 'note' }, f.note) : null,
        citations(f.citations))))));
  }
  const rels = e.relationships.edges.map((x) => x.node);
  const more = e.relationships.totalCount > rels.length ? ` (first ${rels.length} of ${e.relationships.totalCount})` : '';
  out.push(h('section', {}, h('h3', {}, `Relationships${more}`),
    rels.length ? groupByType(rels).map(([type, group]) => h('div', { class: 'relgroup' },
      h('h4', {}, `${relLabel(type)} (${group.length})`),
      h('ul', {}, group.map((r) => {
        const out = r.from.id === e.id;
        const other = out ? r.to : r.from;
        const d = dateRange(r.date, r.endDate);
        return h('li', {},
          h('span', { class: 'dir', 'aria-label': out ? 'to' : 'from' }, out ? '→' : '←'), ' ',
          h('button', { type: 'button', class: 'link', onclick: () => actions.expand(other.id), title: `Show ${other.name} and its neighbours` },
            h('span', { class: 'swatch', style: `background:${KIND_COLORS[other.kind]}`, 'aria-hidden': 'true' }), other.name),
          d ? h('span', { class: 'muted' }, ` ${d}`) : null,
          r.role ? h('span', { class: 'muted' }, ` · ${r.role}`) : null,
          r.status !== 'CURRENT' ? h('span', { class: 'chip' }, STATUS_LABELS[r.status].toLowerCase()) : null,
          dealTerms(r) ? h('span', { class: 'muted' }, ` · ${dealTerms(r)}`) : null,
          lazyCitations(r.id));
      })))) : h('p', { class: 'muted' }, 'None.')));
  const src = citations(e.citations, 'Sources introducing it');
  if (src) {
    src.open = true;
    out.push(h('section', {}, h('h3', {}, 'Sources'), src));
  }
  return out;
}

export function relationshipPanel(r: RelDetails, actions: PanelActions): HTMLElement[] {
  const d = dateRange(r.date, r.endDate);
  const facts: [string, string | null | undefined][] = [
    ['Date', d || 'not given'], ['Date note', r.dateNote], ['Role', r.role],
    ['Status', STATUS_LABELS[r.status]], ['Round', r.round ? ROUND_LABELS[r.round] : null],
    ['Amount', formatAmount(r.amount, r.currency, r.amountHKD)],
    ['Lead', r.lead === true ? 'Led the round' : r.lead === false ? 'Joined the round' : null], ['Note', r.note],
  ];
  const ref = (x: Ref) => h('button', { type: 'button', class: 'link', onclick: () => actions.focus(x.id) },
    h('span', { class: 'swatch', style: `background:${KIND_COLORS[x.kind]}`, 'aria-hidden': 'true' }), x.name);
  const src = citations(r.citations);
  if (src) src.open = true;
  return [
    h('header', { class: 'panel-head' },
      h('p', { class: 'kind' }, chip('Relationship')),
      h('h2', { id: 'panel-title', tabindex: '-1' }, relLabel(r.type)),
      h('p', { class: 'rel-line' }, ref(r.from), ` → ${relLabel(r.type)} → `, ref(r.to))),
    h('section', {}, h('h3', {}, 'Facts'), h('dl', { class: 'facts' },
      facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]))),
    h('section', {}, h('h3', {}, 'Sources'), src ?? h('p', { class: 'muted' }, 'None.')),
  ];
}
