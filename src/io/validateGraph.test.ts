import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRuleName } from '../domain/rules';
import { toJsonPath } from './describe';
import { CONDEMN, PACT, SOURCE_TEXT, minimalGraph } from './fixtures/minimalGraph';
import { countProblems, type Problem } from './problems';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH, MAX_REPORTED_PROBLEMS, validateGraph } from './validateGraph';
import { validateGraphText } from './validateGraphText';
import type { ParseResult } from './problems';

/** The problems of a result that must have failed. */
function problemsOf<T>(result: ParseResult<T>): readonly Problem[] {
  if (result.ok) throw new Error('expected the graph to be rejected');
  return result.problems;
}

/** Asserts exactly one problem, at `path`, whose message contains every fragment. */
function expectOnly<T>(result: ParseResult<T>, path: string, ...fragments: string[]): void {
  const problems = problemsOf(result);
  expect(problems.map((p) => p.path)).toEqual([path]);
  for (const fragment of fragments) expect(problems[0]?.message).toContain(fragment);
}

const first = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('fixture is missing an item');
  return item;
};

describe('toJsonPath', () => {
  it('writes zod-style paths as $.a[0].b', () => {
    expect(toJsonPath([])).toBe('$');
    expect(toJsonPath(['relations', 3, 'evidence', 0, 'quote'])).toBe('$.relations[3].evidence[0].quote');
    expect(toJsonPath(['odd key', 'x-y', '0'])).toBe('$["odd key"]["x-y"][0]');
  });
});

describe('validateGraph: valid input', () => {
  it('accepts the minimal graph without warnings', () => {
    const graph = minimalGraph();
    const result = validateGraph(graph);
    expect(result).toEqual({ ok: true, value: graph, warnings: [] });
  });

  it('keeps fields it does not know', () => {
    const graph = { ...minimalGraph(), notes: 'curated by hand', extra: { nested: [1, 2] } };
    const withActorExtra = { ...graph, actors: graph.actors.map((a) => ({ ...a, wikidata: 'Q159' })) };
    const result = validateGraph(withActorExtra);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value).toMatchObject({ notes: 'curated by hand', extra: { nested: [1, 2] } });
    expect(result.value.actors[0]).toMatchObject({ wikidata: 'Q159' });
  });

  it('keeps a rule name this version does not know, as read, next to one it knows', () => {
    const graph = minimalGraph();
    const [evidence] = first(graph.relations).evidence;
    if (!evidence) throw new Error('fixture has no evidence');
    const known = { ...evidence, rule: 'active' };
    const older = { ...evidence, rule: 'subject-verb (v0)' };
    const read = validateGraph({
      ...graph,
      relations: graph.relations.map((r, i) => (i === 0 ? { ...r, evidence: [known, older] } : r)),
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const rules = first([...read.value.relations]).evidence.map((e) => e.rule);
    expect(rules).toEqual(['active', 'subject-verb (v0)']);
    expect(rules.map((rule) => rule !== undefined && isRuleName(rule))).toEqual([true, false]);
  });

  it('rejects a rule that is not a string', () => {
    const graph = minimalGraph();
    const relation = first(graph.relations);
    const evidence = { ...first([...relation.evidence]), rule: 7 };
    expectOnly(
      validateGraph({
        ...graph,
        relations: [{ ...relation, evidence: [evidence] }, ...graph.relations.slice(1)],
      }),
      '$.relations[0].evidence[0].rule',
      'expected a string',
    );
  });

  it('reads offsets as UTF-16 code units: text after an emoji is two units further on', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    // "Moscow hosted the parade 🎉 on Friday.\n" is 38 code points but 39 code units.
    expect(evidence.start).toBe(39);
    expect([...SOURCE_TEXT.slice(0, evidence.start)].length).toBe(38);
    expect(validateGraph(graph).ok).toBe(true);

    evidence.start = 38;
    evidence.end = 38 + PACT.length;
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].quote',
      'does not match',
      'start should be 39 and end 80',
    );
  });
});

