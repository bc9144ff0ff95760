/**
 * The shape of a Graph (src/domain/types.ts) as a zod schema. Objects are loose: fields this version
 * does not know are kept, because the contract lets files add fields freely. Only the shape of each
 * value is checked here; rules that relate values to each other (ids, references, quotes) live in
 * validateGraph.ts.
 */
import { z } from './zod';
import type { Actor, Evidence, Graph, Relation, RelationType, Source } from '../domain/types';
import { ACTOR_KINDS, EVIDENCE_STATUSES, POLARITIES, QUADS, SCHEMA_VERSION } from '../domain/types';
import { isIsoDate, isWebUrl } from '../domain/checks';
import { readRuleName } from '../domain/ruleName';
import { describeValue } from './describe';

const id = z.string().check(z.minLength(1));
const label = z.string().check(z.minLength(1));
const offset = z.int().check(z.gte(0));
const span = z.tuple([offset, offset]);

const date = z.string().check(
  z.refine(isIsoDate, {
    error: (issue) =>
      `expected a date written YYYY-MM-DD (for example 2024-03-01), got ${describeValue(issue.input)}`,
  }),
);
const country = z.string().check(
  z.refine((value) => /^[A-Z]{3}$/.test(value), {
    error: (issue) =>
      `expected an ISO 3166-1 alpha-3 country code in capitals (for example "USA"), got ${describeValue(issue.input)}`,
  }),
);
const webUrl = z.string().check(
  z.refine(isWebUrl, {
    error: (issue) => `expected an http:// or https:// address, got ${describeValue(issue.input)}`,
  }),
);

const attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const colour = z.string().check(
  z.refine((value) => /^#[0-9a-fA-F]{6}$/.test(value), {
    error: (issue) => `expected a colour written #rrggbb, got ${describeValue(issue.input)}`,
  }),
);
export const finite = z.number().check(z.refine(Number.isFinite, { error: 'expected a finite number' }));
/** A point in model coordinates: an actor's position, a story's saved camera. */
export const pointSchema = z.object({ x: finite, y: finite });

// Each shape names every field of its type, no more and no fewer (checked by `satisfies`).
type Shape<T> = { readonly [K in keyof T]-?: z.ZodMiniType };

export const sourceSchema = z.looseObject({
  id,
  title: label,
  author: z.string(),
  publisher: z.string(),
  published: date,
  text: z.string(),
  url: z.optional(webUrl),
  automatic: z.optional(z.boolean()),
} satisfies Shape<Source>);

export const actorSchema = z.looseObject({
  id,
  label,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(label),
  country: z.optional(country),
  affiliation: z.optional(id),
  attributes: z.optional(attributes),
  position: z.optional(pointSchema),
  color: z.optional(colour),
  discovered: z.optional(z.boolean()),
} satisfies Shape<Actor>);

export const relationTypeSchema = z.looseObject({
  id,
  label,
  directed: z.boolean(),
  polarity: z.enum(POLARITIES),
  quad: z.optional(z.literal(QUADS)),
  cameo: z.array(label),
  plover: z.string(),
} satisfies Shape<RelationType>);

export const evidenceSchema = z.looseObject({
  sourceId: id,
  start: offset,
  end: offset,
  quote: z.string().check(z.minLength(1)),
  negated: z.optional(z.boolean()),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  cue: z.optional(z.string()),
  // Any string: a rule name of another version of the extractor is kept as read (readRuleName).
  rule: z.optional(z.pipe(z.string(), z.transform(readRuleName))),
  extractor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  flags: z.optional(z.array(z.string())),
  spans: z.optional(
    z.looseObject({ cue: z.optional(span), source: z.optional(span), target: z.optional(span) }),
  ),
  anchor: z.optional(z.enum(['exact', 'reanchored', 'orphaned'])),
  status: z.optional(z.enum(EVIDENCE_STATUSES)),
  date: z.optional(date),
} satisfies Shape<Evidence>);

export const relationSchema = z.looseObject({
  id,
  source: id,
  target: id,
  type: id,
  evidence: z.array(evidenceSchema),
  automatic: z.optional(z.boolean()),
  note: z.optional(z.string()),
  attributes: z.optional(attributes),
} satisfies Shape<Relation>);

export const graphSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  relationTypes: z.array(relationTypeSchema),
  relations: z.array(relationSchema),
  // Read by the Actorgraph JSON reader (formats/actorgraphJson.ts), which loads on demand.
  stories: z.optional(z.unknown()),
} satisfies Shape<Graph>);
