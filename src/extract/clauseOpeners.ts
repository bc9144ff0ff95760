/**
 * Where a subordinate clause opens: its subject stands after the conjunction, so an actor before it
 * does not act in it ("Russia retreated after the army attacked Ukraine").
 */
import { DASHES } from './asides';
import type { Token } from './tokenize';
import { isCapitalised, isLowerWord } from './tokenize';
import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_OPENERS,
  COORDINATORS,
  RELATIVES,
  REPORTING_WORDS,
  ONCE_ADVERB_AFTER,
  SINCE_ADVERB_AFTER,
  SPOKESPEOPLE,
  STOP_RIGHT,
  VERB_HELPERS,
  SUBORDINATORS,
  verbs,
} from './words';

/** Conjunctions that are prepositions before a bare noun phrase: "after a meeting with X". */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'until', 'since']);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_CLAUSE_SCAN = 8;
/** Verbs that take the act as a "to"-infinitive and share their subject with it: "plans to visit". */
const INTENTION_VERBS = verbs('plan|intend|want|hope|expect|aim|seek|vow|pledge|promise|try|decide|prepare');

/**
 * Whether a verb follows the noun phrase whose second word is at `from` ("after the talks
 * collapsed"), before a comma, "that" or the sentence's end; else the phrase is an adjunct ("after a
 * meeting with Iran that …"). A past form or an auxiliary marks the verb.
 */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  for (let t = from; t < Math.min(tokens.length, from + MAX_CLAUSE_SCAN); t++) {
    const token = tokens[t] as Token;
    if (token.kind === 'punct' || RELATIVES.has(token.lower) || STOP_RIGHT.has(token.lower)) return false;
    if (token.kind !== 'word' || isCapitalised(token)) continue;
    if (marksVerb(token, t > from)) return true;
  }
  return true;
}

/** An auxiliary, or a past form after a phrase's first word ("after the talks collapsed"). */
const marksVerb = (token: Token, afterFirst: boolean): boolean =>
  AUXILIARIES.has(token.lower) || (afterFirst && token.lower.endsWith('ed'));

/** The longest bare noun phrase before "with" that is read as an adjunct: "months of secret talks". */
const MAX_BARE_PHRASE = 4;

/** Whether lower-case words from `from`, none a verb form, lead to "with": "talks with", "months of talks with". */
function barePhraseBeforeWith(tokens: readonly Token[], from: number): boolean {
  for (let t = from; t < from + MAX_BARE_PHRASE; t++) {
    const token = tokens[t];
    if (!isLowerWord(token) || CLAUSE_OPENERS.has(token.lower) || marksVerb(token, t > from)) return false;
    if (tokens[t + 1]?.lower === 'with') return true;
  }
  return false;
}

/**
 * Whether the token at `t` opens a subordinate clause. "once" does only before a clause ("once the
 * talks resume", "once Russia agrees"); before a noun phrase it is an adverb ("once allies").
 */
export function opensClause(tokens: readonly Token[], t: number): boolean {
  const lower = tokens[t]?.lower ?? '';
  if (!SUBORDINATORS.has(lower)) return false;
  const next = tokens[t + 1];
  if (TIME_PREPOSITIONS.has(lower) && ARTICLES.has(next?.lower ?? '')) return verbFollows(tokens, t + 2);
  // "spoke after talks with Gordon Brown", "after months of secret talks with": a bare noun phrase with
  // "with" is an adjunct the subject took part in.
  if (TIME_PREPOSITIONS.has(lower) && barePhraseBeforeWith(tokens, t + 1)) return false;
  // "has since courted": an adverb after an auxiliary.
  if (lower === 'since') return !SINCE_ADVERB_AFTER.has(tokens[t - 1]?.lower ?? '');
  if (lower !== 'once') return true;
  // "India was once a staunch supporter of": an adverb after a form of "be" or "have".
  if (ONCE_ADVERB_AFTER.has(tokens[t - 1]?.lower ?? '')) return false;
  return next !== undefined && (CLAUSE_OPENERS.has(next.lower) || isCapitalised(next));
}

