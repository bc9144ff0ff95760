/**
 * Modality flags for one cue: negation, hedging, future or intended action, reported speech,
 * conditionals and questions. Each is found from marker words in a short window before the cue (the
 * words between the source actor and the cue), so "China did not condemn Russia" is negated but
 * "China, which did not vote, condemned Russia" is not.
 */
import type { Token } from './tokenize';
import {
  CONDITIONAL_PHRASES,
  FUTURE_PHRASES,
  HEDGE_PHRASES,
  MODAL_PHRASES,
  NEGATION_EXCEPTIONS,
  NEGATION_PHRASES,
  REPORTING_WORDS,
  STOP_VERBS,
} from './words';

export type Flag =
  | 'negated'
  | 'hedged'
  | 'future'
  | 'modal'
  | 'reported'
  | 'conditional'
  | 'question'
  | 'embedded'
  | 'passive'
  | 'coref'
  | 'ambiguous_alias'
  | 'demonym'
  | 'distant';

/** Multiplier on confidence per flag. Negation does not lower it: negated evidence is kept as such. */
export const FLAG_PENALTY: Readonly<Record<Flag, number>> = {
  negated: 1,
  hedged: 0.75,
  future: 0.9,
  modal: 0.9,
  reported: 0.95,
  conditional: 0.7,
  question: 0.6,
  embedded: 0.3,
  passive: 1,
  coref: 0.85,
  ambiguous_alias: 0.8,
  demonym: 0.9,
  distant: 1,
};

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[at + k];
    if (!token || token.lower !== phrase[k]) return false;
  }
  return true;
}

function anyPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly (readonly string[])[],
  exceptions: readonly (readonly string[])[] = [],
): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    if (exceptions.some((phrase) => phraseAt(tokens, i, phrase))) continue;
    for (const phrase of phrases) if (phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}

function hasNegatedAuxiliary(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const lower = (tokens[i] as Token).lower;
    // "didn't stop aiding": a stop negated goes on.
    if ((lower.endsWith("n't") || lower.endsWith('n’t')) && !STOP_VERBS.has(tokens[i + 1]?.lower ?? ''))
      return true;
  }
  return false;
}

export interface FlagWindow {
  /** First token of the window (after the source mention, or a few tokens before the cue). */
  readonly from: number;
  /** The cue's first token. */
  readonly cue: number;
}

/** Flags that hold for a whole sentence, computed once per sentence. */
export interface SentenceModality {
  readonly reported: boolean;
  readonly hedged: boolean;
  readonly question: boolean;
}

/** Longest window, in tokens, searched before a cue: keeps the work per cue bounded. */
const MAX_WINDOW = 12;

export function sentenceModality(tokens: readonly Token[], sentenceText: string): SentenceModality {
  let reported = false;
  let hedged = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // A capitalised reporting word inside the sentence is part of a name: "the United States".
    if (REPORTING_WORDS.has(token.lower) && (i === 0 || token.text === token.lower)) reported = true;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') reported = true;
    if (token.lower === 'reportedly' || token.lower === 'allegedly' || token.lower === 'unconfirmed') {
      hedged = true;
    }
  }
  return { reported, hedged, question: /\?["”’)]*$/u.test(sentenceText) };
}

/** The flags a cue gets from the words before it and from its sentence. */
export function modalityFlags(
  tokens: readonly Token[],
  window: FlagWindow,
  sentence: SentenceModality,
): Flag[] {
  const flags: Flag[] = [];
  const cue = window.cue;
  const from = Math.max(window.from, cue - MAX_WINDOW);
  // "no" negates only the noun it stands before: "no talks with", not a quoted "no limits" partnership.
  const determinerNo = tokens[cue - 1]?.lower === 'no' || tokens[cue - 2]?.lower === 'no';
  if (
    determinerNo ||
    anyPhrase(tokens, from, cue, NEGATION_PHRASES, NEGATION_EXCEPTIONS) ||
    hasNegatedAuxiliary(tokens, from, cue)
  ) {
    flags.push('negated');
  }
  if (sentence.hedged || anyPhrase(tokens, from, cue, HEDGE_PHRASES)) flags.push('hedged');
  if (anyPhrase(tokens, from, cue, FUTURE_PHRASES)) flags.push('future');
  else if (anyPhrase(tokens, from, cue, MODAL_PHRASES)) flags.push('modal');
  if (anyPhrase(tokens, cue - MAX_WINDOW, cue, CONDITIONAL_PHRASES)) flags.push('conditional');
  if (sentence.reported) flags.push('reported');
  if (sentence.question) flags.push('question');
  return flags;
}
