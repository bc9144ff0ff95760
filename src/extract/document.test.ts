import { describe, expect, it } from 'vitest';
import { decodeText, isMarkdownName, parseDocument, parseFrontMatter, stripMarkdown } from './document';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeText(utf8('Kyiv – “Київ”'), 'a.txt')).toEqual({ ok: true, text: 'Kyiv – “Київ”' });
  });

  it('refuses an empty file, naming it', () => {
    expect(decodeText(bytes(), 'empty.txt')).toEqual({ ok: false, message: 'empty.txt: the file is empty' });
  });

  it('refuses a file of whitespace only', () => {
    const result = decodeText(utf8(' \n\t\n'), 'blank.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^blank\.txt: .*only whitespace/);
  });

  it('refuses binary files (NUL bytes)', () => {
    const result = decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a), 'image.png');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^image\.png: .*binary.*offset 4/);
  });

  it('names UTF-16 text, with or without a byte order mark', () => {
    const withBom = decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00), 'bom.txt');
    expect(withBom).toEqual({
      ok: false,
      message: 'bom.txt: the file is UTF-16 text; save it as UTF-8 and try again',
    });
    const bigEndian = decodeText(bytes(0x00, 0x49, 0x00, 0x72, 0x00, 0x61, 0x00, 0x6e), 'be.txt');
    expect(bigEndian.ok).toBe(false);
    if (!bigEndian.ok)
      expect(bigEndian.message).toMatch(/^be\.txt: .*UTF-16 text \(without a byte order mark\)/);
  });

  it('refuses invalid UTF-8, saying where', () => {
    const latin1 = bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b); // "Café ok" in Latin-1
    const result = decodeText(latin1, 'latin1.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^latin1\.txt: .*not valid UTF-8.*offset 3/);
    const stray = decodeText(bytes(0x41, 0xff, 0x42), 'stray.txt');
    expect(stray.ok).toBe(false);
    if (!stray.ok) expect(stray.message).toContain('0xff at offset 1');
  });
});

describe('parseFrontMatter', () => {
  it('reads title, author, publisher, date and url, quoted or not', () => {
    const { meta, body } = parseFrontMatter(
      '---\ntitle: "Talks resume"\nauthor: A. Writer\nsource: Desk\ndate: 2024-03-01T10:00:00Z\nurl: https://example.org/a\ntags: [x]\n---\nBody text.',
    );
    expect(meta).toEqual({
      title: 'Talks resume',
      author: 'A. Writer',
      publisher: 'Desk',
      published: '2024-03-01',
      url: 'https://example.org/a',
    });
    expect(body).toBe('Body text.');
  });

  it('leaves a text without front matter alone', () => {
    expect(parseFrontMatter('No front matter.\n---\n')).toEqual({
      meta: {},
      body: 'No front matter.\n---\n',
    });
  });
});

describe('stripMarkdown', () => {
  it('reduces Markdown to its words and keeps paragraphs', () => {
    const markdown = [
      '# Talks *resume*',
      '',
      'Iran **accused** [Israel](https://example.org) of `violations`.',
      '> Quoted _line_.',
      '',
      '- first item',
      '1. second item',
      '',
      '```',
      'code is dropped',
      '```',
      '![chart](c.png) <b>Bold</b> text.',
      '---',
    ].join('\n');
    expect(stripMarkdown(markdown)).toBe(
      'Talks resume\n\nIran accused Israel of violations.\nQuoted line.\n\nfirst item\nsecond item\n\nchart Bold text.',
    );
  });
});

describe('parseDocument', () => {
  it('combines front matter, Markdown stripping and canonical text', () => {
    const doc = parseDocument(
      '---\ntitle: T\ndate: 2024-13-40\n---\r\n# Head\r\n\r\nCafe\u0301 *owners*.\r\n',
      { markdown: true },
    );
    expect(doc.text).toBe('Head\n\nCafé owners.');
    expect(doc.meta).toEqual({ title: 'T' });
    expect(doc.warnings).toEqual(['front matter date "2024-13-40" is not a YYYY-MM-DD date; ignored']);
  });

  it('quotes a date that is not one whole', () => {
    const doc = parseDocument('---\ndate: 3 March 2025\nauthor: A\n---\nText.');
    expect(doc.meta).toEqual({ author: 'A' });
    expect(doc.warnings).toEqual(['front matter date "3 March 2025" is not a YYYY-MM-DD date; ignored']);
    expect(parseDocument('---\ndate: 2024-03-01 10:00\n---\nText.').meta).toEqual({
      published: '2024-03-01',
    });
  });

  it('keeps plain text as written, so offsets match a curated copy of the same file', () => {
    expect(parseDocument('Title\n\nIran accused Israel.\n').text).toBe('Title\n\nIran accused Israel.\n');
  });

  it('knows Markdown file names', () => {
    expect(isMarkdownName('a.md')).toBe(true);
    expect(isMarkdownName('a.MARKDOWN')).toBe(true);
    expect(isMarkdownName('a.txt')).toBe(false);
  });
});
