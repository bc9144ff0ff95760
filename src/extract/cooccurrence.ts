/**
 * The baseline the extractor has to beat: every two different known actors named in one sentence are
 * taken as related. It finds pairs only (no type, direction or negation), so it is scored at pair level.
 */
import { segmentSentences } from '../domain/sentences';
import type { LabeledRelation } from './evaluate';
import { findMentions, type Lexicon } from './lexicon';
import { tokenize } from './tokenize';

export function cooccurrencePairs(text: string, lexicon: Lexicon, unit?: string): LabeledRelation[] {
  const pairs = new Map<string, LabeledRelation>();
  for (const sentence of segmentSentences(text)) {
    const ids = [
      ...new Set(findMentions(tokenize(text, sentence.start, sentence.end), lexicon).map((m) => m.actorId)),
    ].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        pairs.set(`${source}~${target}`, {
          source,
          target,
          type: 'co-occurs',
          ...(unit !== undefined ? { unit } : {}),
        });
      }
    }
  }
  return [...pairs.values()];
}