describe('validateGraph: schema problems', () => {
  it('rejects a non-object root', () => {
    expectOnly(validateGraph([]), '$', 'expected a graph object', 'got a list of 0 items');
    expectOnly(validateGraph(null), '$', 'got null');
  });

  it('names an unsupported schemaVersion plainly', () => {
    const graph = { ...minimalGraph(), schemaVersion: 2 };
    expectOnly(validateGraph(graph), '$.schemaVersion', 'unsupported schemaVersion 2; this version reads 1');
  });

  it('reports a missing or mistyped schemaVersion', () => {
    const { schemaVersion: _drop, ...rest } = minimalGraph();
    expectOnly(
      validateGraph(rest),
      '$.schemaVersion',
      'required field "schemaVersion" is missing; expected 1',
    );
    expectOnly(
      validateGraph({ ...rest, schemaVersion: '1' }),
      '$.schemaVersion',
      'expected 1, got the string "1"',
    );
  });

  it('reports missing fields and wrong types with what was expected', () => {
    const graph = minimalGraph();
    const { title: _drop, ...source } = first(graph.sources);
    const bad = { ...graph, sources: [{ ...source, author: 7 }] };
    const problems = problemsOf(validateGraph(bad));
    expect(problems).toEqual([
      { path: '$.sources[0].title', message: 'required field "title" is missing; expected a string' },
      { path: '$.sources[0].author', message: 'expected a string, got the number 7' },
    ]);
  });

  it('requires non-empty ids', () => {
    const graph = minimalGraph();
    first(graph.relationTypes).id = '';
    const problems = problemsOf(validateGraph(graph));
    expect(problems[0]).toEqual({
      path: '$.relationTypes[0].id',
      message: 'must not be empty; expected at least one character',
    });
  });

  it('checks enums, quads, dates, countries and links', () => {
    const graph = minimalGraph();
    const source = first(graph.sources);
    Object.assign(source, { published: '2025-02-30', url: 'javascript:alert(1)' });
    Object.assign(first(graph.actors), { kind: 'country', country: 'ru' });
    Object.assign(first(graph.relationTypes), { quad: 5, polarity: 'friendly' });
    const problems = problemsOf(validateGraph(graph));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['$.sources[0].published']).toContain('expected a date written YYYY-MM-DD');
    expect(byPath['$.sources[0].url']).toContain('expected an http:// or https:// address');
    expect(byPath['$.actors[0].kind']).toBe(
      'expected one of "person", "state", "organization", "bloc", "group", "unknown", got the string "country"',
    );
    expect(byPath['$.actors[0].country']).toContain('ISO 3166-1 alpha-3');
    expect(byPath['$.relationTypes[0].quad']).toBe('expected one of 1, 2, 3, 4, got the number 5');
    expect(byPath['$.relationTypes[0].polarity']).toContain('expected one of "cooperation", "conflict"');
    expect(problems).toHaveLength(6);
  });

  it('requires whole, non-negative offsets and a confidence between 0 and 1', () => {
    const graph = minimalGraph();
    Object.assign(first(first(graph.relations).evidence), { start: -1, end: 2.5, confidence: 3 });
    const problems = problemsOf(validateGraph(graph));
    expect(problems).toEqual([
      { path: '$.relations[0].evidence[0].start', message: 'expected a number ≥ 0, got the number -1' },
      { path: '$.relations[0].evidence[0].end', message: 'expected a whole number, got the number 2.5' },
      { path: '$.relations[0].evidence[0].confidence', message: 'expected a number ≤ 1, got the number 3' },
    ]);
  });

  it('reports spans that are not pairs', () => {
    const graph = minimalGraph();
    first(first(graph.relations).evidence).spans = { cue: [40] as unknown as [number, number] };
    expectOnly(validateGraph(graph), '$.relations[0].evidence[0].spans.cue', 'expected a pair of offsets');
  });
});

