/**
 * The guard: a language model's proposals become relations only when the article bears them out.
 * Each quote must be found verbatim in the article (after normalising whitespace, quotation marks and
 * dashes) and is re-anchored to the whole sentences it touches, with exact offsets; both actors must be
 * named in those sentences, or be what one of their anaphors refers to, by the same reading as the
 * rule backend; the type must be in the vocabulary. Whatever fails is dropped, counted by reason and
 * logged. No edge without its sentence, whoever proposed it.
 */
import type { ModelProposal } from '../../domain/modelAnswer';
import type { Sentence } from '../../domain/sentences';
import { sentencesCovering } from '../../domain/sentences';
import type { RelationType } from '../../domain/types';
import type { Lexicon } from '../lexicon';
import type { SentenceActors } from '../roles';
import type { NormalisedText } from './normalise';
import { normaliseForQuotes, normaliseQuote, originalRange } from './normalise';

export const DROP_REASONS = [
  'malformed',
  'quote-not-found',
  'quote-too-short',
  'quote-too-long',
  'unknown-type',
  'unknown-actor',
  'actor-not-in-sentence',
  'same-actor',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** One proposal the guard accepted, anchored to whole sentences of the article. */
export interface GuardedProposal {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
  /** An actor was found only through an anaphor ("the two leaders", "he"): a little less certain. */
  readonly viaAnaphora: boolean;
  readonly spans: {
    readonly source?: readonly [number, number];
    readonly target?: readonly [number, number];
  };
}

export interface Dropped {
  readonly reason: DropReason;
  /** One line for the log: what was proposed and why it was dropped. */
  readonly detail: string;
}

/** The article as the rules read it, which the guard checks proposals against. */
export interface GuardContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly actors: readonly SentenceActors[];
  readonly lexicon: Lexicon;
  readonly types: readonly RelationType[];
}

/** Quotes shorter than this cannot place a sentence ("met", "said"). */
const MIN_QUOTE = 12;
/** A quote may run over a few sentences; beyond that it is a passage, not the statement of a relation. */
const MAX_SENTENCES = 3;

const fold = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Everything a guard needs that depends only on the article, computed once for all chunks. */
export class Guard {
  private readonly normalised: NormalisedText;
  private names: Map<string, string> | undefined;
  private readonly typeIds: Map<string, string>;

  constructor(private readonly context: GuardContext) {
    this.normalised = normaliseForQuotes(context.text);
    this.typeIds = new Map();
    for (const type of context.types) {
      this.typeIds.set(fold(type.id), type.id);
      if (!this.typeIds.has(fold(type.label))) this.typeIds.set(fold(type.label), type.id);
    }
  }

  /** Checks proposals; `within` (a chunk's offsets) is where a quote found more than once is looked for first. */
  check(
    proposals: readonly ModelProposal[],
    within?: { readonly start: number; readonly end: number },
  ): { kept: GuardedProposal[]; dropped: Dropped[] } {
    const kept: GuardedProposal[] = [];
    const dropped: Dropped[] = [];
    for (const proposal of proposals) {
      const verdict = this.checkOne(proposal, within);
      if ('reason' in verdict) dropped.push(verdict);
      else kept.push(verdict);
    }
    return { kept, dropped };
  }

  private checkOne(p: ModelProposal, within?: { start: number; end: number }): GuardedProposal | Dropped {
    const what = `${p.source} ${p.negated ? 'not ' : ''}${p.type} ${p.target}`;
    const drop = (reason: DropReason, why: string): Dropped => ({ reason, detail: `${what}: ${why}` });
    const type = this.typeIds.get(fold(p.type));
    if (!type) return drop('unknown-type', `"${p.type}" is not a relation type of the vocabulary`);

    const quote = normaliseQuote(p.quote);
    const shownQuote = JSON.stringify(quote.length > 80 ? `${quote.slice(0, 79)}…` : quote);
    if (quote.length < MIN_QUOTE)
      return drop('quote-too-short', `the quote ${shownQuote} is too short to place`);
    const runs = this.occurrences(quote, within);
    if (runs.length === 0) return drop('quote-not-found', `the quote ${shownQuote} is not in the text`);
    const short = runs.filter((r) => r.last - r.first < MAX_SENTENCES);
    if (short.length === 0)
      return drop('quote-too-long', `the quote spans more than ${MAX_SENTENCES} sentences`);

    let firstFailure: Dropped | undefined;
    for (const run of short) {
      const source = this.placeActor(p.source, run);
      const target = this.placeActor(p.target, run);
      const failure =
        source.kind === 'unknown'
          ? drop('unknown-actor', `"${p.source}" is not an actor the lexicon or the article knows`)
          : target.kind === 'unknown'
            ? drop('unknown-actor', `"${p.target}" is not an actor the lexicon or the article knows`)
            : source.kind === 'absent'
              ? drop('actor-not-in-sentence', `${source.id} is not named in ${shownQuote}`)
              : target.kind === 'absent'
                ? drop('actor-not-in-sentence', `${target.id} is not named in ${shownQuote}`)
                : source.id === target.id
                  ? drop('same-actor', `a relation of ${source.id} to itself`)
                  : undefined;
      if (failure) {
        firstFailure ??= failure;
        continue;
      }
      if (source.kind !== 'named' && source.kind !== 'resolved') continue;
      if (target.kind !== 'named' && target.kind !== 'resolved') continue;
      return {
        source: source.id,
        target: target.id,
        type,
        negated: p.negated,
        start: run.start,
        end: run.end,
        viaAnaphora: source.kind === 'resolved' || target.kind === 'resolved',
        spans: {
          ...(source.kind === 'named' ? { source: source.span } : {}),
          ...(target.kind === 'named' ? { target: target.span } : {}),
        },
      };
    }
    return firstFailure ?? drop('quote-not-found', `the quote ${shownQuote} is not in the text`);
  }

