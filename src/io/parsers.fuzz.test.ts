/**
 * Fuzzing every reader of untrusted input: random bytes, random text, token soup and mutated real
 * files. Whatever comes in, a reader returns (never throws) either a graph that passes validation or
 * a non-empty list of problems, each with a place and a message. 1,000 runs per reader.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Graph } from '../domain/types';
import { minimalGraph } from './fixtures/minimalGraph';
import { XSS_VECTORS, xssGraph } from './fixtures/corpus/xssPayloads';
import type { ExportFormat } from './formats/index';
import { exportGraph, importFile, importText } from './formats/index';
import { parseJsonText } from './jsonText';
import { parsePermalink } from './permalink';
import { readPreferences } from './preferences';
import type { ParseResult } from './problems';
import { validateGraph } from './validateGraph';
import { validateGraphText } from './validateGraphText';
import { decodeWorkspace, encodeWorkspace } from './workspaceCodec';

// FUZZ_RUNS=20000 npx vitest run parsers.fuzz digs deeper locally; npm test keeps 1,000 per property.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) };
// A few seconds per property here; slower machines get room.
vi.setConfig({ testTimeout: 60 * RUNS.numRuns });
const PROTO = Symbol('own __proto__ field');
const encoder = new TextEncoder();

const EMPTY: Graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] };
// Small graphs keep each run quick; the payload graph brings every kind of markup character.
const GRAPHS: readonly Graph[] = [minimalGraph() as Graph, xssGraph(), EMPTY];
const FORMATS = [
  ['actorgraph-json', 'json'],
  ['cytoscape-json', 'cyjs'],
  ['graphml', 'graphml'],
  ['gexf', 'gexf'],
] as const satisfies readonly (readonly [ExportFormat, string])[];

/** A result is a valid graph, or problems that each say where and what. */
function expectTyped<T>(result: ParseResult<T>, check: (value: T) => void = () => undefined): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(Array.isArray(result.warnings)).toBe(true);
    check(result.value);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** What an import accepts must pass the strict validator on its own. */
const isValidGraph = (graph: Graph): void => {
  const again = validateGraph(graph);
  if (!again.ok) throw new Error(`accepted an invalid graph: ${JSON.stringify(again.problems.slice(0, 3))}`);
};

// ---------------------------------------------------------------------------------------------
// Inputs

/** Pieces of JSON, XML and the formats' own vocabulary, to reach deeper than random characters. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '<',
  '>',
  '/>',
  '</',
  '=',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&lol;',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY lol "lol">]>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '\\u',
  '\\ud800',
  '\\',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\uFEFF',
  '\uD800',
  'é',
  '🎉',
  'graphml',
  'gexf',
  'graph',
  'node',
  'edge',
  'nodes',
  'edges',
  'key',
  'data',
  'attvalue',
  'id',
  'source',
  'target',
  'label',
  'kind',
  '"schemaVersion"',
  '"sources"',
  '"actors"',
  '"relationTypes"',
  '"relations"',
  '"evidence"',
  '"elements"',
  '"data"',
  '"quote"',
  '"start"',
  '"end"',
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '1',
  '0',
  '-1',
  '1e400',
  'true',
  'null',
  '"state"',
  '"r1"',
  'for="node"',
  'attr.name="label"',
  'edgedefault="directed"',
  'evidence_json',
  'sources_json',
  'relation_types_json',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

/** A text changed in one to four places: flipped, cut, repeated, swapped or spliced with tokens. */
function mutated(text: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: Math.max(0, text.length) });
  const edit = fc.oneof(
    fc.tuple(fc.constant('cut' as const), at, fc.nat({ max: 200 })),
    fc.tuple(fc.constant('insert' as const), at, fc.oneof(fc.constantFrom(...TOKENS), fc.string())),
    fc.tuple(fc.constant('repeat' as const), at, fc.nat({ max: 200 })),
    fc.tuple(fc.constant('truncate' as const), at, fc.constant(0)),
    fc.tuple(fc.constant('swap' as const), at, at),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let out = text;
    for (const [kind, a, b] of edits) {
      const i = Math.min(a, out.length);
      if (kind === 'cut') out = out.slice(0, i) + out.slice(i + b);
      else if (kind === 'insert') out = out.slice(0, i) + String(b) + out.slice(i);
      else if (kind === 'repeat') out = out.slice(0, i + b) + out.slice(i, i + b) + out.slice(i + b);
      else if (kind === 'truncate') out = out.slice(0, i);
      else {
        const j = Math.min(Number(b), out.length);
        const [lo, hi] = i < j ? [i, j] : [j, i];
        out = out.slice(hi) + out.slice(lo, hi) + out.slice(0, lo);
      }
    }
    return out;
  });
}

