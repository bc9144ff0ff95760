/**
 * After a rule has read the roles, the words around the cue can say what kind of act it is:
 * - an appeal to act is a demand: "urged Myanmar's government to release", "called on Germany to pay";
 * - a refusal to meet, talk, back or recognise is a rejection, not a meeting that did not happen: "refused to
 *   meet Colombia's envoys"; so is recognition withheld: "does not recognize Kosovo";
 * - stopping aid, trade or cooperation says it no longer happens: "halted military aid to Ukraine";
 *   cutting standing ties sanctions the other side: "suspended diplomatic ties with";
 * - ties said to have gone bad are a dispute: "Afghanistan's ties with Pakistan have frayed".
 */
import {
  APPEAL_VERBS,
  CESSATION_VERBS,
  COORDINATORS,
  LIFTING_VERBS,
  POSSESSIVE_PRONOUNS,
  PREDICATE_NEGATORS,
  QUOTES,
  REFUSAL_VERBS,
  SOURED,
  VERB_HELPERS,
  verbs,
  words,
} from '../words';
import { isInnerHyphen, type Token } from '../tokenize';
import type { Unit } from '../units';
import type { RelationTypeId } from '../vocabulary';
import type { CueContext } from './context';
import type { Reading } from './types';

// "refused to recognize Israel", "refused to back the plan": a refusal of support rejects it too.
const REFUSED: ReadonlySet<RelationTypeId> = new Set([
  'negotiates_with',
  'courts',
  'agrees_with',
  'supports',
]);
const CEASED: ReadonlySet<RelationTypeId> = new Set([
  'aids',
  'trades_with',
  'cooperates_with',
  'sanctions',
  // "canceled planned meetings with X", "called off talks with X"
  'negotiates_with',
]);
const RECOGNISE = verbs('recognize|recognise');
/** Standing ties, whose cutting sanctions the other side. */
const TIES = words('ties|relations');
const BECOME = words('been|become|became|grown|grew|turned|remain|remained');

/** "Ties between Israel and Turkey have been strained since May 2010": the ties named before `from` went bad. */
export function worsenedAfter(tokens: readonly Token[], from: number): boolean {
  let t = from;
  while (
    t < tokens.length &&
    (VERB_HELPERS.has(tokens[t]?.lower ?? '') || BECOME.has(tokens[t]?.lower ?? ''))
  )
    t++;
  return SOURED.has(tokens[t]?.lower ?? '');
}

/**
 * "Turkey's ties with the EU and the United States have been strained": past the list that the first
 * object opens, the ties went bad.
 */
export function listWorsenedAfter(c: CueContext, target: Unit): boolean {
  let t = target.last;
  for (;;) {
    const joiner = c.tokens[t]?.lower;
    if (joiner !== 'and' && joiner !== ',') break;
    const next =
      c.sentence.unitAt.get(t + 1) ??
      (c.tokens[t + 1]?.lower === 'the' ? c.sentence.unitAt.get(t + 2) : undefined);
    if (!next) break;
    t = next.last;
  }
  return worsenedAfter(c.tokens, t);
}

/** Verbs that, with "off", stop what follows: "called off talks", "broke off relations". */
const OFF_VERBS = verbs('call|break');
/** How far past the addressee "to" may come: "urged Myanmar's military government to". */
const MAX_TO_DISTANCE = 4;

function appealToAct(c: CueContext, reading: Reading): boolean {
  const target = reading.target;
  if (c.cue.type !== 'courts' || c.cue.kind !== 'verb' || reading.rule === 'advocacy' || !target)
    return false;
  // The addressee is the verb's direct object ("urged the junta to"), not the partner of a cooperation
  // the appeal seeks ("urged closer cooperation with Mauritania to curb migration").
  const gap = target.first - c.match.last;
  if (gap < 0 || gap > 1 || (gap === 1 && c.tokens[c.match.last]?.lower !== 'the')) return false;
  if (!APPEAL_VERBS.has(c.tokens[c.match.first]?.lower ?? '')) return false;
  // "urged North Korea “to reverse its course”": a quotation mark may open the words quoted.
  for (let t = target.last; t < Math.min(c.tokens.length - 1, target.last + MAX_TO_DISTANCE); t++) {
    const token = c.tokens[t];
    if (token && QUOTES.has(token.text)) continue;
    if (!token || token.kind === 'punct') return false;
    if (token.lower === 'to') {
      const at = QUOTES.has(c.tokens[t + 1]?.text ?? '') ? t + 2 : t + 1;
      const next = c.tokens[at];
      return next?.kind === 'word' && !c.sentence.unitAt.has(at) && !/^(?:the|a|an)$/.test(next.lower);
    }
  }
  return false;
}

