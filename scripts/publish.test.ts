import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { repoRoot, runScript, scratchFolder } from './runScript';

const scratch = scratchFolder('actorgraph-publish-');
afterAll(scratch.remove);

const fixture = readFileSync(join(repoRoot, 'e2e/fixtures/grain-talks.json'), 'utf8');
const write = (name: string, text: string) => {
  writeFileSync(join(scratch.dir, name), text);
  return name;
};
const scripts = (site: string) =>
  readdirSync(join(site, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(site, 'assets', f), 'utf8'))
    .join('\n');

describe('npm run publish', () => {
  it('builds the app with the graph as its default data, read-only, under the same CSP', () => {
    const graph = write('grain.json', fixture);
    const run = runScript('publish.ts', [graph, '--out', 'site', '--quiet'], scratch.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/published grain\.json to site\/ \(\d+ files, read-only\)/);
    const site = join(scratch.dir, 'site');
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html.replace(/&#39;/g, "'")).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    // Relative addresses: the site works from any folder of any host.
    expect(html).toMatch(/src="\.\/assets\/index-/);
    const js = scripts(site);
    // The published graph is bundled in place of the curated seed.
    const has = (text: string) => js.includes(text);
    expect(has('Turkey negotiated with Russia over the grain corridor on Monday.')).toBe(true);
    expect(has('Victory Day Meeting')).toBe(false);
    expect(js).toMatch(/readOnly:(!0|true)/);
    // A production build: no development helpers or machine paths.
    expect(has('jsxDEV')).toBe(false);
  }, 240_000);

  it('refuses a bad graph, naming the problem, and writes nothing', () => {
    const bad = JSON.parse(fixture) as { relations: { evidence: { quote: string }[] }[] };
    bad.relations[0]!.evidence[0]!.quote = 'Turkey fought Russia.';
    const graph = write('bad.json', JSON.stringify(bad));
    const run = runScript('publish.ts', [graph, '--out', 'bad-site'], scratch.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: bad\.json is not a valid Actorgraph graph/);
    expect(run.stderr).toMatch(/relations\[0\]\.evidence\[0\]/);
    expect(existsSync(join(scratch.dir, 'bad-site'))).toBe(false);
  }, 60_000);

  it('checks --story against the file’s stories and --out against deleting other files', () => {
    const graph = write('plain.json', fixture);
    const noStories = runScript('publish.ts', [graph, '--story', 'talks', '--out', 's1'], scratch.dir);
    expect(noStories.code).toBe(1);
    expect(noStories.stderr).toContain('error: --story talks: plain.json has no stories');

    const story = { id: 'other', title: 'Other', steps: [{ id: 's', title: 'One', text: '', view: '' }] };
    const withStories = write('stories.json', JSON.stringify({ ...JSON.parse(fixture), stories: [story] }));
    const wrong = runScript('publish.ts', [withStories, '--story', 'talks', '--out', 's2'], scratch.dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('has no story with that id (it has other)');

    // Stories the app could not read are refused too, with the place named.
    const broken = write('broken.json', JSON.stringify({ ...JSON.parse(fixture), stories: [{ id: 'x' }] }));
    const unreadable = runScript('publish.ts', [broken, '--out', 's3'], scratch.dir);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('broken.json has stories that cannot be read');
    expect(unreadable.stderr).toContain('$.stories[0].title');

    write('notes.txt', 'keep me');
    const here = runScript('publish.ts', [graph, '--out', '.'], scratch.dir);
    expect(here.code).toBe(1);
    expect(here.stderr).toContain('is not empty and holds no earlier site');
    expect(readFileSync(join(scratch.dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(scratch.dir, 's1')) || existsSync(join(scratch.dir, 's2'))).toBe(false);
  }, 60_000);
});
