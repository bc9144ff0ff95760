/**
 * A large graph file as another tool writes it (GEXF 1.3, labels, one attribute, viz positions, no
 * evidence, no Actorgraph types), and opening it through Open… while timing how long the page's
 * main thread is ever busy at a stretch.
 */
import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { mulberry32 } from '../src/domain/random';

const KINDS = ['cites', 'funds', 'meets', 'criticises'];

export function writeForeignGexf(path: string, nodes: number, edges: number): string {
  const rand = mulberry32(7);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="0" title="community" type="integer"/></attributes>',
    '<attributes class="edge"><attribute id="k" title="kind" type="string"/></attributes>',
    '<nodes>',
  ];
  for (let i = 0; i < nodes; i++) {
    lines.push(
      `<node id="n${i}" label="Node ${i}"><attvalues><attvalue for="0" value="${i % 17}"/></attvalues>` +
        `<viz:position x="${(rand() * 4000).toFixed(1)}" y="${(rand() * 4000).toFixed(1)}"/></node>`,
    );
  }
  lines.push('</nodes>', '<edges>');
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(rand() * nodes);
    const t = (s + 1 + Math.floor(rand() * (nodes - 1))) % nodes;
    lines.push(
      `<edge id="e${i}" source="n${s}" target="n${t}" weight="${1 + (i % 3)}">` +
        `<attvalues><attvalue for="k" value="${KINDS[i % KINDS.length]}"/></attvalues></edge>`,
    );
  }
  lines.push('</edges>', '</graph>', '</gexf>');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n'));
  return path;
}

/**
 * Opens `file` through the Open… input, answering Replace: ms until cy holds it, and the longest
 * main-thread task while the file was read (before the question) and while it was drawn (after).
 */
export async function openGexf(
  browser: Browser,
  url: string,
  file: string,
): Promise<{ ms: number; longestRead: number; longestDrawing: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  await page.waitForTimeout(1500); // start-up's own tasks are not the file's
  await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks.length = 0));
  const t0 = Date.now();
  await page.getByTestId('open-file').setInputFiles(file);
  // The file is read and checked (in a worker) before the question: that is the read.
  const replace = page.getByRole('button', { name: 'Replace', exact: true });
  await replace.waitFor({ timeout: 120_000 });
  const read = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks.splice(0));
  await replace.click();
  await page.waitForFunction(() => (window.cy?.edges().length ?? 0) >= 25_000, undefined, {
    timeout: 120_000,
  });
  const ms = Date.now() - t0;
  const drawing = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await page.close();
  return { ms, longestRead: Math.max(0, ...read), longestDrawing: Math.max(0, ...drawing) };
}
