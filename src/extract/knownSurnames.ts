/**
 * "Chinese President Hu": a titled person named by one word that is the surname of the one known person
 * of that state (Hu Jintao) is that person, not a new actor; so is one whose whole name spells that
 * person's another way ("Isayas Afeworki" is Isaias Afwerki).
 */
import { editDistance } from '../domain/editDistance';
import type { Lexicon, LexiconActor } from './lexicon';
import { NAME_PARTICLES, TITLE_HEADS } from './words';

const bySurname = new WeakMap<Lexicon, ReadonlyMap<string, readonly LexiconActor[]>>();

function surnameIndex(base: Lexicon): ReadonlyMap<string, readonly LexiconActor[]> {
  let index = bySurname.get(base);
  if (!index) {
    const built = new Map<string, LexiconActor[]>();
    for (const actor of base.actors.values()) {
      if (actor.kind !== 'person' || !actor.affiliation || !actor.label.includes(' ')) continue;
      // The family name stands last ("Boris Tadic") or first ("Hu Jintao", "Park Geun-hye"); a last
      // word after a particle names a father ("Mohammed bin Salman" is not King Salman).
      // "King Abdullah II" is named "King Abdullah": a title and a regnal number are no names.
      const words = actor.label.split(' ').filter((word, k, all) => {
        const title = k === 0 && TITLE_HEADS.has(word.toLowerCase());
        return !title && !(k === all.length - 1 && /^[IVX]+$/.test(word));
      });
      const last = NAME_PARTICLES.has(words[words.length - 2]?.toLowerCase() ?? '') ? [] : words.slice(-1);
      for (const word of new Set([words[0], ...last])) {
        // Keyed with its state, and without for a title that names none ("President Jiang").
        for (const key of [`${actor.affiliation}|${word}`, `|${word}`]) {
          built.set(key, [...(built.get(key) ?? []), actor]);
        }
      }
    }
    index = built;
    bySurname.set(base, index);
  }
  return index;
}

/** The known person a discovered one-word titled person is, with that word as a surname; else undefined. */
export function knownBySurname(found: LexiconActor, base: Lexicon): LexiconActor | undefined {
  if (found.kind !== 'person') return undefined;
  if (found.label.includes(' ')) return knownBySpelling(found, base);
  const known = surnameIndex(base).get(`${found.affiliation ?? ''}|${found.label}`);
  const only = known?.length === 1 ? known[0] : undefined;
  return only && { ...only, aliases: [{ text: found.label, type: 'surname' }] };
}

/** How far two spellings of one name may be apart: "Afeworki" and "Afwerki", "Isayas" and "Isaias". */
const MAX_SPELLING_DISTANCE = 2;
/** Shorter names are too alike across people to match by spelling. */
const MIN_SPELT_NAME = 5;

/** Whether two words may spell one name: the same first letter, and close enough in length and letters. */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // "Juan Guiado" is Juan Guaido: a short given name the same, the surname spelt another way.
  if (x === y) return true;
  return (
    x[0] === y[0] &&
    Math.min(x.length, y.length) >= MIN_SPELT_NAME &&
    editDistance(x, y) <= MAX_SPELLING_DISTANCE
  );
}

/**
 * "Eritrean President Isayas Afeworki": a discovered person whose given name and surname each spell
 * those of the one known person (of the same state, when a state is named) another way is that person.
 */
function knownBySpelling(found: LexiconActor, base: Lexicon): LexiconActor | undefined {
  const words = found.label.split(' ');
  if (words.length !== 2) return undefined;
  const [given, family] = words as [string, string];
  const matches = (twoWordPersons(base).get(family[0]?.toLowerCase() ?? '') ?? []).filter(
    ({ actor, known }) =>
      (!found.affiliation || actor.affiliation === found.affiliation) &&
      sameName(given, known[0]) &&
      sameName(family, known[1]),
  );
  const only = matches.length === 1 ? matches[0]?.actor : undefined;
  return only && { ...only, aliases: [{ text: found.label, type: 'alt' }] };
}

interface NamedPerson {
  readonly actor: LexiconActor;
  readonly known: readonly [string, string];
}

const byFamilyInitial = new WeakMap<Lexicon, ReadonlyMap<string, readonly NamedPerson[]>>();

/** The known persons named by two words, by the first letter of the family name: built once per lexicon. */
function twoWordPersons(base: Lexicon): ReadonlyMap<string, readonly NamedPerson[]> {
  let index = byFamilyInitial.get(base);
  if (!index) {
    const built = new Map<string, NamedPerson[]>();
    for (const actor of base.actors.values()) {
      const known = actor.label.split(' ');
      if (actor.kind !== 'person' || known.length !== 2) continue;
      const [first, last] = known as [string, string];
      const key = last[0]?.toLowerCase() ?? '';
      built.set(key, [...(built.get(key) ?? []), { actor, known: [first, last] }]);
    }
    index = built;
    byFamilyInitial.set(base, index);
  }
  return index;
}
