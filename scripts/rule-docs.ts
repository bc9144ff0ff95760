/**
 * Writes the extractor's rule list into docs/extraction.md, between its two marker comments.
 *
 *   npm run docs:rules
 *
 * The list comes from the rules themselves (src/extract/rules) and the one-line descriptions of
 * their names (src/domain/rules.ts); scripts/rule-docs.test.ts fails when the docs are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEGIN_MARKER, END_MARKER, ruleList, withRuleList } from '../src/extract/rules/ruleDocs';
import { repoRoot } from './runScript';

const DOCS = join(repoRoot, 'docs', 'extraction.md');

function main(): number {
  const before = readFileSync(DOCS, 'utf8');
  const after = withRuleList(before, ruleList());
  if (after === undefined) {
    console.error(`docs/extraction.md needs the lines ${BEGIN_MARKER} and ${END_MARKER}`);
    return 1;
  }
  if (after !== before) writeFileSync(DOCS, after);
  console.log(
    after === before ? 'docs/extraction.md: rule list up to date' : 'docs/extraction.md: rule list written',
  );
  return 0;
}

process.exitCode = main();
