/**
 * Random valid graphs for property tests of the formats. Strings mix what breaks writers: XML
 * specials, CDATA and entity look-alikes, line breaks and tabs, leading and trailing spaces, accents,
 * CJK, right-to-left text, emoji (astral, ZWJ sequences, flags). Source texts also carry characters
 * XML cannot hold at all (U+0007, U+FFFF), which travel inside JSON escapes. Evidence offsets fall on
 * code point boundaries and the quote is always the slice they point at. Graphs also hold what files
 * from other tools bring: attributes (named like the formats' own fields too), positions, colours,
 * relations without evidence, self-loops and relation types without a quad class.
 */
import fc from 'fast-check';
import type {
  Actor,
  ActorKind,
  Attributes,
  Evidence,
  Graph,
  Polarity,
  Quad,
  Relation,
  RelationType,
  Source,
} from '../../domain/types';
import { ACTOR_KINDS, EVIDENCE_STATUSES, QUADS } from '../../domain/types';
import type { EvidenceRule } from '../../domain/rules';
import { readRuleName } from '../../domain/ruleName';

/** Pieces that strings are built from; each is NFC on its own. */
export const TRICKY_PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  '&#10;',
  ']]>',
  '<!--',
  '\n',
  '\t',
  'é',
  'ß',
  '中国',
  'Россия',
  'مرحبا',
  '“no limits”',
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  '𝔸',
  '\u00a0',
  '\u2028',
] as const;

/** Only in source texts: characters XML forbids, and a carriage-return-free control. */
const TEXT_ONLY_PIECES = ['\u0007', '\uffff', '\u0000'] as const;

const piece = fc.constantFrom(...TRICKY_PIECES);
const textPiece = fc.oneof(
  { weight: 12, arbitrary: piece },
  { weight: 1, arbitrary: fc.constantFrom(...TEXT_ONLY_PIECES) },
);

/** A non-empty string of tricky pieces. */
export const trickyString = (maxPieces = 8): fc.Arbitrary<string> =>
  fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join('').normalize('NFC'));

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });

/** Removes undefined-valued fields, as a JSON round trip would. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc
    .record({
      title: trickyString(),
      author: fc.oneof(fc.constant(''), trickyString(4)),
      publisher: trickyString(4),
      published: isoDate,
      text: fc
        .array(textPiece, { minLength: 1, maxLength: 120 })
        .map((parts) => parts.join('').normalize('NFC').replace(/\r/g, '')),
      url: optional(
        fc.constantFrom('https://example.org/a?b=1&c=2', 'http://example.com/news/“x”', 'https://例子.测试/'),
      ),
      automatic: optional(fc.constant(true)),
    })
    .map((s) => clean({ id, ...s }));

/** A type read from another tool's file: its own label, no quad class, polarity unknown. */
const foreignTypeArb = (id: string): fc.Arbitrary<RelationType> =>
  fc
    .record({ label: trickyString(4), directed: fc.boolean() })
    .map((rest) => ({ id, ...rest, polarity: 'unknown' as const, cameo: [], plover: '' }));

/** Names of the formats' own fields and of escaped ones, which attributes must not be mistaken for. */
const FIELD_NAMES = [
  'kind',
  'Label',
  'type',
  'weight',
  'x',
  'color',
  'interaction',
  'Edge Label',
  'attr:kind',
  'attr:x1',
];

const attributeName = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 1, arbitrary: trickyString(3) },
);

const attributeValue = fc.oneof(
  trickyString(4),
  fc.constant(''),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
);

/** Attributes as files from other tools bring them; "__proto__" is no field name any format keeps. */
const attributesArb: fc.Arbitrary<Attributes> = fc
  .dictionary(attributeName, attributeValue, { minKeys: 1, maxKeys: 4 })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== '__proto__')));

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((n) => !Object.is(n, -0));

const relationTypeArb = (id: string): fc.Arbitrary<RelationType> =>
  fc
    .record({
      label: trickyString(4),
      directed: fc.boolean(),
      quad: fc.constantFrom(...QUADS),
      cameo: fc.array(fc.stringMatching(/^\d{2,3}$/), { maxLength: 3 }),
      plover: fc.oneof(fc.constant(''), fc.constantFrom('SUPPORT', 'ACCUSE:allege', 'COOPERATE [military]')),
    })
    .map(({ quad, ...rest }) => {
      const polarity: Polarity = quad <= 2 ? 'cooperation' : 'conflict';
      return { id, ...rest, polarity, quad: quad as Quad };
    });

/** Raw choices for one evidence; resolved against the generated sources. */
interface EvidenceChoice {
  readonly source: number;
  readonly a: number;
  readonly b: number;
  readonly negated: boolean | undefined;
  readonly confidence: number | undefined;
  readonly cue: string | undefined;
  readonly rule: EvidenceRule | undefined;
  readonly flags: string[] | undefined;
  readonly spans: boolean;
  readonly anchor: Evidence['anchor'] | undefined;
  readonly status: Evidence['status'] | undefined;
  readonly date: string | undefined;
}