describe('validateGraph: semantic rules', () => {
  it.each([
    ['sources', 'source'],
    ['actors', 'actor'],
    ['relationTypes', 'relation type'],
    ['relations', 'relation'],
  ] as const)('reports a duplicate id in %s', (collection, noun) => {
    const graph = minimalGraph();
    const items = graph[collection] as unknown[];
    items.push(structuredClone(items[0]));
    const index = items.length - 1;
    const problems = problemsOf(validateGraph(graph));
    const duplicate = problems.find((p) => p.path === `$.${collection}[${index}].id`);
    expect(duplicate?.message).toContain(`duplicate ${noun} id`);
    expect(duplicate?.message).toContain(`$.${collection}[0] already has it`);
  });

  it('reports a relation whose source or target is no actor', () => {
    const graph = minimalGraph();
    first(graph.relations).source = 'Russia';
    first(graph.relations).target = 'atlantis';
    const problems = problemsOf(validateGraph(graph));
    expect(problems).toEqual([
      {
        path: '$.relations[0].source',
        message:
          'no actor has the id "Russia"; expected the id of an entry in $.actors (did you mean "russia"?)',
      },
      {
        path: '$.relations[0].target',
        message: 'no actor has the id "atlantis"; expected the id of an entry in $.actors',
      },
    ]);
  });

  it('reports a relation whose type is unknown', () => {
    const graph = minimalGraph();
    first(graph.relations).type = 'agrees_wth';
    expectOnly(
      validateGraph(graph),
      '$.relations[0].type',
      'no relation type has the id "agrees_wth"',
      '$.relationTypes',
      'did you mean "agrees_with"?',
    );
  });

  it('reports evidence citing an unknown source', () => {
    const graph = minimalGraph();
    first(first(graph.relations).evidence).sourceId = 's9';
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].sourceId',
      'no source has the id "s9"',
      '$.sources',
    );
  });

  it('reports an affiliation that is no actor, or the actor itself', () => {
    const graph = minimalGraph();
    const putin = graph.actors[3];
    if (!putin) throw new Error('fixture changed');
    putin.affiliation = 'kremlin';
    expectOnly(validateGraph(graph), '$.actors[3].affiliation', 'no actor has the id "kremlin"');
    putin.affiliation = 'putin';
    expectOnly(validateGraph(graph), '$.actors[3].affiliation', 'cannot be affiliated with itself');
  });

  it('accepts a relation with no evidence (unsupported) and types of a foreign file', () => {
    const graph = minimalGraph();
    first(graph.relations).evidence = [];
    const result = validateGraph(graph);
    expect(result.ok && result.warnings).toEqual([]);
    const type = first(graph.relationTypes) as Record<string, unknown>;
    delete type.quad;
    type.polarity = 'unknown';
    expect(validateGraph(graph).ok).toBe(true);
  });

  it('refuses polarity "unknown" on a type with a quad class', () => {
    const graph = minimalGraph();
    (first(graph.relationTypes) as Record<string, unknown>).polarity = 'unknown';
    expectOnly(validateGraph(graph), '$.relationTypes[0].polarity', 'polarity "unknown" contradicts quad');
  });

  it('requires start < end', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    evidence.end = evidence.start;
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].end',
      `end (${evidence.start}) must be greater than start (${evidence.start})`,
    );
  });

  it('requires offsets inside the source text', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    evidence.start = SOURCE_TEXT.length - 2;
    evidence.end = SOURCE_TEXT.length + 40;
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].end',
      'runs past the end of source "s1"',
      `whose text is ${SOURCE_TEXT.length} UTF-16 code units long`,
      'the quote occurs at',
    );
  });

  it('requires quote === source.text.slice(start, end), and says where the quote really is', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    evidence.start += 1;
    evidence.end += 1;
    const expectedStart = SOURCE_TEXT.indexOf(PACT);
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].quote',
      'quote does not match source "s1"',
      `the text there reads "ussia and China`,
      `start should be ${expectedStart} and end ${expectedStart + PACT.length}`,
    );
    evidence.quote = 'Russia and China signed a treaty.';
    expectOnly(
      validateGraph(graph),
      '$.relations[0].evidence[0].quote',
      'does not occur anywhere in that text',
    );
  });

  it('accepts a relation from an actor to itself (check:data refuses it in curated data)', () => {
    const graph = minimalGraph();
    first(graph.relations).target = 'russia';
    expect(validateGraph(graph)).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports a polarity that contradicts the quad', () => {
    const graph = minimalGraph();
    first(graph.relationTypes).quad = 4;
    expectOnly(
      validateGraph(graph),
      '$.relationTypes[0].polarity',
      'polarity "cooperation" contradicts quad 4 (Material conflict)',
      'expected "conflict"',
    );
  });

  it('requires sub-spans to be non-empty and inside the quote', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    evidence.spans = {
      cue: [evidence.start - 5, evidence.start + 2],
      source: [evidence.start + 3, evidence.start + 3],
    };
    const problems = problemsOf(validateGraph(graph));
    expect(problems.map((p) => p.path)).toEqual([
      '$.relations[0].evidence[0].spans.cue',
      '$.relations[0].evidence[0].spans.source',
    ]);
    expect(problems[0]?.message).toContain('lies outside the quote');
    expect(problems[1]?.message).toContain('is empty or reversed');
  });

  it('collects every problem, in document order', () => {
    const graph = minimalGraph();
    const [r1, r2] = graph.relations;
    if (!r1 || !r2) throw new Error('fixture changed');
    r2.type = 'nope';
    r1.target = 'ukraine';
    first(graph.actors).kind = 'empire' as never;
    first(r1.evidence).sourceId = 'missing';
    const problems = problemsOf(validateGraph(graph));
    expect(problems.map((p) => p.path)).toEqual([
      '$.actors[0].kind',
      '$.relations[0].target',
      '$.relations[0].evidence[0].sourceId',
      '$.relations[1].type',
    ]);
  });

  it('caps a flood of problems with a summary line', () => {
    const graph = minimalGraph();
    const template = first(graph.relations);
    graph.relations = Array.from({ length: MAX_REPORTED_PROBLEMS + 200 }, (_, i) => ({
      ...template,
      id: `r${i}`,
      source: `ghost${i}`,
    }));
    const problems = problemsOf(validateGraph(graph));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(problems[MAX_REPORTED_PROBLEMS]).toEqual({
      path: '$',
      message: '200 more problems are not listed; fix the ones above and check again',
      omitted: 200,
    });
    expect(countProblems(problems)).toBe(MAX_REPORTED_PROBLEMS + 200);
  });
});