/** Bytes with a few flipped, so encodings break in the middle of characters too. */
const flippedBytes = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc
    .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((flips) => {
      const copy = bytes.slice();
      for (const [i, value] of flips) copy[i] = value;
      return copy;
    });

const exportedAs = (format: ExportFormat): fc.Arbitrary<string> =>
  fc.constantFrom(...GRAPHS.map((graph) => exportGraph(graph, format).data as string));

/** Anything a JavaScript value can be, including the awkward ones. */
const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withUnicodeString: true,
  maxDepth: 4,
});

const isPlain = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' &&
  node !== null &&
  (Array.isArray(node) || Object.getPrototypeOf(node) === Object.prototype);

/** A valid graph with a few values somewhere replaced, removed or hidden behind a "__proto__" key. */
function damagedGraph(): fc.Arbitrary<unknown> {
  const change = fc.oneof(anything, fc.constant(undefined), fc.constant(PROTO));
  return fc
    .tuple(fc.constantFrom(...GRAPHS), fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 }))
    .map(([graph, changes]) => {
      const copy = JSON.parse(JSON.stringify(graph)) as unknown;
      for (const [pick, value] of changes) {
        const slots: { parent: Record<string, unknown>; key: string }[] = [];
        const walk = (node: unknown) => {
          if (!isPlain(node)) return;
          for (const key of Object.keys(node)) {
            slots.push({ parent: node, key });
            walk(node[key]);
          }
        };
        walk(copy);
        const slot = slots[pick % Math.max(1, slots.length)];
        if (!slot) continue;
        if (value === undefined) delete slot.parent[slot.key];
        else if (value === PROTO) {
          // An own "__proto__" field, as JSON.parse makes one, whose object carries a required field.
          Object.defineProperty(slot.parent, '__proto__', {
            value: { kind: 'state', id: 'x', [slot.key]: slot.parent[slot.key] },
            enumerable: true,
            configurable: true,
            writable: true,
          });
          delete slot.parent[slot.key];
        } else slot.parent[slot.key] = value;
      }
      return copy;
    });
}

/** JSON text of any value; what JSON cannot hold (BigInt, cycles) becomes a string. */
const jsonText = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null';
  } catch {
    return String(value);
  }
};

// ---------------------------------------------------------------------------------------------
// Properties

describe.each(FORMATS)('importFile, %s', (format, extension) => {
  const name = `fuzz.${extension}`;
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) =>
        expectTyped(importFile(name, bytes), isValidGraph),
      ),
      RUNS,
    );
  });

  it('random text and token soup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), tokenSoup), (text) =>
        expectTyped(importFile(name, encoder.encode(text)), isValidGraph),
      ),
      RUNS,
    );
  });

  it('mutated exports', () => {
    fc.assert(
      fc.property(exportedAs(format).chain(mutated), (text) =>
        expectTyped(importFile(name, encoder.encode(text)), isValidGraph),
      ),
      RUNS,
    );
  });

  it('exports with flipped bytes', () => {
    const files = GRAPHS.map((graph) => encoder.encode(exportGraph(graph, format).data as string));
    fc.assert(
      fc.property(fc.constantFrom(...files).chain(flippedBytes), (bytes) =>
        expectTyped(importFile(name, bytes), isValidGraph),
      ),
      RUNS,
    );
  });
});

