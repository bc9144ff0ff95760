/**
 * The hostile-input corpus (fixtures/corpus/): every `<case>.invalid.<ext>` is refused by importFile
 * with a message that names the file and says what is wrong, both strictly (the default, and
 * check:data) and the way the app opens a chosen or dropped file (repairable anchors, the open
 * graph's sources and relation types lent). In the app, evidence whose offsets or quote drifted is
 * not refused but re-anchored or orphaned, with a note saying so. Every `<case>.valid.<ext>` loads.
 * Inputs too big to commit are made here from bytes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../domain/types';
import { minimalGraph } from './fixtures/minimalGraph';
import { xssGraph, XSS_VECTORS } from './fixtures/corpus/xssPayloads';
import graphJson from '../../data/graph.json';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph, importFile, importText } from './formats/index';
import type { ImportOptions } from './formats/index';
import { repairEvidence } from './integrity';
import type { ParseResult } from './problems';
import { MAX_GRAPH_BYTES } from './validateGraph';
import { validateGraphText } from './validateGraphText';

const DIR = new URL('./fixtures/corpus/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const onDisk = readdirSync(DIR);

/** Each invalid file and a fragment of the message it must get. */
const INVALID: Readonly<Record<string, string>> = {
  // Not text, or not UTF-8 text
  'binary-png.invalid.json': 'the file is binary data, not text (byte 8 is a NUL byte)',
  'latin-1.invalid.json': 'the file is not UTF-8 text (byte 0xE9',
  'utf-16le-bom.invalid.json': 'the file is UTF-16 text; save it as UTF-8',
  'utf-16be-no-bom.invalid.graphml': 'looks like UTF-16 text (without a byte order mark)',
  // Malformed JSON
  'empty.invalid.json': 'the file is empty',
  'whitespace-only.invalid.json': 'the file is empty',
  'trailing-comma.invalid.json': "not valid JSON: a comma before '}'",
  'truncated.invalid.json': 'is never closed',
  'single-quotes.invalid.json': 'JSON strings use double quotes',
  'comments.invalid.json': 'neither JSON nor XML',
  'yaml.invalid.json': 'neither JSON nor XML',
  'deeply-nested.invalid.json': 'nests objects and lists more than 64 levels deep',
  'not-a-graph.invalid.json': 'expected a graph object with schemaVersion, sources, actors',
  'web-annotation.invalid.json': 'W3C Web Annotations are an export only',
  'number-overflow.invalid.json': 'expected a number, got the number Infinity',
  // Wrong types and missing fields
  'wrong-types.invalid.json': 'expected a string, got the number 42',
  'missing-field.invalid.json': 'required field "text" is missing',
  'missing-collections.invalid.json': 'required field "sources" is missing',
  'unknown-actor-kind.invalid.json': 'got the string "empire"',
  'bad-date.invalid.json': 'expected a date written YYYY-MM-DD',
  'empty-label.invalid.json': 'must not be empty',
  'confidence-out-of-range.invalid.json': 'expected a number ≤ 1, got the number 1.5',
  // Schema versions
  'schema-version-unknown.invalid.json': 'unsupported schemaVersion 2; this version reads 1',
  'schema-version-missing.invalid.json': 'required field "schemaVersion" is missing',
  'schema-version-string.invalid.json': 'expected 1, got the string "1"',
  // Ids and references
  'dangling-actor.invalid.json': 'no actor has the id "ukraine"',
  'dangling-source.invalid.json': 'no source has the id "s9"',
  'dangling-relation-type.invalid.json': 'no relation type has the id "invades"',
  'duplicate-actor-id.invalid.json': 'duplicate actor id "russia"',
  'duplicate-relation-id.invalid.json': 'duplicate relation id "r1"',
  'polarity-contradicts-quad.invalid.json': 'contradicts quad 3',
  // Evidence offsets and quotes
  'offset-out-of-range.invalid.json': 'runs past the end of source "s1"',
  'offset-reversed.invalid.json': 'end (81) must be greater than start (118)',
  'offset-negative.invalid.json': 'expected a number ≥ 0, got the number -3',
  'offset-fraction.invalid.json': 'expected a whole number, got the number 81.5',
  'quote-mismatch.invalid.json': 'the quote does not occur anywhere in that text',
  'quote-drifted.invalid.json': 'the quote occurs at [81, 118), so start should be 81',
  'span-outside-quote.invalid.json': 'lies outside the quote',
  // Hostile values
  'url-javascript.invalid.json': 'expected an http:// or https:// address, got the string "javascript:',
  'url-data-html.invalid.json': 'expected an http:// or https:// address, got the string "data:text/html',
  'proto-pollution.invalid.json': 'required field "schemaVersion" is missing',
  'constructor-prototype.invalid.json': 'required field "sources" is missing',
  'proto-smuggled-field.invalid.cyjs': 'required field "kind" is missing',
  // Cytoscape JSON
  'edge-without-type.invalid.cyjs': 'no relation type: give the edge a "type"',
  'dangling-edge.invalid.cyjs': 'no actor has the id "moscow"',
  'elements-not-a-list.invalid.cyjs': 'expected Cytoscape elements',
  'neither-format.invalid.cyjs': 'neither an Actorgraph graph nor Cytoscape elements',
  'unknown-relation-type.invalid.cyjs': 'no relation type has the id "invades"',
  // GraphML
  'mismatched-tags.invalid.graphml': "not well-formed XML: Expected closing tag 'graph'",
  'truncated.invalid.graphml': 'the file ends before <graphml>, <graph>, <data> are closed',
  'billion-laughs.invalid.graphml': 'declares entities in its DOCTYPE',
  'external-entity.invalid.graphml': 'declares entities in its DOCTYPE',
  'no-graph-element.invalid.graphml': 'the file has no <graph> element',
  'svg-root.invalid.graphml': 'an XML file whose root is <svg>',
  'evidence-json-broken.invalid.graphml': 'evidence_json is not valid JSON',
  'dangling-edge.invalid.graphml': 'no actor has the id "kyiv"',
  'unknown-relation-type.invalid.graphml': 'edge "r2" type: no relation type has the id "invades"',
  'deeply-nested.invalid.graphml': 'Maximum nested tags exceeded',
  // GEXF
  'mismatched-tags.invalid.gexf': "Expected closing tag 'nodes'",
  'external-entity.invalid.gexf': 'declares entities in its DOCTYPE',
  'duplicate-node.invalid.gexf': 'duplicate actor id "russia"',
  'source-text-edited.invalid.gexf': 'runs past the end of source "s1"',
  'unknown-kind.invalid.gexf': 'got the string "empire"',
};

