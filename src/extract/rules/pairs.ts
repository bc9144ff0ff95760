/** Rules for symmetric cues whose two actors are named together: "the Xi-Putin alliance", "talks between X and Y". */
import type { CueMatch } from '../cues';
import type { Unit } from '../units';
import type { RoleRule } from './types';

/** A hyphen-pair unit within two words before the cue, if the unit nearest before it is one. */
function hyphenPairBefore(units: readonly Unit[], cue: CueMatch): Unit | undefined {
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
    return pair ? { source: pair, pair: true } : undefined;
  },
};

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
  read: (c) => (c.target && c.target.members.length >= 2 ? { source: c.target, pair: true } : undefined),
  final: true,
};
