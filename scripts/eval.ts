/**
 * Evaluates the extractor at three levels (actor pair; pair + polarity; exact relation), each split next
 * to the sentence co-occurrence baseline at pair level:
 *   1. on the seed article: extract from the text of each source in data/graph.json and compare with
 *      the curated relations;
 *   2. on each split of data/devset/devset.json and data/devset/real-news.json: each item is extracted
 *      on its own and compared with its gold labels.
 *
 *   npm run eval [-- --verbose] [--min-confidence 0.3] [--graph data/graph.json] [--devset path]
 *                [--news path] [--split name]
 *                [--llm-endpoint URL --llm-model NAME [--llm-key-env VAR]] [--backend rules|model|both]
 *
 * With a model endpoint, "extracted" is what the model path kept (after the guard), scored the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph, RelationType } from '../src/domain/types';
import { cooccurrencePairs } from '../src/extract/cooccurrence';
import { defaultLexicon } from '../src/extract/defaultLexicon';
import { goldLabels, readEvalItems, scoresSplit, SPLITS, type EvalItem } from '../src/extract/evalData';
import type { LabeledRelation } from '../src/extract/evaluate';
import {
  evaluate,
  formatReport,
  graphLabels,
  lenientKey,
  pairKey,
  score,
  strictKey,
} from '../src/extract/evaluate';
import { extract } from '../src/extract/extract';
import { RELATION_TYPES } from '../src/extract/vocabulary';
import { formatProblems } from '../src/io/problems';
import { validateGraph } from '../src/io/validateGraph';
import { CliError, minConfidenceOption, parseCliArgs, runCli } from './cli';
import type { ExtractMeta } from '../src/extract/extract';
import type { Lexicon } from '../src/extract/lexicon';
import type { DropReason } from '../src/extract/llm/guard';
import { droppedLine } from '../src/extract/llm/guard';
import { extractByModel, LLM_USAGE, LLM_VALUES, llmOption, type LlmChoice } from './llmOptions';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: npm run eval [-- --verbose] [--min-confidence 0.3] [--graph data/graph.json] [--devset path] [--news path] [--split name]
       ${LLM_USAGE}`;
const SPEC = {
  usage: USAGE,
  values: new Set(['--min-confidence', '--graph', '--devset', '--news', '--split', ...LLM_VALUES]),
  switches: new Set(['--verbose']),
  positional: false,
};

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`${path}: no such file (or it cannot be read)`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function readItems(path: string): EvalItem[] {
  const items = readEvalItems(readJson(path), path);
  if (typeof items === 'string') throw new CliError(items);
  return items;
}

function showDifferences(
  gold: readonly LabeledRelation[],
  predicted: readonly LabeledRelation[],
  types: ReadonlyMap<string, RelationType>,
): void {
  const goldKeys = new Set(gold.map((r) => strictKey(r, types)));
  const predictedKeys = new Set(predicted.map((r) => strictKey(r, types)));
  for (const key of [...predictedKeys].sort()) if (!goldKeys.has(key)) console.log(`  extra   ${key}`);
  for (const key of [...goldKeys].sort()) if (!predictedKeys.has(key)) console.log(`  missed  ${key}`);
  const predictedLenient = new Set(predicted.map((r) => lenientKey(r, types)));
  const lenientMissed = new Set(
    gold.map((r) => lenientKey(r, types)).filter((k) => !predictedLenient.has(k)),
  );
  console.log(`  (pair + polarity keys missed: ${lenientMissed.size})`);
}

interface Run {
  readonly gold: LabeledRelation[];
  readonly predicted: LabeledRelation[];
  readonly baseline: LabeledRelation[];
}

function report(title: string, run: Run, types: readonly RelationType[], verbose: boolean): void {
  const result = evaluate(run.gold, run.predicted, types);
  const baseline = score(new Set(run.gold.map(pairKey)), new Set(run.baseline.map(pairKey)));
  console.log('');
  console.log(formatReport(title, result, baseline));
  if (verbose) showDifferences(run.gold, run.predicted, new Map(types.map((type) => [type.id, type])));
}

/** Extracts with the rules, or through the model (counting what its guard dropped). */
function predictor(choice: LlmChoice, lexicon: Lexicon, minConfidence: number) {
  const dropped: Partial<Record<DropReason, number>> = {};
  let unreadable = 0;
  let requests = 0;
  const predict = async (text: string, meta: ExtractMeta): Promise<Graph> => {
    if (choice.backend === 'rules') return extract(text, meta, { lexicon, minConfidence });
    const result = await extractByModel(text, meta, choice, { lexicon, minConfidence });
    if (!result.ok) throw new CliError(`${meta.id ?? 'item'}: ${result.message}`);
    requests += result.chunks;
    for (const [reason, n] of Object.entries(result.dropped) as Array<[DropReason, number]>)
      dropped[reason] = (dropped[reason] ?? 0) + n;
    unreadable += Object.values(result.unreadable).reduce((a, b) => a + (b ?? 0), 0);
    return result.graph;
  };
  const totals = (): string =>
    `${requests} requests; ${droppedLine(dropped) || 'no proposal dropped'}; ${unreadable} answers unreadable`;
  return { predict, totals };
}

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2), SPEC);
  const verbose = args.switches.has('--verbose');
  const values = args.values;
  const minConfidence = minConfidenceOption(args);
  const only = values.get('--split');
  if (only !== undefined && only !== 'seed' && only !== 'all' && !SPLITS.some((s) => s.split === only))
    throw new CliError(`--split: no split "${only}" (seed, all, ${SPLITS.map((s) => s.split).join(', ')})`);
  const wanted = (name: string): boolean => only === undefined || only === name;
  const sealedNotAsked = SPLITS.filter((spec) => spec.sealed === true && !scoresSplit(spec, only));
  const lexicon = defaultLexicon();
  const llm = llmOption(args);
  const { predict, totals } = predictor(llm, lexicon, minConfidence);
  const by =
    llm.backend === 'rules'
      ? 'extracted'
      : `extracted (${llm.backend === 'both' ? 'rules + ' : ''}model ${llm.endpoint.model})`;

  // 1. Seed article(s).
  if (wanted('seed')) {
    const graphPath = resolve(root, values.get('--graph') ?? 'data/graph.json');
    const checked = validateGraph(readJson(graphPath));
    if (!checked.ok)
      throw new CliError(`${graphPath}: not a valid graph:\n${formatProblems(checked.problems)}`);
    const curated: Graph = checked.value;
    const run: Run = { gold: [], predicted: [], baseline: [] };
    for (const source of curated.sources) {
      const relations = curated.relations.filter((relation) =>
        relation.evidence.some((e) => e.sourceId === source.id),
      );
      run.gold.push(...graphLabels({ relations }, source.id));
      const meta = { id: source.id, title: source.title, published: source.published };
      run.predicted.push(...graphLabels(await predict(source.text, meta), source.id));
      run.baseline.push(...cooccurrencePairs(source.text, lexicon, source.id));
    }
    const title = `Seed article(s): ${curated.sources.length} source(s), ${run.gold.length} curated relations, ${run.predicted.length} ${by}`;
    report(title, run, curated.relationTypes, verbose);
  }

  // 2. Evaluation sets, split by split, then all items of each file.
  const files = {
    devset: resolve(root, values.get('--devset') ?? 'data/devset/devset.json'),
    'real-news': resolve(root, values.get('--news') ?? 'data/devset/real-news.json'),
  };
  for (const file of ['devset', 'real-news'] as const) {
    const path = files[file];
    if (file === 'real-news' && !existsSync(path)) {
      console.log(`\n(${path} not found: no real-news splits)`);
      continue;
    }
    const items = readItems(path);
    const runs = new Map<string, Run>();
    for (const item of items) {
      const spec = SPLITS.find((s) => s.file === file && s.split === item.split);
      if (spec ? !scoresSplit(spec, only) : !wanted(item.split) && only !== 'all') continue;
      const run = runs.get(item.split) ?? { gold: [], predicted: [], baseline: [] };
      runs.set(item.split, run);
      run.gold.push(...goldLabels(item, lexicon));
      const graph = await predict(item.text, { id: item.id, title: item.id, published: '2025-01-01' });
      run.predicted.push(...graphLabels(graph, item.id));
      run.baseline.push(...cooccurrencePairs(item.text, lexicon, item.id));
    }
    for (const spec of SPLITS.filter((s) => s.file === file)) {
      const run = runs.get(spec.split);
      if (!run) continue;
      const count = items.filter((item) => item.split === spec.split).length;
      const title = `${file}, split "${spec.split}" (${spec.title}): ${count} items, ${run.gold.length} gold relations, ${run.predicted.length} ${by}`;
      report(title, run, RELATION_TYPES, verbose);
    }
    const unlisted = [...runs.keys()].filter(
      (split) => !SPLITS.some((s) => s.file === file && s.split === split),
    );
    if (unlisted.length > 0)
      throw new CliError(`${path}: splits not described in evalSplits.ts: ${unlisted.join(', ')}`);
  }
  for (const spec of sealedNotAsked)
    console.log(
      `\n(split "${spec.split}" is sealed: scored only when asked for, with --split ${spec.split})`,
    );
  console.log('');
  console.log(`min confidence ${minConfidence}`);
  if (llm.backend !== 'rules') console.log(`model ${llm.endpoint.model}: ${totals()}`);
}

runCli(main);
