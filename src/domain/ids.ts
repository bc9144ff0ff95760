/** Ids made from names: readable, stable across runs, and never colliding with ids already taken. */

/** Lower-case ASCII slug: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base` itself when free, else `base-2`, `base-3`, … (joined by `separator`), the first one free. */
export function uniqueId(base: string, taken: (id: string) => boolean, separator = '-'): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}${separator}${n}`)) n++;
  return `${base}${separator}${n}`;
}

/**
 * The id of a new actor: the slug of its label, unique among `taken`. A label with no letters or digits
 * in ASCII ("北京", "—") slugs to nothing, so it becomes "actor", "actor-2", ….
 */
export const actorIdFor = (label: string, taken: (id: string) => boolean): string =>
  uniqueId(slugify(label) || 'actor', taken);

/** The id of a new relation, in the curated data's style "source>target:type", unique among `taken`. */
export const relationIdFor = (
  source: string,
  target: string,
  type: string,
  taken: (id: string) => boolean,
): string => uniqueId(`${source}>${target}:${type}`, taken, '#');
