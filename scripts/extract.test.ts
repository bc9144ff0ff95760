import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../src/io/validateGraph';
import { repoRoot as root, runScript, scratchFolder } from './runScript';

const { dir, remove } = scratchFolder('extract-cli-');
afterAll(remove);

const run = (...args: string[]) => runScript('extract.ts', args, dir);

const article = join(dir, 'talks.md');
writeFileSync(
  article,
  '---\ntitle: Talks\nauthor: A. Writer\npublished: 2026-11-20\nurl: https://example.org/talks\n---\n' +
    'Brazil called for closer cooperation with the African Union. Moscow accused Washington of expanding NATO.\n',
);

describe('npm run extract', () => {
  it('writes a valid graph with the front matter as the source', () => {
    const out = join(dir, 'out.json');
    const { code, stderr } = run(article, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('wrote');
    const checked = validateGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.sources[0]).toMatchObject({
      title: 'Talks',
      published: '2026-11-20',
      url: 'https://example.org/talks',
    });
    expect(checked.value.relations.map((r) => r.id).sort()).toEqual([
      'brazil>african-union:courts',
      'russia>nato:opposes',
      'russia>usa:accuses',
    ]);
  });

  it('merges with a base graph without changing the base', () => {
    const base = join(root, 'data', 'graph.json');
    const before = readFileSync(base, 'utf8');
    const out = join(dir, 'merged.json');
    const { code, stderr } = run(article, '--merge', base, '--out', out, '--quiet');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(readFileSync(base, 'utf8')).toBe(before);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as { sources: unknown[] };
    expect(merged.sources).toHaveLength(2);
  });

  it.each([
    [
      ['--published', '2025-02-30'],
      '--published must be a calendar date written YYYY-MM-DD, got "2025-02-30"',
    ],
    [['--url', 'example.org/a'], '--url must be an http:// or https:// address, got "example.org/a"'],
    [['--min-confidence', 'abc'], '--min-confidence must be a number between 0 and 1'],
    [['--min-confidence', ''], '--min-confidence must be a number between 0 and 1'],
    [
      ['--out', join(dir, 'missing', 'out.json')],
      `cannot write ${join(dir, 'missing', 'out.json')}: its folder does not exist`,
    ],
    [['--out', dir], `cannot write ${dir}: it is a folder`],
  ])('refuses %j with one line, exit 1 and nothing written', (flags, message) => {
    const { code, stdout, stderr } = run(article, ...flags, '--quiet');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${message}\n`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('drops a front-matter url that is not a web address, with a notice', () => {
    const file = join(dir, 'bad-url.md');
    writeFileSync(file, '---\nurl: javascript:alert(1)\npublished: 2026-11-20\n---\nIran accused Israel.\n');
    const out = join(dir, 'bad-url.json');
    const { code, stderr } = run(file, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(
      `${file}: front matter url "javascript:alert(1)" is not an http:// or https:// address; ignored`,
    );
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { sources: Array<{ url?: string }> };
    expect(graph.sources[0]?.url).toBeUndefined();
  });

  it('titles a file without front matter by its first line, as the browser does', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'Iran and Israel trade accusations\n\nIran accused Israel of a strike.\n');
    const out = join(dir, 'plain.json');
    expect(run(file, '--published', '2026-11-20', '--out', out, '--quiet').code).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { sources: Array<{ title: string; id: string }> };
    expect(graph.sources[0]?.title).toBe('Iran and Israel trade accusations');
    expect(graph.sources[0]?.id).toMatch(/^iran-and-israel-trade-accusations-[0-9a-f]{8}$/);
    // A long first paragraph gives its first sentence, by the same rule the Add article dialog uses.
    const wire = join(dir, 'wire.txt');
    writeFileSync(
      wire,
      'Iran accused Israel of a strike on a facility near Isfahan on Sunday. Israel did not comment, and officials in Tehran vowed a response within days.\n',
    );
    expect(run(wire, '--published', '2026-11-20', '--out', out, '--quiet').code).toBe(0);
    const titled = JSON.parse(readFileSync(out, 'utf8')) as { sources: Array<{ title: string }> };
    expect(titled.sources[0]?.title).toBe(
      'Iran accused Israel of a strike on a facility near Isfahan on Sunday',
    );
  });

  it('names UTF-16 input', () => {
    const file = join(dir, 'wide.txt');
    writeFileSync(file, Buffer.from('\ufeffIran accused Israel.', 'utf16le'));
    const { code, stderr } = run(file, '--out', join(dir, 'wide.json'));
    expect(code).toBe(1);
    expect(stderr).toBe(`error: ${file}: the file is UTF-16 text; save it as UTF-8 and try again\n`);
    expect(existsSync(join(dir, 'wide.json'))).toBe(false);
  });
});
