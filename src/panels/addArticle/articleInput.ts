/**
 * Checks on an article before any work starts. Every refusal is one sentence that names the input
 * ("notes.txt", "The pasted text") and says what is wrong; nothing here touches the graph.
 */
import type { ExtractMeta } from '../../extract/extract';
import { plural, quoted } from '../../io/describe';
import { isIsoDate, isWebUrl } from '../../domain/checks';

/** Files above this are refused from File.size, before a byte is read. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const MAX_ARTICLE_LABEL = '5 MB';
/** The same bound for pasted text, in characters. */
export const MAX_ARTICLE_CHARS = 5_000_000;
/** Longest metadata value kept; longer ones are almost certainly text pasted in the wrong field. */
export const MAX_META_CHARS = 1000;
export const ARTICLE_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';
export const PASTED = 'The pasted text';

/** What the metadata fields hold; empty strings mean "not given". */
export interface MetaFields {
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  readonly published: string;
  readonly url: string;
}

export const EMPTY_META: MetaFields = { title: '', author: '', publisher: '', published: '', url: '' };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Null when the text can be extracted from; otherwise why not. `name` leads the message. */
export function checkArticleText(text: string, name: string): string | null {
  if (text.trim() === '') return `${name} is empty: paste the article's text or choose a .txt or .md file.`;
  if (text.length > MAX_ARTICLE_CHARS) {
    return `${name} is too long (${text.length.toLocaleString('en')} characters); the most Actorgraph reads at once is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return `${name} contains a NUL character at position ${nul}: it looks like binary data, not text.`;
  if (LONE_SURROGATE.test(text)) return `${name} contains broken characters (unpaired UTF-16 surrogates).`;
  return null;
}

const FIELD_NAMES: Readonly<Record<keyof MetaFields, string>> = {
  title: 'Title',
  author: 'Author',
  publisher: 'Publisher',
  published: 'Published date',
  url: 'URL',
};

export type MetaCheck =
  | { readonly ok: true; readonly meta: ExtractMeta }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Trimmed metadata for the extractor, or every field that is wrong. Empty fields are left out. */
export function checkMeta(fields: MetaFields): MetaCheck {
  const problems: string[] = [];
  const meta: Record<string, string> = {};
  for (const key of Object.keys(FIELD_NAMES) as (keyof MetaFields)[]) {
    const value = fields[key].trim();
    if (value === '') continue;
    const name = FIELD_NAMES[key];
    if (value.length > MAX_META_CHARS) {
      problems.push(`${name} is longer than ${MAX_META_CHARS.toLocaleString('en')} characters.`);
    } else if (key === 'published' && !isIsoDate(value)) {
      problems.push(`${name} ${quoted(value)} is not a date written YYYY-MM-DD (for example 2025-05-11).`);
    } else if (key === 'url' && !isWebUrl(value)) {
      problems.push(
        `${name} ${quoted(value)} is not a web address: only http:// and https:// links are kept.`,
      );
    } else {
      meta[key] = value;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, meta };
}

/** Front-matter values as form fields: only the keys the form has, as strings. */
export function fieldsFromMeta(meta: ExtractMeta, current: MetaFields): MetaFields {
  const pick = (value: string | undefined, fallback: string) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
  return {
    title: pick(meta.title, current.title),
    author: pick(meta.author, current.author),
    publisher: pick(meta.publisher, current.publisher),
    published: pick(meta.published, current.published),
    url: pick(meta.url, current.url),
  };
}

/** The form the extractor stores a text in (no byte-order mark, LF, NFC), so offsets can be checked. */
export function canonicalForm(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * A stable id for an added article, from its text: adding the same text again replaces the earlier
 * copy instead of doubling its evidence. FNV-1a over UTF-16 units in two 32-bit lanes; not for security.
 */
export function articleId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `article-${hex(a)}${hex(b)}`;
}

/** "Added Title: 3 relations, 4 actors". */
export const addedSummary = (title: string, relations: number, actors: number): string =>
  `Added ${title}: ${plural(relations, 'relation')}, ${plural(actors, 'actor')}`;
