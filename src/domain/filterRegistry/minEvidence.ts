import { defineFilter, wholeNumberLink } from './definition';

export const MAX_MIN_EVIDENCE = 10;

/** Fewest supporting sentences a relation needs (1 shows all). */
export const minEvidenceFilter = defineFilter<'minEvidence', number>({
  key: 'minEvidence',
  default: 1,
  isDefault: (min) => min <= 1,
  tests: {
    supporting: (min) => (min <= 1 ? null : (count) => count >= min),
    keepsUnsupported: (min) => min <= 1,
  },
  link: wholeNumberLink('minEvidence', 1, MAX_MIN_EVIDENCE),
  describe: (min) => (min <= 1 ? null : `relations with at least ${min} supporting sentences`),
});
