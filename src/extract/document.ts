/**
 * From the bytes of a file to a text and its metadata: strict UTF-8 decoding with clear errors,
 * YAML-ish front matter, and Markdown reduced to plain text. Pure: no file system access, so the same
 * code serves the command line and a browser upload.
 */
import type { ExtractMeta } from './extract';
import { isIsoDate, utf16Kind } from '../domain/checks';
import { canonicalText } from './text';

export type DecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Files larger than this are refused before decoding. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Decode a file's bytes as UTF-8, refusing empty, binary (NUL bytes) and malformed input. */
export function decodeText(bytes: Uint8Array, name: string): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: `${name}: the file is empty` };
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, message: `${name}: the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` };
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    const how = utf16 === 'bom' ? 'is UTF-16 text' : 'looks like UTF-16 text (without a byte order mark)';
    return { ok: false, message: `${name}: the file ${how}; save it as UTF-8 and try again` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      message: `${name}: this looks like a binary file (a NUL byte at offset ${nul}), not text`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${name}: the file is not valid UTF-8 (${firstInvalidByte(bytes)})` };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { ok: false, message: `${name}: the file contains only whitespace` };
  }
  return { ok: true, text };
}

/** Where UTF-8 decoding first fails, for the error message. */
function firstInvalidByte(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return `byte 0x${b.toString(16).padStart(2, '0')} at offset ${i}`;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return `incomplete sequence at offset ${i}`;
    }
    i += length;
  }
  return 'invalid sequence';
}

export interface ParsedDocument {
  /** The article text: front matter removed, Markdown reduced to plain text, canonical form. */
  readonly text: string;
  /** Metadata found in the front matter. */
  readonly meta: ExtractMeta;
  /** Front-matter values that were ignored, with why. */
  readonly warnings: readonly string[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const META_KEYS: Readonly<Record<string, keyof ExtractMeta>> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  publisher: 'publisher',
  source: 'publisher',
  outlet: 'publisher',
  published: 'published',
  date: 'published',
  url: 'url',
  link: 'url',
  id: 'id',
};

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && /^(['"]).*\1$/.test(trimmed)) return trimmed.slice(1, -1);
  return trimmed;
}

/** Whether a text starts with a front-matter block: a Markdown file's contents, pasted. */
export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text.replace(/\r\n?/g, '\n'));
}

/** `key: value` lines between `---` fences at the very start; unknown keys are ignored. */
export function parseFrontMatter(text: string): { meta: ExtractMeta; body: string } {
  const lf = text.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(lf);
  if (!match) return { meta: {}, body: lf };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = META_KEYS[(pair[1] ?? '').toLowerCase()];
    const value = unquote(pair[2] ?? '');
    if (!key || value === '') continue;
    // Dates written with a time ("2024-03-01T10:00Z") keep only the day.
    meta[key] = key === 'published' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value) ? value.slice(0, 10) : value;
  }
  return { meta: meta as ExtractMeta, body: lf.slice(match[0].length) };
}

/**
 * Markdown to plain text, line by line: headings, emphasis, links, images, code fences, block quotes,
 * list markers, tables and HTML tags are reduced to their words. Paragraph breaks are kept.
 */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    let line = raw;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definitions
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rules
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<[^>\n]+>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .replace(/^\s*\||\|\s*$/g, '')
        .split('|')
        .map((cell) => cell.trim())
        .join(' ');
    }
    out.push(line.replace(/[ \t]+$/, ''));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A text file's article and metadata. Markdown (by extension, or `markdown: true`) is stripped. */
export function parseDocument(text: string, options: { readonly markdown?: boolean } = {}): ParsedDocument {
  const { meta, body } = parseFrontMatter(text);
  // Plain text is kept as written (only canonicalised), so offsets match a curated copy of the file.
  const plain = options.markdown ? stripMarkdown(body) : body;
  // A url is passed on as written: the dialog shows it in its field and refuses it there, the command
  // line drops it with a notice.
  const { published, ...rest } = meta;
  const warnings: string[] = [];
  if (published !== undefined && !isIsoDate(published)) {
    warnings.push(`front matter date "${published}" is not a YYYY-MM-DD date; ignored`);
  }
  const cleaned: ExtractMeta = {
    ...rest,
    ...(published !== undefined && isIsoDate(published) ? { published } : {}),
  };
  return { text: canonicalText(plain), meta: cleaned, warnings };
}

/** Whether a file name is Markdown. */
export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(name);
}
