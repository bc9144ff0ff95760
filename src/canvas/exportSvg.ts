/**
 * SVG export of the same view as the PNG: a small writer over Cytoscape's public geometry (positions,
 * endpoints, control points, label boxes) and computed styles. Shapes stay vectors and every label is
 * a <text>, so the file can be edited and searched. The cytoscape-svg extension was not used: it
 * drives Cytoscape's private canvas renderer through a canvas-to-SVG shim, has open bugs with rounded
 * shapes and auto-rotated edge labels (both in our stylesheet) and sees few releases.
 */
import type { EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { CAPTION_PADDING, FONT_FAMILY, wrapText, type ImageCaption, type Primitive } from './exportCaption';
import { backgroundFill, measureText, planImage } from './exportImage';
import { drawnInScope, requireCy, type ImageOptions } from './exportScope';
import { placePoints, shapeOutline } from './exportShapes';

export interface SvgExport {
  readonly text: string;
  /** Width and height attributes: the image size at the asked scale (no canvas limit applies). */
  readonly width: number;
  readonly height: number;
}

/** Whether XML 1.0 can hold this UTF-16 code unit (surrogates are checked in pairs by the caller). */
const xmlUnit = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);

/** Characters XML 1.0 cannot hold (control characters, U+FFFE/F, unpaired surrogates) become U+FFFD. */
function xmlChars(text: string): string {
  let out = '';
  for (const char of text) {
    const c = char.charCodeAt(0);
    const lone = char.length === 1 && c >= 0xd800 && c <= 0xdfff;
    out += lone || !xmlUnit(c) ? '\uFFFD' : char;
  }
  return out;
}

/** Text safe inside an XML element or a double-quoted attribute. */
export const xmlText = (text: string): string =>
  xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number): string => String(Math.round(n * 100) / 100);
const attrs = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : xmlText(v)}"`)
    .join('');

const styleNumber = (ele: NodeSingular | EdgeSingular, name: string): number => {
  const value = Number(ele.numericStyle(name));
  return Number.isFinite(value) ? value : 0;
};
const styleText = (ele: NodeSingular | EdgeSingular, name: string): string => String(ele.style(name) ?? '');
/** Opacity attribute only when it is not 1, to keep the file small. */
const opacity = (value: number): number | undefined => (value < 1 ? value : undefined);

export function exportGraphSvg(options: ImageOptions, caption: ImageCaption): SvgExport {
  const cy = requireCy();
  const plan = planImage(options, caption, cy);
  const { area } = plan;
  const bg = backgroundFill(cy, options.background);
  const { nodes, edges } = drawnInScope(cy, options.scope);
  const width = plan.width * options.scale;
  const height = plan.height * options.scale;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${num(plan.width)} ${num(plan.height)}`, 'font-family': FONT_FAMILY })}>`,
    `<title>${xmlText(caption.title)}</title>`,
    `<desc>${xmlText([...caption.notes, ...caption.sources].join('\n'))}</desc>`,
  ];
  if (bg !== undefined) out.push(`<rect${attrs({ width: '100%', height: '100%', fill: bg })}/>`);
  out.push(
    `<defs><clipPath id="graph-area"><rect${attrs({ x: plan.graphX, y: plan.graphY, width: area.width, height: area.height })}/></clipPath></defs>`,
    '<g clip-path="url(#graph-area)">',
    `<g transform="translate(${num(plan.graphX)} ${num(plan.graphY)}) scale(${num(area.zoom)}) translate(${num(-area.origin.x)} ${num(-area.origin.y)})">`,
    '<g class="edges">',
    ...edges.map(edgeSvg),
    '</g>',
    '<g class="edge-labels">',
    ...edges.map(edgeLabelSvg),
    '</g>',
    '<g class="nodes">',
    ...nodes.map(nodeSvg),
    '</g>',
    '<g class="node-labels">',
    ...nodes.map(nodeLabelSvg),
    '</g>',
    '</g>',
    '</g>',
  );
  if (plan.caption) {
    const top = plan.graphY + area.height + CAPTION_PADDING;
    out.push(
      `<g class="caption" transform="translate(0 ${num(top)})">`,
      ...plan.caption.items.map(primitiveSvg),
      '</g>',
    );
  }
  out.push('</svg>', '');
  return { text: out.join('\n'), width, height };
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const paint = attrs({
    fill: styleText(node, 'background-color'),
    'fill-opacity': opacity(styleNumber(node, 'background-opacity')),
    stroke: styleNumber(node, 'border-width') > 0 ? styleText(node, 'border-color') : undefined,
    'stroke-width': styleNumber(node, 'border-width') || undefined,
    'stroke-linejoin': 'round',
    opacity: opacity(styleNumber(node, 'opacity')),
    'data-id': node.id(),
  });
  const outline = shapeOutline(styleText(node, 'shape'));
  if (outline.kind === 'ellipse') return `<ellipse${attrs({ cx: x, cy: y, rx: w / 2, ry: h / 2 })}${paint}/>`;
  if (outline.kind === 'round-rect') {
    const r = outline.radius * Math.min(w, h);
    return `<rect${attrs({ x: x - w / 2, y: y - h / 2, width: w, height: h, rx: r || undefined })}${paint}/>`;
  }
  const points = placePoints(outline.points, x, y, w, h)
    .map(([px, py]) => `${num(px)},${num(py)}`)
    .join(' ');
  return `<polygon points="${points}"${paint}/>`;
}

