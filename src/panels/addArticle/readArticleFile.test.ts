import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from './articleInput';
import { isArticleName } from './articleNames';
import { readArticleFile, readPastedMarkdown } from './readArticleFile';

const file = (name: string, content: string | Uint8Array, size?: number) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: size ?? bytes.length,
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer as ArrayBuffer),
  };
};

describe('readArticleFile', () => {
  it('reads front matter into metadata and Markdown into plain text', async () => {
    const read = await readArticleFile(
      file(
        'pact.md',
        '---\ntitle: "A pact"\npublisher: The Daily\ndate: 2025-05-11\n---\n# Heading\n\n**France** and Germany signed a pact.\n',
      ),
    );
    expect(read).toEqual({
      ok: true,
      name: 'pact.md',
      text: 'Heading\n\nFrance and Germany signed a pact.',
      meta: { title: 'A pact', publisher: 'The Daily', published: '2025-05-11' },
      warnings: [],
    });
  });

  it('names the file and the problem', async () => {
    const message = async (f: ReturnType<typeof file>) => {
      const read = await readArticleFile(f);
      return read.ok ? '' : read.message;
    };
    expect(await message(file('empty.txt', ''))).toBe(
      'empty.txt: the file is empty; expected the text of an article (.txt or .md).',
    );
    expect(await message(file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toMatch(
      /^image\.txt: this looks like a binary file \(a NUL byte at offset 4\)/,
    );
    expect(await message(file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])))).toMatch(
      /^latin1\.txt: the file is not valid UTF-8/,
    );
    expect(await message(file('huge.txt', 'x', MAX_ARTICLE_BYTES + 1))).toMatch(
      /^huge\.txt: the file is 5\.0 MB/,
    );
    expect(await message(file('only-meta.md', '---\ntitle: Nothing\n---\n\n'))).toBe(
      'only-meta.md: there is no article text after the front matter.',
    );
  });

  it('refuses graph and image files before reading them', async () => {
    expect(await readArticleFile(file('graph.json', '{}'))).toEqual({
      ok: false,
      message:
        'graph.json: expected a plain-text (.txt) or Markdown (.md) article; graph files open with Open….',
    });
    expect(isArticleName('notes.TXT')).toBe(true);
    expect(isArticleName('report.markdown')).toBe(true);
    expect(isArticleName('clipboard')).toBe(true);
    expect(isArticleName('Mr. Smith goes to Washington')).toBe(true);
    expect(isArticleName('photo.png')).toBe(false);
    expect(isArticleName('graph.graphml')).toBe(false);
  });

  it('passes on front-matter warnings with the file name', async () => {
    const read = await readArticleFile(file('a.txt', '---\ndate: May 2025\n---\nRussia attacked Ukraine.'));
    expect(read.ok && read.warnings).toEqual([
      'a.txt: front matter date "May 2025" is not a YYYY-MM-DD date; ignored',
    ]);
  });
});

describe('readPastedMarkdown', () => {
  it('reads pasted text with front matter like a Markdown file, and leaves other text alone', async () => {
    expect(await readPastedMarkdown('Iran accused Israel.\n')).toBeNull();
    expect(await readPastedMarkdown('---\ntitle: Only a header\n---\n')).toBeNull();
    expect(
      await readPastedMarkdown('---\ntitle: T\ndate: 2025-06-03\n---\n**Iran** accused Israel.\n'),
    ).toEqual({
      text: 'Iran accused Israel.',
      meta: { title: 'T', published: '2025-06-03' },
      warnings: [],
    });
  });
});
