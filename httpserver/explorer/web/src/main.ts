// hkgraph explorer: a visual client of hkgraph's public GraphQL API.
import './style.css';
import { ApiError, apiKey, gql, resetSubscriptions, setApiKey, subscribe } from './api';
import { $, download, h } from './dom';
import { toGraphML, toJSON } from './exporters';
import { GraphView } from './graphview';
import { renderLegend } from './legend';
import {
  GraphStore, KINDS, KIND_COLORS, KIND_LABELS, REL_TYPES, allFilters, describePath, enumLabel, kindCounts, pathIds, relLabel,
  toElements, typeCounts, type EntityCore, type Filters, type Kind, type Path, type RelType, type Subgraph,
} from './model';
import {
  ExplorerEntityChangedDocument, ExplorerEntityDocument, ExplorerNeighborhoodDocument, ExplorerPathsDocument, ExplorerRelationshipDocument,
} from './gql/graphql';
import { entityPanel, relationshipPanel, type PanelActions } from './panel';
import { EntityPicker } from './search';
import { ReviewPage } from './review';
import { parseState, serializeState, type ViewState } from './state';

const LIMITS = [0, 150, 300, 500]; // entities per neighbourhood, by depth

class Explorer {
  private store = new GraphStore();
  private filters: Filters = allFilters();
  private root?: string;
  private depth = 1;
  private expanded: string[] = [];
  private selected?: string;
  private paths: Path[] = [];
  private pathEnds?: [string, string];
  private view: GraphView;
  private search: EntityPicker;
  private pathFrom: EntityPicker;
  private pathTo: EntityPicker;
  private panel = $('#panel-body');
  private status = $('#status');
  private panelSeq = 0;
  private loadSeq = 0;
  /** The review page shown instead of the graph: a document id or "new". */
  private reviewing?: string;
  private review: ReviewPage;
  private reviewStatus = $('#review-status');

  constructor() {
    this.view = new GraphView($('#cy'), $('#tooltip'), {
      onNode: (id) => void this.expand(id),
      onEdge: (id) => void this.showRelationship(id),
    });
    this.search = new EntityPicker($('#search-input') as HTMLInputElement, (hit) => void this.open(hit.id), (e) => this.error(e));
    this.pathFrom = new EntityPicker($('#path-from') as HTMLInputElement, () => {}, (e) => this.error(e));
    this.pathTo = new EntityPicker($('#path-to') as HTMLInputElement, () => {}, (e) => this.error(e));
    this.review = new ReviewPage($('#review-body'), {
      showInGraph: (entity, relationship) => void this.showInGraph(entity, relationship),
      go: (review) => this.go({ ...this.state(), review }),
      status: (msg, error) => {
        this.reviewStatus.textContent = msg;
        this.reviewStatus.classList.toggle('error', !!error);
      },
    });
    $('#review-link').addEventListener('click', (e) => {
      e.preventDefault();
      this.go({ ...this.state(), review: 'new' });
    });
    this.buildControls();
    window.addEventListener('popstate', () => void this.restore(parseState(location.search)));
    document.querySelectorAll<HTMLButtonElement>('[data-start]').forEach((b) =>
      b.addEventListener('click', () => void this.open(b.dataset.start!)));
    this.subscribe();
    // On a phone the legend starts folded: the graph needs the room.
    if (window.matchMedia('(max-width: 760px)').matches) ($('#legend-box') as HTMLDetailsElement).open = false;
  }

  private get actions(): PanelActions {
    return {
      focus: (id) => void this.open(id),
      expand: (id) => void this.expand(id),
      pathFrom: (id, name) => {
        this.pathFrom.set(id, name);
        const d = $('#pathfinder') as HTMLDetailsElement;
        d.open = true;
        this.pathTo.input.focus();
      },
    };
  }

  // ---- state and URL ----

  private state(): ViewState {
    if (this.reviewing) return { depth: 1, expanded: [], review: this.reviewing };
    const kinds = KINDS.filter((k) => this.filters.kinds.has(k));
    const types = REL_TYPES.filter((t) => this.filters.types.has(t));
    return {
      entity: this.root, depth: this.depth, kinds, types, expanded: this.expanded, selected: this.selected, path: this.pathEnds,
      review: this.reviewing,
    };
  }

