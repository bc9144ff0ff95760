/**
 * "Chinese President Hu": a titled person named by one word that is the surname of the one known person
 * of that state (Hu Jintao) is that person, not a new actor.
 */
import type { Lexicon, LexiconActor } from './lexicon';
import { NAME_PARTICLES } from './words';

const bySurname = new WeakMap<Lexicon, ReadonlyMap<string, readonly LexiconActor[]>>();

function surnameIndex(base: Lexicon): ReadonlyMap<string, readonly LexiconActor[]> {
  let index = bySurname.get(base);
  if (!index) {
    const built = new Map<string, LexiconActor[]>();
    for (const actor of base.actors.values()) {
      if (actor.kind !== 'person' || !actor.affiliation || !actor.label.includes(' ')) continue;
      // The family name stands last ("Boris Tadic") or first ("Hu Jintao", "Park Geun-hye"); a last
      // word after a particle names a father ("Mohammed bin Salman" is not King Salman).
      const words = actor.label.split(' ');
      const last = NAME_PARTICLES.has(words[words.length - 2]?.toLowerCase() ?? '') ? [] : words.slice(-1);
      for (const word of new Set([words[0], ...last])) {
        const key = `${actor.affiliation}|${word}`;
        built.set(key, [...(built.get(key) ?? []), actor]);
      }
    }
    index = built;
    bySurname.set(base, index);
  }
  return index;
}

/** The known person a discovered one-word titled person is, with that word as a surname; else undefined. */
export function knownBySurname(found: LexiconActor, base: Lexicon): LexiconActor | undefined {
  if (found.kind !== 'person' || !found.affiliation || found.label.includes(' ')) return undefined;
  const known = surnameIndex(base).get(`${found.affiliation}|${found.label}`);
  const only = known?.length === 1 ? known[0] : undefined;
  return only && { ...only, aliases: [{ text: found.label, type: 'surname' }] };
}
