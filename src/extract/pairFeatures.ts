/**
 * What the pair model (pairModel.ts) knows of two actors one passage names in a sentence together:
 * whether the rules read them, how close they stand, what lies between them. One row per pair and
 * passage, with the reading the pair would be shown with if the model takes it.
 */
import type { Sentence } from '../domain/sentences';
import type { Candidate } from './candidates';
import type { Lexicon } from './lexicon';
import type { CueSpan, SentenceActors } from './roles';
import { PLACE_NOUNS } from './words';

/** The reading a pair gets when the model takes it: the rules' best one, or the cue between the two. */
export type PairReading = Omit<Candidate, 'confidence' | 'rule'>;

export interface PairRow {
  /** The two actor ids, in sorted order. */
  readonly a: string;
  readonly b: string;
  readonly features: number[];
  /** Whether a rule read the pair at or above the confidence floor. */
  readonly read: boolean;
  readonly reading: PairReading | undefined;
}

export interface PairInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly candidates: readonly Candidate[];
  readonly actors: readonly SentenceActors[];
  readonly lexicon: Lexicon;
}

interface Tally {
  sentences: number;
  best: Candidate | undefined;
  read: boolean;
  cueBetween: number;
  cueInSentence: number;
  listOnly: number;
  fewestActors: number;
  fewestWords: number;
  resolved: number;
  lede: number;
  reported: number;
  between: number;
  withBefore: number;
  bothNamed: number;
  cueReading: PairReading | undefined;
  placeOnly: boolean;
  affiliated: number;
  sameSides: number;
}

/**
 * The features, one entry each: its name (the model file lists them, and must agree) and its value for
 * a pair's tally. Their order is the order of the model's weights.
 */
const FEATURES = [
  { name: 'bias', value: () => 1 },
  { name: 'read by a rule', value: (t: Tally) => (t.read ? 1 : 0) },
  { name: 'best rule confidence', value: (t: Tally) => t.best?.confidence ?? 0 },
  { name: 'sentences naming both (log)', value: (t: Tally) => Math.log1p(t.sentences) },
  { name: 'cue between them', value: (t: Tally) => t.cueBetween },
  { name: 'cue in the sentence', value: (t: Tally) => t.cueInSentence },
  { name: 'only a list between them', value: (t: Tally) => t.listOnly },
  { name: 'one over actors in the sentence', value: (t: Tally) => 1 / t.fewestActors },
  { name: 'words between them (of 30)', value: (t: Tally) => t.fewestWords / 30 },
  { name: 'one only as an anaphor', value: (t: Tally) => t.resolved },
  { name: 'person and own state or body', value: (t: Tally) => t.affiliated },
  { name: 'in the first sentence', value: (t: Tally) => t.lede },
  { name: 'reported speech', value: (t: Tally) => t.reported },
  { name: 'after "between"', value: (t: Tally) => t.between },
  { name: '"with" before the second', value: (t: Tally) => t.withBefore },
  { name: 'both named', value: (t: Tally) => t.bothNamed },
  { name: 'the only two in a sentence', value: (t: Tally) => (t.fewestActors === 2 ? 1 : 0) },
  { name: 'cue between them, over actors', value: (t: Tally) => t.cueBetween / t.fewestActors },
  { name: 'the sides of a pair a rule read', value: (t: Tally) => t.sameSides },
] as const;

export type PairFeatureName = (typeof FEATURES)[number]['name'];

/** The features' names, in the order of the model's weights. */
export const PAIR_FEATURES: readonly PairFeatureName[] = FEATURES.map((feature) => feature.name);

const LIST_WORDS = new Set(['and', 'the', 'of', 'or']);
/** Words that make the actor after them a place: "met in Brussels", "talks at the UN". */
const PLACE_WORDS = new Set(['in', 'at', 'near', 'outside']);
const WORD = /[\p{L}\p{N}]+/gu;
/** The same, shared by the scans below: each sets `lastIndex` before it starts. */
const SCAN = new RegExp(WORD.source, 'gu');

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function newTally(): Tally {
  return {
    sentences: 0,
    best: undefined,
    read: false,
    cueBetween: 0,
    cueInSentence: 0,
    listOnly: 1,
    fewestActors: Infinity,
    fewestWords: 30,
    resolved: 0,
    lede: 0,
    reported: 0,
    between: 0,
    withBefore: 0,
    bothNamed: 0,
    cueReading: undefined,
    placeOnly: true,
    affiliated: 0,
    sameSides: 0,
  };
}

