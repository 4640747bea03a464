// The graph on screen: cytoscape.js with the fCoSE force-directed layout.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeDef, NodeDef } from './model';

cytoscape.use(fcose);

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
}

/**
 * Above this many nodes the view trades polish for speed: fCoSE's draft (spectral) layout with
 * no animation and labels left out of node sizes. The draft lays out a few thousand nodes in
 * a second or two; the full force refinement grows much faster than the graph (1,000 nodes:
 * 15–30 s on a 2-core machine).
 */
const LARGE = 250;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif',
      'font-size': 11,
      color: '#1b1f23',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 6,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 13, 'text-max-width': '240px' } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f59e0b' } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'curve-style': 'bezier',
      'line-color': '#98a2ad',
      'target-arrow-color': '#98a2ad',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-size': 9,
      color: '#3b4650',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[!dated]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
  { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
  { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#e8590c' } },
  { selector: 'edge.path', style: { width: 4.5, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', color: '#9a3412', 'font-size': 11, 'font-weight': 'bold' } },
  { selector: 'node.changed', style: { 'border-width': 7, 'border-color': '#16a34a' } },
];

export class GraphView {
  readonly cy: Core;
  private tooltip: HTMLElement;
  private laidOut = false;
  private running = false;
  private afterLayout?: () => void;

  constructor(container: HTMLElement, tooltip: HTMLElement, private handlers: GraphHandlers) {
    this.tooltip = tooltip;
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (e) => this.handlers.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => this.handlers.onEdge(e.target.id()));
    this.cy.on('mouseover', 'node, edge', (e) => this.showTooltip(e));
    this.cy.on('mouseout', 'node, edge', () => this.hideTooltip());
    this.cy.on('viewport', () => this.hideTooltip());
    container.addEventListener('keydown', (e) => this.key(e));
    // A read-only handle for the end-to-end tests (and for curious developers in the console).
    (window as unknown as { hkgraphExplorer: object }).hkgraphExplorer = {
      nodes: () => this.cy.nodes().map((n) => n.id()),
      edges: () => this.cy.edges().map((e) => e.id()),
      label: (id: string) => this.cy.getElementById(id).data('label') as string | undefined,
      withClass: (cls: string) => this.cy.elements(`.${cls}`).map((e) => e.id()),
      /** Where a node is on the page (CSS pixels), to click it like a user. */
      pagePosition: (id: string) => {
        const p = this.cy.getElementById(id).renderedPosition();
        const box = container.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      settled: () => !this.running,
    };
  }

  /**
   * Shows exactly these elements: adds the new ones (next to the node they grew from, if
   * any), removes the ones that went, updates the others' data, then lays the graph out.
   */
  render(elements: (NodeDef | EdgeDef)[], opts: { grewFrom?: string; fit?: boolean; relayout?: boolean } = {}): void {
    const cy = this.cy;
    const want = new Set(elements.map((e) => e.data.id));
    const origin = opts.grewFrom ? cy.getElementById(opts.grewFrom) : undefined;
    const at = origin?.nonempty() ? origin.position() : undefined;
    let added = 0;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!want.has(el.id())) el.remove();
      });
      const toAdd: ElementDefinition[] = [];
      for (const def of elements) {
        const el = cy.getElementById(def.data.id);
        if (el.nonempty()) {
          el.data(def.data);
          el.classes(mergeClasses(el.classes(), def.classes));
          continue;
        }
        const d: ElementDefinition = { group: def.group, data: { ...def.data }, classes: def.classes };
        if (def.group === 'nodes' && at) d.position = { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 };
        toAdd.push(d);
        added++;
      }
      cy.add(toAdd);
    });
    if (added > 0 || opts.relayout || !this.laidOut) this.layout(!this.laidOut || !at, opts.fit ?? !at);
  }

  layout(randomize: boolean, fit: boolean): void {
    const n = this.cy.nodes().length;
    if (!n) return;
    const large = n > LARGE;
    this.cy.batch(() => this.cy.elements().removeClass('faded'));
    this.running = true;
    const layout = this.cy.layout({
        name: 'fcose',
        quality: large ? 'draft' : 'default',
        randomize,
        animate: !large && this.laidOut,
        animationDuration: 450,
        fit,
        padding: 40,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.35,
        nodeSeparation: 90,
        packComponents: true,
      } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      this.running = false;
      this.afterLayout?.();
      this.afterLayout = undefined;
    });
    layout.run();
    this.laidOut = true;
  }

  /** Highlights paths: their nodes and edges stand out, everything else fades. */
  highlight(nodes: Set<string>, edges: Set<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('path faded');
      if (!nodes.size) return;
      this.cy.nodes().forEach((n) => {
        n.addClass(nodes.has(n.id()) ? 'path' : 'faded');
      });
      this.cy.edges().forEach((e) => {
        e.addClass(edges.has(e.id()) ? 'path' : 'faded');
      });
    });
    const on = this.cy.elements('.path');
    if (on.empty()) return;
    // Zoom to the paths once the nodes have stopped moving.
    const fit = () => this.cy.animate({ fit: { eles: on, padding: 60 }, duration: 400 });
    if (this.running) this.afterLayout = fit;
    else fit();
  }

  select(id: string | undefined): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
  }

  /** Marks an entity that just changed for a few seconds. */
  flash(id: string): void {
    const n = this.cy.getElementById(id);
    n.addClass('changed');
    setTimeout(() => n.removeClass('changed'), 4000);
  }

  /** After the container was hidden (the review page): cytoscape measures it again. */
  resize(): void {
    this.cy.resize();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 }, duration: 300 });
  }

  visibleIds(): { nodes: string[]; edges: string[] } {
    return { nodes: this.cy.nodes().map((n) => n.id()), edges: this.cy.edges().map((e) => e.id()) };
  }

  async png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  private showTooltip(e: EventObject): void {
    const text = e.target.data('tooltip') as string | undefined;
    if (!text) return;
    const p = e.renderedPosition ?? (e.target as NodeSingular).renderedPosition();
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    const box = this.cy.container()!.getBoundingClientRect();
    const x = Math.min(p.x + 14, box.width - this.tooltip.offsetWidth - 8);
    const y = Math.min(p.y + 14, box.height - this.tooltip.offsetHeight - 8);
    this.tooltip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  /** Keyboard: arrows pan, + and - zoom, 0 fits the graph. */
  private key(e: KeyboardEvent): void {
    const step = 60;
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (pan[e.key]) {
      this.cy.panBy({ x: pan[e.key][0], y: pan[e.key][1] });
    } else if (e.key === '+' || e.key === '=') {
      this.zoom(1.25);
    } else if (e.key === '-') {
      this.zoom(0.8);
    } else if (e.key === '0') {
      this.fit();
    } else return;
    e.preventDefault();
  }

  zoom(factor: number): void {
    const c = this.cy.container()!;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: c.clientWidth / 2, y: c.clientHeight / 2 } });
  }
}

function mergeClasses(current: string[] | string, wanted: string): string[] {
  // Keep transient classes (path, faded, changed); the model decides 'root'.
  const cur = Array.isArray(current) ? current : current.split(/\s+/);
  const keep = cur.filter((c) => c && c !== 'root');
  return [...keep, ...wanted.split(/\s+/).filter(Boolean)];
}
