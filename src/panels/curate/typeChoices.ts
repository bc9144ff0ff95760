/** The relation types an analyst can choose: the graph's own, then the rest of the vocabulary. */
import type { RelationType } from '../../domain/types';

export interface TypeChoices {
  readonly inGraph: readonly RelationType[];
  /** Vocabulary types the graph does not have yet. */
  readonly more: readonly RelationType[];
}

export function typeChoices(
  graphTypes: readonly RelationType[],
  vocabulary: readonly RelationType[],
): TypeChoices {
  const have = new Set(graphTypes.map((t) => t.id));
  return { inGraph: graphTypes, more: vocabulary.filter((t) => !have.has(t.id)) };
}

/** The definition an edit must bring for type `id`: none when the graph has it already. */
export function typeDefToBring(
  id: string,
  graphTypes: readonly RelationType[],
  vocabulary: readonly RelationType[],
): RelationType | undefined {
  if (graphTypes.some((t) => t.id === id)) return undefined;
  return vocabulary.find((t) => t.id === id);
}

/** A type read from a foreign file: no PLOVER class, so it can be mapped onto one of the vocabulary. */
export const isForeignType = (type: RelationType): boolean => type.quad === undefined;