/** Whether only list words ("and", "the", "of", "or") stand between the two, other actors aside. */
function onlyList(text: string, from: number, to: number, named: SentenceActors['named']): boolean {
  const word = SCAN;
  word.lastIndex = from;
  for (let m = word.exec(text); m !== null && m.index < to; m = word.exec(text)) {
    const at = m.index;
    if (LIST_WORDS.has(m[0].toLowerCase())) continue;
    let inName = false;
    for (const [start, end] of named.values())
      if (start >= from && end <= to && at >= start && at < end) inName = true;
    if (!inName) return false;
  }
  return true;
}

/** Words from `from` to `to`, counted up to `cap` (the feature is flat beyond it). */
function countWords(text: string, from: number, to: number, cap: number): number {
  const word = SCAN;
  word.lastIndex = from;
  let count = 0;
  for (let m = word.exec(text); m !== null && m.index < to && count < cap; m = word.exec(text)) count++;
  return count;
}

/** The last `n` words before `to`, no further back than `from` (a short window: words are short). */
function wordsBefore(text: string, from: number, to: number, n: number): string[] {
  return words(text.slice(Math.max(from, to - 80), to))
    .slice(-n)
    .map((word) => word.toLowerCase());
}

/**
 * The actor at `span` is a place: after "in", "at", "near" or "outside", a capital named after "capital"
 * ("the capital, Honiara"), or the state whose capital follows ("the Solomon Islands' capital").
 */
function isPlace(text: string, sentence: Sentence, span: readonly [number, number]): boolean {
  const before = wordsBefore(text, Math.max(sentence.start, span[0] - 12), span[0], 1)[0] ?? '';
  if (PLACE_WORDS.has(before) || PLACE_NOUNS.has(before)) return true;
  return /^(?:['’]s?\s+|\s+)(?:capital|city)\b/.test(
    text.slice(span[1], Math.min(sentence.end, span[1] + 12)),
  );
}

/** The cue nearest the second of two actors named at `from` and `to`, between them. */
function nearestCueBetween(here: SentenceActors, from: number, to: number): CueSpan | undefined {
  return here.cues.findLast((cue) => cue.start > from && cue.start < to);
}

/** Both actors named: how they stand in the sentence, and the cue between them if there is one. */
function tallyNamed(
  tally: Tally,
  input: PairInput,
  sentence: Sentence,
  here: SentenceActors,
  spans: readonly [readonly [number, number], readonly [number, number]],
  ids: readonly [string, string],
): void {
  const [first, second] = spans[0][0] <= spans[1][0] ? [0, 1] : [1, 0];
  const [earlier, later] = [
    spans[first] as readonly [number, number],
    spans[second] as readonly [number, number],
  ];
  const { text } = input;
  tally.bothNamed = 1;
  if (!isPlace(text, sentence, earlier) && !isPlace(text, sentence, later)) tally.placeOnly = false;
  tally.fewestWords = Math.min(tally.fewestWords, countWords(text, earlier[0], later[0], 30));
  if (!onlyList(text, earlier[1], later[0], here.named)) tally.listOnly = 0;
  if (wordsBefore(text, sentence.start, earlier[0], 3).includes('between')) tally.between = 1;
  if (wordsBefore(text, sentence.start, later[0], 3).includes('with')) tally.withBefore = 1;
  const cue = nearestCueBetween(here, earlier[0], later[0]);
  if (!cue) return;
  tally.cueBetween = 1;
  tally.cueReading ??= {
    source: ids[first] as string,
    target: ids[second] as string,
    type: cue.type,
    sentence,
    negated: false,
    cue: text.slice(cue.start, cue.end),
    flags: [],
    spans: { cue: [cue.start, cue.end], source: earlier, target: later },
  };
}

/**
 * The unread pairs that could get a reading: a rule's reading below the floor, or a cue between the
 * two. Only these need features when the model runs; the others it could not add.
 */
function readable(
  input: PairInput,
  read: ReadonlySet<string>,
  bySentencePair: ReadonlyMap<string, Candidate>,
): Set<string> {
  const found = new Set<string>();
  for (const [key] of bySentencePair) {
    const pair = key.slice(key.indexOf('\u0001') + 1);
    if (!read.has(pair)) found.add(pair);
  }
  input.actors.forEach((here) => {
    if (here.cues.length === 0 || here.named.size < 2) return;
    const named = [...here.named];
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const [a, spanA] = named[i] as [string, readonly [number, number]];
        const [b, spanB] = named[j] as [string, readonly [number, number]];
        const from = Math.min(spanA[0], spanB[0]);
        const to = Math.max(spanA[0], spanB[0]);
        const key = pairKey(a, b);
        if (!read.has(key) && nearestCueBetween(here, from, to)) found.add(key);
      }
    }
  });
  return found;
}

