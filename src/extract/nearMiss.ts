/**
 * Misspelt names ("Afganistan", "Ukrainan"): a capitalised word the lexicon does not know, one edit
 * (a letter dropped, added, changed or two swapped) away from exactly one long one-word name or demonym
 * of a state. Found by the symmetric-deletion trick: the word and the names are indexed by their forms
 * with one letter deleted, so a lookup costs a few map reads, not a scan of the lexicon. Short names
 * (under seven letters) are left out: one edit turns too many short words into one another.
 */
import type { LexiconActor } from './lexicon';

const MIN_LENGTH = 7;

export interface NearMissIndex {
  /** Deletion form → the names (lower case) and the actor each belongs to. */
  readonly forms: ReadonlyMap<string, ReadonlyArray<{ readonly name: string; readonly actorId: string }>>;
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopped as soon as it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  if (a.length === b.length)
    return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

export function buildNearMissIndex(actors: readonly LexiconActor[]): NearMissIndex {
  const forms = new Map<string, Array<{ name: string; actorId: string }>>();
  for (const actor of actors) {
    if (actor.kind !== 'state') continue;
    const names = [actor.label, ...actor.aliases.filter((a) => a.type !== 'abbreviation').map((a) => a.text)];
    for (const name of names) {
      if (name.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
      const lower = name.toLowerCase();
      for (const form of deletions(lower)) {
        const list = forms.get(form) ?? [];
        if (!list.some((item) => item.name === lower)) list.push({ name: lower, actorId: actor.id });
        forms.set(form, list);
      }
    }
  }
  return { forms };
}

/** The one actor a capitalised word is a misspelling of, if exactly one fits. */
export function nearMiss(word: string, index: NearMissIndex): string | undefined {
  if (word.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const form of deletions(lower)) {
    for (const item of index.forms.get(form) ?? [])
      if (withinOneEdit(lower, item.name)) found.add(item.actorId);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
