/**
 * Fills in evidence offsets for hand-written quotes.
 *
 *   npx tsx scripts/anchor-quotes.ts data/graph.json
 *
 * For every source with a canonical text file `<graph dir>/sources/<id>.txt`, the source's `text` is set
 * from that file. Then every evidence whose start/end are missing or do not reproduce its quote gets the
 * offsets of the quote's only occurrence. A quote that is missing or occurs more than once is an error,
 * and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { anchorGraph, canonicalText, type DraftGraph } from '../src/domain/anchor';

function main(args: readonly string[]): number {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    console.error('usage: tsx scripts/anchor-quotes.ts <graph.json>');
    return 2;
  }
  // A maintainer tool over our own data file: a shape check happens later in `npm run check:data`.
  const draft = JSON.parse(readFileSync(file, 'utf8')) as DraftGraph;

  const texts = new Map<string, string>();
  for (const source of draft.sources) {
    const path = join(dirname(file), 'sources', `${source.id}.txt`);
    if (existsSync(path)) texts.set(source.id, canonicalText(readFileSync(path, 'utf8')));
  }

  const { graph, fixed, problems } = anchorGraph(draft, texts);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`${problems.length} evidence item(s) could not be anchored; ${file} left unchanged.`);
    return 1;
  }
  writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`);
  const evidence = graph.relations.reduce((n, r) => n + r.evidence.length, 0);
  console.log(`${file}: ${evidence} evidence item(s), ${fixed} anchored, ${texts.size} source text(s) read.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