  /** The sentence runs covering each place the quote occurs, those inside `within` first. */
  private occurrences(quote: string, within?: { start: number; end: number }) {
    const found: Array<NonNullable<ReturnType<typeof sentencesCovering>>> = [];
    const { text } = this.normalised;
    for (let at = text.indexOf(quote); at >= 0 && found.length < 20; at = text.indexOf(quote, at + 1)) {
      const [start, end] = originalRange(this.normalised, at, quote.length);
      const run = sentencesCovering(this.context.sentences, start, end);
      if (run && !found.some((r) => r.start === run.start && r.end === run.end)) found.push(run);
    }
    if (!within) return found;
    const inside = (r: { start: number }) => r.start >= within.start && r.start < within.end;
    return [...found.filter(inside), ...found.filter((r) => !inside(r))];
  }

  /** Which lexicon actor a name given by the model is, and whether the run of sentences names it. */
  private placeActor(
    name: string,
    run: { first: number; last: number },
  ):
    | { kind: 'named'; id: string; span: readonly [number, number] }
    | { kind: 'resolved'; id: string }
    | { kind: 'absent'; id: string }
    | { kind: 'unknown' } {
    const wanted = fold(name);
    const { lexicon } = this.context;
    let resolvedId: string | undefined;
    for (let i = run.first; i <= run.last; i++) {
      const here = this.context.actors[i];
      if (!here) continue;
      for (const [id, span] of here.named) if (this.isCalled(id, wanted)) return { kind: 'named', id, span };
      for (const id of here.resolved) if (this.isCalled(id, wanted)) resolvedId ??= id;
    }
    if (resolvedId) return { kind: 'resolved', id: resolvedId };
    const id = lexicon.actors.has(name.trim()) ? name.trim() : this.nameIndex().get(wanted);
    return id ? { kind: 'absent', id } : { kind: 'unknown' };
  }

  private isCalled(id: string, wanted: string): boolean {
    if (fold(id) === wanted) return true;
    const entry = this.context.lexicon.actors.get(id);
    if (!entry) return false;
    return fold(entry.label) === wanted || entry.aliases.some((alias) => fold(alias.text) === wanted);
  }

  /** Label and alias → actor id over the whole lexicon, built on first need. */
  private nameIndex(): Map<string, string> {
    if (this.names) return this.names;
    const names = new Map<string, string>();
    for (const entry of this.context.lexicon.actors.values()) {
      if (!names.has(fold(entry.id))) names.set(fold(entry.id), entry.id);
      if (!names.has(fold(entry.label))) names.set(fold(entry.label), entry.id);
      for (const alias of entry.aliases)
        if (!names.has(fold(alias.text))) names.set(fold(alias.text), entry.id);
    }
    this.names = names;
    return names;
  }
}

const REASON_WORDS: Readonly<Record<DropReason, readonly [string, string]>> = {
  malformed: ['malformed item', 'malformed items'],
  'quote-not-found': ['quote not in the text', 'quotes not in the text'],
  'quote-too-short': ['quote too short to place', 'quotes too short to place'],
  'quote-too-long': [
    `quote longer than ${MAX_SENTENCES} sentences`,
    `quotes longer than ${MAX_SENTENCES} sentences`,
  ],
  'unknown-type': ['unknown type', 'unknown types'],
  'unknown-actor': ['unknown actor', 'unknown actors'],
  'actor-not-in-sentence': ['actor not named in its sentence', 'actors not named in their sentences'],
  'same-actor': ['actor related to itself', 'actors related to themselves'],
};

export type DropTally = Readonly<Partial<Record<DropReason, number>>>;

/** "4 proposals dropped: 3 quotes not in the text, 1 unknown type"; empty when nothing was dropped. */
export function droppedLine(tally: DropTally): string {
  const parts = DROP_REASONS.filter((r) => (tally[r] ?? 0) > 0)
    .map((r) => [r, tally[r] ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return '';
  const words = parts.map(([r, n]) => `${n} ${REASON_WORDS[r][n === 1 ? 0 : 1]}`);
  return `${total} ${total === 1 ? 'proposal' : 'proposals'} dropped: ${words.join(', ')}`;
}
