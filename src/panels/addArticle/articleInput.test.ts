import { describe, expect, it } from 'vitest';
import {
  addedSummary,
  articleId,
  canonicalForm,
  checkArticleText,
  checkMeta,
  EMPTY_META,
  fieldsFromMeta,
  MAX_ARTICLE_CHARS,
  PASTED,
} from './articleInput';

describe('checkArticleText', () => {
  it('accepts ordinary text', () => {
    expect(checkArticleText('Germany accused Russia of cyberattacks.', PASTED)).toBeNull();
  });

  it('names the input and the problem', () => {
    expect(checkArticleText(' \n\t ', PASTED)).toMatch(/^The pasted text is empty/);
    expect(checkArticleText('a\u0000b', 'notes.txt')).toBe(
      'notes.txt contains a NUL character at position 1: it looks like binary data, not text.',
    );
    expect(checkArticleText('bad \uD800 half', PASTED)).toMatch(/unpaired UTF-16 surrogates/);
    expect(checkArticleText('x'.repeat(MAX_ARTICLE_CHARS + 1), PASTED)).toMatch(
      /too long \(5,000,001 characters\)/,
    );
  });

  it('keeps surrogate pairs such as emoji', () => {
    expect(checkArticleText('Talks ended 🎉.', PASTED)).toBeNull();
  });
});

describe('checkMeta', () => {
  it('trims and leaves out empty fields', () => {
    expect(checkMeta({ ...EMPTY_META, title: '  Pact  ', published: '2025-05-11' })).toEqual({
      ok: true,
      meta: { title: 'Pact', published: '2025-05-11' },
    });
  });

  it('refuses impossible dates and non-web links, all at once', () => {
    const result = checkMeta({ ...EMPTY_META, published: '2025-02-30', url: 'javascript:alert(1)' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Published date "2025-02-30" is not a date written YYYY-MM-DD (for example 2025-05-11).',
      'URL "javascript:alert(1)" is not a web address: only http:// and https:// links are kept.',
    ]);
  });

  it('accepts http and https links only', () => {
    expect(checkMeta({ ...EMPTY_META, url: 'https://example.org/a' }).ok).toBe(true);
    expect(checkMeta({ ...EMPTY_META, url: 'http://example.org/a' }).ok).toBe(true);
    expect(checkMeta({ ...EMPTY_META, url: 'file:///etc/passwd' }).ok).toBe(false);
    expect(checkMeta({ ...EMPTY_META, url: 'example.org' }).ok).toBe(false);
  });

  it('refuses values too long to be metadata', () => {
    expect(checkMeta({ ...EMPTY_META, author: 'a'.repeat(1001) }).ok).toBe(false);
  });
});

describe('fieldsFromMeta', () => {
  it('fills fields from front matter and keeps the rest', () => {
    const current = { ...EMPTY_META, publisher: 'Typed by hand' };
    expect(fieldsFromMeta({ title: 'From the file', published: '2024-01-02', author: ' ' }, current)).toEqual(
      {
        ...current,
        title: 'From the file',
        published: '2024-01-02',
      },
    );
  });
});

describe('canonicalForm', () => {
  it('drops the byte-order mark, makes LF line ends and NFC', () => {
    expect(canonicalForm('\uFEFFa\r\nb\rc\u0065\u0301')).toBe('a\nb\nc\u00e9');
  });
});

describe('articleId', () => {
  it('is stable for a text and differs between texts', () => {
    expect(articleId('One text.')).toBe(articleId('One text.'));
    expect(articleId('One text.')).not.toBe(articleId('One text!'));
    expect(articleId('One text.')).toMatch(/^article-[0-9a-f]{16}$/);
  });
});

describe('addedSummary', () => {
  it('counts in words', () => {
    expect(addedSummary('Pact', 1, 2)).toBe('Added Pact: 1 relation, 2 actors');
    expect(addedSummary('Pact', 3, 1)).toBe('Added Pact: 3 relations, 1 actor');
  });
});