/** Centre of an element's main label, from Cytoscape's own label box. */
function labelCentre(ele: NodeSingular | EdgeSingular): Position {
  const box = ele.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeMainLabels: true,
    includeSourceLabels: false,
    includeTargetLabels: false,
    includeOverlays: false,
    includeUnderlays: false,
  });
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

const labelFont = (ele: NodeSingular | EdgeSingular) => ({
  size: styleNumber(ele, 'font-size'),
  weight: styleText(ele, 'font-weight') || 'normal',
  family: styleText(ele, 'font-family') || FONT_FAMILY,
});

const cssFont = (font: ReturnType<typeof labelFont>) => `${font.weight} ${font.size}px ${font.family}`;

/** A label's lines as Cytoscape draws them: with text-wrap "wrap", at line breaks and at text-max-width. */
function labelLines(ele: NodeSingular | EdgeSingular, label: string): string[] {
  if (styleText(ele, 'text-wrap') !== 'wrap') return [label.replace(/\s*\n\s*/g, ' ')];
  const max = styleNumber(ele, 'text-max-width');
  const font = cssFont(labelFont(ele));
  return label.split('\n').flatMap((line) => (max > 0 ? wrapText(line, max, font, measureText) : [line]));
}

const lineHeight = (ele: NodeSingular | EdgeSingular): number =>
  labelFont(ele).size * (styleNumber(ele, 'line-height') || 1);

/** The content of a <text>: one line as is, several as tspans centred around the text's y. */
function textContent(lines: readonly string[], x: number, height: number): string {
  if (lines.length === 1) return xmlText(lines[0] ?? '');
  return lines
    .map((line, i) => {
      const dy = i === 0 ? (-(lines.length - 1) / 2) * height : height;
      return `<tspan${attrs({ x, dy })}>${xmlText(line)}</tspan>`;
    })
    .join('');
}

function nodeLabelSvg(node: NodeSingular): string {
  const label = styleText(node, 'label');
  if (label === '') return '';
  const { x, y } = labelCentre(node);
  const font = labelFont(node);
  const outline = styleNumber(node, 'text-outline-width');
  return `<text${attrs({
    x,
    y,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    'font-size': font.size,
    'font-weight': font.weight,
    fill: styleText(node, 'color'),
    stroke: outline > 0 ? styleText(node, 'text-outline-color') : undefined,
    'stroke-width': outline > 0 ? outline * 2 : undefined,
    'stroke-linejoin': outline > 0 ? 'round' : undefined,
    'paint-order': outline > 0 ? 'stroke' : undefined,
    opacity: opacity(styleNumber(node, 'opacity') * styleNumber(node, 'text-opacity')),
    'data-id': node.id(),
  })}>${textContent(labelLines(node, label), x, lineHeight(node))}</text>`;
}

