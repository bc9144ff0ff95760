/**
 * Relations read from the object phrase of a cue rather than from its direct object:
 *
 * - advocacy: "called for closer cooperation with the African Union" courts the Union (the
 *   cooperation is sought, not yet happening);
 * - defence by condemnation: "denounced measures that bypass the Security Council" supports the
 *   Council, "rejected any move to weaken the WTO" supports the WTO;
 * - opposed growth: "accused Washington of expanding NATO", "objected to the enlargement of BRICS"
 *   opposes the alliance or bloc that would grow.
 *
 * Each reader walks a bounded window right of the cue, so the work per cue stays constant.
 */
import type { ActorKind } from '../domain/types';
import type { RuleName } from '../domain/rules';
import type { Token } from './tokenize';
import type { RelationTypeId } from './vocabulary';
import {
  ADVOCACY_PREPS,
  COOPERATION_NOUNS,
  EXPANDING,
  EXPANSION_ADJECTIVES,
  EXPANSION_NOUNS,
  OBJECT_LEAD,
  PREPOSITIONS,
  QUOTES,
  UNDERMINING,
  WINDOW_STOP,
} from './words';

/** What a reader needs of the sentence: its tokens and the actor units by first token. */
export interface ComplementContext {
  readonly tokens: readonly Token[];
  /** The token range of the actor unit that starts at a position, or undefined. */
  unitStartingAt(at: number): { readonly first: number; readonly last: number } | undefined;
  /** Kinds of the unit's actors, and whether any is named only by a demonym ("European countries"). */
  unitKinds(at: number): { readonly kinds: readonly ActorKind[]; readonly demonym: boolean } | undefined;
}

export interface ComplementReading {
  /** First token of the target unit. */
  readonly targetAt: number;
  readonly type: RelationTypeId;
  readonly rule: RuleName;
  /** Token position of the word that links the cue to the target (for the cue span and distance). */
  readonly linkAt: number;
}

const MAX_WINDOW = 16;
const MAX_ADVOCACY_WINDOW = 8;

const GROWING_KINDS: ReadonlySet<ActorKind> = new Set(['bloc', 'organization']);

/** The unit that is the object right after position `at`, past at most two lead words. */
function objectAfter(context: ComplementContext, at: number): number | undefined {
  for (let t = at; t < at + 3; t++) {
    if (context.unitStartingAt(t)) return t;
    const token = context.tokens[t];
    if (!token || !(OBJECT_LEAD.has(token.lower) || QUOTES.has(token.text))) return undefined;
  }
  return undefined;
}

function isGrowingBloc(context: ComplementContext, at: number): boolean {
  const kinds = context.unitKinds(at);
  return kinds !== undefined && !kinds.demonym && kinds.kinds.every((kind) => GROWING_KINDS.has(kind));
}

/** "NATO's eastward expansion", "NATO expansion": the growth noun right after the unit. */
function expansionAfterUnit(context: ComplementContext, first: number): boolean {
  const unit = context.unitStartingAt(first);
  if (!unit) return false;
  let t = unit.last;
  if (context.tokens[t]?.kind === 'pos') t++;
  while (EXPANSION_ADJECTIVES.has(context.tokens[t]?.lower ?? '')) t++;
  return EXPANSION_NOUNS.has(context.tokens[t]?.lower ?? '');
}

/**
 * Relations a negative cue (denouncing, opposing, accusing, warning) states about the object of an
 * act inside its complement: support for what is undermined, opposition to a bloc that would grow.
 * `from` is the first token after the cue.
 */
export function negativeComplement(context: ComplementContext, from: number): ComplementReading[] {
  const readings: ComplementReading[] = [];
  const tokens = context.tokens;
  const end = Math.min(tokens.length, from + MAX_WINDOW);
  const seen = new Set<number>();
  const add = (reading: ComplementReading): void => {
    if (seen.has(reading.targetAt)) return;
    seen.add(reading.targetAt);
    readings.push(reading);
  };
  for (let t = from; t < end; t++) {
    const token = tokens[t] as Token;
    if (WINDOW_STOP.has(token.lower)) break;
    if (UNDERMINING.has(token.lower)) {
      // "the sidelining of the UN" reads like "sidelining the UN".
      const next = tokens[t + 1]?.lower === 'of' ? t + 2 : t + 1;
      const target = objectAfter(context, next);
      if (target !== undefined)
        add({ targetAt: target, type: 'supports', rule: 'defends-undermined', linkAt: t });
      continue;
    }
    if (EXPANDING.has(token.lower)) {
      const target = objectAfter(context, t + 1);
      if (target !== undefined && isGrowingBloc(context, target))
        add({ targetAt: target, type: 'opposes', rule: 'opposes-expansion', linkAt: t });
      continue;
    }
    if (EXPANSION_NOUNS.has(token.lower) && tokens[t + 1]?.lower === 'of') {
      const target = objectAfter(context, t + 2);
      if (target !== undefined && isGrowingBloc(context, target))
        add({ targetAt: target, type: 'opposes', rule: 'opposes-expansion', linkAt: t });
      continue;
    }
    if (context.unitStartingAt(t) && isGrowingBloc(context, t) && expansionAfterUnit(context, t))
      add({ targetAt: t, type: 'opposes', rule: 'opposes-expansion', linkAt: t });
  }
  return readings;
}

/**
 * The group an advocacy cue seeks cooperation with: "advocated 'strengthening solidarity and
 * cooperation among the Global South'", "urged closer ties with Kenya". Returns the target's first
 * token and the position of the cooperation noun (a cue there is read as part of this one).
 */
export function advocacyObject(
  context: ComplementContext,
  from: number,
): { readonly targetAt: number; readonly nounAt: number } | undefined {
  const tokens = context.tokens;
  const end = Math.min(tokens.length, from + MAX_ADVOCACY_WINDOW);
  let nounAt: number | undefined;
  for (let t = from; t < end; t++) {
    const token = tokens[t] as Token;
    if (nounAt === undefined) {
      if (COOPERATION_NOUNS.has(token.lower)) nounAt = t;
      else if (
        context.unitStartingAt(t) ||
        PREPOSITIONS.has(token.lower) ||
        WINDOW_STOP.has(token.lower) ||
        (token.kind === 'punct' && !QUOTES.has(token.text))
      )
        return undefined;
      continue;
    }
    // "solidarity and cooperation among": coordinated nouns share the preposition.
    if (COOPERATION_NOUNS.has(token.lower) || token.lower === 'and' || token.text === ',') continue;
    if (!ADVOCACY_PREPS.has(token.lower)) return undefined;
    const target = objectAfter(context, t + 1);
    if (target === undefined || context.unitKinds(target)?.demonym !== false) return undefined;
    return { targetAt: target, nounAt };
  }
  return undefined;
}
