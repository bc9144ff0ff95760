/**
 * Readings from a negative cue's complement (complements.ts), added to the cue's own reading:
 * "denounced measures that bypass the Security Council" supports the Council, "accused the US of
 * extending NATO into Asia" opposes NATO.
 */
import type { RuleName } from '../../domain/rules';
import { negativeComplement } from '../complements';
import type { CueMatch } from '../cues';
import type { SentenceAnalysis } from '../sentenceAnalysis';
import type { RelationTypeId } from '../vocabulary';
import { relationType } from '../vocabulary';
import type { Reading } from './types';

/** The rules complements.ts reads with, in the order it tries them at each word. */
export const COMPLEMENT_RULES: readonly RuleName[] = ['defends-undermined', 'opposes-expansion'];

/** Negative cues whose complement can name what the source defends or resists. */
const COMPLEMENT_READERS = new Set<RelationTypeId>(['denounces', 'opposes', 'accuses', 'warns']);

export function complementReadings(
  match: CueMatch,
  own: Reading | undefined,
  sentence: SentenceAnalysis,
): Reading[] {
  const cue = match.cue;
  if (!COMPLEMENT_READERS.has(cue.type) || own?.pair || own?.reciprocal || own?.type) return [];
  if (own?.passive || cue.frame === 'agent-from') return [];
  const verbSource =
    cue.kind === 'verb' && !sentence.isPassive(match) ? sentence.nearestLeft(match) : undefined;
  const source = own ? own.source : verbSource;
  if (!source) return [];
  const out: Reading[] = [];
  for (const reading of negativeComplement(sentence, match.last)) {
    const target = sentence.unitAt.get(reading.targetAt);
    // "opposed NATO expansion" already says so; "criticised the sidelining of the UN" replaces
    // the reading of the UN as the one criticised (see `supersedes`).
    if (!target || (target === own?.target && reading.type === cue.type)) continue;
    out.push({
      source,
      target,
      type: reading.type,
      rule: reading.rule,
      passive: false,
      linkAt: reading.linkAt,
      inferred: true,
    });
  }
  return out;
}

/**
 * A complement reading of the cue's own target with the other polarity replaces it: "criticised the
 * sidelining of the UN" supports the UN and does not denounce it. "Denounced NATO's expansion" keeps both.
 */
export function supersedes(readings: readonly Reading[], own: Reading, type: RelationTypeId): boolean {
  const polarity = relationType(own.type ?? type)?.polarity;
  return readings.some(
    (reading) => reading.target === own.target && relationType(reading.type ?? type)?.polarity !== polarity,
  );
}
