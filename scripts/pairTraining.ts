/**
 * Training the pair model (src/extract/pairModel.ts) on the real-news evaluation set: one row per
 * pair of actors a passage names in one sentence, labelled by whether the passage's gold relates
 * them; a logistic regression fitted by plain gradient descent (fixed steps, so the same data always
 * gives the same weights). Sealed parts are never read: they are kept for their one blind scoring.
 */
import { pairKey } from '../src/extract/evaluate';
import { DEFAULT_MIN_CONFIDENCE, analyseDocument, makeSource } from '../src/extract/extract';
import type { EvalItem } from '../src/extract/evalData';
import { SPLITS, goldLabels } from '../src/extract/evalData';
import type { Lexicon } from '../src/extract/lexicon';
import type { PairRow } from '../src/extract/pairFeatures';
import { PAIR_FEATURES, pairRows } from '../src/extract/pairFeatures';
import type { PairModel } from '../src/extract/pairModel';
import { admission } from '../src/extract/pairModel';

/**
 * Admit a pair at this probability. The first target asks each part for precision 0.8 or more; on the
 * leave-one-part-out estimate over 34 parts, 0.45 keeps as many parts there as the rules alone (28, to
 * 22 at 0.4) for a little recall (docs/extraction.md, "The pair model").
 */
export const THRESHOLD = 0.45;

export interface LabelledRow extends PairRow {
  readonly split: string;
  /** The passage's id, as the eval scores pairs: one passage at a time. */
  readonly unit: string;
  readonly gold: boolean;
}

/** A row's pair as the eval keys it (`pairKey` of evaluate.ts). */
export const rowKey = (row: Pick<LabelledRow, 'a' | 'b' | 'unit'>): string =>
  pairKey({ source: row.a, target: row.b, unit: row.unit });

/** The real-news splits the model may learn from: every one the eval describes that is not sealed. */
export function trainingSplits(): Set<string> {
  return new Set(SPLITS.filter((s) => s.file === 'real-news' && s.sealed !== true).map((s) => s.split));
}

/**
 * Every co-named pair of the items in the given splits, labelled by the items' gold; and per split the
 * gold pairs, keyed as the eval keys them (a pair no sentence names together is gold all the same).
 */
export function labelledRows(items: readonly EvalItem[], splits: ReadonlySet<string>, lexicon: Lexicon) {
  const rows: LabelledRow[] = [];
  const goldPairs = new Map<string, Set<string>>();
  for (const item of items) {
    if (!splits.has(item.split)) continue;
    const gold = goldPairs.get(item.split) ?? new Set<string>();
    goldPairs.set(item.split, gold);
    for (const relation of goldLabels(item, lexicon)) gold.add(pairKey(relation));
    const text = makeSource(item.text, { id: item.id }).text;
    const reading = analyseDocument(text, { lexicon });
    for (const row of pairRows({ text, ...reading }, DEFAULT_MIN_CONFIDENCE)) {
      const unit = item.id;
      rows.push({ ...row, split: item.split, unit, gold: gold.has(rowKey({ ...row, unit })) });
    }
  }
  return { rows, goldPairs };
}

/** Logistic regression by gradient descent, with a little L2 so rare features keep small weights. */
export function fitLogistic(
  features: readonly (readonly number[])[],
  labels: readonly boolean[],
  steps = 3000,
  rate = 0.5,
  l2 = 0.01,
): number[] {
  const width = features[0]?.length ?? 0;
  const weights = new Array<number>(width).fill(0);
  const n = Math.max(1, features.length);
  for (let step = 0; step < steps; step++) {
    const gradient = new Array<number>(width).fill(0);
    features.forEach((x, i) => {
      let z = 0;
      for (let k = 0; k < width; k++) z += (weights[k] as number) * (x[k] as number);
      const error = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z)))) - (labels[i] ? 1 : 0);
      for (let k = 0; k < width; k++) gradient[k] = (gradient[k] as number) + error * (x[k] as number);
    });
    for (let k = 0; k < width; k++)
      weights[k] =
        (weights[k] as number) - rate * ((gradient[k] as number) / n + l2 * (weights[k] as number));
  }
  return weights;
}

/** A model fitted on the rows, its weights rounded so the file stays readable and stable. */
export function trainModel(rows: readonly LabelledRow[]): PairModel {
  const weights = fitLogistic(
    rows.map((row) => row.features),
    rows.map((row) => row.gold),
  );
  return {
    features: PAIR_FEATURES,
    weights: weights.map((w) => Math.round(w * 1e4) / 1e4),
    threshold: THRESHOLD,
  };
}

/** The pairs the rules read, or the rules and what the model admits, keyed as the eval keys them. */
export function takenPairs(rows: readonly LabelledRow[], model?: PairModel): Set<string> {
  const taken = (row: LabelledRow): boolean =>
    row.read || (model !== undefined && admission(row, model, DEFAULT_MIN_CONFIDENCE) !== undefined);
  return new Set(rows.filter(taken).map(rowKey));
}
