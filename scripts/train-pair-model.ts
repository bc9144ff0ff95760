/**
 * Trains the pair model on the real-news parts that are not sealed and writes data/models/pair-model.json.
 *
 *   npm run train:pairs            train, print a leave-one-part-out estimate, write the file
 *   npm run train:pairs -- --check exit 1 if the file is not what training gives now
 *
 * Retrain after the rules or the data change: the features include what the rules read.
 * scripts/train-pair-model.test.ts fails when the committed model is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLexicon } from '../src/extract/defaultLexicon';
import { readEvalItems } from '../src/extract/evalData';
import type { Scores } from '../src/extract/evaluate';
import { score } from '../src/extract/evaluate';
import type { LabelledRow } from './pairTraining';
import { labelledRows, takenPairs, trainModel, trainingSplits } from './pairTraining';
import { repoRoot } from './runScript';

const DATA = join(repoRoot, 'data', 'devset', 'real-news.json');
const MODEL = join(repoRoot, 'data', 'models', 'pair-model.json');

function f1({ precision, recall, f1: f }: Scores): string {
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)}`;
}

/** Leave-one-part-out: each part scored by a model trained on all the others, then all parts together. */
function crossValidate(
  rows: readonly LabelledRow[],
  goldPairs: ReadonlyMap<string, ReadonlySet<string>>,
  print: (line: string) => void,
) {
  const splits = [...goldPairs.keys()].sort();
  print(`${rows.length} co-named pairs from ${splits.length} parts; leave-one-part-out, pair level:`);
  const all = { gold: new Set<string>(), rules: new Set<string>(), model: new Set<string>() };
  for (const split of splits) {
    const held = rows.filter((row) => row.split === split);
    const gold = goldPairs.get(split) ?? new Set<string>();
    const rules = takenPairs(held);
    const withModel = takenPairs(held, trainModel(rows.filter((row) => row.split !== split)));
    for (const [into, keys] of [
      [all.gold, gold],
      [all.rules, rules],
      [all.model, withModel],
    ] as const)
      for (const key of keys) into.add(key);
    print(
      `  ${split.padEnd(14)} rules ${f1(score(gold, rules))}   with the model ${f1(score(gold, withModel))}`,
    );
  }
  print(
    `  ${'all parts'.padEnd(14)} rules ${f1(score(all.gold, all.rules))}   with the model ${f1(score(all.gold, all.model))}`,
  );
}

/** The labelled rows of the parts the model may learn from, in data/devset/real-news.json. */
export function trainingRows(json: unknown) {
  const items = readEvalItems(json, DATA);
  if (typeof items === 'string') throw new Error(items);
  return labelledRows(items, trainingSplits(), defaultLexicon());
}

/** The model file's text for these rows. */
export function modelFile(rows: readonly LabelledRow[]): string {
  const model = trainModel(rows);
  const file = {
    about:
      'The pair model of src/extract/pairModel.ts: logistic-regression weights, one per feature, written by `npm run train:pairs` from the real-news parts listed in trainedOn.',
    trainedOn: [...new Set(rows.map((row) => row.split))].sort(),
    pairs: rows.length,
    features: model.features,
    weights: model.weights,
    threshold: model.threshold,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function main(): number {
  const check = process.argv.includes('--check');
  const { rows, goldPairs } = trainingRows(JSON.parse(readFileSync(DATA, 'utf8')));
  if (!check) crossValidate(rows, goldPairs, (line) => console.log(line));
  const text = modelFile(rows);
  const before = readFileSync(MODEL, 'utf8');
  if (check) {
    if (text === before) return 0;
    console.error('data/models/pair-model.json is stale: run npm run train:pairs');
    return 1;
  }
  writeFileSync(MODEL, text);
  console.log(
    text === before ? 'data/models/pair-model.json: unchanged' : 'data/models/pair-model.json: written',
  );
  return 0;
}

if (process.argv[1]?.endsWith('train-pair-model.ts')) process.exitCode = main();
