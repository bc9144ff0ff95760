import { describe, expect, it } from 'vitest';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('"his Russian counterpart"', () => {
  it('is the person of that state the text named before', () => {
    expect(ids('Vladimir Putin spoke on Monday. Xi Jinping praised his Russian counterpart.')).toEqual([
      'xi-jinping>putin:praises',
    ]);
    expect(
      ids('Emmanuel Macron met Olaf Scholz in Paris. On Friday Macron criticised his German counterpart.'),
    ).toEqual(['emmanuel-macron>olaf-scholz:denounces', 'emmanuel-macron>olaf-scholz:negotiates_with']);
  });

  it('stays the state when the text has named no one of it', () => {
    expect(ids('Macron criticised his German counterpart over tariffs.')).toEqual([
      'emmanuel-macron>germany:denounces',
    ]);
  });

  it('takes the person of the state the demonym names, not the last person named', () => {
    expect(
      ids('Olaf Scholz and Vladimir Putin spoke on Monday. Xi Jinping praised his Russian counterpart.'),
    ).toContain('xi-jinping>putin:praises');
  });
});
