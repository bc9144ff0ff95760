/** Driving curation the way a person does: selecting words in the article, the panels' forms, search. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Graph, Relation } from '../src/domain/types';
import { seedGraph } from './helpers';
import { readSaved } from './persistenceHelpers';

export const seed = seedGraph();
export const seedText = seed.sources[0]!.text;
/** A sentence of the seed article that no relation cites. */
export const LINKED = 'Putin explicitly linked history to contemporary politics.';

/** The graph on screen, read from the store (plain data). */
export const shownGraph = (page: Page): Promise<Graph> =>
  page.evaluate(() => JSON.parse(JSON.stringify(window.actorgraph!.getState().graph)) as Graph);

export const shownRelation = async (page: Page, id: string): Promise<Relation | undefined> =>
  (await shownGraph(page)).relations.find((r) => r.id === id);

/** What the canvas draws for a relation: its ends, type and classes, or null when there is no such edge. */
export const drawnEdge = (page: Page, id: string) =>
  page.evaluate((edgeId) => {
    const e = window.cy!.getElementById(edgeId);
    if (e.length === 0) return null;
    return {
      source: e.source().id(),
      target: e.target().id(),
      type: e.data('type') as string,
      evidenceCount: e.data('evidenceCount') as number,
      negated: e.hasClass('negated'),
    };
  }, id);

export const hasNode = (page: Page, id: string) =>
  page.evaluate((nodeId) => window.cy!.getElementById(nodeId).length === 1, id);

/**
 * Drags the mouse across `needle` in the article (its first occurrence, which must lie in one run of
 * text), after scrolling it to the middle of the reader. `double`: double-clicks its middle instead.
 */
export async function selectInArticle(page: Page, needle: string, double = false): Promise<void> {
  const locate = () =>
    page.evaluate((n) => {
      const article = document.querySelector('[data-testid="article"]')!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(n);
        if (at < 0) continue;
        const rectOf = (from: number, to: number) => {
          const r = document.createRange();
          r.setStart(node!, from);
          r.setEnd(node!, to);
          return r.getBoundingClientRect();
        };
        const reader = document.querySelector('[data-testid="reader"]')!;
        const box = reader.getBoundingClientRect();
        const first = rectOf(at, at + 1);
        reader.scrollTop += first.top - (box.top + box.height / 2);
        const a = rectOf(at, at + 1);
        const b = rectOf(at + n.length - 1, at + n.length);
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
      }
      return null;
    }, needle);
  const at = await locate();
  if (!at) throw new Error(`"${needle}" is not in the article`);
  if (double) {
    await page.mouse.dblclick((at.x1 + at.x2) / 2, at.y1);
    return;
  }
  await page.mouse.move(at.x1, at.y1);
  await page.mouse.down();
  await page.mouse.move(at.x2, at.y2, { steps: 5 });
  await page.mouse.up();
}

/** The actor search, from the keyboard: "/" then the name and Enter. */
export async function searchActor(page: Page, name: string): Promise<void> {
  await page.locator('body').press('/');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

/** Selects a relation from an actor's list of relations, found by the search. */
export async function openRelation(page: Page, actor: string, title: string): Promise<void> {
  await searchActor(page, actor);
  await page.getByTestId('actor-relations').getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByTestId('relation-heading')).toHaveText(title);
}

/** Serious and critical axe findings, one line each (none expected). */
export async function seriousAxe(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Every evidence of the graph is the exact text of its source at its offsets. */
export function expectAnchored(graph: Graph): void {
  const texts = new Map(graph.sources.map((s) => [s.id, s.text]));
  for (const r of graph.relations)
    for (const e of r.evidence) expect(texts.get(e.sourceId)?.slice(e.start, e.end), r.id).toBe(e.quote);
}

export const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
export const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });

/** Waits until the saved record holds `n` edits, so a reload reads them. */
export const savedEdits = (page: Page, n: number) =>
  expect
    .poll(async () => ((await readSaved(page)) as { edits?: unknown[] } | undefined)?.edits?.length)
    .toBe(n);
