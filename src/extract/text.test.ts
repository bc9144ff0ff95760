import { describe, expect, it } from 'vitest';
import { defaultTitle } from './text';

describe('defaultTitle', () => {
  it('takes a short first line as it is', () => {
    expect(defaultTitle('\n  Talks in Geneva \nRussia and Ukraine met.')).toBe('Talks in Geneva');
  });

  it('takes the first sentence of a long first paragraph', () => {
    const text =
      'Germany accused Russia of cyberattacks. France and Germany signed a defence pact. Poland may sanction Belarus.';
    expect(defaultTitle(text)).toBe('Germany accused Russia of cyberattacks');
  });

  it('cuts a long first sentence at a word', () => {
    const title = defaultTitle(`${'word '.repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title).toMatch(/^word( word)*…$/);
  });

  it('never returns an empty title', () => {
    expect(defaultTitle('')).toBe('Untitled article');
  });
});
