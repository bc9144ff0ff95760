/**
 * "the court", "the council", "the agency": a body named earlier by a name that has that word as one
 * of its own ("the International Court of Justice … Last week, the court ruled that Venezuela must").
 * The head noun picks the body out even when other bodies were named after it, which "the group" and
 * "the bloc" (the body named last) cannot.
 */
import type { Lexicon } from './lexicon';
import { words } from './words';

/** Head nouns of bodies' names that a definite description may repeat alone. */
export const NAME_HEADS = words(
  'court|tribunal|council|agency|commission|committee|fund|bank|union|assembly|parliament|congress',
);
/** How many sentences back a body named by its head may have been named. */
export const HEAD_REACH = 4;
/** How many bodies the discourse remembers for their heads. */
export const REMEMBERED_BODIES = 8;

export interface NamedBody {
  readonly id: string;
  readonly sentence: number;
}

/** Whether the body's name (its label or any alias) has `head` as one of its words. */
function namedWith(id: string, head: string, lexicon: Lexicon): boolean {
  const actor = lexicon.actors.get(id);
  if (!actor) return false;
  const names = [actor.label, ...actor.aliases.map((alias) => alias.text)];
  return names.some((name) =>
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(head),
  );
}

/**
 * The body "the <head>" names: the latest one named before it in this sentence (`local`, in order),
 * else the latest in the sentences before (`remembered`, oldest first) within reach.
 */
export function bodyByHead(
  head: string,
  local: readonly string[],
  remembered: readonly NamedBody[],
  sentence: number,
  lexicon: Lexicon,
): string | undefined {
  for (let k = local.length - 1; k >= 0; k--) {
    const id = local[k] as string;
    if (namedWith(id, head, lexicon)) return id;
  }
  for (let k = remembered.length - 1; k >= 0; k--) {
    const body = remembered[k] as NamedBody;
    if (sentence - body.sentence > HEAD_REACH) return undefined;
    if (namedWith(body.id, head, lexicon)) return body.id;
  }
  return undefined;
}