describe('importText and the JSON readers', () => {
  it('importText with any name and any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.oneof(fc.string({ unit: 'binary' }), tokenSoup),
        (name, text) => expectTyped(importText(name, text), isValidGraph),
      ),
      RUNS,
    );
  });

  it('parseJsonText never throws and agrees with JSON.parse on what is JSON', () => {
    const limits = { maxBytes: 1_000_000, maxDepth: 64 };
    fc.assert(
      fc.property(fc.oneof(tokenSoup, fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseJsonText(text, 'f.json', limits);
        expectTyped(result);
        let parses = true;
        try {
          JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch {
          parses = false;
        }
        if (!parses) expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('validateGraphText: random, mutated and damaged graph text', () => {
    const text = fc.oneof(
      tokenSoup,
      exportedAs('actorgraph-json').chain(mutated),
      damagedGraph().map(jsonText),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('strict' as const, 'repairable' as const), (input, anchors) => {
        const result = validateGraphText(input, 'g.json', { anchors });
        expectTyped(result, (graph) => expect(validateGraph(graph, { anchors }).ok).toBe(true));
      }),
      RUNS,
    );
  });

  it('validateGraph: any value at all, and graphs with one part damaged', () => {
    fc.assert(
      fc.property(fc.oneof(anything, damagedGraph()), (value) =>
        expectTyped(validateGraph(value), isValidGraph),
      ),
      RUNS,
    );
  });
});

describe('decodeWorkspace (data read back from storage)', () => {
  const workspaces = fc.oneof(
    anything,
    fc.record({ version: fc.oneof(fc.constant(1), anything), base: anything, articles: anything }),
    fc.record({
      version: fc.constant(1),
      base: fc.oneof(
        fc.constant({ kind: 'seed' }),
        fc.record({ kind: fc.constant('imported'), fileName: fc.string(), graph: damagedGraph() }),
      ),
      articles: fc.array(
        fc.record({ id: fc.string(), addedAt: fc.string(), graph: fc.oneof(damagedGraph(), anything) }),
        {
          maxLength: 3,
        },
      ),
    }),
    fc
      .constantFrom(...GRAPHS)
      .map((graph) =>
        encodeWorkspace({ base: { kind: 'imported', fileName: 'x.json', graph }, articles: [], edits: [] }),
      ),
  );

  it('never throws, and what it returns holds graphs that validate', () => {
    fc.assert(
      fc.property(workspaces, (data) =>
        expectTyped(decodeWorkspace(data), (workspace) => {
          const graphs = [
            ...(workspace.base.kind === 'imported' ? [workspace.base.graph] : []),
            ...workspace.articles.map((a) => a.graph),
          ];
          for (const graph of graphs) expect(validateGraph(graph, { anchors: 'repairable' }).ok).toBe(true);
        }),
      ),
      RUNS,
    );
  });
});

describe('the small readers: URL hash and stored preferences', () => {
  // permalink.test.ts fuzzes the hash decoder on its own; here it also meets script payloads.
  const hashPiece = fc.oneof(
    fc.constantFrom(...XSS_VECTORS),
    fc.constantFrom(
      'focus=',
      'relation=',
      'hideTypes=',
      'depth=',
      'layout=',
      '&',
      '=',
      ',',
      '%',
      '%E0%A4%A',
      '#',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  it('parsePermalink with payloads, encoded or not', () => {
    fc.assert(
      fc.property(fc.array(hashPiece, { maxLength: 12 }), fc.boolean(), (pieces, encode) => {
        const hash = pieces.map((p) => (encode ? encodeURIComponent(p) : p)).join('');
        expectTyped(parsePermalink(hash));
      }),
      RUNS,
    );
  });

  it('readPreferences with anything stored, and with storage that throws', () => {
    const stored = fc.oneof(fc.json(), fc.string({ unit: 'binary' }), tokenSoup, anything.map(jsonText));
    fc.assert(
      fc.property(stored, fc.boolean(), (text, throws) => {
        const storage = {
          getItem: () => {
            if (throws) throw new DOMException('denied', 'SecurityError');
            return text;
          },
          setItem: () => undefined,
        };
        const prefs = readPreferences(storage);
        expect(['system', 'light', 'dark']).toContain(prefs.theme);
        expect(typeof prefs.mergeParallel).toBe('boolean');
        expect(typeof prefs.layout).toBe('string');
      }),
      RUNS,
    );
  });
});