const evidenceChoice: fc.Arbitrary<EvidenceChoice> = fc.record({
  source: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  negated: optional(fc.boolean()),
  confidence: optional(fc.double({ min: 0, max: 1, noNaN: true })),
  cue: optional(trickyString(3)),
  // Names no version of the extractor writes: a file may carry any string here.
  rule: optional(fc.constantFrom('cue:accuse', 'passive<>', 'r&d').map(readRuleName)),
  flags: optional(fc.array(fc.constantFrom('hedged', 'future', 'reported_speech'), { maxLength: 3 })),
  spans: fc.boolean(),
  anchor: optional(fc.constantFrom('exact' as const, 'reanchored' as const)),
  status: optional(fc.constantFrom(...EVIDENCE_STATUSES)),
  date: optional(fc.constantFrom('2024-02-29', '1999-12-31')),
});

/** UTF-16 offsets of every code point boundary of `text`, 0 and text.length included. */
export function codePointBoundaries(text: string): number[] {
  const out = [0];
  let offset = 0;
  for (const cp of text) {
    offset += cp.length;
    out.push(offset);
  }
  return out;
}

function resolveEvidence(choice: EvidenceChoice, sources: readonly Source[]): Evidence {
  const source = sources[choice.source % sources.length] as Source;
  const bounds = codePointBoundaries(source.text);
  const i = choice.a % (bounds.length - 1);
  const j = i + 1 + (choice.b % (bounds.length - 1 - i));
  const start = bounds[i] as number;
  const end = bounds[j] as number;
  const spans =
    choice.spans && j - i >= 2
      ? { cue: [start, bounds[i + 1] as number] as const, target: [bounds[j - 1] as number, end] as const }
      : undefined;
  return clean({
    sourceId: source.id,
    start,
    end,
    quote: source.text.slice(start, end),
    negated: choice.negated,
    confidence: choice.confidence,
    cue: choice.cue,
    rule: choice.rule,
    flags: choice.flags,
    spans,
    anchor: choice.anchor,
    status: choice.status,
    date: choice.date,
  });
}

interface RelationChoice {
  readonly id: string;
  readonly source: number;
  readonly target: number;
  readonly type: number;
  readonly evidence: EvidenceChoice[];
  readonly automatic: boolean | undefined;
  readonly note: string | undefined;
  readonly attributes: Attributes | undefined;
  readonly loop: boolean;
}

const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) },
  { weight: 1, arbitrary: trickyString(4) },
);

/** A random valid Graph. */
export const arbitraryGraph = (): fc.Arbitrary<Graph> =>
  fc
    .record({
      sourceIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
      actorIds: fc.uniqueArray(idArb, { minLength: 2, maxLength: 6 }),
      typeIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    })
    .chain(({ sourceIds, actorIds, typeIds }) =>
      fc.record({
        sources: fc.tuple(...sourceIds.map(sourceArb)),
        actors: fc.tuple(
          ...actorIds.map((id, index) =>
            fc
              .record({
                label: trickyString(5),
                kind: fc.constantFrom<ActorKind>(...ACTOR_KINDS),
                aliases: fc.array(trickyString(4), { maxLength: 3 }),
                country: optional(fc.stringMatching(/^[A-Z]{3}$/)),
                affiliation: optional(fc.nat()),
                attributes: optional(attributesArb),
                position: optional(fc.tuple(coordinate, coordinate).map(([x, y]) => ({ x, y }))),
                color: optional(fc.stringMatching(/^#[0-9a-f]{6}$/)),
              })
              .map(({ affiliation, ...rest }): Actor => {
                const other =
                  affiliation === undefined
                    ? undefined
                    : actorIds[(index + 1 + (affiliation % (actorIds.length - 1))) % actorIds.length];
                return clean({ id, ...rest, affiliation: other });
              }),
          ),
        ),
        relationTypes: fc.tuple(
          ...typeIds.map((id) =>
            fc.oneof(
              { weight: 3, arbitrary: relationTypeArb(id) },
              { weight: 1, arbitrary: foreignTypeArb(id) },
            ),
          ),
        ),
        relations: fc.uniqueArray(
          fc.record({
            id: idArb,
            source: fc.nat(),
            target: fc.nat(),
            type: fc.nat(),
            evidence: fc.array(evidenceChoice, { maxLength: 3 }),
            automatic: optional(fc.boolean()),
            note: optional(fc.oneof(trickyString(6), fc.constant(''))),
            attributes: optional(attributesArb),
            loop: fc.nat({ max: 9 }).map((n) => n === 0),
          }),
          { selector: (r: RelationChoice) => r.id, maxLength: 8 },
        ),
      }),
    )
    .map(({ sources, actors, relationTypes, relations }): Graph => {
      const resolved: Relation[] = relations.map((r) => {
        const s = r.source % actors.length;
        const t = r.loop ? s : (s + 1 + (r.target % (actors.length - 1))) % actors.length;
        return clean({
          id: r.id,
          source: (actors[s] as Actor).id,
          target: (actors[t] as Actor).id,
          type: (relationTypes[r.type % relationTypes.length] as RelationType).id,
          evidence: r.evidence.map((e) => resolveEvidence(e, sources)),
          automatic: r.automatic,
          note: r.note,
          attributes: r.attributes,
        });
      });
      return { schemaVersion: 1, sources, actors, relationTypes, relations: resolved };
    });
