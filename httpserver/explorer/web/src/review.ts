// The review page (/explore/?review=…): add a source, then accept, edit or reject what the
// extractor proposes from it, beside the text with every cited span highlighted. Editors and
// admins only (the API refuses others); everything works by keyboard:
//   ↑/↓ or k/j move between proposals, a accepts, e edits, r rejects, Escape closes the editor.
import { ApiError, gql } from './api';
import { h } from './dom';
import {
  ExplorerAcceptProposalDocument, ExplorerIngestDocumentDocument, ExplorerProposalsDocument, ExplorerRejectProposalDocument,
  ExplorerReviewDocumentDocument, type EntityKind, type ExplorerProposalsQuery, type ExplorerReviewDocumentQuery, type ProposalEdit, type ProposedEndFieldsFragment,
} from './gql/graphql';
import { KINDS, KIND_LABELS, REL_TYPES, relLabel } from './model';
import {
  describe, editValue, inGraph, leadChoices, nextPending, roundChoices, segments, statusChoices, type Choice, type Proposal,
} from './review-model';
import { EntityPicker } from './search';

export interface ReviewHost {
  /** Shows an entity's neighbourhood in the graph view (and a relationship of it in the panel). */
  showInGraph(entity: string, relationship?: string): void;
  /** Opens another review page (a document id, or "new" for the form). */
  go(review: string): void;
  status(msg: string, error?: boolean): void;
}

type Doc = NonNullable<ExplorerReviewDocumentQuery['document']>;

const LANGUAGES: [string, string][] = [['zh-Hant', '繁體中文'], ['zh-Hans', '简体中文'], ['en', 'English']];
const PAGE = 100;

export class ReviewPage {
  private doc?: Doc;
  private proposals: Proposal[] = [];
  private current = -1;
  private seq = 0;
  private text = h('div', { class: 'review-text', tabindex: '0', 'aria-label': 'The document’s text' });
  private list = h('ol', { class: 'proposals', 'aria-label': 'Proposals' });
  private summary = h('p', { class: 'muted review-summary' });

  constructor(private root: HTMLElement, private host: ReviewHost) {
    this.list.addEventListener('keydown', (e) => this.key(e));
  }

