/**
 * Checks the real-news evaluation set (data/devset/real-news.json) for slips that would skew a score:
 *
 *   npx tsx scripts/check-real-news.ts [file]
 *
 * Item and source ids are unique, every item names a listed source, the splits are split by article and
 * each large enough to score on its own, every relation type is in the vocabulary, symmetric relations
 * are in sorted order and listed once, each item's sentence count matches its text, and every actor
 * written as an id (lower-case, hyphenated) exists in the lexicon. Prints one line per problem and exits 1 on any.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/domain/ids';
import { segmentSentences } from '../src/domain/sentences';
import { SPLITS as EVAL_SPLITS } from '../src/extract/evalData';
import { RELATION_TYPES } from '../src/extract/vocabulary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FILE = 'data/devset/real-news.json';
const LEXICON_FILES = ['data/lexicon/actors.json', 'data/lexicon/extra-actors.json'];

/** The vocabulary's types, by direction: the extractor's own definition, not a copy. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(
  RELATION_TYPES.filter((t) => !t.directed).map((t) => t.id),
);
export const DIRECTED_TYPES: ReadonlySet<string> = new Set(
  RELATION_TYPES.filter((t) => t.directed).map((t) => t.id),
);
/** The real-news splits the eval describes: one list, in evalSplits.ts. */
const SPLITS = EVAL_SPLITS.filter((spec) => spec.file === 'real-news').map((spec) => spec.split);
const MIN_SENTENCES = 170;
const MIN_ARTICLES = 10;
const PASSAGE_SENTENCES = { min: 5, max: 15 };
/**
 * Each split is scored on its own, so each needs enough sentences for its score to mean something. A floor
 * rather than a ratio between splits: the splits have different roles and were annotated at different times.
 */
const MIN_SPLIT_SENTENCES = 90;

/** An actor written as a lexicon id rather than as a name from the passage. */
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Relation {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly negated?: boolean;
}
interface Item {
  readonly id: string;
  readonly split: string;
  readonly sourceId: string;
  readonly sentences: number;
  readonly text: string;
  readonly relations: readonly Relation[];
}
interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string;
  readonly url: string;
  readonly licence: string;
}
export interface RealNews {
  readonly about: string;
  readonly sources: readonly Source[];
  readonly items: readonly Item[];
}

/** Sentences as the app and the extractor segment them. */
export function countSentences(paragraph: string): number {
  return segmentSentences(paragraph).length;
}

/** How a symmetric pair is ordered: names compare as the ids they would become. */
const sortKey = slugify;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function checkRelations(item: Item, lexicon: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const keys: string[] = [];
  for (const [index, relation] of item.relations.entries()) {
    const at = `${item.id} relations[${index}]`;
    if (!SYMMETRIC_TYPES.has(relation.type) && !DIRECTED_TYPES.has(relation.type)) {
      problems.push(`${at}: unknown type "${relation.type}"`);
    }
    if (relation.source === relation.target) problems.push(`${at}: source and target are the same`);
    if (SYMMETRIC_TYPES.has(relation.type) && sortKey(relation.source) > sortKey(relation.target)) {
      problems.push(`${at}: ${relation.type} is symmetric; put ${relation.target} first`);
    }
    for (const actor of [relation.source, relation.target]) {
      if (actor.trim() !== actor || actor === '') problems.push(`${at}: actor "${actor}" is blank or padded`);
      else if (ID_SHAPE.test(actor) && !lexicon.has(actor))
        problems.push(`${at}: "${actor}" is not a lexicon id`);
    }
    keys.push(`${relation.source}>${relation.target}:${relation.type}`);
  }
  for (const key of duplicates(keys)) problems.push(`${item.id}: ${key} is listed more than once`);
  return problems;
}

function checkText(item: Item): string[] {
  const problems: string[] = [];
  const paragraphs = item.text.split('\n\n');
  if (
    paragraphs.some(
      (paragraph) => paragraph.trim() !== paragraph || paragraph === '' || paragraph.includes('\n'),
    )
  ) {
    problems.push(`${item.id}: paragraphs must be separated by exactly one blank line, without padding`);
  }
  const counted = paragraphs.reduce((sum, paragraph) => sum + countSentences(paragraph), 0);
  if (counted !== item.sentences)
    problems.push(`${item.id}: says ${item.sentences} sentences, the text has ${counted}`);
  if (counted < PASSAGE_SENTENCES.min || counted > PASSAGE_SENTENCES.max) {
    problems.push(
      `${item.id}: ${counted} sentences; passages hold ${PASSAGE_SENTENCES.min}-${PASSAGE_SENTENCES.max}`,
    );
  }
  return problems;
}