const minus = (a: Position, b: Position): Position => ({ x: a.x - b.x, y: a.y - b.y });
const unit = (v: Position): Position => {
  const length = Math.hypot(v.x, v.y) || 1;
  return { x: v.x / length, y: v.y / length };
};

/** The points an edge is drawn through: endpoints, plus control or bend points by curve style. */
function edgeGeometry(edge: EdgeSingular): {
  start: Position;
  end: Position;
  via: Position[];
  curved: boolean;
} {
  const curve = styleText(edge, 'curve-style');
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  if (curve === 'segments' || curve === 'taxi')
    return { start, end, via: edge.segmentPoints() ?? [], curved: false };
  if (curve === 'straight' || curve === 'haystack' || curve === 'straight-triangle') {
    return { start, end, via: [], curved: false };
  }
  return { start, end, via: edge.controlPoints() ?? [], curved: true };
}

/** Arrowhead length for an edge of `width`, as a share of the arrow-scale style. */
const arrowLength = (width: number, scale: number) => Math.max(9, width * 3.2) * scale;

function edgeSvg(edge: EdgeSingular): string {
  const { start, end, via, curved } = edgeGeometry(edge);
  const width = styleNumber(edge, 'width');
  const colour = styleText(edge, 'line-color');
  const arrowScale = styleNumber(edge, 'arrow-scale') || 1;
  const heads: string[] = [];
  let from = start;
  let to = end;
  for (const side of ['source', 'target'] as const) {
    if (styleText(edge, `${side}-arrow-shape`) === 'none') continue;
    const tip = side === 'target' ? end : start;
    const before = side === 'target' ? (via.at(-1) ?? start) : (via[0] ?? end);
    const dir = unit(minus(tip, before));
    const length = arrowLength(width, arrowScale);
    const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
    const half = length * 0.5;
    const corners = [
      tip,
      { x: base.x - dir.y * half, y: base.y + dir.x * half },
      { x: base.x + dir.y * half, y: base.y - dir.x * half },
    ];
    heads.push(
      `<polygon points="${corners.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}"${attrs({ fill: styleText(edge, `${side}-arrow-color`) || colour })}/>`,
    );
    if (side === 'target') to = base;
    else from = base;
  }
  let d = `M${num(from.x)},${num(from.y)}`;
  if (curved && via.length > 0) {
    // Quadratic pieces through each control point, joined at the midpoints between them.
    via.forEach((cp, i) => {
      const next = via[i + 1];
      const stop = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : to;
      d += ` Q${num(cp.x)},${num(cp.y)} ${num(stop.x)},${num(stop.y)}`;
    });
  } else {
    for (const p of via) d += ` L${num(p.x)},${num(p.y)}`;
    d += ` L${num(to.x)},${num(to.y)}`;
  }
  const dashed = styleText(edge, 'line-style') === 'dashed';
  const dotted = styleText(edge, 'line-style') === 'dotted';
  const path = `<path${attrs({
    d,
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    'stroke-dasharray': dashed
      ? `${num(width * 3)} ${num(width * 2)}`
      : dotted
        ? `${num(width)} ${num(width)}`
        : undefined,
    'stroke-linecap': dotted ? 'round' : undefined,
  })}/>`;
  return `<g${attrs({ class: 'edge', 'data-id': edge.id(), opacity: opacity(styleNumber(edge, 'opacity')) })}>${path}${heads.join('')}</g>`;
}

