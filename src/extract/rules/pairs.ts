/** Rules for symmetric cues whose two actors are named together: "the Xi-Putin alliance", "talks between X and Y". */
import type { CueMatch } from '../cues';
import type { Token } from '../tokenize';
import type { Unit } from '../units';
import { words } from '../words';
import { listWorsenedAfter, worsenedAfter } from './refine';
import type { RoleRule, RoleStop } from './types';

const PLAIN_RELATIONS = words('relations|relationship');
/** A hyphen-pair unit within two words before the cue, if the unit nearest before it is one. */
export function hyphenPairBefore(units: readonly Unit[], cue: CueMatch): Unit | undefined {
  for (let u = units.length - 1; u >= 0; u--) {
    const unit = units[u] as Unit;
    if (unit.last > cue.first) continue;
    if (cue.first - unit.last > 2) return undefined;
    return unit.kind === 'hyphen' ? unit : undefined;
  }
  return undefined;
}

/** "the Xi-Putin alliance", "US-China trade talks". Falls through when no such pair stands before the cue. */
export const pairHyphen: RoleRule = {
  name: 'pair-hyphen',
  when: (c) => c.symmetric,
  read: (c) => {
    const pair = hyphenPairBefore(c.sentence.units, c.match);
    if (!pair) return undefined;
    // "British-Russian ties have deteriorated": ties gone bad are a dispute.
    if (c.cue.type === 'cooperates_with' && worsenedAfter(c.tokens, c.match.last))
      return { source: pair, reciprocal: true, type: 'opposes' };
    return { source: pair, pair: true };
  },
};

/** "the Israel-UAE deal", "the U.S.-France draft resolution": a noun that names its sides only so. */
export const namedPair: RoleRule = {
  ...pairHyphen,
  note: 'again, alone and final, for cues of the `named-pair` frame',
  when: (c) => c.cue.frame === 'named-pair',
  final: true,
};

/**
 * "the deal between Iran and the United States, Germany, France, Britain, China and Russia": a list
 * whose first "and" comes right after its first member sets that member against the rest, who are one
 * side, never paired with each other. Undefined for any other list.
 */
function oneAgainstList(tokens: readonly Token[], unit: Unit): Unit | undefined {
  const [first, second] = unit.members;
  if (unit.members.length < 3 || !first || !second) return undefined;
  const gap = tokens.filter((t) => t.start >= first.end && t.end <= second.start).map((t) => t.lower);
  if (gap[0] !== 'and' || gap.length > 2 || (gap.length === 2 && gap[1] !== 'the')) return undefined;
  const group = `with-${second.actorId}`;
  return { ...unit, members: [first, ...unit.members.slice(1).map((member) => ({ ...member, group }))] };
}

/**
 * "talks between Ethiopia and Eritrea", "the meeting brings together the leaders of Georgia, Moldova and
 * Ukraine": the object is the pair; a single actor relates nobody.
 */
export const pairBetween: RoleRule = {
  name: 'pair-between',
  when: (c) =>
    c.symmetric &&
    c.target !== undefined &&
    ((c.cue.endsWithPreposition && c.tokens[c.match.last - 1]?.lower === 'between') ||
      c.tokens[c.match.last - 1]?.lower === 'together'),
  read: (c) => {
    if (!c.target || c.target.members.length < 2) return undefined;
    // Ties gone bad are a dispute, each side opposing the other; plain relations say nothing else.
    if (c.cue.type === 'cooperates_with' && worsenedAfter(c.tokens, c.target.last))
      return { source: c.target, reciprocal: true, type: 'opposes' };
    const plain =
      c.match.last - c.match.first === 2 && PLAIN_RELATIONS.has(c.tokens[c.match.first]?.lower ?? '');
    return plain ? undefined : { source: oneAgainstList(c.tokens, c.target) ?? c.target, pair: true };
  },
  final: true,
};

/**
 * "Turkey's relations with the European Union have been strained": plain relations with someone are
 * read only when said to have gone bad (refine.ts makes them a dispute); otherwise they are as often
 * good as strained.
 */
export const plainRelationsAlone: RoleStop = {
  stop: 'plain-relations',
  says: 'plain "relations with" that are not said to have gone bad relate nobody: "U.S. relations with Bolivia"',
  when: (c) =>
    c.cue.kind === 'noun' &&
    c.match.last - c.match.first === 2 &&
    PLAIN_RELATIONS.has(c.tokens[c.match.first]?.lower ?? '') &&
    c.tokens[c.match.last - 1]?.lower === 'with' &&
    !(c.target !== undefined && listWorsenedAfter(c, c.target)),
};