/** In the app these open, with their evidence re-anchored or orphaned and a note that says so. */
const REPAIRED_IN_APP: Readonly<Record<string, string>> = {
  'offset-out-of-range.invalid.json': 'quote moved from [581, 618) to [81, 118) in source "s1"',
  'offset-reversed.invalid.json': 'quote moved from [118, 81) to [81, 118) in source "s1"',
  'quote-drifted.invalid.json': 'quote moved from [77, 114) to [81, 118) in source "s1"',
  'quote-mismatch.invalid.json': 'is not in source "s1"; the evidence is kept and marked orphaned',
  'source-text-edited.invalid.gexf': 'the evidence is kept and marked orphaned',
  'span-outside-quote.invalid.json': 'dropped the cue highlight span, which no longer fit the quote',
};

const seed = graphJson as unknown as Graph;
/** The options src/io/openGraphFile.ts passes when the user opens a file. */
const AS_THE_APP_OPENS: ImportOptions = {
  anchors: 'repairable',
  sources: seed.sources,
  relationTypes: seed.relationTypes,
};

const VALID = onDisk.filter((name) => name.includes('.valid.'));

function problemsOf(result: ParseResult<Graph>): readonly { path: string; message: string }[] {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems;
}

function graphOf(result: ParseResult<Graph>): Graph {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

describe('the corpus', () => {
  it('has at least 30 invalid and some valid files, and the table covers exactly the invalid graphs', () => {
    // article-*.invalid.* are articles, read by the Add article dialog: e2e/security.spec.ts.
    const invalid = onDisk
      .filter((name) => name.includes('.invalid.') && !name.startsWith('article-'))
      .sort();
    expect(invalid.length).toBeGreaterThanOrEqual(30);
    expect(VALID.length).toBeGreaterThanOrEqual(5);
    expect(invalid).toEqual(Object.keys(INVALID).sort());
  });
});

describe('each invalid file is refused with a message naming the file and the problem', () => {
  it.each(Object.entries(INVALID))('%s', (name, fragment) => {
    const problems = problemsOf(importFile(name, read(name)));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(typeof problem.path).toBe('string');
      expect(problem.message.startsWith(name)).toBe(true);
    }
    expect(problems.map((p) => p.message).join('\n')).toContain(fragment);
  });
});

