import { describe, expect, it } from 'vitest';
import { parseStoryText, plainStoryText } from './storyText';

describe('parseStoryText', () => {
  it('splits paragraphs on blank lines; a single line break reads as a space', () => {
    expect(parseStoryText('One\ntwo.\n\n  Three.  \r\n\r\n\n')).toEqual([
      [{ kind: 'text', text: 'One two.' }],
      [{ kind: 'text', text: 'Three.' }],
    ]);
    expect(parseStoryText('   \n\n ')).toEqual([]);
  });

  it('reads emphasis, strong and nested runs', () => {
    expect(parseStoryText('a *b* **c _d_** e')).toEqual([
      [
        { kind: 'text', text: 'a ' },
        { kind: 'em', children: [{ kind: 'text', text: 'b' }] },
        { kind: 'text', text: ' ' },
        {
          kind: 'strong',
          children: [
            { kind: 'text', text: 'c ' },
            { kind: 'em', children: [{ kind: 'text', text: 'd' }] },
          ],
        },
        { kind: 'text', text: ' e' },
      ],
    ]);
  });

  it('leaves unclosed or spaced markers and escaped ones as text', () => {
    expect(plainStoryText('2 * 3 * 4, *open, \\*not\\*')).toBe('2 * 3 * 4, *open, *not*');
    expect(parseStoryText('2 * 3 * 4')).toEqual([[{ kind: 'text', text: '2 * 3 * 4' }]]);
  });

  it('makes links only of web and mail addresses; any other target stays text as written', () => {
    expect(parseStoryText('[VOA](https://www.voanews.com/a) and [me](mailto:x@y.org)')).toEqual([
      [
        { kind: 'link', href: 'https://www.voanews.com/a', children: [{ kind: 'text', text: 'VOA' }] },
        { kind: 'text', text: ' and ' },
        { kind: 'link', href: 'mailto:x@y.org', children: [{ kind: 'text', text: 'me' }] },
      ],
    ]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'JAVASCRIPT:x']) {
      expect(parseStoryText(`[click](${bad})`)).toEqual([[{ kind: 'text', text: `[click](${bad})` }]]);
    }
  });

  it('keeps markup characters as text: nothing in it is HTML', () => {
    expect(plainStoryText('<img src=x onerror=alert(1)> & <b>bold</b>')).toBe(
      '<img src=x onerror=alert(1)> & <b>bold</b>',
    );
  });
});