  /** Shows the form for a new source ("new") or a document's proposals. */
  async open(review: string): Promise<void> {
    const seq = ++this.seq;
    if (review === 'new') {
      this.root.replaceChildren(...this.form());
      (this.root.querySelector('#source-title') as HTMLInputElement).focus();
      return;
    }
    this.root.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const data = await gql(ExplorerReviewDocumentDocument, { id: review });
      if (seq !== this.seq) return;
      if (!data.document) {
        this.root.replaceChildren(h('p', { class: 'error' }, `There is no document “${review}”.`));
        return;
      }
      this.doc = data.document;
      this.current = -1;
      // The text, list and summary are kept between visits: what they held (another visit's
      // proposals, perhaps another document's) must not show, nor take keys, until load renders.
      this.proposals = [];
      this.text.replaceChildren();
      this.list.replaceChildren();
      this.summary.textContent = 'Loading the proposals…';
      this.root.replaceChildren(this.header(data.document), h('div', { class: 'review-body' },
        h('section', { class: 'review-source', 'aria-label': 'Source' }, this.text),
        h('section', { class: 'review-proposals', 'aria-labelledby': 'proposals-title' },
          h('h3', { id: 'proposals-title' }, 'Proposals'), this.summary,
          h('p', { class: 'keys muted' }, 'Keys: ↑ ↓ move · A accept · E edit · R reject'),
          this.list)));
      await this.load();
      if (seq === this.seq) this.select(nextPending(this.proposals, -1), true);
    } catch (e) {
      if (seq === this.seq) this.root.replaceChildren(h('p', { class: 'error' }, this.explain(e as Error)));
    }
  }

  private explain(e: Error): string {
    if (e instanceof ApiError && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN')) {
      return `${e.message} Reviewing sources needs an editor’s or admin’s API key: set it under “API key”.`;
    }
    return e.message;
  }

  // ---- adding a source ----

  private form(): HTMLElement[] {
    const field = (label: string, input: HTMLElement, hint?: string) =>
      h('p', { class: 'field' }, h('label', { for: input.id }, label), input, hint ? h('span', { class: 'muted hint' }, hint) : null);
    const title = h('input', { id: 'source-title', required: true, maxlength: '500', autocomplete: 'off' });
    const lang = h('select', { id: 'source-language' }, LANGUAGES.map(([v, l]) => h('option', { value: v }, l)));
    const date = h('input', { id: 'source-date', type: 'date' });
    const url = h('input', { id: 'source-url', type: 'url', placeholder: 'https://', autocomplete: 'off' });
    const text = h('textarea', { id: 'source-text', required: true, rows: '14' });
    const submit = h('button', { type: 'submit' }, 'Add and extract proposals');
    const form = h('form', { class: 'source-form' },
      field('Title', title), field('Language', lang), field('Published', date, 'optional'), field('URL', url, 'optional'),
      field('Text', text, 'the whole article; proposals cite spans of it'),
      h('p', { class: 'row' }, submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      this.host.status('Storing the source and extracting proposals…');
      try {
        const data = await gql(ExplorerIngestDocumentDocument, {
          input: {
            title: title.value.trim(), language: lang.value, text: text.value,
            published: date.value || null, url: url.value.trim() || null,
          },
        });
        const r = data.ingestDocument;
        this.host.status(`Stored; ${r.mentions} mentions of known entities, ${r.proposals} proposals.`);
        this.host.go(r.document.id);
      } catch (err) {
        this.host.status(this.explain(err as Error), true);
      } finally {
        submit.disabled = false;
      }
    });
    return [h('h2', { id: 'review-title', tabindex: '-1' }, 'Add a source'),
      h('p', { class: 'muted' }, 'Paste an article in English, 简体 or 繁體: hkgraph stores it, links the entities it already knows and proposes the entities, relationships and figures the text states, each with the sentence that states it, for you to review.'),
      form];
  }

  // ---- the document and its proposals ----

  private header(d: Doc): HTMLElement {
    const meta = [d.publisher, d.published, `${d.length} characters`].filter(Boolean).join(' · ');
    return h('header', { class: 'review-head' },
      h('h2', { id: 'review-title', tabindex: '-1', lang: d.language }, d.title),
      h('p', { class: 'muted' }, meta, d.url ? [' · ', h('a', { href: d.url, rel: 'noreferrer noopener', target: '_blank' }, 'original')] : null,
        ' · ', h('button', { type: 'button', class: 'link', onclick: () => this.host.go('new') }, 'Add another source')));
  }

  /** Fetches every proposal of the document (in document order) and redraws. */
  private async load(): Promise<void> {
    const id = this.doc!.id;
    const all: Proposal[] = [];
    let after: string | null = null;
    for (;;) {
      const data: ExplorerProposalsQuery = await gql(ExplorerProposalsDocument, { documentId: id, first: PAGE, after });
      all.push(...data.proposals.edges.map((e) => e.node));
      if (!data.proposals.pageInfo.hasNextPage || !data.proposals.pageInfo.endCursor) break;
      after = data.proposals.pageInfo.endCursor;
    }
    this.proposals = all;
    this.render();
  }

  private render(): void {
    const d = this.doc!;
    const spans = this.proposals.map((p) => ({ id: p.id, start: p.citation.start, end: p.citation.end }));
    const status = new Map(this.proposals.map((p) => [p.id, p.status]));
    this.text.setAttribute('lang', d.language);
    this.text.replaceChildren(...segments(d.text ?? '', spans).map((s) => {
      if (!s.ids.length) return s.text;
      const states = new Set(s.ids.map((id) => status.get(id)));
      const cls = states.has('PENDING') ? 'pending' : states.has('ACCEPTED') ? 'accepted' : 'rejected';
      const m = h('mark', { class: `span ${cls}`, 'data-ids': s.ids.join(' ') }, s.text);
      m.addEventListener('click', () => this.select(this.proposals.findIndex((p) => p.id === s.ids[0]), true));
      return m;
    }));
    const by = (st: string) => this.proposals.filter((p) => p.status === st).length;
    this.summary.textContent = this.proposals.length
      ? `${this.proposals.length} proposals: ${by('PENDING')} to review, ${by('ACCEPTED')} accepted, ${by('REJECTED')} rejected.`
      : 'The extractor proposed nothing from this text.';
    this.list.replaceChildren(...this.proposals.map((p, i) => this.card(p, i)));
    if (this.current >= 0) this.select(Math.min(this.current, this.proposals.length - 1), false);
  }

  private card(p: Proposal, i: number): HTMLElement {
    const { title, details, factStatus } = describe(p);
    const where = inGraph(p);
    const li = h('li', { class: `proposal ${p.status.toLowerCase()}`, 'data-id': p.id, tabindex: '-1', 'aria-label': `${p.kind.toLowerCase()}: ${title}, ${p.status.toLowerCase()}` },
      h('p', { class: 'proposal-head' },
        h('span', { class: 'chip' }, p.kind.toLowerCase()), ' ',
        h('span', { class: `chip status-${p.status.toLowerCase()}` }, p.status.toLowerCase()),
        h('span', { class: 'muted' }, ` confidence ${p.confidence.toFixed(2)}`),
        p.trigger ? h('span', { class: 'muted' }, ` · cue “${p.trigger}”`) : null),
      h('p', { class: 'proposal-title' }, title),
      details.length || factStatus ? h('p', { class: 'muted proposal-details' },
        factStatus ? [h('span', { class: 'chip fact-status', title: 'What the text says of the fact' }, factStatus), ' '] : null,
        details.join(' · ')) : null,
      h('div', { class: 'actions' },
        p.status === 'PENDING' ? [
          h('button', { type: 'button', onclick: () => void this.accept(i) }, 'Accept'),
          h('button', { type: 'button', onclick: () => this.edit(i) }, 'Edit'),
          h('button', { type: 'button', onclick: () => void this.reject(i) }, 'Reject'),
        ] : null,
        where ? h('button', { type: 'button', onclick: () => this.host.showInGraph(where.entity, where.relationship) }, 'Show in the graph') : null));
    li.addEventListener('click', (e) => {
      if (!(e.target as HTMLElement).closest('button, input, select, form')) this.select(i, true);
    });
    return li;
  }

  /** Makes proposal i the current one: its card is focused and its span lit and scrolled to. */
  private select(i: number, focus: boolean): void {
    if (i < 0 || i >= this.proposals.length) return;
    this.current = i;
    const id = this.proposals[i].id;
    this.list.querySelectorAll<HTMLElement>('li.proposal').forEach((li, j) => {
      li.tabIndex = j === i ? 0 : -1;
      li.classList.toggle('current', j === i);
      if (j === i) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    });
    let first: HTMLElement | undefined;
    this.text.querySelectorAll<HTMLElement>('mark.span').forEach((m) => {
      const on = (m.dataset.ids ?? '').split(' ').includes(id);
      m.classList.toggle('current', on);
      if (on && !first) first = m;
    });
    first?.scrollIntoView({ block: 'center' });
    const li = this.list.children[i] as HTMLElement | undefined;
    if (focus && li && !li.contains(document.activeElement)) {
      li.focus({ preventScroll: true });
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement;
    if (t.closest('input, select, textarea, form') || e.ctrlKey || e.metaKey || e.altKey) return;
    const n = this.proposals.length;
    if (!n) return;
    const i = Math.max(this.current, 0);
    switch (e.key) {
      case 'ArrowDown': case 'j': this.select((i + 1) % n, true); break;
      case 'ArrowUp': case 'k': this.select((i - 1 + n) % n, true); break;
      case 'a': void this.accept(i); break;
      case 'e': this.edit(i); break;
      case 'r': void this.reject(i); break;
      default: return;
    }
    e.preventDefault();
  }

  // ---- accept, edit, reject ----

  private async act(i: number, verb: string, run: (p: Proposal) => Promise<Proposal>): Promise<void> {
    const p = this.proposals[i];
    if (!p || p.status !== 'PENDING') return;
    this.host.status(`${verb}…`);
    try {
      const done = await run(p);
      // Accepting a relationship may accept the entities at its ends too: fetch them all again.
      await this.load();
      const { title } = describe(done);
      this.host.status(`${done.status === 'ACCEPTED' ? 'Accepted' : 'Rejected'}: ${title}.`);
      this.select(nextPending(this.proposals, this.proposals.findIndex((x) => x.id === done.id)), true);
    } catch (e) {
      this.host.status(this.explain(e as Error), true);
    }
  }

  private accept(i: number, edit?: ProposalEdit): Promise<void> {
    return this.act(i, 'Accepting', async (p) => (await gql(ExplorerAcceptProposalDocument, { id: p.id, edit: edit ?? null })).acceptProposal);
  }

  private reject(i: number): Promise<void> {
    return this.act(i, 'Rejecting', async (p) => (await gql(ExplorerRejectProposalDocument, { id: p.id, reason: null })).rejectProposal);
  }

  /** Opens the editor under proposal i: what is changed there is sent as the accept's `edit`. */
  private edit(i: number): void {
    const p = this.proposals[i];
    const li = this.list.children[i] as HTMLElement | undefined;
    if (!p || !li || p.status !== 'PENDING' || li.querySelector('form')) return;
    const form = h('form', { class: 'edit-form', 'aria-label': 'Edit, then accept' });
    const edit: ProposalEdit = {};
    const text = (label: string, key: keyof ProposalEdit, value: string | number | null | undefined, type = 'text') => {
      const input = h('input', { type, value: value ?? '', step: type === 'number' ? 'any' : undefined, 'data-key': key });
      form.append(h('label', { class: 'field' }, h('span', {}, label), input));
      return input;
    };
    const select = (label: string, key: keyof ProposalEdit, options: readonly string[], value: string, name: (v: string) => string) =>
      choose(label, key, options.map((o): Choice => [o, name(o)]), value);
    const choose = (label: string, key: keyof ProposalEdit, choices: readonly Choice[], value: string) => {
      const s = h('select', { 'data-key': key }, choices.map(([v, name]) => h('option', { value: v, selected: v === value }, name)));
      form.append(h('label', { class: 'field' }, h('span', {}, label), s));
      return s;
    };
    // An end's picker starts on the known entity (its id is the picker's value) or the text's name.
    const pickers: { key: 'from' | 'to'; picker: EntityPicker; was: string }[] = [];
    const end = (label: string, key: 'from' | 'to', e: ProposedEndFieldsFragment) => {
      const input = h('input', { type: 'search', placeholder: 'Search an entity' });
      form.append(h('label', { class: 'field' }, h('span', {}, label), h('div', { class: 'picker' }, input)));
      const picker = new EntityPicker(input, () => {}, (err) => this.host.status(err.message, true));
      if (e.entity) picker.set(e.entity.id, e.entity.name);
      else input.value = e.name;
      pickers.push({ key, picker, was: e.entity?.id ?? '' });
    };
    const inputs: HTMLElement[] = [];
    if (p.relationship) {
      const r = p.relationship;
      inputs.push(select('Type', 'type', REL_TYPES, r.type, relLabel));
      end('From', 'from', r.from);
      end('To', 'to', r.to);
      // Direction: both ends must be entities (an end only proposed has no id to send yet).
      const swap = h('button', { type: 'button', class: 'swap' }, 'Swap from and to');
      swap.addEventListener('click', () => {
        const [a, b] = pickers.map((x) => x.picker);
        if (!a.value || !b.value) {
          this.host.status('Pick both ends from the search first: an end that is only proposed has no id yet.', true);
          return;
        }
        const [av, an] = [a.value, a.input.value];
        a.set(b.value, b.input.value);
        b.set(av, an);
      });
      form.append(h('p', { class: 'row' }, swap));
      inputs.push(text('Date', 'date', r.date), text('End date', 'endDate', r.endDate), text('Amount', 'amount', r.amount, 'number'),
        text('Currency', 'currency', r.currency), text('Role', 'role', r.role));
      const type = inputs[0] as HTMLSelectElement;
      const status = choose('Status', 'status', statusChoices(), r.status ?? 'CURRENT');
      const round = choose('Round', 'round', roundChoices(r.round), r.round ?? '');
      const lead = choose('Lead', 'lead', leadChoices(r.lead), r.lead == null ? '' : String(r.lead));
      inputs.push(status, round, lead);
      // Only investments have a round and a lead (the API refuses them on other types).
      const investment = () => {
        for (const s of [round, lead]) s.disabled = type.value !== 'INVESTED_IN';
      };
      type.addEventListener('change', investment);
      investment();
    } else if (p.entity) {
      const e = p.entity;
      inputs.push(select('Kind', 'kind', KINDS, e.kind, (k) => KIND_LABELS[k as EntityKind]), text('Id (slug)', 'id', ''),
        text('Name', 'name', e.name), text('繁體', 'nameZhHant', e.nameZhHant), text('简体', 'nameZhHans', e.nameZhHans));
    } else if (p.figure) {
      const f = p.figure;
      inputs.push(text('Key', 'key', f.key), text('Value', 'value', f.value, 'number'), text('Unit', 'unit', f.unit), text('As of', 'asOf', f.asOf));
    }
    const cancel = () => {
      form.remove();
      li.focus();
    };
    form.append(h('p', { class: 'row' }, h('button', { type: 'submit' }, 'Accept with these changes'), ' ',
      h('button', { type: 'button', onclick: cancel }, 'Cancel')));
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      for (const el of inputs as (HTMLInputElement | HTMLSelectElement)[]) {
        if (el.disabled) continue;
        const key = el.dataset.key as keyof ProposalEdit;
        const unchanged = el instanceof HTMLSelectElement ? el.selectedOptions[0]?.defaultSelected : el.value === el.defaultValue;
        if (unchanged) continue;
        if (el.value === '') continue;
        (edit as Record<string, unknown>)[key] = editValue(key, el.value, el instanceof HTMLInputElement && el.type === 'number');
      }
      for (const { key, picker, was } of pickers) if (picker.value && picker.value !== was) edit[key] = picker.value;
      void this.accept(i, edit);
    });
    li.append(form);
    (form.querySelector('input, select') as HTMLElement | null)?.focus();
  }
}
