import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import type { PairModel } from './pairModel';
import { SUGGESTION_RULE } from '../domain/rules';
import { checkPairModel, defaultPairModel, pairProbability } from './pairModel';
import { PAIR_FEATURES, pairRows } from './pairFeatures';
import { analyseDocument } from './extract';

/** A model that admits exactly the pairs with a cue between them (weights by feature name). */
function modelOf(weights: Partial<Record<(typeof PAIR_FEATURES)[number], number>>): PairModel {
  return {
    features: PAIR_FEATURES,
    weights: PAIR_FEATURES.map((name) => weights[name] ?? 0),
    threshold: 0.5,
  };
}
const CUE_BETWEEN = modelOf({ bias: -5, 'cue between them': 10 });

function rowsOf(text: string) {
  return pairRows({ text, ...analyseDocument(text, {}) }, 0.3);
}

function feature(row: { features: number[] }, name: (typeof PAIR_FEATURES)[number]): number | undefined {
  return row.features[PAIR_FEATURES.indexOf(name)];
}

describe('pair features', () => {
  it('say whether a rule read the pair, whether only a list stands between, and how many share the sentence', () => {
    const [row, ...rest] = rowsOf('Egypt and Jordan signed a deal. Iran spoke.');
    expect(rest).toEqual([]);
    expect([row?.a, row?.b]).toEqual(['egypt', 'jordan']);
    expect(row?.read).toBe(true);
    expect(feature(row!, 'only a list between them')).toBe(1);
    expect(feature(row!, 'the only two in a sentence')).toBe(1);
    expect(feature(row!, 'cue between them')).toBe(0);
  });

  it('say whether a rule read a pair of the same sides, a person standing for their state', () => {
    const rows = rowsOf('Rwandan President Paul Kagame met Angolan President Joao Lourenco in Luanda.');
    const sides = (a: string, b: string) => {
      const row = rows.find((r) => r.a === a && r.b === b);
      return row && [row.read, feature(row, 'the sides of a pair a rule read')];
    };
    expect(sides('joao-lourenco', 'paul-kagame')).toEqual([true, 0]);
    expect(sides('angola', 'paul-kagame')).toEqual([false, 1]);
    // A person and their own state are one side, which another feature says.
    expect(sides('angola', 'joao-lourenco')).toEqual([false, 0]);
  });

  it('find the cue between two actors no rule related, and type the pair by it, in text order', () => {
    const [row] = rowsOf('Kenyan troops clashed with Somali militants near the border, Kenya said.');
    expect(row?.read).toBe(false);
    expect(feature(row!, 'cue between them')).toBe(1);
    expect(row?.reading).toMatchObject({
      source: 'kenya',
      target: 'somalia',
      type: 'attacks',
      cue: 'clashed with',
    });
  });

  it('give no reading to a pair whose one member is only ever a place ("met in Brussels")', () => {
    const rows = rowsOf('NATO met in Brussels.');
    expect(rows.map((row) => [row.a, row.b, row.reading])).toEqual([['eu', 'nato', undefined]]);
    // A capital named after "capital", and the state whose capital it is, are places too.
    const capital = rowsOf(
      "He flew to the Solomon Islands' capital, Honiara, to ask Prime Minister Manasseh Sogavare.",
    );
    expect(capital.map((row) => [row.a, row.b, row.reading])).toEqual([
      ['manasseh-sogavare', 'solomon-islands', undefined],
    ]);
  });
});

describe('the pair model', () => {
  it('is the logistic of the weighted features', () => {
    const model = modelOf({ bias: 1, 'cue between them': 2 });
    const features = PAIR_FEATURES.map((name) => (name === 'bias' || name === 'cue between them' ? 1 : 0));
    expect(pairProbability(model, features)).toBeCloseTo(1 / (1 + Math.exp(-3)), 10);
  });

  it('adds a pair no rule read, marked as its own, with its probability as the confidence', () => {
    const text = 'Kenyan troops clashed with Somali militants near the border, Kenya said.';
    expect(extract(text, {}, { pairModel: false }).relations).toEqual([]);
    const [relation, ...rest] = extract(text, {}, { pairModel: CUE_BETWEEN }).relations;
    expect(rest).toEqual([]);
    expect(relation?.id).toBe('kenya>somalia:attacks');
    const [evidence] = relation?.evidence ?? [];
    expect(evidence).toMatchObject({ rule: SUGGESTION_RULE, cue: 'clashed with', quote: text });
    expect(evidence?.confidence).toBeCloseTo(pairProbability(CUE_BETWEEN, rowsOf(text)[0]!.features), 3);
    expect(text.slice(...(evidence?.spans?.source ?? [0, 0]))).toBe('Kenyan');
  });

  it('only adds: what the rules read stays, and a model that admits nothing leaves the rules as they are', () => {
    const text = 'Japan sent aid to Nepal. Kenyan troops clashed with Somali militants.';
    const rules = extract(text, {}, { pairModel: false }).relations;
    expect(extract(text, {}, { pairModel: modelOf({ bias: -50 }) }).relations).toEqual(rules);
    expect(extract(text, {}, { pairModel: CUE_BETWEEN }).relations.map((r) => r.id)).toEqual([
      'japan>nepal:aids',
      'kenya>somalia:attacks',
    ]);
  });

  it('admits nothing below the confidence floor the caller asks for', () => {
    const text = 'Kenyan troops clashed with Somali militants.';
    const model = modelOf({ bias: 0.2, 'cue between them': 0 });
    expect(extract(text, {}, { pairModel: model }).relations).toHaveLength(1);
    expect(extract(text, {}, { pairModel: model, minConfidence: 0.6 }).relations).toEqual([]);
  });

  it('ships weights for the features this version computes', () => {
    expect(defaultPairModel().weights).toHaveLength(PAIR_FEATURES.length);
  });

  it('refuses a model file that does not fit, naming the problem', () => {
    const good = { features: [...PAIR_FEATURES], weights: PAIR_FEATURES.map(() => 0), threshold: 0.4 };
    expect(() => checkPairModel({ ...good, features: ['bias'] }, 'm.json')).toThrow(
      'm.json: its features are not the ones src/extract/pairFeatures.ts computes; retrain it',
    );
    expect(() => checkPairModel({ ...good, weights: [1, 'x'] }, 'm.json')).toThrow(
      'm.json: expected one weight per feature',
    );
    expect(() => checkPairModel({ ...good, threshold: 1 }, 'm.json')).toThrow(
      'm.json: expected a threshold between 0 and 1',
    );
    expect(checkPairModel(good, 'm.json').threshold).toBe(0.4);
  });
});

describe('pair rows for the model alone', () => {
  it('are the unread rows with a reading, the same as when every row is computed', () => {
    const text =
      'Japan sent aid to Nepal. Kenyan troops clashed with Somali militants, and Uganda watched. ' +
      'NATO met in Brussels. Egypt and Jordan signed a deal as Iran and Iraq held talks with Syria.';
    const reading = { text, ...analyseDocument(text, {}) };
    const all = pairRows(reading, 0.3).filter((row) => !row.read && row.reading);
    const unread = pairRows(reading, 0.3, true).filter((row) => row.reading);
    expect(unread.length).toBeGreaterThan(1);
    expect(unread).toEqual(all);
  });
});