describe('validateGraph: warnings', () => {
  it('warns about text that is not canonical', () => {
    const graph = minimalGraph();
    graph.sources.push({ ...first(graph.sources), id: 's2', text: 'line one\r\nline two' });
    graph.sources.push({ ...first(graph.sources), id: 's3', text: 'Cafe\u0301' });
    const result = validateGraph(graph);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((w) => w.path)).toEqual(['$.sources[1].text', '$.sources[2].text']);
    expect(result.warnings[0]?.message).toContain('carriage returns');
    expect(result.warnings[1]?.message).toContain('NFC');
  });

  it('warns about a relation that repeats another, reading symmetric types both ways', () => {
    const graph = minimalGraph();
    const r1 = first(graph.relations);
    graph.relations.push({ ...structuredClone(r1), id: 'r3', source: r1.target, target: r1.source });
    const result = validateGraph(graph);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([
      {
        path: '$.relations[2]',
        message:
          'relation "r3" repeats $.relations[0]: same actors and relation type "agrees_with"; merge their evidence into one relation',
      },
    ]);
  });

  it('does not warn about parallel relations without evidence, which are separate edges of a multigraph', () => {
    const graph = minimalGraph();
    const r1 = first(graph.relations);
    r1.evidence = [];
    for (let i = 0; i < 3; i += 1) graph.relations.push({ ...structuredClone(r1), id: `parallel-${i}` });
    graph.relations.push({ ...structuredClone(r1), id: 'reversed', source: r1.target, target: r1.source });
    expect(validateGraph(graph)).toMatchObject({ ok: true, warnings: [] });
  });

  it('lets directed relations run both ways', () => {
    const graph = minimalGraph();
    const r2 = graph.relations[1];
    if (!r2) throw new Error('fixture changed');
    graph.relations.push({ ...structuredClone(r2), id: 'r4', source: r2.target, target: r2.source });
    expect(validateGraph(graph)).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('validateGraph: repairable mode', () => {
  it('leaves offsets and quotes to repairEvidence but checks everything else', () => {
    const graph = minimalGraph();
    const evidence = first(first(graph.relations).evidence);
    evidence.start = 0;
    evidence.end = 5;
    expect(validateGraph(graph).ok).toBe(false);
    expect(validateGraph(graph, { anchors: 'repairable' }).ok).toBe(true);
    first(graph.relations).type = 'nope';
    expectOnly(validateGraph(graph, { anchors: 'repairable' }), '$.relations[0].type', 'no relation type');
  });
});

describe('validateGraphText', () => {
  const valid = JSON.stringify(minimalGraph(), null, 2);

  it('parses and validates JSON text', () => {
    expect(validateGraphText(valid, 'graph.json')).toMatchObject({ ok: true, warnings: [] });
    expect(validateGraphText(`\uFEFF${valid}`, 'graph.json').ok).toBe(true);
  });

  it.each([
    [
      '{\n  "schemaVersion": 1,\n  "sources": [\n}',
      'line 4, column 1',
      'expected a value (an object, list, string',
    ],
    ['{\n  "a": 1,\n}', 'line 3, column 1', "a comma before '}'"],
    ['[1, 2,]', 'line 1, column 7', "a comma before ']'"],
    ["{'a': 1}", 'line 1, column 2', 'JSON strings use double quotes'],
    ['{"a" 1}', 'line 1, column 6', "expected ':' after the property name"],
    ['{"a": 1 "b": 2}', 'line 1, column 9', "expected ',' or '}' after a property value"],
    ['{"a": [1 2]}', 'line 1, column 10', "expected ',' or ']' after a list item"],
    ['{\n"a": "open}', 'line 2, column 12', 'the string that starts at line 2, column 6 is never closed'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'a line break inside a string'],
    ['{"a": "\\x"}', 'line 1, column 8', "invalid escape '\\x'"],
    ['{"a": 012}', 'line 1, column 7', 'cannot start with 0'],
    ['{"a": 1.}', 'line 1, column 8', "'.' must be followed by digits"],
    ['{"a": undefined}', 'line 1, column 7', "found the word 'undefined'"],
    ['{"a": 1}}', 'line 1, column 9', 'after the end of the JSON value'],
    [
      '{\r\n  "a": [\r\n    1',
      'line 3, column 6',
      'the file ends inside the list opened at line 2, column 8',
    ],
    ['', 'line 1, column 1', 'graph.json is empty'],
  ])('reports malformed JSON %j at %s', (text, path, fragment) => {
    const problems = problemsOf(validateGraphText(text, 'graph.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(fragment);
  });

  it('names the file in JSON problems', () => {
    expect(problemsOf(validateGraphText('{', 'seed.json'))[0]?.message).toMatch(
      /^seed\.json is not valid JSON: /,
    );
  });

  it('refuses nesting deeper than the limit, with its position', () => {
    const deep = '['.repeat(200_000);
    expectOnly(
      validateGraphText(deep, 'graph.json'),
      `line 1, column ${MAX_GRAPH_DEPTH + 1}`,
      `more than ${MAX_GRAPH_DEPTH} levels deep`,
    );
    const deepObjects = `{"schemaVersion": 1, "notes": ${'{"a":'.repeat(100)}1${'}'.repeat(100)}}`;
    expect(problemsOf(validateGraphText(deepObjects, 'graph.json'))[0]?.message).toContain('levels deep');
    const inStrings = `{"notes": "${'['.repeat(500)}"}`;
    expect(problemsOf(validateGraphText(inStrings, 'graph.json'))[0]?.path).not.toMatch(/^line/);
  });

  it('refuses text over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_GRAPH_BYTES + 1);
    expectOnly(validateGraphText(huge, 'big.json'), '$', 'big.json is larger than 50 MB');
  });

  it('measures the limit in UTF-8 bytes', () => {
    const euros = '"€€"'; // 2 + 3 + 3 bytes
    expect(problemsOf(validateGraphText(euros, 'x.json', { maxBytes: 7 }))[0]?.message).toContain(
      'larger than 7 bytes',
    );
    expect(problemsOf(validateGraphText(euros, 'x.json', { maxBytes: 8 }))[0]?.message).toContain(
      'expected a graph object',
    );
  });
});

describe('never throws (property tests)', () => {
  const wellFormed = (result: ParseResult<unknown>): boolean =>
    result.ok
      ? Array.isArray(result.warnings)
      : result.problems.length > 0 &&
        result.problems.every(
          (p) =>
            typeof p.path === 'string' && p.path !== '' && typeof p.message === 'string' && p.message !== '',
        );

  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', ' ', '\\') }),
        ),
        (text) => wellFormed(validateGraphText(text, 'random.json')),
      ),
      { numRuns: 1000 },
    );
  });

  it('on mutated valid JSON', () => {
    const source = JSON.stringify(minimalGraph());
    const edit = fc.record({
      at: fc.nat({ max: source.length }),
      remove: fc.nat({ max: 8 }),
      insert: fc.string({
        maxLength: 4,
        unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '-', '0', '9', 'e', ' ', 'x', '\\', '😀'),
      }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = source;
        for (const { at, remove, insert } of edits) {
          const position = Math.min(at, text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        return wellFormed(validateGraphText(text, 'mutated.json'));
      }),
      { numRuns: 1000 },
    );
  });

  it('on valid graphs with a random value planted at a random place', () => {
    const paths = ((): PropertyKey[][] => {
      const found: PropertyKey[][] = [];
      const walk = (value: unknown, path: PropertyKey[]): void => {
        found.push(path);
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
        else if (value && typeof value === 'object')
          for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      };
      walk(minimalGraph(), []);
      return found;
    })();
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), fc.boolean(), (path, planted, asText) => {
        const root: { value: unknown } = { value: minimalGraph() };
        let holder: Record<PropertyKey, unknown> = root;
        let key: PropertyKey = 'value';
        for (const step of path) {
          holder = holder[key] as Record<PropertyKey, unknown>;
          key = step;
        }
        holder[key] = planted;
        const result = asText
          ? validateGraphText(JSON.stringify(root.value), 'planted.json')
          : validateGraph(root.value);
        return wellFormed(result);
      }),
      { numRuns: 1000 },
    );
  });
});

it('keeps CONDEMN in the fixture text once', () => {
  expect(SOURCE_TEXT.split(CONDEMN)).toHaveLength(2);
});
