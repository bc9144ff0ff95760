/**
 * Intention nouns whose "to"-infinitive someone performs: "Ukraine's bid to join the EU" (the
 * possessor), "the decision by Uganda to withdraw" (the agent after "by"). A bid or a plan does not
 * assert the act; a decision or a move does.
 */
import type { Token } from './tokenize';
import type { Unit } from './units';
import { INTENT_NOUNS, UNASSERTED_INTENT } from './words';

interface IntentContext {
  readonly tokens: readonly Token[];
  unitEndingAt(last: number): Unit | undefined;
  possessorBefore(at: number): Unit | undefined;
}

export interface IntentActor {
  /** Who performs the act; undefined when an unknown possessor holds the intention. */
  readonly actor: Unit | undefined;
  readonly asserted: boolean;
}

/** The performer of the infinitive whose "to" is at `to`, or undefined when no intention noun governs it. */
export function intentActor(context: IntentContext, to: number): IntentActor | undefined {
  const tokens = context.tokens;
  if (tokens[to]?.lower !== 'to') return undefined;
  const byAgent = context.unitEndingAt(to);
  const agentNoun = byAgent && tokens[byAgent.first - 1]?.lower === 'by' ? byAgent.first - 2 : -1;
  const noun = INTENT_NOUNS.has(tokens[to - 1]?.lower ?? '') ? to - 1 : agentNoun;
  if (noun < 0 || !INTENT_NOUNS.has(tokens[noun]?.lower ?? '')) return undefined;
  const actor = noun === agentNoun ? byAgent : context.possessorBefore(noun);
  // "Somaliland's right to reach": an unknown possessor's intention, which no one else acts on.
  if (!actor && tokens[noun - 1]?.kind !== 'pos') return undefined;
  return { actor, asserted: !actor || !UNASSERTED_INTENT.has(tokens[noun]?.lower ?? '') };
}

/** "supports efforts by Ukraine": the object passes through the intention noun to its agent. */
export const intentAgentAt = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.lower === 'by' && INTENT_NOUNS.has(tokens[at - 1]?.lower ?? '');
