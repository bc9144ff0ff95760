/**
 * The Actorgraph data model. These names are a public contract (data/graph.json and every
 * export use them): add fields freely, rename none.
 */
import type { Stories } from './story';

import type { EvidenceRule } from './ruleName';

export const SCHEMA_VERSION = 1 as const;

/** 'unknown' is for actors read from a foreign graph file that names no kind. */
export const ACTOR_KINDS = ['person', 'state', 'organization', 'bloc', 'group', 'unknown'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** 'unknown' is for relation types read from a foreign graph file (its own labels, no PLOVER class). */
export const POLARITIES = ['cooperation', 'conflict', 'unknown'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUADS = [1, 2, 3, 4] as const;
export type Quad = (typeof QUADS)[number];

export const QUAD_LABELS: Readonly<Record<Quad, string>> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

/** Attribute values a foreign graph file carried on a node or edge, kept and written back on export. */
export type AttributeValue = string | number | boolean;
export type Attributes = Readonly<Record<string, AttributeValue>>;

/**
 * Where an evidence sentence came from: picked by hand (`curated`), found by the extractor and not yet
 * reviewed (`extracted`), reviewed (`accepted`, `rejected`), or read from a file the user opened
 * (`imported`). Absent: `extracted` when the evidence has an extractor confidence, else `curated`.
 */
export const EVIDENCE_STATUSES = ['curated', 'extracted', 'accepted', 'rejected', 'imported'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** A document whose canonical text (NFC, LF) evidence offsets point into. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string;
  readonly text: string;
  readonly url?: string;
  /** True for sources the user added; curated sources leave it out. */
  readonly automatic?: boolean;
}

export interface Actor {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  /** Other ways the text names this actor ("Beijing", "the Kremlin"). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-3 code where the actor has one. */
  readonly country?: string;
  /** For persons: the id of the state or organisation they lead or belong to. */
  readonly affiliation?: string;
  /** Fields of a foreign graph file's node that have no place above. */
  readonly attributes?: Attributes;
  /** The file's own layout position, used when the user asks for it. */
  readonly position?: { readonly x: number; readonly y: number };
  /** The file's own colour (#rrggbb). */
  readonly color?: string;
  /** Found in the article (a titled name, an acronym), not in the lexicon: a reader should check it. */
  readonly discovered?: boolean;
}

export interface RelationType {
  readonly id: string;
  readonly label: string;
  /** Symmetric types (allies with, negotiates with) have no arrow. */
  readonly directed: boolean;
  readonly polarity: Polarity;
  /** Absent for types read from a foreign file: they have no PLOVER class and go in the "Other" group. */
  readonly quad?: Quad;
  readonly cameo: readonly string[];
  readonly plover: string;
}

/** One sentence that supports a relation: `quote === source.text.slice(start, end)` (UTF-16 offsets). */
export interface Evidence {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** The sentence says the relation did not happen; a relation with only such evidence is drawn dashed. */
  readonly negated?: boolean;
  /** Set by the extractor; curated evidence leaves these out. */
  readonly confidence?: number;
  readonly cue?: string;
  /** The extractor rule that read it (src/domain/rules.ts); a file may carry names of other versions. */
  readonly rule?: EvidenceRule;
  /** What found it when not the rules: `llm:<model>` for a language model's proposal the guard kept. */
  readonly extractor?: string;
  readonly flags?: readonly string[];
  /** Sub-spans (absolute offsets) of the cue and both actor mentions, for highlighting. */
  readonly spans?: {
    readonly cue?: readonly [number, number];
    readonly source?: readonly [number, number];
    readonly target?: readonly [number, number];
  };
  /** Where integrity checking left this evidence on load. Absent means exact. */
  readonly anchor?: 'exact' | 'reanchored' | 'orphaned';
  /** Review state; see EvidenceStatus for what its absence means. */
  readonly status?: EvidenceStatus;
  /** When the sentence's event happened, YYYY-MM-DD; absent: its source's `published` date. */
  readonly date?: string;
}

export interface Relation {
  readonly id: string;
  /** Actor ids. For symmetric types the order carries no meaning. */
  readonly source: string;
  readonly target: string;
  /** A RelationType id. */
  readonly type: string;
  /** Empty for an unsupported relation: one read from a graph file that cites no sentence for it. */
  readonly evidence: readonly Evidence[];
  /** True when produced by the extractor rather than curated by hand. */
  readonly automatic?: boolean;
  /** The analyst's free-text note. */
  readonly note?: string;
  /** Fields of a foreign graph file's edge that have no place above. */
  readonly attributes?: Attributes;
}

export interface Graph {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly relationTypes: readonly RelationType[];
  readonly relations: readonly Relation[];
  /** Storylines of saved views (src/domain/story.ts), when the file carries them. */
  readonly stories?: Stories;
}