describe('opened the way the app opens a file', () => {
  it.each(Object.entries(INVALID).filter(([name]) => !(name in REPAIRED_IN_APP)))(
    '%s is refused with the same message',
    (name, fragment) => {
      const problems = problemsOf(importFile(name, read(name), AS_THE_APP_OPENS));
      for (const problem of problems) expect(problem.message.startsWith(name)).toBe(true);
      expect(problems.map((p) => p.message).join('\n')).toContain(fragment);
    },
  );

  it.each(Object.entries(REPAIRED_IN_APP))('%s opens with its evidence repaired and a note', (name, note) => {
    const graph = graphOf(importFile(name, read(name), AS_THE_APP_OPENS));
    const { report } = repairEvidence(graph);
    expect(report.details.map((d) => d.message).join('\n')).toContain(note);
    expect(report.reanchored + report.orphaned + report.details.length).toBeGreaterThan(0);
  });
});

describe('inputs made from bytes', () => {
  it('refuses a file beyond the size limit without reading it', () => {
    const huge = new Uint8Array(MAX_GRAPH_BYTES + 1).fill(0x20);
    huge[0] = 0x7b; // "{", so only the size can be what is wrong
    const started = performance.now();
    const [problem] = problemsOf(importFile('huge.json', huge));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem?.message).toBe('huge.json: larger than 50 MB, the most this reader accepts');
  });

  it('refuses text beyond the size limit in validateGraphText too', () => {
    const text = `{"schemaVersion": 1, "pad": "${'x'.repeat(MAX_GRAPH_BYTES)}"}`;
    const [problem] = problemsOf(validateGraphText(text, 'huge.json'));
    expect(problem?.message).toContain('huge.json is larger than 50 MB');
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const text = `{"pad": "${'é'.repeat(MAX_GRAPH_BYTES / 2)}"}`; // under the limit in characters only
    expect(problemsOf(validateGraphText(text, 'accents.json'))[0]?.message).toContain('larger than 50 MB');
  });

  it('names NUL bytes, UTF-16 and invalid UTF-8 wherever they sit', () => {
    const json = new TextEncoder().encode(
      exportGraph(minimalGraph() as Graph, 'actorgraph-json').data as string,
    );
    const withNul = json.slice();
    withNul[40] = 0;
    expect(problemsOf(importFile('g.json', withNul))[0]).toEqual({
      path: 'byte 40',
      message:
        'g.json: the file is binary data, not text (byte 40 is a NUL byte); graph files are UTF-8 text',
    });
    const truncatedSequence = new Uint8Array([...json.slice(0, 30), 0xe2, 0x82]);
    expect(problemsOf(importFile('g.json', truncatedSequence))[0]?.path).toBe('byte 30');
    const overlong = new Uint8Array([...json.slice(0, 10), 0xc0, 0xaf, ...json.slice(10)]);
    expect(problemsOf(importFile('g.json', overlong))[0]?.message).toContain('byte 0xC0');
    const surrogate = new Uint8Array([...json.slice(0, 10), 0xed, 0xa0, 0x80, ...json.slice(10)]);
    expect(problemsOf(importFile('g.json', surrogate))[0]?.path).toBe('byte 10');
  });
});

