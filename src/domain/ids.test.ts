import { describe, expect, it } from 'vitest';
import { actorIdFor, relationIdFor, slugify, uniqueId } from './ids';

describe('slugify', () => {
  it('folds accents, case and punctuation into hyphens', () => {
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(slugify('  The U.S. Navy! ')).toBe('the-u-s-navy');
  });
});

describe('uniqueId', () => {
  it('keeps a free id and numbers a taken one from 2', () => {
    const taken = new Set(['china', 'china-2']);
    expect(uniqueId('russia', (id) => taken.has(id))).toBe('russia');
    expect(uniqueId('china', (id) => taken.has(id))).toBe('china-3');
    expect(uniqueId('a>b:t', (id) => id === 'a>b:t', '#')).toBe('a>b:t#2');
  });
});

describe('actorIdFor', () => {
  it('slugs the label, unique among the actors there are', () => {
    const taken = new Set(['china']);
    expect(actorIdFor('Chinese Navy', (id) => taken.has(id))).toBe('chinese-navy');
    expect(actorIdFor('CHINA', (id) => taken.has(id))).toBe('china-2');
  });

  it('gives a label without ASCII letters a generic id', () => {
    expect(actorIdFor('北京', () => false)).toBe('actor');
    expect(actorIdFor('—', (id) => id === 'actor')).toBe('actor-2');
  });
});

describe('relationIdFor', () => {
  it('names source, target and type as the curated data does, unique', () => {
    expect(relationIdFor('china', 'russia', 'aids', () => false)).toBe('china>russia:aids');
    expect(relationIdFor('china', 'russia', 'aids', (id) => id === 'china>russia:aids')).toBe(
      'china>russia:aids#2',
    );
  });
});
