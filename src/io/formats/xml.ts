/**
 * Just enough XML for GraphML and GEXF: escaping for the writers, and a reader that turns a file into a
 * plain element tree with line numbers. Entities are decoded here (the five XML ones and character
 * references), never expanded from a DOCTYPE, so a file cannot make the reader grow without bound.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParseResult } from '../problems';
import { fail, ok } from '../problems';
import { clip } from '../describe';
import { lineColumn } from '../jsonText';
import { fileProblem } from './shared';

// ---------------------------------------------------------------------------------------------
// Writing

/** Characters XML 1.0 forbids even as references: C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters XML cannot carry with U+FFFD. JSON-valued attributes never need this. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/** Escapes element text. CR is written as a reference, which parsers keep (a literal one becomes LF). */
export const escapeText = (text: string): string =>
  xmlSafe(text).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes an attribute value, including whitespace that parsers would otherwise turn into spaces. */
export const escapeAttribute = (text: string): string =>
  xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

/** JSON text that survives XML exactly: the characters XML cannot carry are written as \u escapes. */
export const xmlJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** `name="value"` pairs, skipping undefined values. */
export const attributes = (pairs: Readonly<Record<string, string | number | boolean | undefined>>): string =>
  Object.entries(pairs)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');

// ---------------------------------------------------------------------------------------------
// Reading

export interface XmlElement {
  /** The name without its namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text and CDATA, in order, with entities decoded. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number | undefined;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** XML attribute-value normalisation: literal tabs and line breaks become spaces, then references. */
const decodeAttribute = (raw: string): string => decodeEntities(raw.replace(/[\t\n\r]/g, ' '));

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  captureMetaData: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

type OrderedNode = Record<string, unknown>;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function textOf(nodes: readonly OrderedNode[], decode: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node['#text'] === 'string') out += decode ? decodeEntities(node['#text']) : node['#text'];
    else if (Array.isArray(node['#cdata'])) out += textOf(node['#cdata'] as OrderedNode[], false);
  }
  return out;
}

function toElement(node: OrderedNode, starts: readonly number[]): XmlElement | undefined {
  const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
  if (tag === undefined || tag.startsWith('?') || tag.startsWith('!')) return undefined;
  const rawChildren = Array.isArray(node[tag]) ? (node[tag] as OrderedNode[]) : [];
  const rawAttributes = (node[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (typeof value === 'string') attrs[localName(name)] = decodeAttribute(value);
    else if (value === true) attrs[localName(name)] = '';
  }
  const children: XmlElement[] = [];
  for (const child of rawChildren) {
    const element = toElement(child, starts);
    if (element) children.push(element);
  }
  const meta = node[META] as { startIndex?: number } | undefined;
  return {
    name: localName(tag),
    attributes: attrs,
    children,
    text: textOf(rawChildren, true),
    line: meta?.startIndex === undefined ? undefined : lineOf(starts, meta.startIndex),
  };
}

/** A DOCTYPE's internal subset, tried once where the DOCTYPE starts (sticky: no rescans, linear). */
const DOCTYPE_SUBSET = /<!DOCTYPE[^>[]*\[([^\]]*)\]/y;

/** The validator lists elements left open as `Invalid '["a","b"]' found.` at line 1; say it in words. */
function unclosedElements(msg: string): string[] | undefined {
  const match = /^Invalid '(\[.*\])' found\.$/.exec(msg);
  if (!match) return undefined;
  try {
    const names: unknown = JSON.parse(match[1] ?? '');
    return Array.isArray(names) ? names.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses XML text into its root element; malformed XML is a problem with its line. */
export function parseXml(text: string, fileName: string): ParseResult<XmlElement> {
  // Entities declared in a DOCTYPE are never expanded here (no billion laughs, no external files), so a
  // file that relies on them would be read with the wrong text: refuse it and say why.
  DOCTYPE_SUBSET.lastIndex = text.indexOf('<!DOCTYPE');
  const subset = DOCTYPE_SUBSET.lastIndex < 0 ? null : DOCTYPE_SUBSET.exec(text);
  if (subset && /<!ENTITY/i.test(subset[1] ?? '')) {
    const { line } = lineColumn(text, subset.index);
    return fail([
      fileProblem(
        fileName,
        'declares entities in its DOCTYPE (<!ENTITY …>); they are not expanded, because they can read other files or grow without bound. GraphML and GEXF need none: remove the DOCTYPE',
        `line ${line}`,
      ),
    ]);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const open = unclosedElements(msg);
    if (open) {
      const end = lineColumn(text, text.length);
      return fail([
        fileProblem(
          fileName,
          `not well-formed XML: the file ends before ${open.map((n) => `<${clip(n, 40)}>`).join(', ')} are closed; was it cut short?`,
          `line ${end.line}, column ${end.column}`,
        ),
      ]);
    }
    return fail([
      fileProblem(fileName, `not well-formed XML: ${clip(msg, 200)}`, `line ${line}, column ${col}`),
    ]);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    return fail([
      fileProblem(fileName, `not readable XML: ${error instanceof Error ? error.message : String(error)}`),
    ]);
  }
  const starts = lineStarts(text);
  const nodes = Array.isArray(parsed) ? (parsed as OrderedNode[]) : [];
  for (const node of nodes) {
    const element = toElement(node, starts);
    if (element) return ok(element);
  }
  const { line } = lineColumn(text, text.length);
  return fail([fileProblem(fileName, 'the file has no XML root element', `line ${line}`)]);
}

/** The child elements with a given local name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

export const firstChild = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child) => child.name === name);