describe('each valid file loads', () => {
  it.each(VALID)('%s', (name) => {
    const graph = graphOf(importFile(name, read(name)));
    expect(graph.schemaVersion).toBe(1);
  });

  it('reads the minimal graph the same from every format, with BOM, character references and CDATA', () => {
    for (const name of [
      'minimal.valid.json',
      'minimal.valid.cyjs',
      'minimal.valid.graphml',
      'minimal.valid.gexf',
      'byte-order-mark.valid.json',
      'character-references.valid.graphml',
    ]) {
      expect(graphOf(importFile(name, read(name)))).toEqual(minimalGraph());
    }
  });

  it('keeps fields it does not know', () => {
    const graph = graphOf(importFile('unknown-fields.valid.json', read('unknown-fields.valid.json')));
    expect((graph as unknown as Record<string, unknown>).generator).toBe('another tool');
    expect((graph.actors[0] as unknown as Record<string, unknown>).colour).toBe('#c00');
  });

  it('takes ids named like Object.prototype members as plain ids', () => {
    const graph = graphOf(importFile('x.json', read('prototype-names-as-ids.valid.json')));
    expect(graph.actors.map((a) => a.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(graph.relations[0]?.source).toBe('__proto__');
    for (const format of ['cytoscape-json', 'graphml', 'gexf'] as const) {
      const text = exportGraph(graph, format).data as string;
      expect(graphOf(importText(`x.${FORMAT_INFO[format].extension}`, text))).toEqual(graph);
    }
  });

  it('leaves Object.prototype alone after reading the whole corpus', () => {
    for (const name of onDisk) importFile(name, read(name));
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'injected', 'kind', 'schemaVersion']) expect(probe[key]).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

describe('script payloads are data', () => {
  it('the committed payload file is the payload graph', () => {
    const fromFile = graphOf(importFile('xss.json', read('xss-payloads.valid.json')));
    expect(fromFile).toEqual(xssGraph());
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(20);
  });

  it('every payload comes back as the same literal text from every importable format', () => {
    const graph = xssGraph();
    for (const format of EXPORT_FORMATS.filter((f) => FORMAT_INFO[f].importable)) {
      const text = exportGraph(graph, format).data as string;
      const back = graphOf(importText(`payloads.${FORMAT_INFO[format].extension}`, text));
      expect(back.actors.map((a) => a.label)).toEqual([...XSS_VECTORS]);
      expect(back).toEqual(graph);
    }
  });
});

describe('hostile patterns finish quickly', () => {
  // Budgets are generous, for loaded machines: what they catch is blow-up, not slowness. Both of
  // these once took minutes to hours in the XML sniffing.
  const timed = (text: string, name: string): number => {
    const started = performance.now();
    expect(importText(name, text).ok).toBe(false);
    return performance.now() - started;
  };

  it('whitespace before a prolog that goes nowhere (was exponential)', () => {
    expect(timed(`<?xml version="1.0"?>${' '.repeat(5000)}!`, 'x.graphml')).toBeLessThan(2000);
  });

  it('a megabyte of repeated <!DOCTYPE (was quadratic)', () => {
    expect(timed('<!DOCTYPE'.repeat(120_000), 'x.graphml')).toBeLessThan(5000);
  });

  // Repeated openings that make naive parsers or regular expressions backtrack; 300 kB each.
  const PATTERNS = [
    ' ',
    '<!DOCTYPE',
    '<?',
    '<!--',
    '<a ',
    '<a b="',
    '&#',
    '<![CDATA[',
    '<',
    '<a>',
    '{"a":',
    '["',
    '"\\u',
    '{',
    '[',
  ];
  const PREFIXES = [
    '',
    '<?xml version="1.0"?>',
    '<graphml>',
    '<?xml version="1.0"?><gexf ',
    '{"schemaVersion":1,"sources":[',
    '<!DOCTYPE x [',
  ];
  it.each(PREFIXES)(
    'after %j',
    (prefix) => {
      for (const pattern of PATTERNS) {
        const text = prefix + pattern.repeat(Math.ceil(300_000 / pattern.length)) + '!';
        for (const name of ['x.gexf', 'x.json']) {
          expect(timed(text, name), `${JSON.stringify(pattern)} as ${name}`).toBeLessThan(5000);
        }
      }
    },
    120_000,
  );
});
