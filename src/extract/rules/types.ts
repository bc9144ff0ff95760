import type { RuleName } from '../../domain/rules';
import type { Unit } from '../units';
import type { RelationTypeId } from '../vocabulary';
import type { CueContext } from './context';

/** Who acts on whom for one cue. */
export interface Roles {
  readonly source: Unit;
  readonly target?: Unit;
  /** Relate the members of `source` to each other (symmetric cue, two-actor subject). */
  readonly pair?: boolean;
  /** Relate the members of `source` to each other both ways ("each other"). */
  readonly reciprocal?: boolean;
  /** The target acts in the sentence's grammar ("was accused by X"): the evidence is flagged. */
  readonly passive?: boolean;
  /** The type, when the cue's own is decided by its context (a characterisation). */
  readonly type?: RelationTypeId;
  /** The word that links the cue to its target ("bypass" in "denounced measures that bypass X"). */
  readonly linkAt?: number;
  /** Read from the cue's complement rather than stated by it: lower confidence. */
  readonly inferred?: boolean;
  /** A refusal read as a rejection ("refused to meet X"): the refusal does not negate it. */
  readonly refusal?: boolean;
  /** Stopped ("halted aid to X"): the relation is stated as no longer happening. */
  readonly ceased?: boolean;
  /** The members of `source` each act on the target, not with each other ("Russia's allies, X and Y"). */
  readonly apart?: boolean;
  /**
   * A role named in apposition: the writer's description, with none of the clause's modality ("unless it
   * gains the backing of Serbia, a close Kremlin ally", "urged Burma's allies, such as China, to …").
   */
  readonly standing?: boolean;
  /** Whom later verbs of the clause share, when not the source: "says the rebels should not withdraw, but should surrender". */
  readonly clauseSubject?: Unit;
}

/** Roles and the rule that read them: what becomes evidence. */
export interface Reading extends Roles {
  readonly rule: RuleName;
}

/**
 * One entry of the rule list (rules/index.ts). The driver tries the entries in order; the first
 * whose `when` holds and whose `read` finds roles wins. A `final` rule that applies but reads
 * nothing ends the search: the cue relates nobody.
 */
export interface RoleRule {
  readonly name: RuleName;
  /** Where the rule differs from its name's description (src/domain/rules.ts), for the docs. */
  readonly note?: string;
  readonly when: (c: CueContext) => boolean;
  readonly read: (c: CueContext) => Roles | undefined;
  readonly final?: boolean;
}

/** An entry that ends the search without a reading: the cue relates nobody. */
export interface RoleStop {
  readonly stop: string;
  readonly says: string;
  readonly when: (c: CueContext) => boolean;
}

export type RoleStep = RoleRule | RoleStop;
