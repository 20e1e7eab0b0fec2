/** The legend beside the network: actor kinds, polarity colours and line styles, as small SVG swatches. */
import { h } from './dom';
import {
  KIND_LOOK,
  KINDS,
  label,
  LINE_GROUPS,
  POLARITIES,
  POLARITY_COLOR,
  type LineStyle,
  type NodeShape,
} from './vocabulary';

const SVG = 'http://www.w3.org/2000/svg';

function svg(width: number, ...children: SVGElement[]): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('width', String(width));
  el.setAttribute('height', '16');
  el.setAttribute('viewBox', `0 0 ${width} 16`);
  el.setAttribute('aria-hidden', 'true');
  el.append(...children);
  return el;
}

function shape(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const POINTS: Partial<Record<NodeShape, string>> = {
  hexagon: '1,8 4.5,2 11.5,2 15,8 11.5,14 4.5,14',
  diamond: '8,1 15,8 8,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  tag: '1,3 11,3 15,8 11,13 1,13',
};

function nodeSwatch(shapeName: NodeShape, color: string): SVGSVGElement {
  if (shapeName === 'ellipse') return svg(16, shape('circle', { cx: 8, cy: 8, r: 7, fill: color }));
  if (shapeName === 'round-rectangle') {
    return svg(16, shape('rect', { x: 1, y: 2, width: 14, height: 12, rx: 3, fill: color }));
  }
  return svg(16, shape('polygon', { points: POINTS[shapeName] ?? '', fill: color }));
}

function lineSwatch(line: LineStyle, color: string, arrow: boolean): SVGSVGElement {
  const dash = line === 'dashed' ? '6 3' : line === 'dotted' ? '2 3' : '';
  return svg(
    32,
    shape('line', {
      x1: 1,
      y1: 8,
      x2: arrow ? 24 : 31,
      y2: 8,
      stroke: color,
      'stroke-width': 2.5,
      'stroke-dasharray': dash,
    }),
    ...(arrow ? [shape('polygon', { points: '23,3 31,8 23,13', fill: color })] : []),
  );
}

const item = (swatch: SVGSVGElement, text: string) => h('li', {}, swatch, ' ', text);

export function legend(): HTMLElement {
  return h(
    'div',
    { class: 'legend' },
    h('h3', {}, 'Legend'),
    h(
      'div',
      { class: 'legend-groups' },
      h(
        'ul',
        { 'aria-label': 'Actor kinds' },
        KINDS.map((k) =>
          item(nodeSwatch(KIND_LOOK[k].shape, KIND_LOOK[k].color), label(k).toLowerCase()),
        ),
      ),
      h(
        'ul',
        { 'aria-label': 'Polarity' },
        POLARITIES.map((p) =>
          item(lineSwatch('solid', POLARITY_COLOR[p], true), label(p).toLowerCase()),
        ),
      ),
      h(
        'ul',
        { 'aria-label': 'Relation types' },
        LINE_GROUPS.map((g) => item(lineSwatch(g.line, '#1f2328', false), g.text)),
        item(lineSwatch('solid', '#1f2328', true), 'arrow: from source to target'),
      ),
    ),
  );
}