/** Angle of an edge at its middle, turned so the text never reads upside down. */
function labelAngle(edge: EdgeSingular): number {
  const { start, end, via } = edgeGeometry(edge);
  const k = Math.floor(via.length / 2);
  const [a, b] = via.length >= 2 ? [via[k - 1] ?? start, via[k] ?? end] : [start, end];
  let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return angle;
}

function edgeLabelSvg(edge: EdgeSingular): string {
  const label = styleText(edge, 'label');
  if (label === '') return '';
  const font = labelFont(edge);
  const centre = labelPosition(edge);
  const angle = styleText(edge, 'text-rotation') === 'autorotate' ? labelAngle(edge) : 0;
  const lines = labelLines(edge, label);
  const parts: string[] = [];
  const backgroundOpacity = styleNumber(edge, 'text-background-opacity');
  if (backgroundOpacity > 0) {
    const padding = styleNumber(edge, 'text-background-padding');
    const w = Math.max(...lines.map((line) => measureText(line, cssFont(font)))) + 2 * padding;
    const h = Math.max(lines.length * lineHeight(edge), font.size * 1.2) + 2 * padding;
    parts.push(
      `<rect${attrs({ x: -w / 2, y: -h / 2, width: w, height: h, fill: styleText(edge, 'text-background-color'), 'fill-opacity': backgroundOpacity })}/>`,
    );
  }
  parts.push(
    `<text${attrs({ 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': font.size, 'font-weight': font.weight, fill: styleText(edge, 'color') })}>${textContent(lines, 0, lineHeight(edge))}</text>`,
  );
  const transform = `translate(${num(centre.x)} ${num(centre.y)})${angle !== 0 ? ` rotate(${num(angle)})` : ''}`;
  return `<g${attrs({ class: 'edge-label', transform, 'data-id': edge.id(), opacity: opacity(styleNumber(edge, 'opacity') * styleNumber(edge, 'text-opacity')) })}>${parts.join('')}</g>`;
}

/** Where an edge label sits: Cytoscape's label box where it has one, else the edge's midpoint. */
function labelPosition(edge: EdgeSingular): Position {
  const centre = labelCentre(edge);
  return Number.isFinite(centre.x) && Number.isFinite(centre.y) ? centre : edge.midpoint();
}

function primitiveSvg(item: Primitive): string {
  switch (item.type) {
    case 'text':
      return `<text${attrs({ x: item.x, y: item.y, 'font-size': item.size, 'font-weight': item.weight, fill: item.colour })}>${xmlText(item.text)}</text>`;
    case 'node': {
      const outline = shapeOutline(item.shape);
      const paint = attrs({ fill: item.colour });
      const s = item.size;
      if (outline.kind === 'ellipse')
        return `<circle${attrs({ cx: item.cx, cy: item.cy, r: s / 2 })}${paint}/>`;
      if (outline.kind === 'round-rect') {
        return `<rect${attrs({ x: item.cx - s / 2, y: item.cy - s / 2, width: s, height: s, rx: outline.radius * s || undefined })}${paint}/>`;
      }
      const points = placePoints(outline.points, item.cx, item.cy, s, s)
        .map(([x, y]) => `${num(x)},${num(y)}`)
        .join(' ');
      return `<polygon points="${points}"${paint}/>`;
    }
    case 'line': {
      const head = item.arrow ? 7 : 0;
      const line = `<line${attrs({ x1: item.x1, y1: item.y1, x2: item.x2 - head, y2: item.y2, stroke: item.colour, 'stroke-width': item.width, 'stroke-dasharray': item.dashed ? '5 3' : item.dotted ? '0.1 6' : undefined, 'stroke-linecap': item.dotted ? 'round' : undefined })}/>`;
      if (!item.arrow) return line;
      const arrow = `${num(item.x2)},${num(item.y2)} ${num(item.x2 - head)},${num(item.y2 - 4.5)} ${num(item.x2 - head)},${num(item.y2 + 4.5)}`;
      return `${line}<polygon points="${arrow}"${attrs({ fill: item.colour })}/>`;
    }
  }
}