/** How far back a refusal may govern the cue: "refused offers to hold a bilateral summit with". */
const MAX_REFUSAL_DISTANCE = 6;

function refused(c: CueContext): boolean {
  for (let t = c.match.first - 1; t >= Math.max(0, c.match.first - MAX_REFUSAL_DISTANCE); t--) {
    const token = c.tokens[t];
    if (!token || token.kind === 'punct' || c.sentence.unitAt.has(t)) return false;
    if (REFUSAL_VERBS.has(token.lower)) return true;
  }
  return false;
}

/** "not", "never", "didn't": a word that negates the verb right after it. */
const negates = (token: Token | undefined): boolean =>
  token !== undefined && (PREDICATE_NEGATORS.has(token.lower) || /n['’]t$/.test(token.lower));

/** "does not recognize Lukashenko", "has never recognized Kosovo": withheld recognition rejects. */
function deniedRecognition(c: CueContext): boolean {
  const verb = c.tokens[c.match.first]?.lower ?? '';
  if (c.match.last - c.match.first !== 1 || !RECOGNISE.has(verb)) return false;
  return negates(c.tokens[c.match.first - 1]);
}

/**
 * A verb that stops what the cue names stands up to three words before it: "halted military aid to",
 * "cut gas supplies to" (where "supplies" matched as a verb), "lifted sanctions on".
 */
function ceased(c: CueContext, type: RelationTypeId): boolean {
  const stoppers = type === 'sanctions' ? LIFTING_VERBS : CESSATION_VERBS;
  let counted = 0;
  for (let t = c.match.first - 1; t >= 0 && counted < 3; t--) {
    // "lifted a 7-year-old ban on": a hyphenated word counts as one.
    if (isInnerHyphen(c.tokens, t)) {
      t--;
      continue;
    }
    counted++;
    const token = c.tokens[t];
    // "ended its sanctions": the possessive may stand between; "cut taxes and aid Ukraine": not "and".
    if (token && POSSESSIVE_PRONOUNS.has(token.lower)) continue;
    if (!token || token.kind === 'punct' || c.sentence.unitAt.has(t) || COORDINATORS.has(token.lower))
      return false;
    // "did not stop aid to Syria", "never stopped aid": a stop negated goes on.
    if (stoppers.has(token.lower)) return !negates(c.tokens[t - 1]);
    if (token.lower === 'off' && OFF_VERBS.has(c.tokens[t - 1]?.lower ?? '')) return true;
  }
  return false;
}

export function refineType(c: CueContext, reading: Reading): Reading {
  const type = reading.type ?? c.cue.type;
  // "ties with", "suspended diplomatic ties with": the cue names standing ties.
  const namesTies = TIES.has(c.tokens[c.match.last - 2]?.lower ?? '');
  const goneBad = c.cue.kind === 'noun' && reading.target && listWorsenedAfter(c, reading.target);
  if (type === 'cooperates_with' && namesTies && goneBad) return { ...reading, type: 'opposes' };
  if (appealToAct(c, reading)) return { ...reading, type: 'demands' };
  if (REFUSED.has(type) && reading.target && (refused(c) || deniedRecognition(c)))
    return { ...reading, type: 'rejects', refusal: true };
  if (CEASED.has(type) && ceased(c, type)) {
    // "suspended diplomatic ties with", "cancelled diplomatic relations with": cutting standing ties is a
    // sanction, as severing them is; stopped cooperation or aid only no longer happens.
    if (type === 'cooperates_with' && namesTies) return { ...reading, type: 'sanctions' };
    return { ...reading, ceased: true };
  }
  return reading;
}
