import type { Graph } from '../../domain/types';
import { useAppStore } from '../../store';
import { addedSummary, articleId } from './articleInput';

/**
 * Merges a validated extraction into the workspace (saved by start-up on every change) and says what
 * was added. An extraction without relations adds nothing. The same text added again replaces its copy.
 * `undated`: no publication date was given, so the article carries today's; the notice says so, since
 * that date is then cited with every sentence.
 */
export function addArticleFromText(graph: Graph, undated = false): boolean {
  const source = graph.sources[0];
  if (!source || graph.relations.length === 0) return false;
  const { workspace, addArticle, notify } = useAppStore.getState();
  const id = articleId(source.text);
  const replaces = workspace.articles.some((a) => a.id === id);
  addArticle({ id, addedAt: new Date().toISOString(), graph });
  const summary = addedSummary(source.title, graph.relations.length, graph.actors.length);
  const notes = [
    replaces ? ' (it replaces the copy added before)' : '',
    undated ? `. No publication date was given, so it is dated today, ${source.published}` : '',
  ];
  notify({ tone: 'info', text: `${summary}${notes.join('')}` });
  return true;
}
