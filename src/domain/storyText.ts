/**
 * The Markdown subset a story step's text may use: paragraphs (a blank line between), *emphasis* or
 * _emphasis_, **strong**, and [links](https://…). It is parsed to a small tree that the UI renders as
 * text nodes, never as HTML, so no markup in the text can run. Only http(s) and mailto links become
 * links; any other target (javascript:, data:, a relative path) stays plain text.
 */
import { isWebUrl } from './checks';

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'em' | 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Paragraph = readonly Inline[];

/** Links open only web and mail addresses. */
const isSafeLink = (href: string): boolean => isWebUrl(href) || /^mailto:\S+$/i.test(href);

/** Paragraphs of inline runs; a single line break inside a paragraph reads as a space. */
export function parseStoryText(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim().replace(/[ \t]*\n[ \t]*/g, ' '))
    .filter((block) => block !== '')
    .map((block) => parseInline(block));
}

/** The text without its markup: what a caption or an accessible name reads. */
export function plainStoryText(text: string): string {
  const flat = (runs: readonly Inline[]): string =>
    runs.map((run) => (run.kind === 'text' ? run.text : flat(run.children))).join('');
  return parseStoryText(text).map(flat).join('\n\n');
}

function parseInline(source: string): Inline[] {
  const runs: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') runs.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const marked = markedRun(rest);
    if (marked) {
      flush();
      runs.push(marked.run);
      i += marked.length;
      continue;
    }
    // A backslash keeps the next character literal (\* stays a star).
    if (rest[0] === '\\' && rest.length > 1 && /[\\*_[\]()]/.test(rest[1]!)) {
      plain += rest[1];
      i += 2;
      continue;
    }
    plain += rest[0];
    i += 1;
  }
  flush();
  return runs;
}

/** Where `mark` closes a run opened at the start of `text`: not escaped, not at once. -1 when it never does. */
function closingMark(text: string, mark: string): number {
  let at = text.indexOf(mark, mark.length + 1);
  while (at > 0 && text[at - 1] === '\\') at = text.indexOf(mark, at + mark.length);
  return at;
}

/** A marked run at the start of `rest`, or null when the markup there is not closed (it stays text). */
function markedRun(rest: string): { run: Inline; length: number } | null {
  for (const [open, kind] of [
    ['**', 'strong'],
    ['__', 'strong'],
    ['*', 'em'],
    ['_', 'em'],
  ] as const) {
    if (!rest.startsWith(open)) continue;
    const close = closingMark(rest, open);
    // Emphasis must hug its text (`a * b * c` is arithmetic, not emphasis).
    const inner = close < 0 ? '' : rest.slice(open.length, close);
    if (inner === '' || inner.trim() !== inner) continue;
    return { run: { kind, children: parseInline(inner) }, length: close + open.length };
  }
  if (rest[0] === '[') {
    const match = /^\[([^\]]+)\]\(([^()\s]+)\)/.exec(rest);
    if (match) {
      const [whole, label, href] = match as unknown as [string, string, string];
      // A target that is not a web or mail address is shown as written, so the reader sees it.
      const run: Inline = isSafeLink(href)
        ? { kind: 'link', href, children: parseInline(label) }
        : { kind: 'text', text: whole };
      return { run, length: whole.length };
    }
  }
  return null;
}
