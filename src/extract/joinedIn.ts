/**
 * "Kenya joined Uganda in condemning Sudan", "The United States joined major European allies in
 * recognizing Kosovo": the act after "in" is done by the one who joined and by the ones joined.
 * "Kenya helped Somalia fight al-Shabab": the act is done by the helper and the one helped.
 * "Merkel visited Russia to meet Putin": the act of a purpose clause is done by the one who went.
 */
import type { CueMatch } from './cues';
import type { Token } from './tokenize';
import type { Unit } from './units';
import { MONTHS, verbs, WEEKDAYS } from './words';

const JOIN_FORMS = verbs('join');
// Not "helping": "praised Medvedev for helping the EU hold talks" has its own, unnamed subject.
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'assist', 'assists', 'assisted']);
/** Going to a place, as a verb or a noun: "entered Somalia to", "a visit to Colombia Sunday to". */
const GOING_FORMS = new Set([
  ...verbs('visit|enter|invade|travel|arrive|fly|go|come|head|return|tour'),
  ...'visit visits trip trips tour journey'.split(' '),
]);
const GOING_PREPOSITIONS = new Set(['to', 'into', 'in']);
const PARTICIPLE_OPENERS = new Set(['before', 'after', 'while', 'when', 'by', 'on']);

interface JoinContext {
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
  precededByPreposition(unit: Unit): boolean;
  unitEndingAt(last: number): Unit | undefined;
  clauseSubject(before: number): Unit | undefined;
}

/** Where a date before `at` starts: "joined the US on March 26 in expelling", "joined Kenya Monday in". */
function beforeDate(tokens: readonly Token[], at: number): number {
  let t = at;
  while (
    t > at - 3 &&
    (WEEKDAYS.has(tokens[t - 1]?.lower ?? '') ||
      MONTHS.has(tokens[t - 1]?.lower ?? '') ||
      /^\d{1,2}$/.test(tokens[t - 1]?.text ?? ''))
  )
    t--;
  if (t < at && tokens[t - 1]?.lower === 'on') t--;
  return t;
}

/** Both sides of "X joined Y in <gerund>", as one unit; undefined when the cue stands elsewhere. */
export function joinedInActors(context: JoinContext, cue: CueMatch, head: number): Unit | undefined {
  if (!cue.gerund || context.tokens[head]?.lower !== 'in') return undefined;
  // "joined Uganda in", "joined European allies in" (a demonym and its noun).
  const plainNoun =
    context.tokens[head - 1]?.kind === 'word' && /^\p{Ll}/u.test(context.tokens[head - 1]?.text ?? '');
  const joined =
    context.unitEndingAt(head) ??
    (plainNoun ? context.unitEndingAt(head - 1) : undefined) ??
    context.unitEndingAt(beforeDate(context.tokens, head));
  if (!joined) return undefined;
  // Up to two plain words between the verb and those joined: "joined major European allies".
  let verb = joined.first - 1;
  while (verb >= joined.first - 3 && verb >= 0 && !JOIN_FORMS.has((context.tokens[verb] as Token).lower))
    verb--;
  if (verb < joined.first - 3 || verb < 0) return undefined;
  const joiner = context.clauseSubject(verb);
  if (!joiner) return undefined;
  return {
    kind: 'compound',
    members: [...joiner.members, ...joined.members],
    first: joiner.first,
    last: joined.last,
    possessive: false,
  };
}

/** Both sides of "X helped Y <verb>", as one unit; undefined when the cue has no such helper. */
export function helpedActors(context: JoinContext, cue: CueMatch, head: number): Unit | undefined {
  if (cue.cue.kind !== 'verb' || cue.gerund || cue.participle) return undefined;
  const helped = context.unitEndingAt(head + 1);
  if (!helped || helped.possessive || !HELP_FORMS.has(context.tokens[helped.first - 1]?.lower ?? ''))
    return undefined;
  const helper = context.clauseSubject(helped.first - 1);
  if (!helper) return undefined;
  return {
    kind: 'compound',
    members: [...helper.members, ...helped.members],
    first: helper.first,
    last: helped.last,
    possessive: false,
  };
}

/**
 * The one who went, when the cue's infinitive says why: "Merkel visited Russia to meet Putin",
 * "Ethiopian troops entered Somalia to defeat the Islamic Courts Union". The place is no actor here;
 * "sent Blinken to meet Putin" names no place gone to, so Blinken still meets.
 */
export function goerOf(context: JoinContext, cue: CueMatch, head: number): Unit | undefined {
  if (cue.cue.kind !== 'verb' || cue.gerund || context.tokens[head]?.lower !== 'to') return undefined;
  // "entered Somalia in 2006 to"
  const year =
    context.tokens[head - 2]?.lower === 'in' && /^\d{4}$/.test(context.tokens[head - 1]?.text ?? '');
  const end = year ? head - 2 : beforeDate(context.tokens, head);
  const place = context.unitEndingAt(head) ?? context.unitEndingAt(end);
  if (!place || place.possessive) return undefined;
  let t = place.first - 1;
  if (context.tokens[t]?.lower === 'the') t--;
  if (GOING_PREPOSITIONS.has(context.tokens[t]?.lower ?? '')) t--;
  if (!GOING_FORMS.has(context.tokens[t]?.lower ?? '')) return undefined;
  // "…, before heading to Ghana to meet Kufuor": the participle clause shares the main subject.
  if (PARTICIPLE_OPENERS.has(context.tokens[t - 1]?.lower ?? '')) return context.clauseSubject(t - 1);
  return goerBefore(context, t);
}

/** The nearest actor before the going ("Sarkozy is making his first visit"), within its clause. */
function goerBefore(context: JoinContext, going: number): Unit | undefined {
  for (let u = context.units.length - 1; u >= 0; u--) {
    const unit = context.units[u] as Unit;
    if (unit.last > going) continue;
    for (let t = unit.last; t < going; t++)
      if (/^[,;:]$/.test(context.tokens[t]?.text ?? '')) return undefined;
    if (!context.precededByPreposition(unit)) return unit;
  }
  return undefined;
}
