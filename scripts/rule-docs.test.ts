import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEGIN_MARKER, END_MARKER, ruleList, withRuleList } from '../src/extract/rules/ruleDocs';
import { repoRoot } from './runScript';

const docs = readFileSync(join(repoRoot, 'docs', 'extraction.md'), 'utf8');

describe('the rule list in docs/extraction.md', () => {
  it('is the one the rules write (run npm run docs:rules after changing a rule)', () => {
    expect(withRuleList(docs, ruleList())).toBe(docs);
  });
});

describe('withRuleList', () => {
  it('replaces only the text between the markers', () => {
    const document = `# Title\n\n${BEGIN_MARKER}\n\nold list\n\n${END_MARKER}\n\nAfter.\n`;
    expect(withRuleList(document, 'new list')).toBe(
      `# Title\n\n${BEGIN_MARKER}\n\nnew list\n\n${END_MARKER}\n\nAfter.\n`,
    );
  });

  it('writes nothing into a document without both markers', () => {
    expect(withRuleList(`# Title\n\n${BEGIN_MARKER}\n`, 'list')).toBeUndefined();
    expect(withRuleList(`${END_MARKER}\n${BEGIN_MARKER}\n`, 'list')).toBeUndefined();
  });
});
