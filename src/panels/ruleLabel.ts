import { SUGGESTION_RULE } from '../domain/rules';

/** How an evidence line names the rule that read it; a suggestion says to check its type. */
export function ruleLabel(rule: string | undefined): string {
  if (!rule) return '';
  return rule === SUGGESTION_RULE ? ' · suggested by the pair model, check the type' : ` · rule ${rule}`;
}
