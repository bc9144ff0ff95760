/**
 * "his Russian counterpart", "her French counterpart": the person who holds the matching office in
 * that state, named earlier in the text. The passage has usually introduced them ("South Korean
 * President Moon … North Korean leader Kim Jong Un … Moon's offer of talks with his North Korean
 * counterpart"); when it has not, the phrase stays the state, as a demonym does elsewhere.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';
import type { Item } from './units';
import { RESOLVED_POSSESSIVES } from './words';

/** The last person named for each state, by the state's id. */
export type LeadersByState = Map<string, string>;

/** Remember a person named in a sentence under the state they are affiliated to. */
export function noteLeader(leaders: LeadersByState, personId: string, lexicon: Lexicon): void {
  const state = lexicon.actors.get(personId)?.affiliation;
  if (state !== undefined) leaders.set(state, personId);
}

/** Demonym items followed by "counterpart", widened over it and standing for that state's person. */
export function resolveCounterparts(
  items: readonly Item[],
  tokens: readonly Token[],
  leaders: ReadonlyMap<string, string> | undefined,
): Item[] {
  if (!leaders || leaders.size === 0) return [...items];
  return items.map((item) => {
    const member = item.members[0];
    if (item.kind !== 'mention' || item.members.length !== 1 || !member?.flags.includes('demonym')) {
      return item;
    }
    const next = tokens[item.last];
    if (next?.lower !== 'counterpart') return item;
    const person = leaders.get(member.actorId);
    if (person === undefined) return item;
    // The possessive is part of the phrase ("his Russian counterpart" is Putin, not Xi's Putin).
    const owned = RESOLVED_POSSESSIVES.has(tokens[item.first - 1]?.lower ?? '');
    const first = owned ? item.first - 1 : item.first;
    return {
      ...item,
      members: [
        {
          ...member,
          actorId: person,
          start: (tokens[first] as Token).start,
          end: next.end,
          flags: ['coref'],
        },
      ],
      first,
      last: item.last + 1,
      person: true,
    };
  });
}