/**
 * The verb before `head` follows "and", "but" or "then", with only auxiliaries between ("and accused",
 * "and would be talking with"): it shares the clause's subject. `relative` is the position before the
 * verb's helpers. A bare -ing form after "and" opens a participle clause instead, unless an auxiliary
 * makes it a progressive.
 */
export function coordinatedVerb(
  tokens: readonly Token[],
  relative: number,
  head: number,
  gerund: boolean,
): boolean {
  const at = coordinatorAt(tokens, relative);
  const coordinator = tokens[at];
  if (coordinator?.text === ',') return repeatedVerb(tokens, at);
  return coordinator !== undefined && COORDINATORS.has(coordinator.lower) && (!gerund || at < head);
}

/** Where the word before a verb's helpers stands (`relative` is before the verb): "and" in "and would be talking". */
function coordinatorAt(tokens: readonly Token[], relative: number): number {
  let at = relative;
  // "has left China and plans to visit Japan": the verb of intention is the coordinated one.
  if (tokens[at]?.lower === 'to' && INTENTION_VERBS.has(tokens[at - 1]?.lower ?? '')) at -= 2;
  while (at >= 0 && BE_FORMS.has((tokens[at] as Token).lower)) at--;
  while (at >= 0 && VERB_HELPERS.has((tokens[at] as Token).lower)) at--;
  return at;
}

/** ", and charged": a verb coordinated after a comma (`relative` before its helpers) goes with the main clause. */
export function afterComma(tokens: readonly Token[], relative: number): boolean {
  const at = coordinatorAt(tokens, relative);
  return COORDINATORS.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.text === ',';
}

/** A reporting verb ("says", "said"; lower case, so not "States"), after which a reported clause starts. */
export function reportsAt(token: Token): boolean {
  return token.text === token.lower && REPORTING_WORDS.has(token.lower);
}

/** "… to cease enrichment and to hand over": a second infinitive, which shares the first one's doer. */
export function infinitiveAfterAnd(tokens: readonly Token[], head: number): boolean {
  return tokens[head]?.lower === 'to' && COORDINATORS.has(tokens[head - 1]?.lower ?? '');
}

/**
 * "pressed South Korea to open its market, pressed Panama to …": a verb after a comma that repeats a
 * verb earlier in the sentence continues the same series, with the same subject.
 */
function repeatedVerb(tokens: readonly Token[], comma: number): boolean {
  const verb = tokens[comma + 1];
  if (!verb || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text)) return false;
  for (let t = comma - 1; t >= 0; t--) if (tokens[t]?.text === verb.text) return true;
  return false;
}

/** Quantifiers before "of which" / "of whom": "both of which", "all of whom". */
const QUANTIFIERS = new Set(['both', 'all', 'each', 'some', 'many', 'most', 'several']);

/** Where a relative pronoun's antecedent ends: before "both of" in "X and Y, both of which", else at it. */
export function quantifiedRelative(tokens: readonly Token[], relative: number): number {
  const quantified =
    tokens[relative - 1]?.lower === 'of' && QUANTIFIERS.has(tokens[relative - 2]?.lower ?? '');
  return quantified ? relative - 2 : relative;
}

/** Lower-case words a quantified apposition may hold before the cue: "all nations", "both close". */
const MAX_APPOSED_WORDS = 3;

/**
 * Where the list ends that a quantified apposition before `head` sums up: "Cuba, Venezuela and Iran --
 * all nations at odds with", "Greece and Turkey, both members of"; -1 when there is none.
 */
export function apposedListEnd(tokens: readonly Token[], head: number): number {
  for (let t = head; t >= Math.max(0, head - MAX_APPOSED_WORDS); t--) {
    const token = tokens[t] as Token;
    if (token.lower === 'all' || token.lower === 'both')
      return SETTING_OFF.has(tokens[t - 1]?.text ?? '') ? t - 1 : -1;
    if (!isLowerWord(token)) return -1;
  }
  return -1;
}

/** What may set a relative clause off from its antecedent: a comma, or a dash of any length. */
const SETTING_OFF: ReadonlySet<string> = new Set([',', '-', '--', ...DASHES]);

/** Nouns for people who speak for the state a demonym before them names. */
const SPEAKING_FOR: ReadonlySet<string> = new Set([...SPOKESPEOPLE, 'hosts']);