/**
 * Every pair of actors named together in a sentence of the passage, with its features; with `unread`,
 * only the pairs no rule read at `minConfidence` (all the model may add; training needs them all).
 */
export function pairRows(input: PairInput, minConfidence: number, unread = false): PairRow[] {
  const { sentences, actors, lexicon } = input;
  const tallies = new Map<string, Tally>();
  const bySentencePair = new Map<string, Candidate>();
  const read = new Set<string>();
  for (const candidate of input.candidates) {
    const pair = pairKey(candidate.source, candidate.target);
    if (candidate.confidence >= minConfidence) read.add(pair);
    const key = `${candidate.sentence.index}\u0001${pair}`;
    const held = bySentencePair.get(key);
    if (!held || candidate.confidence > held.confidence) bySentencePair.set(key, candidate);
  }
  const wanted = unread ? readable(input, read, bySentencePair) : undefined;
  if (wanted?.size === 0) return [];
  // Only actors of a wanted pair need visiting: most sentences then have no pair left to tally.
  const involved = wanted && new Set([...wanted].flatMap((key) => key.split('\u0000')));
  sentences.forEach((sentence, index) => {
    const here = actors[index];
    if (!here || here.named.size + here.resolved.size < 2) return;
    const all = [...new Set([...here.named.keys(), ...here.resolved])];
    const ids = involved ? all.filter((id) => involved.has(id)) : all;
    if (ids.length < 2) return;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const key = pairKey(a, b);
        if (wanted && !wanted.has(key)) continue;
        const tally = tallies.get(key) ?? newTally();
        tallies.set(key, tally);
        tally.sentences++;
        tally.fewestActors = Math.min(tally.fewestActors, all.length);
        if (here.cues.length > 0) tally.cueInSentence = 1;
        if (index === 0) tally.lede = 1;
        if (here.reported) tally.reported = 1;
        const candidate = bySentencePair.get(`${index}\u0001${key}`);
        if (candidate && (!tally.best || candidate.confidence > tally.best.confidence))
          tally.best = candidate;
        if (candidate && candidate.confidence >= minConfidence) tally.read = true;
        const spanA = here.named.get(a);
        const spanB = here.named.get(b);
        if (spanA && spanB) tallyNamed(tally, input, sentence, here, [spanA, spanB], [a, b]);
        else {
          tally.resolved = 1;
          tally.listOnly = 0;
          tally.placeOnly = false;
        }
      }
    }
  });
  // A person stands for their state: with "Kagame met Lourenco" read, Rwanda and Lourenco are on the same
  // sides (annotators relate such pairs more often than others, the fitted weight says).
  const side = (id: string): string => lexicon.actors.get(id)?.affiliation ?? id;
  const sides = new Set(
    [...read]
      .map((key) => key.split('\u0000') as [string, string])
      .map(([a, b]) => pairKey(side(a), side(b))),
  );
  return [...tallies].map(([key, tally]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    const affiliated = lexicon.actors.get(a)?.affiliation === b || lexicon.actors.get(b)?.affiliation === a;
    tally.affiliated = affiliated ? 1 : 0;
    tally.sameSides = !tally.read && !affiliated && sides.has(pairKey(side(a), side(b))) ? 1 : 0;
    const features = FEATURES.map((feature) => feature.value(tally));
    // A pair only ever named with one of them as a place ("NATO met in Brussels") has no reading.
    const reading = tally.placeOnly
      ? undefined
      : tally.best
        ? (({ confidence: _c, rule: _r, ...rest }: Candidate): PairReading => rest)(tally.best)
        : tally.cueReading;
    return { a, b, features, read: tally.read, reading };
  });
}
