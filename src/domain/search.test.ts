import { describe, expect, it } from 'vitest';
import { foldForSearch, searchActors } from './search';
import type { Actor } from './types';

const actor = (id: string, label: string, aliases: string[] = []): Actor => ({
  id,
  label,
  kind: 'state',
  aliases,
});
const actors = [
  actor('ru', 'Russia', ['the Kremlin', 'Moscow']),
  actor('us', 'United States', ['USA', 'Washington']),
  actor('ua', 'Ukraine', ['Kyiv']),
  actor('br', 'Brazil', ['São Paulo government']),
  actor('eu', 'European Union', ['EU']),
];
const ids = (q: string) => searchActors(actors, q).map((m) => m.actor.id);

describe('searchActors', () => {
  it('finds actors by label and alias, ignoring case and accents', () => {
    expect(ids('rus')).toEqual(['ru']);
    expect(ids('KREMLIN')).toEqual(['ru']);
    expect(ids('sao')).toEqual(['br']);
    expect(foldForSearch(' Kyïv ')).toBe('kyiv');
  });

  it('ranks label prefixes first, then alias prefixes, word starts, and anything else', () => {
    // "u": label prefix (United States, Ukraine), alias prefix (USA is already counted), then EU's union.
    expect(ids('u')).toEqual(['us', 'ua', 'ru', 'br', 'eu']);
    expect(ids('union')).toEqual(['eu']);
  });

  it('reports the name that matched', () => {
    expect(searchActors(actors, 'wash')[0]?.matched).toBe('Washington');
  });

  it('matches nothing for an empty query and respects the limit', () => {
    expect(ids('  ')).toEqual([]);
    expect(searchActors(actors, 'a', 2)).toHaveLength(2);
  });
});
