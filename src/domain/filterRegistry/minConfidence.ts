import { defineFilter, fractionLink } from './definition';

/** Lowest extractor confidence that counts, 0–1; curated evidence has none and counts as 1. */
export const minConfidenceFilter = defineFilter<'minConfidence', number>({
  key: 'minConfidence',
  default: 0,
  isDefault: (min) => min <= 0,
  tests: {
    evidence: (min) => (min <= 0 ? null : (evidence) => (evidence.confidence ?? 1) >= min),
    keepsUnsupported: (min) => min <= 0,
  },
  link: fractionLink('minConfidence'),
  describe: (min) => (min <= 0 ? null : `extracted sentences with confidence of at least ${min}`),
});
