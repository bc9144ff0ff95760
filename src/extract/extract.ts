/**
 * extract(text, meta) → Graph: canonical text, sentences, actors, cues, roles, then one relation per
 * (source, target, type) with one evidence per sentence. Linear in the length of the text: every
 * sentence is analysed once, and the work per cue is bounded by fixed token windows.
 */
import type { Actor, Evidence, Graph, Relation, Source } from '../domain/types';
import { SCHEMA_VERSION } from '../domain/types';
import type { CueIndex } from './cues';
import { compileCues } from './cues';
import { defaultLexicon } from './defaultLexicon';
import { discoverActors } from './discover';
import type { Lexicon } from './lexicon';
import type { Discourse } from './discourse';
import { namedLists } from './groupReference';
import type { Candidate } from './candidates';
import type { SentenceActors } from './roles';
import { analyseSentence } from './roles';
import type { PairModel } from './pairModel';
import { defaultPairModel, modelCandidates } from './pairModel';
import type { Sentence } from '../domain/sentences';
import { segmentSentences } from '../domain/sentences';
import { isIsoDate } from '../domain/checks';
import { slugify } from '../domain/ids';
import { canonicalText, defaultTitle, hashText } from './text';
import { tokenize } from './tokenize';
import { relationKey } from '../domain/merge';
import { isDirected, RELATION_TYPES } from './vocabulary';

export interface ExtractMeta {
  /** Source id; by default a slug of the title plus a hash of the text. */
  readonly id?: string;
  /** By default the first line of the text, or its first sentence when the line is long (`defaultTitle`). */
  readonly title?: string;
  readonly author?: string;
  readonly publisher?: string;
  /** YYYY-MM-DD; by default today's date (UTC). */
  readonly published?: string;
  readonly url?: string;
}

export interface ExtractOptions {
  /** Actor lexicon; the one in data/lexicon/ by default. */
  readonly lexicon?: Lexicon;
  /** Cue lexicon; the one in cues/ by default. */
  readonly cues?: CueIndex;
  /** Evidence below this confidence is dropped. Default 0.3. */
  readonly minConfidence?: number;
  /** The pair model that adds pairs the rules left out (the shipped one by default); false for the rules alone. */
  readonly pairModel?: PairModel | false;
  /** Called with (sentences done, sentences in total) every `progressEvery` sentences and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.3;

let sharedCues: CueIndex | undefined;
function defaultCues(): CueIndex {
  sharedCues ??= compileCues();
  return sharedCues;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The Source record for a text: canonical text, metadata with defaults, marked automatic. */
export function makeSource(text: string, meta: ExtractMeta = {}): Source {
  const canonical = canonicalText(text);
  const title = meta.title?.trim() || defaultTitle(canonical);
  const published = meta.published && isIsoDate(meta.published) ? meta.published : today();
  const id =
    meta.id ??
    `${slugify(title).slice(0, 40).replace(/-+$/, '') || 'article'}-${hashText(canonical).slice(0, 8)}`;
  return {
    id,
    title,
    author: meta.author ?? '',
    publisher: meta.publisher ?? '',
    published,
    text: canonical,
    ...(meta.url ? { url: meta.url } : {}),
    automatic: true,
  };
}

/** Every candidate relation in a canonical text, before thresholds and grouping. */
export function analyseText(
  text: string,
  options: Pick<ExtractOptions, 'lexicon' | 'cues' | 'onProgress' | 'progressEvery'> = {},
): Candidate[] {
  return analyseDocument(text, options).candidates;
}

/** A document as the rules read it: what `analyseDocument` returns. */
export interface DocumentReading {
  readonly sentences: readonly Sentence[];
  readonly candidates: Candidate[];
  /** The given lexicon plus the document's own actors. */
  readonly lexicon: Lexicon;
  /** Per sentence, the actors it names or resolves an anaphor to. */
  readonly actors: readonly SentenceActors[];
}

/** The candidates, and the lexicon they were read with: the given one plus the document's own actors. */
export function analyseDocument(
  text: string,
  options: Pick<ExtractOptions, 'lexicon' | 'cues' | 'onProgress' | 'progressEvery'>,
): DocumentReading {
  const sentences = segmentSentences(text);
  // Each sentence is tokenized once, for discovery, group lists and the reading alike.
  const tokens = sentences.map((sentence) => tokenize(text, sentence.start, sentence.end));
  const { lexicon } = discoverActors(text, options.lexicon ?? defaultLexicon(), sentences, tokens);
  const cues = options.cues ?? defaultCues();
  const discourse: Discourse = { lists: namedLists(text, sentences, lexicon, tokens) };
  const every = Math.max(1, options.progressEvery ?? 500);
  const candidates: Candidate[] = [];
  const actors: SentenceActors[] = [];
  sentences.forEach((sentence, index) => {
    const named: SentenceActors = { named: new Map(), resolved: new Set(), cues: [], reported: false };
    actors.push(named);
    const input = { text, sentence, tokens: tokens[index], lexicon, cues, discourse, actors: named };
    for (const candidate of analyseSentence(input)) candidates.push(candidate);
    if (options.onProgress && ((index + 1) % every === 0 || index + 1 === sentences.length)) {
      options.onProgress(index + 1, sentences.length);
    }
  });
  if (options.onProgress && sentences.length === 0) options.onProgress(0, 0);
  return { sentences, candidates, lexicon, actors };
}

function toEvidence(candidate: Candidate, source: Source): Evidence {
  const { start, end } = candidate.sentence;
  return {
    sourceId: source.id,
    start,
    end,
    quote: source.text.slice(start, end),
    ...(candidate.negated ? { negated: true } : {}),
    confidence: candidate.confidence,
    cue: candidate.cue,
    rule: candidate.rule,
    flags: candidate.flags,
    spans: { cue: candidate.spans.cue, source: candidate.spans.source, target: candidate.spans.target },
  };
}

/** The Actor records for a set of ids, with the states persons are affiliated to. */
export function actorsFor(ids: Iterable<string>, lexicon: Lexicon): Actor[] {
  const wanted = new Set<string>();
  const add = (id: string): void => {
    if (wanted.has(id)) return;
    wanted.add(id);
    const affiliation = lexicon.actors.get(id)?.affiliation;
    if (affiliation) add(affiliation);
  };
  for (const id of ids) add(id);
  const actors: Actor[] = [];
  for (const id of [...wanted].sort()) {
    const entry = lexicon.actors.get(id);
    if (!entry) continue;
    const aliases = [
      ...new Set(
        entry.aliases
          .filter((alias) => alias.type !== 'alt' && alias.text !== entry.label)
          .map((alias) => alias.text),
      ),
    ];
    actors.push({
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      aliases,
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.affiliation && lexicon.actors.has(entry.affiliation)
        ? { affiliation: entry.affiliation }
        : {}),
      ...(entry.discovered ? { discovered: true } : {}),
    });
  }
  return actors;
}