  private pushURL(): void {
    const url = `${location.pathname}${serializeState(this.state())}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  /** Goes to a view as a new history entry (Back returns). */
  private go(s: ViewState): void {
    history.pushState(null, '', `${location.pathname}${serializeState(s)}`);
    void this.restore(s);
  }

  /** Shows the review page or the graph. */
  private showPage(review: string | undefined): void {
    const wasReviewing = !!this.reviewing;
    this.reviewing = review;
    $('#graph-page').hidden = !!review;
    $('#review-page').hidden = !review;
    $('#review-link').setAttribute('aria-current', review ? 'page' : 'false');
    if (wasReviewing && !review) this.view.resize();
  }

  /** From the review page: an accepted fact in the graph, fetched afresh. */
  private async showInGraph(entity: string, relationship?: string): Promise<void> {
    history.pushState(null, '', location.href);
    // The panel may still hold a fact shown earlier: it must not pass for this one while loading.
    ++this.panelSeq;
    this.panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    this.showPage(undefined);
    this.expanded = [];
    this.pathEnds = undefined;
    await this.load(entity);
    if (relationship) await this.showRelationship(relationship);
  }

  async restore(s: ViewState): Promise<void> {
    this.showPage(s.review);
    if (s.review) {
      this.pushURL();
      await this.review.open(s.review);
      return;
    }
    this.depth = s.depth;
    ($('#depth') as HTMLSelectElement).value = String(s.depth);
    this.filters = { kinds: new Set(s.kinds ?? KINDS), types: new Set(s.types ?? REL_TYPES) };
    this.syncFilterInputs();
    this.expanded = s.expanded;
    this.pathEnds = s.path;
    if (!s.entity) {
      this.root = undefined;
      this.store.clear();
      this.paths = [];
      this.redraw();
      this.showIntro();
      return;
    }
    await this.load(s.entity, s.selected);
    if (s.path) await this.findPaths(s.path[0], s.path[1]);
  }

  // ---- loading ----

  private typesArg(): RelType[] | null {
    return this.filters.types.size === REL_TYPES.length ? null : [...this.filters.types];
  }

  private async neighborhood(id: string, hops: number): Promise<Subgraph> {
    const data = await gql(ExplorerNeighborhoodDocument, { id, hops, types: this.typesArg(), limit: LIMITS[hops] });
    return data.neighborhood;
  }

  /** Draws an entity's neighbourhood afresh (and what the URL says was expanded). */
  private async load(id: string, selected?: string): Promise<void> {
    const seq = ++this.loadSeq;
    this.busy(`Loading the neighbourhood of ${this.store.name(id)}…`);
    try {
      const sub = await this.neighborhood(id, this.depth);
      if (seq !== this.loadSeq) return;
      if (!sub.entities.some((e) => e.id === id)) {
        this.error(new ApiError(`There is no entity “${id}”.`));
        return;
      }
      this.store.clear();
      this.store.merge(sub);
      this.root = id;
      this.paths = [];
      const extra = await Promise.all(this.expanded.filter((x) => x !== id).map((x) => this.neighborhood(x, 1).catch(() => null)));
      if (seq !== this.loadSeq) return;
      for (const s of extra) if (s) this.store.merge(s);
      $('#intro').hidden = true;
      this.redraw({ fit: true, relayout: true });
      const limited = sub.entities.length >= LIMITS[this.depth];
      this.done(`${this.store.entities.size} entities, ${this.store.relationships.size} relationships` +
        (limited ? ` — the first ${LIMITS[this.depth]} around ${this.store.name(id)}; narrow it with the filters.` : '.'));
      const sel = selected && this.store.entities.has(selected) ? selected : id;
      await this.showEntity(sel);
      // A default start for the path finder, unless someone is typing one: this runs when a
      // load finishes, which may be while they type.
      const typing = this.pathFrom.input.value !== '' || document.activeElement === this.pathFrom.input;
      if (!this.pathFrom.value && !typing) this.pathFrom.set(id, this.store.name(id));
    } catch (e) {
      this.error(e as Error);
    }
  }

  /** Opens an entity: its neighbourhood becomes the view. */
  async open(id: string): Promise<void> {
    this.expanded = [];
    this.selected = undefined;
    this.pathEnds = undefined;
    this.search.close();
    // A new history entry for the new view (load fills in its URL): Back returns to this one.
    if (this.root) history.pushState(null, '', location.href);
    await this.load(id);
  }

  /** Adds an entity's neighbours to the view (clicking a node) and shows it in the panel. */
  async expand(id: string): Promise<void> {
    if (!this.root) return this.open(id);
    this.busy(`Adding the neighbours of ${this.store.name(id)}…`);
    try {
      const sub = await this.neighborhood(id, 1);
      const added = this.store.merge(sub);
      if (id !== this.root && !this.expanded.includes(id)) this.expanded.push(id);
      this.redraw({ grewFrom: id });
      this.done(added.entities.length
        ? `Added ${added.entities.length} entities around ${this.store.name(id)}.`
        : `${this.store.name(id)} has no other neighbours${this.filters.types.size < REL_TYPES.length ? ' of the selected types' : ''}.`);
      await this.showEntity(id);
    } catch (e) {
      this.error(e as Error);
    }
  }

  // ---- drawing ----

  private redraw(opts: { grewFrom?: string; fit?: boolean; relayout?: boolean } = {}): void {
    this.view.render(toElements(this.store, this.filters, this.root), opts);
    const ids = pathIds(this.paths);
    this.view.highlight(ids.entities, ids.relationships);
    this.view.select(this.selected);
    const visible = this.visible();
    const kinds = new Map<Kind, number>();
    const roles = new Set<string>();
    for (const e of visible.entities) {
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      e.roles?.forEach((r) => roles.add(r));
    }
    renderLegend($('#legend'), kinds, roles);
    this.renderFilterCounts();
    this.renderList(visible.entities);
    $('#cy').setAttribute('aria-label',
      this.root ? `Graph of ${visible.entities.length} entities and ${visible.relationships.length} relationships around ${this.store.name(this.root)}. The list below the graph has the same entities.` : 'Empty graph');
    this.pushURL();
  }

  private visible(): { entities: EntityCore[]; relationships: Subgraph['relationships'] } {
    const ids = this.view.visibleIds();
    return {
      entities: ids.nodes.map((id) => this.store.entities.get(id)!).filter(Boolean),
      relationships: ids.edges.map((id) => this.store.relationships.get(id)!).filter(Boolean),
    };
  }

  /** The entities on screen as a list of buttons: the graph's keyboard and screen-reader view. */
  private renderList(entities: EntityCore[]): void {
    const list = $('#entity-list');
    $('#entity-count').textContent = String(entities.length);
    list.replaceChildren(...[...entities].sort((a, b) => a.name.localeCompare(b.name)).map((e) =>
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => void this.expand(e.id) },
        h('span', { class: 'swatch', style: `background:${KIND_COLORS[e.kind]}`, 'aria-hidden': 'true' }),
        e.name, h('span', { class: 'muted' }, ` ${enumLabel(e.kind)}`)))));
  }

  // ---- the side panel ----

  private async showEntity(id: string): Promise<void> {
    const seq = ++this.panelSeq;
    this.selected = id;
    this.view.select(id);
    this.pushURL();
    try {
      const data = await gql(ExplorerEntityDocument, { id });
      if (seq !== this.panelSeq) return;
      if (!data.entity) {
        this.panel.replaceChildren(h('p', {}, 'This entity no longer exists.'));
        return;
      }
      this.panel.replaceChildren(...entityPanel(data.entity, this.actions));
      $('#panel').scrollTop = 0;
    } catch (e) {
      if (seq === this.panelSeq) this.panel.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    }
  }

  private async showRelationship(id: string): Promise<void> {
    const seq = ++this.panelSeq;
    try {
      const data = await gql(ExplorerRelationshipDocument, { id });
      if (seq !== this.panelSeq || !data.relationship) return;
      this.panel.replaceChildren(...relationshipPanel(data.relationship, this.actions));
      $('#panel').scrollTop = 0;
    } catch (e) {
      this.error(e as Error);
    }
  }

  private showIntro(): void {
    $('#intro').hidden = false;
    this.panel.replaceChildren(h('p', { class: 'muted' }, 'Pick an entity to see its names, figures, relationships and sources here.'));
  }

  // ---- paths ----

  /** Shows the shortest paths between two entities: highlighted on the graph, listed in the panel. */
  private async findPaths(from: string, to: string): Promise<void> {
    ++this.panelSeq; // the panel shows the paths now
    const out = this.panel;
    if (from === to) {
      out.replaceChildren(h('p', {}, 'Pick two different entities.'));
      return;
    }
    this.busy('Finding paths…');
    try {
      const data = await gql(ExplorerPathsDocument, { from, to, k: 3, maxHops: 6 });
      this.paths = data.paths;
      this.pathEnds = [from, to];
      if (!this.root) this.root = from;
      for (const p of data.paths) this.store.merge({ entities: p.entities, relationships: p.relationships });
      $('#intro').hidden = true;
      this.redraw({ relayout: true, fit: true });
      ($('#pathfinder') as HTMLDetailsElement).open = false;
      const title = h('h2', { id: 'panel-title', tabindex: '-1' }, `Paths from ${this.store.name(from)} to ${this.store.name(to)}`);
      if (!data.paths.length) {
        out.replaceChildren(title, h('p', {}, 'No path within 6 relationships.'));
        this.done('No path found.');
        return;
      }
      out.replaceChildren(title,
        h('p', { class: 'muted' }, 'The shortest paths, ignoring direction, are highlighted in orange.'),
        h('ol', { class: 'paths' }, data.paths.map((p) => h('li', {}, h('span', { class: 'muted' }, `${p.length} hops: `), describePath(p)))),
        h('button', { type: 'button', onclick: () => this.clearPaths() }, 'Clear the highlight'));
      this.done(`${data.paths.length} shortest path${data.paths.length > 1 ? 's' : ''} highlighted.`);
    } catch (e) {
      this.error(e as Error);
    }
  }

  private clearPaths(): void {
    this.paths = [];
    this.pathEnds = undefined;
    this.redraw();
    if (this.selected) void this.showEntity(this.selected);
  }

  // ---- live updates ----

  private subscribe(): void {
    subscribe(ExplorerEntityChangedDocument, {}, {
      next: (msg) => {
        const ch = msg.data?.entityChanged;
        if (ch) void this.changed(ch.id, ch.operation, ch.actor, ch.entity);
      },
      error: () => $('#live').classList.add('off'),
      complete: () => {},
    });
    $('#live').classList.remove('off');
  }

  private async changed(id: string, operation: string, actor: string, entity: EntityCore | null): Promise<void> {
    if (!this.store.entities.has(id)) return;
    const name = this.store.name(id);
    if (!entity) {
      this.store.remove(id);
      if (id === this.root) this.root = undefined;
      this.redraw();
      this.done(`${name} was deleted (${operation} by ${actor}).`);
      return;
    }
    this.store.merge({ entities: [entity], relationships: [] });
    try {
      this.store.refreshAround(id, await this.neighborhood(id, 1));
    } catch {
      // The entity's own data is updated; its relationships follow with the next change.
    }
    this.redraw();
    this.view.flash(id);
    this.done(`${entity.name} changed just now (${operation} by ${actor}).`);
    if (this.selected === id) await this.showEntity(id);
  }

  // ---- controls ----

  private buildControls(): void {
    const depth = $('#depth') as HTMLSelectElement;
    depth.addEventListener('change', () => {
      this.depth = Number(depth.value);
      if (this.root) void this.load(this.root, this.selected).then(() => this.pushURL());
    });
    const kinds = $('#filter-kinds');
    for (const k of KINDS) {
      kinds.append(h('li', {}, h('label', {},
        h('input', { type: 'checkbox', value: k, checked: true, 'data-filter': 'kind', onchange: () => this.filtersChanged(false) }),
        h('span', { class: 'swatch', style: `background:${KIND_COLORS[k]}`, 'aria-hidden': 'true' }),
        KIND_LABELS[k], h('span', { class: 'count', 'data-count': k }))));
    }
    const types = $('#filter-types');
    for (const t of REL_TYPES) {
      types.append(h('li', {}, h('label', {},
        h('input', { type: 'checkbox', value: t, checked: true, 'data-filter': 'type', onchange: () => this.filtersChanged(true) }),
        relLabel(t), h('span', { class: 'count', 'data-count': t }))));
    }
    $('#filter-all').addEventListener('click', () => this.setAllFilters(true));
    $('#filter-reset').addEventListener('click', () => this.setAllFilters(false));
    $('#path-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const from = this.pathFrom.value;
      const to = this.pathTo.value;
      if (!from || !to) {
        this.error(new Error('Pick both ends of the path from the search results.'));
        return;
      }
      void this.findPaths(from, to).then(() => this.pushURL());
    });
    $('#export-png').addEventListener('click', async () => download(`${this.fileName()}.png`, await this.view.png()));
    $('#export-json').addEventListener('click', () => download(`${this.fileName()}.json`, toJSON(this.visible()), 'application/json'));
    $('#export-graphml').addEventListener('click', () => download(`${this.fileName()}.graphml`, toGraphML(this.visible()), 'application/xml'));
    $('#fit').addEventListener('click', () => this.view.fit());
    $('#zoom-in').addEventListener('click', () => this.view.zoom(1.25));
    $('#zoom-out').addEventListener('click', () => this.view.zoom(0.8));
    const key = $('#api-key') as HTMLInputElement;
    key.value = apiKey();
    $('#api-key-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      setApiKey(key.value.trim());
      await resetSubscriptions();
      this.subscribe();
      if (this.reviewing) await this.review.open(this.reviewing);
      else if (this.selected) await this.showEntity(this.selected);
      this.done(key.value.trim() ? 'API key set for this tab.' : 'API key cleared.');
    });
  }

  private fileName(): string {
    return `hkgraph-${this.root ?? 'graph'}-${new Date().toISOString().slice(0, 10)}`;
  }

  private syncFilterInputs(): void {
    document.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach((i) => {
      i.checked = i.dataset.filter === 'kind' ? this.filters.kinds.has(i.value as Kind) : this.filters.types.has(i.value as RelType);
    });
  }

  private setAllFilters(on: boolean): void {
    const typesBefore = this.filters.types.size;
    this.filters = on ? allFilters() : { kinds: new Set(), types: new Set(REL_TYPES) };
    this.syncFilterInputs();
    if (typesBefore !== this.filters.types.size && this.root) void this.load(this.root, this.selected);
    else this.redraw();
  }

  private filtersChanged(types: boolean): void {
    const checked = (f: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[data-filter="${f}"]`)].filter((i) => i.checked).map((i) => i.value);
    this.filters = { kinds: new Set(checked('kind') as Kind[]), types: new Set(checked('type') as RelType[]) };
    // Types go to the server (the neighbourhood's limit then counts only those); kinds only hide.
    if (types && this.root) void this.load(this.root, this.selected);
    else this.redraw();
  }

  private renderFilterCounts(): void {
    const kc = kindCounts(this.store);
    const tc = typeCounts(this.store);
    document.querySelectorAll<HTMLElement>('[data-count]').forEach((el) => {
      const n = kc.get(el.dataset.count as Kind) ?? tc.get(el.dataset.count as RelType) ?? 0;
      el.textContent = n ? ` ${n}` : '';
    });
  }

  // ---- status ----

  private busy(msg: string): void {
    this.status.classList.remove('error');
    this.status.textContent = msg;
    document.body.classList.add('loading');
  }

  private done(msg: string): void {
    this.status.classList.remove('error');
    this.status.textContent = msg;
    document.body.classList.remove('loading');
  }

  private error(e: Error): void {
    if (e.name === 'AbortError') return;
    document.body.classList.remove('loading');
    this.status.classList.add('error');
    this.status.textContent = e.message;
  }
}

const app = new Explorer();
void app.restore(parseState(location.search));
