/**
 * Seeded synthetic graphs for the benchmark: the same actors, relations and evidence sentences on
 * every run for a given size. Evidence quotes sit exactly at their offsets, so the graph passes the
 * app's strict validator, and relation types are the curated vocabulary the app ships with.
 */
import { mulberry32 } from '../src/domain/random';
import type { Actor, ActorKind, Evidence, Graph, Relation, RelationType, Source } from '../src/domain/types';

export interface GenerateOptions {
  readonly actors: number;
  readonly relationsPerActor?: number;
  readonly evidencePerRelation?: number;
  readonly seed?: number;
  /** Spread the sources' publication days evenly over this many months from January 2023 (else one day). */
  readonly spreadMonths?: number;
}

/** Relations per synthetic article: keeps each source a readable few pages long. */
const RELATIONS_PER_SOURCE = 40;

const KINDS: readonly ActorKind[] = ['state', 'state', 'person', 'person', 'organization', 'group', 'bloc'];
const SYLLABLES = ['ka', 'lo', 'ver', 'mi', 'tan', 'sor', 'el', 'dra', 'vik', 'no', 'pel', 'ru', 'zan', 'ot'];
const TOPICS = ['grain exports', 'the border', 'gas prices', 'the ceasefire', 'port access', 'the election'];
const PLACES = ['at the summit', 'in a televised address', 'on Tuesday', 'after talks', 'in a statement'];

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;

function actorName(i: number, kind: ActorKind, rand: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(rand() * 2);
    const s = Array.from({ length: n }, () => pick(SYLLABLES, rand)).join('');
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  // The index keeps names unique without a retry loop.
  const base = kind === 'person' ? `${word()} ${word()}` : `${word()}ia`;
  return `${base} ${i}`;
}

/** Source `i` of `count`, dated in month floor(i * months / count) from January 2023, on a day from 1 to 28. */
function spreadDate(i: number, count: number, months: number): string {
  const month = Math.floor((i * months) / count);
  const year = 2023 + Math.floor(month / 12);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${year}-${pad((month % 12) + 1)}-${pad((i % 28) + 1)}`;
}

/** A graph of `actors` actors, each the source of `relationsPerActor` relations to others. */
export function generateGraph(options: GenerateOptions, relationTypes: readonly RelationType[]): Graph {
  const { actors: n, relationsPerActor = 5, evidencePerRelation = 2, seed = 1, spreadMonths } = options;
  const sourceCount = Math.ceil((n * relationsPerActor) / RELATIONS_PER_SOURCE);
  if (n < 2) throw new Error('a benchmark graph needs at least two actors');
  if (relationTypes.length === 0) throw new Error('a benchmark graph needs relation types');
  const rand = mulberry32(seed);

  const actors: Actor[] = Array.from({ length: n }, (_, i) => {
    const kind = pick(KINDS, rand);
    return { id: `a${i}`, label: actorName(i, kind, rand), kind, aliases: [] };
  });

  // Targets lean towards low indices, so a few actors become hubs as states do in real reporting.
  const seen = new Set<string>();
  const planned: { source: number; target: number; type: RelationType }[] = [];
  for (let s = 0; s < n; s++) {
    for (let k = 0; k < relationsPerActor; k++) {
      for (;;) {
        const target = Math.floor(n * rand() ** 2);
        const type = pick(relationTypes, rand);
        const key = `${s}|${target}|${type.id}`;
        if (target === s || seen.has(key)) continue;
        seen.add(key);
        planned.push({ source: s, target, type });
        break;
      }
    }
  }

  const sources: Source[] = [];
  const relations: Relation[] = [];
  for (let first = 0; first < planned.length; first += RELATIONS_PER_SOURCE) {
    const sourceId = `s${sources.length}`;
    let text = `Synthetic report ${sources.length}.\n\n`;
    for (const [j, p] of planned.slice(first, first + RELATIONS_PER_SOURCE).entries()) {
      const from = actors[p.source]!.label;
      const to = actors[p.target]!.label;
      const evidence: Evidence[] = [];
      for (let e = 0; e < evidencePerRelation; e++) {
        const quote = `${from} ${p.type.label} ${to} over ${pick(TOPICS, rand)} ${pick(PLACES, rand)}.`;
        const start = text.length;
        text += `${quote} `;
        evidence.push({ sourceId, start, end: start + quote.length, quote });
      }
      text += '\n\n';
      relations.push({
        id: `r${first + j}`,
        source: actors[p.source]!.id,
        target: actors[p.target]!.id,
        type: p.type.id,
        evidence,
      });
    }
    sources.push({
      id: sourceId,
      title: `Synthetic report ${sources.length}`,
      author: 'Benchmark generator',
      publisher: 'Actorgraph bench',
      published: spreadMonths ? spreadDate(sources.length, sourceCount, spreadMonths) : '2025-05-09',
      text,
    });
  }

  return { schemaVersion: 1, sources, actors, relationTypes: [...relationTypes], relations };
}
