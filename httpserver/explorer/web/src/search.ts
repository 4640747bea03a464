// An accessible entity picker (ARIA 1.2 combobox with a listbox popup): instant results from
// the API's search as the user types, in English, Simplified or Traditional Chinese.
import { gql } from './api';
import { h } from './dom';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from './gql/graphql';
import { KIND_COLORS, enumLabel, type Flat } from './model';

type SearchResult = ExplorerSearchQuery['search'][number];

/** A search result as the picker lists it: the entity, and which field matched. */
export type Hit = Flat<SearchResult['entity']> & Pick<SearchResult, 'matchedField' | 'highlight'>;

let pickers = 0;

export class EntityPicker {
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private hits: Hit[] = [];
  private active = -1;
  private timer = 0;
  private abort?: AbortController;
  private seq = 0;
  /** The entity picked last (its id), or "" when the text was edited since. */
  value = '';

  constructor(input: HTMLInputElement, private onPick: (hit: Hit) => void, private onError: (e: Error) => void) {
    this.input = input;
    const id = `picker-${++pickers}`;
    this.list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'listbox', hidden: true, 'aria-label': 'Matching entities' });
    input.after(this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.list.id);
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.addEventListener('input', () => this.changed());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('focus', () => this.hits.length && this.open());
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Shows an entity as picked without searching. */
  set(id: string, name: string): void {
    this.value = id;
    this.input.value = name;
    this.close();
  }

  private changed(): void {
    this.value = '';
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) {
      this.hits = [];
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => this.search(q), 120);
  }

  private async search(q: string): Promise<void> {
    this.abort?.abort();
    this.abort = new AbortController();
    const seq = ++this.seq;
    try {
      const data = await gql(ExplorerSearchDocument, { q: q.slice(0, 200), first: 8 }, this.abort.signal);
      if (seq !== this.seq) return;
      this.hits = data.search.map((s) => ({ ...s.entity, matchedField: s.matchedField, highlight: s.highlight }));
      this.active = this.hits.length ? 0 : -1;
      this.renderList(q);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.onError(e as Error);
    }
  }

  private renderList(q: string): void {
    this.list.replaceChildren();
    if (!this.hits.length) {
      this.list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `Nothing matches “${q}”.`));
    }
    this.hits.forEach((hit, i) => {
      const zh = [hit.nameZhHant, hit.nameZhHans].filter((x, j, a) => x && a.indexOf(x) === j).join(' · ');
      const also = hit.matchedField === 'alias' || hit.matchedField === 'description' ? hit.highlight : '';
      const li = h('li', { id: `${this.list.id}-${i}`, role: 'option', 'aria-selected': i === this.active ? 'true' : 'false', 'data-id': hit.id },
        h('span', { class: 'swatch', style: `background:${KIND_COLORS[hit.kind]}`, 'aria-hidden': 'true' }),
        h('span', { class: 'hit-text' },
          h('span', { class: 'hit-name' }, hit.name),
          zh ? h('span', { class: 'hit-zh', lang: 'zh' }, zh) : null,
          also ? h('span', { class: 'hit-also' }, `matched ${hit.matchedField}: ${also}`) : null),
        h('span', { class: 'hit-kind' }, enumLabel(hit.kind)));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(i);
      });
      this.list.append(li);
    });
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private mark(): void {
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    if (this.active >= 0 && !this.list.hidden) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent): void {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
        if (!n) return;
        e.preventDefault();
        if (this.list.hidden) this.open();
        else this.active = (this.active + 1) % n;
        this.mark();
        break;
      case 'ArrowUp':
        if (!n) return;
        e.preventDefault();
        this.active = (this.active - 1 + n) % n;
        this.mark();
        break;
      case 'Enter':
        if (this.active >= 0 && !this.list.hidden) {
          e.preventDefault();
          this.pick(this.active);
        }
        break;
      case 'Escape':
        if (!this.list.hidden) {
          e.preventDefault();
          this.close();
        }
        break;
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.set(hit.id, hit.name);
    this.onPick(hit);
  }
}
