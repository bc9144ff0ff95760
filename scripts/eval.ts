/**
 * Evaluates the extractor:
 *   1. on the seed article: extract from the text of each source in data/graph.json and compare with
 *      the curated relations (relation level);
 *   2. on the development set data/devset/devset.json: each item is extracted on its own and compared
 *      with its gold labels.
 *
 *   npm run eval [-- --verbose] [--min-confidence 0.3] [--graph data/graph.json] [--devset path]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../src/domain/types';
import type { LabeledRelation } from '../src/extract/evaluate';
import { evaluate, formatReport, graphLabels, lenientKey, strictKey } from '../src/extract/evaluate';
import { extract } from '../src/extract/extract';
import { defaultLexicon } from '../src/extract/defaultLexicon';
import { RELATION_TYPES } from '../src/extract/vocabulary';
import { validateGraph } from '../src/io/validateGraph';
import { formatProblems } from '../src/io/problems';
import { CliError, minConfidenceOption, parseCliArgs, runCli } from './cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface DevItem {
  readonly id: string;
  readonly split?: 'dev' | 'test' | 'blind2' | 'blind3' | 'blind4';
  readonly text: string;
  readonly relations: ReadonlyArray<{ source: string; target: string; type: string; negated?: boolean }>;
}

const USAGE =
  'usage: npm run eval [-- --verbose] [--min-confidence 0.3] [--graph data/graph.json] [--devset path]';
const SPEC = {
  usage: USAGE,
  values: new Set(['--min-confidence', '--graph', '--devset']),
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

function showDifferences(gold: readonly LabeledRelation[], predicted: readonly LabeledRelation[]): void {
  const types = new Map(RELATION_TYPES.map((type) => [type.id, type]));
  const goldKeys = new Set(gold.map((r) => strictKey(r, types)));
  const predictedKeys = new Set(predicted.map((r) => strictKey(r, types)));
  const goldLenient = new Set(gold.map((r) => lenientKey(r, types)));
  const predictedLenient = new Set(predicted.map((r) => lenientKey(r, types)));
  for (const key of [...predictedKeys].sort()) {
    if (!goldKeys.has(key))
      console.log(`  extra   ${key}${goldLenient.has(key.replace(/>.*/, '')) ? '' : ''}`);
  }
  for (const key of [...goldKeys].sort()) if (!predictedKeys.has(key)) console.log(`  missed  ${key}`);
  const lenientMissed = [...goldLenient].filter((key) => !predictedLenient.has(key)).length;
  console.log(`  (lenient keys missed: ${lenientMissed})`);
}

function main(): void {
  const args = parseCliArgs(process.argv.slice(2), SPEC);
  const verbose = args.switches.has('--verbose');
  const values = args.values;
  const minConfidence = minConfidenceOption(args);
  const graphPath = resolve(root, values.get('--graph') ?? 'data/graph.json');
  const devsetPath = resolve(root, values.get('--devset') ?? 'data/devset/devset.json');
  const lexicon = defaultLexicon();

  // 1. Seed article(s).
  const checked = validateGraph(readJson(graphPath));
  if (!checked.ok)
    throw new CliError(`${graphPath}: not a valid graph:\n${formatProblems(checked.problems)}`);
  const curated: Graph = checked.value;
  const gold: LabeledRelation[] = [];
  const predicted: LabeledRelation[] = [];
  for (const source of curated.sources) {
    const relations = curated.relations.filter((relation) =>
      relation.evidence.some((e) => e.sourceId === source.id),
    );
    gold.push(...graphLabels({ relations }, source.id));
    const graph = extract(
      source.text,
      { id: source.id, title: source.title, published: source.published },
      { lexicon, minConfidence },
    );
    predicted.push(...graphLabels(graph, source.id));
  }
  const seedReport = evaluate(gold, predicted, curated.relationTypes);
  console.log(
    formatReport(
      `Seed article(s): ${curated.sources.length} source(s), ${gold.length} curated relations, ${predicted.length} extracted`,
      seedReport,
    ),
  );
  if (verbose) showDifferences(gold, predicted);

  // 2. Development set, by split: "dev" (rules were tuned on it), "test" and "blind2" to "blind4" (held out).
  const devset = readJson(devsetPath) as { items: DevItem[] };
  const unknown = new Set<string>();
  const runSplit = (name: string, items: readonly DevItem[]): void => {
    const devGold: LabeledRelation[] = [];
    const devPredicted: LabeledRelation[] = [];
    for (const item of items) {
      for (const relation of item.relations) {
        for (const id of [relation.source, relation.target]) if (!lexicon.actors.has(id)) unknown.add(id);
        devGold.push({ ...relation, negated: relation.negated === true, unit: item.id });
      }
      const graph = extract(
        item.text,
        { id: item.id, title: item.id, published: '2025-01-01' },
        { lexicon, minConfidence },
      );
      devPredicted.push(...graphLabels(graph, item.id));
    }
    const report = evaluate(devGold, devPredicted, RELATION_TYPES);
    console.log('');
    console.log(
      formatReport(
        `${name}: ${items.length} items, ${devGold.length} gold relations, ${devPredicted.length} extracted`,
        report,
      ),
    );
    if (verbose) showDifferences(devGold, devPredicted);
  };
  const split = (value: string): DevItem[] => devset.items.filter((item) => (item.split ?? 'dev') === value);
  runSplit('Development set, split "dev" (the rules were tuned on these)', split('dev'));
  runSplit(
    'Development set, split "test" (held out; scored blind only on its first run, see docs/extraction.md)',
    split('test'),
  );
  runSplit(
    'Development set, split "blind2" (analytical prose; scored blind once before the second round, see docs/extraction.md)',
    split('blind2'),
  );
  runSplit(
    'Development set, split "blind3" (other regions; scored blind once before the third round, see docs/extraction.md)',
    split('blind3'),
  );
  runSplit(
    'Development set, split "blind4" (written without sight of the rules, scored blind once in the fourth round, see docs/extraction.md)',
    split('blind4'),
  );
  runSplit('Development set, all items', devset.items);
  if (unknown.size > 0)
    console.warn(`warning: gold actor ids not in the lexicon: ${[...unknown].join(', ')}`);
  console.log('');
  console.log(`min confidence ${minConfidence}`);
}

runCli(main);