/** "the Gulf Cooperation Council (GCC) that calls for": where the antecedent ends, past its acronym. */
export const pastBracketedAcronym = (tokens: readonly Token[], at: number): number =>
  tokens[at - 1]?.text === ')' && tokens[at - 3]?.text === '(' ? at - 3 : at;

/**
 * Where the antecedent set off by a comma before a relative pronoun at `at` ends: "Belarus, which",
 * or before a noun for those who speak for it ("his Iranian hosts, who"); -1 when there is no comma.
 * `frontEnd` is where a fronted phrase's comma leaves off (units.ts), or -1.
 */
export function commaAntecedentEnd(tokens: readonly Token[], at: number, frontEnd: number): number {
  // "Georgia, Moldova and Ukraine - all of whom are seeking": a dash sets the clause off as a comma does.
  if (!SETTING_OFF.has(tokens[at - 1]?.text ?? '')) return apposedPhraseEnd(tokens, at, frontEnd);
  return SPEAKING_FOR.has(tokens[at - 2]?.lower ?? '') ? at - 2 : at - 1;
}

/** The longest noun phrase in apposition before a relative pronoun: "a close Iranian ally". */
const MAX_APPOSED_PHRASE = 5;

/**
 * Where the actor ends that a noun phrase set off by a comma stands for, when that phrase is the
 * relative pronoun's antecedent: "Syria, a country that supports Hezbollah" (the pronoun at `at`);
 * -1 when there is none. Right after a fronted phrase the noun phrase is the main clause's subject
 * ("In Syria, a group that opposes Turkey attacked").
 */
function apposedPhraseEnd(tokens: readonly Token[], at: number, frontEnd: number): number {
  for (let t = at - 2; t >= Math.max(0, at - 1 - MAX_APPOSED_PHRASE); t--) {
    const token = tokens[t] as Token;
    if (token.kind !== 'word') return -1;
    if (ARTICLES.has(token.lower))
      return SETTING_OFF.has(tokens[t - 1]?.text ?? '') && t !== frontEnd ? t - 1 : -1;
  }
  return -1;
}

/** Verbs that name a thing in someone's words: "what he called", "what Moscow described as". */
const LABEL_VERBS = new Set([
  'called',
  'calls',
  'termed',
  'terms',
  'dubbed',
  'dubs',
  'described',
  'describes',
]);
/** How many words may name the one who labels: "what the foreign ministry called". */
const MAX_LABELLER = 4;

/**
 * Past the "what … called" that opens a label at `at` ("to confront what he called a wide range of
 * threats"), or undefined: the one who names it speaks; the label after it may still hold the object.
 */
export function labelEnd(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.lower !== 'what') return undefined;
  for (let t = at + 2; t <= at + 1 + MAX_LABELLER && t < tokens.length; t++) {
    const lower = (tokens[t] as Token).lower;
    if (LABEL_VERBS.has(lower)) return tokens[t + 1]?.lower === 'as' ? t + 2 : t + 1;
    if ((tokens[t] as Token).kind === 'punct') return undefined;
  }
  return undefined;
}

/** Words a nominal cue may stand after its "to": "for Western nations to lift all sanctions against". */
const MAX_INFINITIVE_GAP = 3;

/**
 * "It is time for Russia to withdraw", "call for Western nations to lift sanctions against Zimbabwe":
 * the one named after "for" does what its "to" names. `head` is the token before the cue; a nominal cue
 * may stand a few words after the "to". Undefined when no such "for X to" stands there.
 */
export function forInfinitiveAgent<U extends { first: number }>(
  tokens: readonly Token[],
  head: number,
  nominal: boolean,
  unitEndingAt: (last: number) => U | undefined,
): U | undefined {
  let to = head;
  for (let k = 0; nominal && k < MAX_INFINITIVE_GAP && tokens[to]?.lower !== 'to'; k++) to--;
  if (tokens[to]?.lower !== 'to') return undefined;
  const unit = unitEndingAt(to);
  if (!unit) return undefined;
  const before = tokens[unit.first - 1]?.lower === 'the' ? unit.first - 2 : unit.first - 1;
  return tokens[before]?.lower === 'for' ? unit : undefined;
}
