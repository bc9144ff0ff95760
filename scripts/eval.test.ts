import { afterAll, describe, expect, it } from 'vitest';
import { runScript, scratchFolder } from './runScript';

const { dir, remove } = scratchFolder('eval-cli-');
afterAll(remove);

describe('npm run eval, given a mistaken option', () => {
  it.each([
    [['--min-confidence', 'abc'], 'error: --min-confidence must be a number between 0 and 1'],
    [['--min-confidence', ''], 'error: --min-confidence must be a number between 0 and 1'],
    [['--verbos'], 'error: unknown option --verbos'],
    [['--graph'], 'error: --graph needs a value'],
    [['stray'], 'error: unexpected argument stray'],
    [['--graph', 'missing.json'], 'missing.json: no such file (or it cannot be read)'],
  ])('stops on %j with one line and exit 1, before evaluating anything', (args, message) => {
    const { code, stdout, stderr } = runScript('eval.ts', args, dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toContain(message);
  });
});

describe('npm run eval on the seed article', () => {
  it('keeps lenient F1 (pair + polarity) at 0.84 or more, the floor the extractor must hold', () => {
    const { code, stdout } = runScript('eval.ts', ['--split', 'seed'], dir);
    expect(code).toBe(0);
    const lenient = /^pair \+ polarity\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)/m.exec(stdout);
    expect(lenient, stdout).not.toBeNull();
    expect(Number(lenient?.[1])).toBeGreaterThanOrEqual(0.84);
  });
});