function checkSplits(data: RealNews): string[] {
  const problems: string[] = [];
  const sentences = new Map<string, number>(SPLITS.map((split) => [split, 0]));
  const splitOfSource = new Map<string, string>();
  for (const item of data.items) {
    const total = sentences.get(item.split);
    if (total === undefined) {
      problems.push(`${item.id}: unknown split "${item.split}"`);
      continue;
    }
    sentences.set(item.split, total + item.sentences);
    const earlier = splitOfSource.get(item.sourceId);
    if (earlier !== undefined && earlier !== item.split) {
      problems.push(`${item.id}: ${item.sourceId} appears in two splits; split by article`);
    }
    splitOfSource.set(item.sourceId, item.split);
  }
  for (const [split, total] of sentences) {
    if (total < MIN_SPLIT_SENTENCES) {
      problems.push(`${split} holds ${total} sentences; each split needs at least ${MIN_SPLIT_SENTENCES}`);
    }
  }
  const all = [...sentences.values()].reduce((sum, total) => sum + total, 0);
  if (all < MIN_SENTENCES) problems.push(`${all} sentences in all; at least ${MIN_SENTENCES} are needed`);
  if (splitOfSource.size < MIN_ARTICLES) {
    problems.push(`${splitOfSource.size} articles; at least ${MIN_ARTICLES} are needed`);
  }
  return problems;
}

/** Every problem in the set, one line each; none means it is ready to score. */
export function checkRealNews(data: RealNews, lexicon: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.map((source) => source.id));
  for (const id of duplicates(data.sources.map((source) => source.id)))
    problems.push(`source ${id} is listed twice`);
  for (const id of duplicates(data.items.map((item) => item.id))) problems.push(`item ${id} is listed twice`);
  // The same article twice would be scored twice, and once perhaps after the rules were written from it.
  for (const url of duplicates(data.sources.map((source) => source.url)))
    problems.push(`two sources were read at ${url}; each article goes in once`);
  for (const text of duplicates(data.items.map((item) => item.text)))
    problems.push(`two items hold the same passage ("${text.slice(0, 40)}…"); each goes in once`);
  for (const source of data.sources) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(source.published))
      problems.push(`source ${source.id}: published is not YYYY-MM-DD`);
    if (!/^https?:\/\//.test(source.url)) problems.push(`source ${source.id}: url is not a web address`);
    if (source.title === '' || source.publisher === '' || source.licence === '') {
      problems.push(`source ${source.id}: title, publisher and licence are required`);
    }
  }
  const usedSources = new Set(data.items.map((item) => item.sourceId));
  for (const id of sourceIds) if (!usedSources.has(id)) problems.push(`source ${id} has no item`);
  for (const item of data.items) {
    if (!sourceIds.has(item.sourceId)) problems.push(`${item.id}: source ${item.sourceId} is not listed`);
    problems.push(...checkText(item), ...checkRelations(item, lexicon));
  }
  return [...problems, ...checkSplits(data)];
}

/** The ids of every actor in the lexicon files. */
export function readLexiconIds(files: readonly string[] = LEXICON_FILES): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    const lexicon = JSON.parse(readFileSync(resolve(root, file), 'utf8')) as { actors: { id: string }[] };
    for (const actor of lexicon.actors) ids.add(actor.id);
  }
  return ids;
}

function main(args: readonly string[]): number {
  const file = resolve(root, args[0] ?? DEFAULT_FILE);
  // Our own data file: the checks below are the shape check that matters for scoring.
  const data = JSON.parse(readFileSync(file, 'utf8')) as RealNews;
  const problems = checkRealNews(data, readLexiconIds());
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) return 1;
  const summary = SPLITS.map((split) => {
    const items = data.items.filter((item) => item.split === split);
    const sentences = items.reduce((sum, item) => sum + item.sentences, 0);
    const relations = items.reduce((sum, item) => sum + item.relations.length, 0);
    return `${split}: ${items.length} items, ${sentences} sentences, ${relations} relations`;
  });
  console.log(
    `${args[0] ?? DEFAULT_FILE} is consistent (${data.sources.length} sources). ${summary.join('; ')}`,
  );
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
