// The legend: colours by kind, shapes by organisation role, for what is on screen.
import { KIND_COLORS, KIND_LABELS, KINDS, ROLE_SHAPES, type Kind } from './model';

const SVG = 'http://www.w3.org/2000/svg';

/** Outline points (in a 0..16 box) of the node shapes the legend shows. */
const POLYGONS: Record<string, string> = {
  star: '8,1 10,6 15.5,6.2 11.2,9.6 12.8,15 8,11.8 3.2,15 4.8,9.6 0.5,6.2 6,6',
  diamond: '8,1 15,8 8,15 1,8',
  'round-diamond': '8,1 15,8 8,15 1,8',
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  triangle: '8,1.5 15,14.5 1,14.5',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  rhomboid: '4,3 15,3 12,13 1,13',
  pentagon: '8,1 15,6.5 12.5,15 3.5,15 1,6.5',
};

export function shapeIcon(shape: string, color = '#4b5563'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  let el: SVGElement;
  if (POLYGONS[shape]) {
    el = document.createElementNS(SVG, 'polygon');
    el.setAttribute('points', POLYGONS[shape]);
  } else if (shape === 'barrel') {
    el = document.createElementNS(SVG, 'rect');
    el.setAttribute('x', '1.5');
    el.setAttribute('y', '1.5');
    el.setAttribute('width', '13');
    el.setAttribute('height', '13');
    el.setAttribute('rx', '6');
    el.setAttribute('ry', '3');
  } else if (shape === 'ellipse') {
    el = document.createElementNS(SVG, 'circle');
    el.setAttribute('cx', '8');
    el.setAttribute('cy', '8');
    el.setAttribute('r', '7');
  } else {
    el = document.createElementNS(SVG, 'rect');
    el.setAttribute('x', '1.5');
    el.setAttribute('y', '3');
    el.setAttribute('width', '13');
    el.setAttribute('height', '10');
    el.setAttribute('rx', '3');
  }
  el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}

export function renderLegend(root: HTMLElement, kinds: Map<Kind, number>, roles: Set<string>): void {
  root.replaceChildren();
  const kindList = document.createElement('ul');
  kindList.className = 'legend-kinds';
  for (const k of KINDS) {
    if (!kinds.get(k)) continue;
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = KIND_COLORS[k];
    li.append(sw, `${KIND_LABELS[k]} ${kinds.get(k)}`);
    kindList.append(li);
  }
  const roleList = document.createElement('ul');
  roleList.className = 'legend-roles';
  const seen = new Set<string>();
  for (const [role, shape, label] of ROLE_SHAPES) {
    if (!roles.has(role) || seen.has(label)) continue;
    seen.add(label);
    const li = document.createElement('li');
    li.append(shapeIcon(shape), label);
    roleList.append(li);
  }
  const edges = document.createElement('p');
  edges.className = 'legend-edges';
  edges.textContent = 'Arrows point from → to; dashed: no date. Hover for dates.';
  root.append(kindList);
  if (roleList.childElementCount) root.append(roleList);
  root.append(edges);
}
