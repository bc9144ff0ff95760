/**
 * Threats, warnings and demands whose recipient is named inside what is threatened, warned of or
 * demanded: "threatened to break relations with Russia", "warned that it would strike India",
 * "demanded that Sudan's army halt the fighting". The first actor of the complement that is not the
 * subject itself is the recipient; the reading is inferred (lower confidence).
 */
import type { RelationTypeId } from '../vocabulary';
import type { Unit } from '../units';
import type { CueContext } from './context';
import type { RoleRule } from './types';

const EMBEDDING: ReadonlySet<RelationTypeId> = new Set(['threatens', 'warns', 'demands']);
/** Words that open the complement right after the cue. */
const OPENERS = new Set(['to', 'that']);
/** Words that end the complement. */
const CLOSERS = new Set([';', ':', '.', '!', '?', 'but', 'while', 'whereas', 'although', 'because', 'after']);
const MAX_COMPLEMENT = 12;
/** A warning's clause may open with a condition: "warned that if X attacks, it will respond". */
const CONDITIONS = new Set(['if', 'unless', 'should']);
const MAX_CONDITION = 12;
const SPEAKER_PRONOUNS = new Set(['it', 'we', 'they']);

/**
 * "warned that if tensions with X escalate, it will …": the first actor of the condition not on the
 * speaker's side, if the clause after the condition's comma starts with the speaker (or its pronoun).
 */
function conditionActor(c: CueContext, from: number, ours: (unit: Unit) => boolean): Unit | undefined {
  const tokens = c.tokens;
  let named: Unit | undefined;
  let t = from;
  for (const end = Math.min(tokens.length, from + MAX_CONDITION); t < end; t++) {
    const token = tokens[t];
    if (!token || token.text === ',' || CLOSERS.has(token.lower)) break;
    const unit = c.sentence.unitAt.get(t);
    if (!unit) continue;
    if (!named && !ours(unit)) named = unit;
    t = unit.last - 1;
  }
  if (!named || tokens[t]?.text !== ',') return undefined;
  // The pronoun after the condition is the speaker's, whatever actor the condition named last.
  if (SPEAKER_PRONOUNS.has(tokens[t + 1]?.lower ?? '')) return named;
  const speaker = c.sentence.unitAt.get(t + 1);
  return speaker && ours(speaker) ? named : undefined;
}

/**
 * The recipient in the complement. After "to" ("threatened to break relations with X"): the first
 * actor not on the subject's side. After "that", a demand's recipient is the clause's subject
 * ("demanded that X halt"); a threat's or warning's clause must have the speaker as its subject
 * ("warned that it would strike X"), so "warned that the bloc's unity was at stake" names no one.
 * A condition may come first ("warned that if tensions with X escalate, it will move troops"): the
 * actor it names is the recipient when the clause after its comma has the speaker as its subject.
 */
function complementActor(
  c: CueContext,
  own: ReadonlySet<string>,
  sideOf: (id: string) => string,
): Unit | undefined {
  const tokens = c.tokens;
  let t = c.match.last;
  const opener = tokens[t]?.lower ?? '';
  if (!OPENERS.has(opener)) return undefined;
  const ours = (unit: Unit) => unit.members.some((m) => own.has(sideOf(m.actorId)));
  let speakerFirst = opener === 'to' || c.cue.type === 'demands';
  if (!speakerFirst && CONDITIONS.has(tokens[t + 1]?.lower ?? '')) return conditionActor(c, t + 2, ours);
  for (const end = Math.min(tokens.length, t + MAX_COMPLEMENT); t < end; t++) {
    const token = tokens[t];
    if (!token || CLOSERS.has(token.lower)) return undefined;
    const unit = c.sentence.unitAt.get(t);
    if (!unit) continue;
    if (!speakerFirst) {
      // A threat's "that" clause: its first actor must be the speaker itself.
      if (!ours(unit)) return undefined;
      speakerFirst = true;
    } else if (!ours(unit)) return unit;
    t = unit.last - 1;
  }
  return undefined;
}

export const embeddedAct: RoleRule = {
  name: 'embedded-act',
  when: (c) => c.target === undefined && c.subject !== undefined && EMBEDDING.has(c.cue.type),
  read: (c) => {
    const source = c.subject?.unit;
    if (!source) return undefined;
    // The subject and its own side ("Xi insisted that China would…") are not the recipient.
    const actors = c.sentence.lexicon.actors;
    const sideOf = (id: string): string => actors.get(id)?.affiliation ?? id;
    const target = complementActor(c, new Set(source.members.map((m) => sideOf(m.actorId))), sideOf);
    return target ? { source, target, inferred: true } : undefined;
  },
};
