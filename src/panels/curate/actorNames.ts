/** Naming actors in a form: a typed name is an actor's label or alias, or a new actor's label. */
import { foldForSearch } from '../../domain/search';
import type { Actor } from '../../domain/types';

/** The actor a typed name means: its label first, else an alias (case and accents aside); graph order breaks ties. */
export function findActorByName(actors: readonly Actor[], name: string): Actor | undefined {
  const q = foldForSearch(name);
  if (q === '') return undefined;
  return (
    actors.find((a) => foldForSearch(a.label) === q) ??
    actors.find((a) => a.aliases.some((alias) => foldForSearch(alias) === q))
  );
}

export interface NameOption {
  readonly value: string;
  /** What the suggestion list shows beside the value: whose alias it is. */
  readonly hint: string;
}

/** Suggestions for an actor field: every label, then every alias naming its actor; each name once. */
export function nameOptions(actors: readonly Actor[]): NameOption[] {
  const seen = new Set<string>();
  const out: NameOption[] = [];
  const add = (value: string, hint: string) => {
    const key = foldForSearch(value);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push({ value, hint });
  };
  for (const a of actors) add(a.label, a.kind);
  for (const a of actors) for (const alias of a.aliases) add(alias, `also ${a.label}`);
  return out;
}

/** "PRC, Beijing ,, China" → ["PRC", "Beijing", "China"]: trimmed, empty and repeated names left out. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((a) => a.trim())
    .filter((a) => {
      const key = foldForSearch(a);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
