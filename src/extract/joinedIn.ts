/**
 * "Kenya joined Uganda in condemning Sudan", "The United States joined major European allies in
 * recognizing Kosovo": the act after "in" is done by the one who joined and by the ones joined.
 * "Kenya helped Somalia fight al-Shabab": the act is done by the helper and the one helped.
 */
import type { CueMatch } from './cues';
import type { Token } from './tokenize';
import type { Unit } from './units';
import { MONTHS, verbs, WEEKDAYS } from './words';

const JOIN_FORMS = verbs('join');
// Not "helping": "praised Medvedev for helping the EU hold talks" has its own, unnamed subject.
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'assist', 'assists', 'assisted']);

interface JoinContext {
  readonly tokens: readonly Token[];
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
