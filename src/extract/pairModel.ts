/**
 * The pair model: a logistic regression over the features of pairFeatures.ts, trained on the
 * real-news evaluation set by `npm run train:pairs` (data/models/pair-model.json). The rules fit news
 * construction by construction and miss the ones they have not met; the model weighs what every
 * sentence offers (a cue between two actors, how close they stand, whether a rule half-read them) and
 * admits a pair the rules left out when it is likely enough. It only adds: what a rule read stays.
 * An admitted pair keeps the rules' best reading of it, or takes the type of the cue between the two.
 */
import shipped from '../../data/models/pair-model.json';
import { SUGGESTION_RULE } from '../domain/rules';
import type { Candidate } from './candidates';
import type { PairInput, PairRow } from './pairFeatures';
import { PAIR_FEATURES, pairRows } from './pairFeatures';

export interface PairModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /** A pair is admitted at this probability or above. */
  readonly threshold: number;
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

/** A model file's model, or an error naming what does not fit the features this version computes. */
export function checkPairModel(value: unknown, name: string): PairModel {
  const model = value as Partial<Record<keyof PairModel, unknown>> | null;
  const features = model?.features;
  if (!Array.isArray(features) || features.join('|') !== PAIR_FEATURES.join('|'))
    throw new Error(
      `${name}: its features are not the ones src/extract/pairFeatures.ts computes; retrain it`,
    );
  if (!isNumberList(model?.weights) || model.weights.length !== PAIR_FEATURES.length)
    throw new Error(`${name}: expected one weight per feature`);
  const threshold = model.threshold;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1))
    throw new Error(`${name}: expected a threshold between 0 and 1`);
  return { features: PAIR_FEATURES, weights: model.weights, threshold };
}

let checked: PairModel | undefined;

/** The model shipped in data/models/, checked on first use. */
export function defaultPairModel(): PairModel {
  checked ??= checkPairModel(shipped, 'data/models/pair-model.json');
  return checked;
}

export function pairProbability(model: PairModel, features: readonly number[]): number {
  let z = 0;
  model.weights.forEach((weight, i) => {
    z += weight * (features[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

/** The probability the model gives a pair it admits: one no rule read, likely enough, with a reading. */
export function admission(row: PairRow, model: PairModel, minConfidence: number): number | undefined {
  if (row.read || !row.reading) return undefined;
  const probability = pairProbability(model, row.features);
  return probability < model.threshold || probability < minConfidence ? undefined : probability;
}

function admitted(row: PairRow, model: PairModel, minConfidence: number): Candidate | undefined {
  const probability = admission(row, model, minConfidence);
  if (probability === undefined || !row.reading) return undefined;
  return { ...row.reading, confidence: Math.round(probability * 1000) / 1000, rule: SUGGESTION_RULE };
}

/** The candidates the model adds to what the rules read in a passage. */
export function modelCandidates(
  input: PairInput,
  minConfidence: number,
  model: PairModel = defaultPairModel(),
): Candidate[] {
  return pairRows(input, minConfidence, true).flatMap((row) => admitted(row, model, minConfidence) ?? []);
}
