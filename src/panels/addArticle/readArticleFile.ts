/**
 * A chosen or dropped article file to text and metadata. Size is checked before reading; the bytes
 * must be UTF-8 text (no NUL bytes); front matter fills the metadata and Markdown becomes plain text.
 * The decoding code is loaded on demand, so the first page load does not carry it.
 */
import type { ExtractMeta } from '../../extract/extract';
import { isArticleName } from './articleNames';
import { MAX_ARTICLE_BYTES, MAX_ARTICLE_LABEL } from './articleInput';

export type FileRead =
  | {
      readonly ok: true;
      readonly name: string;
      readonly text: string;
      readonly meta: ExtractMeta;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Pasted text that starts with front matter is a Markdown file's contents: read it as the file would
 * be (fields from the front matter, Markdown as plain text). Anything else is kept as pasted: null.
 */
export async function readPastedMarkdown(text: string): Promise<{
  readonly text: string;
  readonly meta: ExtractMeta;
  readonly warnings: readonly string[];
} | null> {
  const { hasFrontMatter, parseDocument } = await import('../../extract/document');
  if (!hasFrontMatter(text)) return null;
  const parsed = parseDocument(text, { markdown: true });
  return parsed.text.trim() === '' ? null : parsed;
}

/** Never throws: every failure is a message that starts with the file's name. */
export async function readArticleFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<FileRead> {
  const name = file.name || 'The dropped file';
  const fail = (problem: string): FileRead => ({ ok: false, message: `${name}: ${problem}` });
  if (!isArticleName(name)) {
    return fail('expected a plain-text (.txt) or Markdown (.md) article; graph files open with Open….');
  }
  if (file.size === 0) return fail('the file is empty; expected the text of an article (.txt or .md).');
  if (file.size > MAX_ARTICLE_BYTES) {
    return fail(
      `the file is ${megabytes(file.size)}; the largest article Actorgraph reads is ${MAX_ARTICLE_LABEL}.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return fail(`the file could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  const { decodeText, parseDocument, isMarkdownName } = await import('../../extract/document');
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return { ok: false, message: `${decoded.message}.` };
  const parsed = parseDocument(decoded.text, { markdown: isMarkdownName(name) });
  if (parsed.text.trim() === '') return fail('there is no article text after the front matter.');
  return {
    ok: true,
    name,
    text: parsed.text,
    meta: parsed.meta,
    warnings: parsed.warnings.map((w) => `${name}: ${w}`),
  };
}
