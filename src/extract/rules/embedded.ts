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

function complementActor(
  c: CueContext,
  own: ReadonlySet<string>,
  sideOf: (id: string) => string,
): Unit | undefined {
  const tokens = c.tokens;
  let t = c.match.last;
  if (!OPENERS.has(tokens[t]?.lower ?? '')) return undefined;
  for (const end = Math.min(tokens.length, t + MAX_COMPLEMENT); t < end; t++) {
    const token = tokens[t];
    if (!token || CLOSERS.has(token.lower)) return undefined;
    const unit = c.sentence.unitAt.get(t);
    if (unit && !unit.members.some((m) => own.has(sideOf(m.actorId)))) return unit;
    if (unit) t = unit.last - 1;
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
