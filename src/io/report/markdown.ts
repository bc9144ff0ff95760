/**
 * The analyst's text as HTML: a small Markdown subset (paragraphs, line breaks, *emphasis* or _emphasis_,
 * **strong**, [links](https://…)), with every character of the text escaped first, so nothing the
 * text holds can become markup. Links go only to http(s) addresses; any other link stays plain text.
 */
import { isWebUrl } from '../../domain/checks';

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

const emphasis = (escaped: string): string =>
  escaped
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]*?\S)_(?![_\w])/g, '$1<em>$2</em>');

/** One paragraph's inline marks, on text that is already escaped; addresses are left out of emphasis. */
function inline(escaped: string): string {
  let html = '';
  let at = 0;
  for (const match of escaped.matchAll(LINK)) {
    const [whole, label = '', href = ''] = match;
    // The address was escaped with the rest; undo that to check it, and escape it again for the attribute.
    const url = href
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    html += emphasis(escaped.slice(at, match.index));
    html += isWebUrl(url) ? `<a href="${escapeHtml(url)}">${emphasis(label)}</a>` : emphasis(whole);
    at = match.index + whole.length;
  }
  return html + emphasis(escaped.slice(at));
}

/** Paragraphs (separated by a blank line) of inline-marked text; single newlines become line breaks. */
export function markdownToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${inline(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
