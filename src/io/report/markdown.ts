/**
 * The analyst's text as HTML for the report, from the same parse the app shows a story step with
 * (src/domain/storyText.ts: paragraphs, emphasis, strong, http(s) and mailto links). Every text node
 * and address is escaped, so nothing the text holds can become markup.
 */
import { parseStoryText, type Inline } from '../../domain/storyText';

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function inlineHtml(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return escapeHtml(run.text);
        case 'em':
        case 'strong':
          return `<${run.kind}>${inlineHtml(run.children)}</${run.kind}>`;
        case 'link':
          return `<a href="${escapeHtml(run.href)}">${inlineHtml(run.children)}</a>`;
      }
    })
    .join('');
}

/** One `<p>` per paragraph of the text. */
export function markdownToHtml(text: string): string {
  return parseStoryText(text)
    .map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`)
    .join('\n');
}
