import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalGraph } from '../src/io/fixtures/minimalGraph';
import { runScript, scratchFolder } from './runScript';

const { dir, remove } = scratchFolder('check-data-');
afterAll(remove);

const run = (...files: string[]) => runScript('check-data.ts', files, dir);

describe('check:data', () => {
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify(minimalGraph(), null, 2));

  const broken = minimalGraph();
  const relation = broken.relations[0];
  if (!relation) throw new Error('fixture changed');
  relation.type = 'unknown';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(broken));
  const looped = minimalGraph();
  const loop = looped.relations[0];
  if (!loop) throw new Error('fixture changed');
  loop.target = loop.source;
  writeFileSync(join(dir, 'self-loop.json'), JSON.stringify(looped));
  const unsupported = minimalGraph();
  const bare = unsupported.relations[1];
  if (!bare) throw new Error('fixture changed');
  bare.evidence = [];
  writeFileSync(join(dir, 'unsupported.json'), JSON.stringify(unsupported));
  writeFileSync(join(dir, 'malformed.json'), '{\n  "schemaVersion": 1,\n  "sources": [\n}');

  it('prints a one-line summary and exits 0 for a valid file', () => {
    const { code, stdout } = run(good);
    expect(stdout.trim()).toBe(`${good}: 1 source, 4 actors, 2 relation types, 2 relations, 3 evidence — OK`);
    expect(code).toBe(0);
  });

  it('prints every problem as "<file> <path>: <message>" and exits 1', () => {
    const { code, stdout, stderr } = run(
      'good.json',
      'bad.json',
      'self-loop.json',
      'unsupported.json',
      'malformed.json',
      'missing.json',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('good.json: 1 source');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      'bad.json $.relations[0].type: no relation type has the id "unknown"; expected the id of an entry in $.relationTypes',
      'bad.json: 1 problem',
      'self-loop.json $.relations[0].target: relation "r1" links actor "russia" to itself; in curated data source and target must be different actors',
      'self-loop.json: 1 problem',
      `unsupported.json $.relations[1].evidence: relation "${bare.id}" has no evidence; every curated relation needs at least one quoted sentence`,
      'unsupported.json: 1 problem',
      expect.stringMatching(
        /^malformed\.json line 4, column 1: malformed\.json is not valid JSON: expected a value/,
      ),
      'malformed.json: 1 problem',
      'missing.json $: file not found',
    ]);
  });
});
