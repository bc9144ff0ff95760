/**
 * Rule names as read from a file, apart from the rule descriptions (rules.ts) so the import boundary
 * does not carry them.
 */
import type { RuleName } from './rules';

/**
 * A rule name this version does not know, read from a file: written by an earlier or later
 * extractor, by hand or by another tool. Kept as read (shown and exported like any rule name), never
 * produced by the extractor; only src/io makes one, through `readRuleName`.
 */
export type ForeignRuleName = string & { readonly foreignRuleName: true };

export type EvidenceRule = RuleName | ForeignRuleName;

/** Any string read as a rule name: this version's names as themselves, anything else as foreign. */
export function readRuleName(value: string): EvidenceRule {
  return value as EvidenceRule;
}