/** What grouping needs of one reading of a relation in a sentence, by the rules or a model. */
export interface RelationReading {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** Where it was read: readings at the same place keep only the most confident. */
  readonly at: string;
  readonly confidence: number;
}

/**
 * Readings grouped into relations: one per (source, target, type), the two actors of an undirected
 * type in a fixed order; one evidence per place, the most confident (the first of equals); evidence and
 * relations in text order. `swapped` tells `toEvidence` the actors were put the other way round.
 */
/** localeCompare's own order, with one collator made once rather than one per comparison. */
const byId = new Intl.Collator();

export function groupRelations<T>(
  items: readonly T[],
  read: (item: T) => RelationReading,
  toEvidence: (item: T, swapped: boolean) => Evidence,
): Relation[] {
  interface Held {
    readonly item: T;
    readonly confidence: number;
    readonly swapped: boolean;
  }
  const byRelation = new Map<
    string,
    { source: string; target: string; type: string; best: Map<string, Held> }
  >();
  for (const item of items) {
    const r = read(item);
    const directed = isDirected(r.type);
    const id = relationKey(r.source, r.target, r.type, directed);
    const swapped = !directed && r.target < r.source;
    let entry = byRelation.get(id);
    if (!entry) {
      const [source, target] = swapped ? [r.target, r.source] : [r.source, r.target];
      entry = { source, target, type: r.type, best: new Map() };
      byRelation.set(id, entry);
    }
    const held = entry.best.get(r.at);
    if (!held || r.confidence > held.confidence)
      entry.best.set(r.at, { item, confidence: r.confidence, swapped });
  }
  const relations: Relation[] = [...byRelation].map(([id, entry]) => ({
    id,
    source: entry.source,
    target: entry.target,
    type: entry.type,
    evidence: [...entry.best.values()]
      .map((held) => toEvidence(held.item, held.swapped))
      .sort((a, b) => a.start - b.start || Number(a.negated ?? false) - Number(b.negated ?? false)),
    automatic: true,
  }));
  return relations.sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || byId.compare(a.id, b.id),
  );
}

/** Group candidates into relations: one evidence per sentence and negation (the most confident), text order. */
export function relationsFrom(
  candidates: readonly Candidate[],
  source: Source,
  minConfidence: number,
): Relation[] {
  return groupRelations(
    candidates.filter((c) => c.confidence >= minConfidence),
    (c) => ({ ...c, at: `${c.sentence.start}:${c.negated ? 'n' : 'p'}` }),
    (c) => toEvidence(c, source),
  );
}

/**
 * Extract an actor graph from one article. `text` is canonicalised first (NFC, LF); the returned
 * source holds that canonical text and every evidence offset points into it.
 */
export function extract(text: string, meta: ExtractMeta = {}, options: ExtractOptions = {}): Graph {
  const source = makeSource(text, meta);
  const reading = analyseDocument(source.text, options);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const model = options.pairModel ?? defaultPairModel();
  const added = model ? modelCandidates({ text: source.text, ...reading }, minConfidence, model) : [];
  const relations = relationsFrom([...reading.candidates, ...added], source, minConfidence);
  const { lexicon } = reading;
  return graphOf(source, relations, lexicon);
}

/** One article's graph: its source, its relations and the actors they join, with the full vocabulary. */
export function graphOf(source: Source, relations: Relation[], lexicon: Lexicon): Graph {
  const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [source],
    actors: actorsFor(ids, lexicon),
    relationTypes: RELATION_TYPES,
    relations,
  };
}
