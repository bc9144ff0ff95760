/**
 * Evaluation metrics: micro precision, recall and F1 over labelled relations at three levels:
 * - pair: the right two actors, whatever the type, direction or negation (what plain sentence
 *   co-occurrence can also find, so the two are comparable);
 * - pair + polarity ("lenient"): the right two actors and the right kind of relation, negation included;
 * - exact ("strict"): source, target, type and negation;
 * plus one exact row per type.
 */
import type { Graph, Polarity, RelationType } from '../domain/types';

export interface LabeledRelation {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly negated?: boolean;
  /** What the label is scoped to (a dev-set item id); relations in different units never match. */
  readonly unit?: string;
}

export interface Scores {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TypeScores extends Scores {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
}

export interface EvaluationReport {
  readonly pair: Scores;
  readonly strict: Scores;
  readonly lenient: Scores;
  readonly perType: readonly TypeScores[];
}

type TypeInfo = Pick<RelationType, 'id' | 'directed' | 'polarity'>;

function typeInfo(types: readonly TypeInfo[]): Map<string, TypeInfo> {
  return new Map(types.map((type) => [type.id, type]));
}

/** Unit, ordered (or, for symmetric types, sorted) actor pair, type and negation. */
export function strictKey(relation: LabeledRelation, types: ReadonlyMap<string, TypeInfo>): string {
  const directed = types.get(relation.type)?.directed ?? true;
  const [a, b] =
    !directed && relation.target < relation.source
      ? [relation.target, relation.source]
      : [relation.source, relation.target];
  return `${relation.unit ?? ''}|${a}>${b}:${relation.type}${relation.negated ? ':not' : ''}`;
}

/** Unit and unordered actor pair: someone relates these two, in some way. */
export function pairKey(relation: Pick<LabeledRelation, 'source' | 'target' | 'unit'>): string {
  const [a, b] =
    relation.target < relation.source
      ? [relation.target, relation.source]
      : [relation.source, relation.target];
  return `${relation.unit ?? ''}|${a}~${b}`;
}

/** Unit, unordered actor pair, polarity and negation: right actors, right kind of relation. */
export function lenientKey(relation: LabeledRelation, types: ReadonlyMap<string, TypeInfo>): string {
  const polarity: Polarity | 'unknown' = types.get(relation.type)?.polarity ?? 'unknown';
  const [a, b] =
    relation.target < relation.source
      ? [relation.target, relation.source]
      : [relation.source, relation.target];
  return `${relation.unit ?? ''}|${a}~${b}:${polarity}${relation.negated ? ':not' : ''}`;
}

/**
 * Lenient keys of a set of relations: one per (unit, actor pair, polarity), negated only when every
 * relation of that pair and polarity is negated.
 */
export function lenientKeys(
  relations: readonly LabeledRelation[],
  types: ReadonlyMap<string, TypeInfo>,
): Set<string> {
  const negatedOnly = new Map<string, boolean>();
  for (const relation of relations) {
    const key = lenientKey({ ...relation, negated: false }, types);
    negatedOnly.set(key, (negatedOnly.get(key) ?? true) && relation.negated === true);
  }
  return new Set([...negatedOnly].map(([key, negated]) => (negated ? `${key}:not` : key)));
}

/**
 * Micro scores of predicted keys against gold keys. With nothing predicted, precision is 1 (no wrong
 * answer); with nothing to find, recall is 1. F1 is 0 when either is 0.
 */
export function score(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): Scores {
  let tp = 0;
  for (const key of predicted) if (gold.has(key)) tp++;
  const fp = predicted.size - tp;
  const fn = gold.size - tp;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = gold.size === 0 ? 1 : tp / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluate(
  gold: readonly LabeledRelation[],
  predicted: readonly LabeledRelation[],
  relationTypes: readonly TypeInfo[],
): EvaluationReport {
  const types = typeInfo(relationTypes);
  const keys = (list: readonly LabeledRelation[], key: typeof strictKey): Set<string> =>
    new Set(list.map((relation) => key(relation, types)));
  const pairs = (list: readonly LabeledRelation[]): Set<string> => new Set(list.map(pairKey));
  const pair = score(pairs(gold), pairs(predicted));
  const strict = score(keys(gold, strictKey), keys(predicted, strictKey));
  const lenient = score(lenientKeys(gold, types), lenientKeys(predicted, types));
  const typeIds = [
    ...new Set([
      ...relationTypes.map((type) => type.id),
      ...gold.map((r) => r.type),
      ...predicted.map((r) => r.type),
    ]),
  ];
  const perType = typeIds.map((type): TypeScores => {
    const g = keys(
      gold.filter((relation) => relation.type === type),
      strictKey,
    );
    const p = keys(
      predicted.filter((relation) => relation.type === type),
      strictKey,
    );
    return { type, gold: g.size, predicted: p.size, ...score(g, p) };
  });
  return { pair, strict, lenient, perType };
}

/**
 * The labels of a graph at relation level: one per relation, negated when every evidence is
 * negated (the relation is stated only as not having happened).
 */
export function graphLabels(graph: Pick<Graph, 'relations'>, unit?: string): LabeledRelation[] {
  return graph.relations.map((relation) => ({
    source: relation.source,
    target: relation.target,
    type: relation.type,
    negated: relation.evidence.length > 0 && relation.evidence.every((evidence) => evidence.negated === true),
    ...(unit !== undefined ? { unit } : {}),
  }));
}

const pct = (value: number): string => value.toFixed(3);

/**
 * A plain-text table of a report; `baseline` is the pair-level score of sentence co-occurrence on the
 * same gold, printed under the extractor's own pair row.
 */
export function formatReport(title: string, report: EvaluationReport, baseline?: Scores): string {
  const line = (name: string, s: Scores, extra = ''): string =>
    `${name.padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${extra}`;
  const rows = [
    title,
    line('pair', report.pair),
    ...(baseline
      ? [line('  co-occurrence', baseline, '  (baseline: every two actors in one sentence)')]
      : []),
    line('pair + polarity', report.lenient, '  (lenient)'),
    line('exact', report.strict, '  (strict)'),
    '  per type (exact):',
    ...report.perType
      .filter((row) => row.gold > 0 || row.predicted > 0)
      .map((row) => `  ${line(row.type, row, `  gold ${row.gold}, predicted ${row.predicted}`)}`),
  ];
  return rows.join('\n');
}
