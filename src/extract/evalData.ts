/**
 * The evaluation sets and how their gold labels are read. Two files: data/devset/devset.json (sentences
 * the team wrote, gold actors as lexicon ids) and data/devset/real-news.json (passages of public-domain
 * news, annotated by someone who had not read the rules; an actor the lexicon lacks is written by name).
 */
import { slugify } from '../domain/ids';
import type { LabeledRelation } from './evaluate';
import { findMentions, type Lexicon } from './lexicon';
import { tokenize } from './tokenize';
import { NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './words';

export interface GoldRelation {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly negated?: boolean;
}

export interface EvalItem {
  readonly id: string;
  readonly split: string;
  readonly text: string;
  readonly relations: readonly GoldRelation[];
}

/** One row of the report: a split of one file, described once here. */
export interface SplitSpec {
  readonly file: 'devset' | 'real-news';
  readonly split: string;
  readonly title: string;
  /**
   * Committed blind and not scored yet: the eval leaves it out unless it is asked for by name
   * (`--split <name>`), so a routine run cannot score it by accident and the one scoring is deliberate.
   */
  readonly sealed?: boolean;
}

/** Whether a run asked for `only` (a split name, "all" or nothing) scores this split. */
export function scoresSplit(spec: SplitSpec, only: string | undefined): boolean {
  if (spec.sealed === true) return only === spec.split;
  return only === undefined || only === 'all' || only === spec.split;
}

export const SPLITS: readonly SplitSpec[] = [
  { file: 'devset', split: 'dev', title: 'the rules were tuned on these' },
  { file: 'devset', split: 'test', title: 'held out; scored blind only on its first run' },
  { file: 'devset', split: 'blind2', title: 'analytical prose; scored blind once before the second round' },
  { file: 'devset', split: 'blind3', title: 'other regions; scored blind once before the third round' },
  {
    file: 'devset',
    split: 'blind4',
    title: 'written without sight of the rules, scored blind in the fourth round',
  },
  { file: 'real-news', split: 'news-dev', title: 'real public-domain news; the rules may be tuned on these' },
  {
    file: 'real-news',
    split: 'news-blind',
    title: 'real public-domain news, annotated blind; scored once, then tuned on in the next round',
  },
  {
    file: 'real-news',
    split: 'news-blind-2',
    title: 'real public-domain news, a second annotator; committed before the round, scored once',
  },
  {
    file: 'real-news',
    split: 'news-blind-3',
    title: 'real public-domain news, a third annotator; scored once after the second round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-4',
    title: 'real public-domain news, a fourth annotator; scored once after the third round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-5',
    title: 'real public-domain news, a fifth annotator; scored once after the fourth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-6',
    title: 'real public-domain news, a sixth annotator; scored once, after the fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-7',
    title: 'real public-domain news, a seventh annotator; scored once after the sixth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-8',
    title: 'real public-domain news, an eighth annotator; scored once after the seventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-9',
    title: 'real public-domain news, a ninth annotator; scored once after the eighth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-10',
    title: 'real public-domain news, a tenth annotator; scored once after the ninth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-11',
    title: 'real public-domain news, an eleventh annotator; scored once after the tenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-12',
    title:
      'real public-domain news, a twelfth annotator; scored once after the eleventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-13',
    title:
      'real public-domain news, a thirteenth annotator; scored once after the eleventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-14',
    title:
      'real public-domain news, a fourteenth annotator; scored once after the twelfth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-15',
    title:
      'real public-domain news, a fifteenth annotator; scored once after the twelfth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-16',
    title:
      'real public-domain news, a sixteenth annotator; scored once after the thirteenth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-17',
    title:
      'real public-domain news, a seventeenth annotator; scored once after the thirteenth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-18',
    title: 'real public-domain news, an eighteenth annotator; scored once after the fourteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-19',
    title: 'real public-domain news, a nineteenth annotator; scored once after the fourteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-20',
    title: 'real public-domain news, a twentieth annotator; scored once after the fifteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-21',
    title: 'real public-domain news, a twenty-first annotator; scored once after the fifteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-22',
    title: 'real public-domain news, a twenty-second annotator; scored once after the sixteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-23',
    title: 'real public-domain news, a twenty-third annotator; scored once after the sixteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-24',
    title: 'real public-domain news, a twenty-fourth annotator; scored once after the seventeenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-25',
    title: 'real public-domain news, a twenty-fifth annotator; scored once after the seventeenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-26',
    title: 'real public-domain news, a twenty-sixth annotator; scored once after the eighteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-27',
    title: 'real public-domain news, a twenty-seventh annotator; scored once after the eighteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-28',
    title: 'real public-domain news, a twenty-eighth annotator; scored once after the nineteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-29',
    title: 'real public-domain news, a twenty-ninth annotator; scored once after the nineteenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-30',
    title: 'real public-domain news, a thirtieth annotator; scored once after the twentieth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-31',
    title: 'real public-domain news, a thirty-first annotator; scored once after the twentieth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-32',
    title: 'real public-domain news, a thirty-second annotator; scored once after the twenty-first round',
  },
  {
    file: 'real-news',
    split: 'news-blind-33',
    title: 'real public-domain news, a thirty-third annotator; scored once after the twenty-first round',
  },
  {
    file: 'real-news',
    split: 'news-blind-34',
    title: 'real public-domain news, a thirty-fourth annotator; scored once after the twenty-second round',
  },
  {
    file: 'real-news',
    split: 'news-blind-35',
    title: 'real public-domain news, a thirty-fifth annotator; scored once after the twenty-second round',
  },
  {
    file: 'real-news',
    split: 'news-blind-36',
    title: 'real public-domain news, a thirty-sixth annotator; scored once after the twenty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-37',
    title: 'real public-domain news, a thirty-seventh annotator; scored once after the twenty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-38',
    title: 'real public-domain news, a thirty-eighth annotator; scored once after the twenty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-39',
    title: 'real public-domain news, a thirty-ninth annotator; scored once after the twenty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-40',
    title: 'real public-domain news, a fortieth annotator; scored once after the twenty-fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-41',
    title: 'real public-domain news, a forty-first annotator; scored once after the twenty-fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-42',
    title: 'real public-domain news, a forty-second annotator; scored once after the twenty-sixth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-43',
    title: 'real public-domain news, a forty-third annotator; scored once after the twenty-sixth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-44',
    title: 'real public-domain news, a forty-fourth annotator; scored once after the twenty-seventh round',
  },
  {
    file: 'real-news',
    split: 'news-blind-45',
    title: 'real public-domain news, a forty-fifth annotator; scored once after the twenty-seventh round',
  },
  {
    file: 'real-news',
    split: 'news-blind-46',
    title: 'real public-domain news, a forty-sixth annotator; scored once after the twenty-eighth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-47',
    title: 'real public-domain news, a forty-seventh annotator; scored once after the twenty-eighth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-48',
    title: 'real public-domain news, a forty-eighth annotator; scored once after the twenty-ninth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-49',
    title: 'real public-domain news, a forty-ninth annotator; scored once after the twenty-ninth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-50',
    title: 'real public-domain news, a fiftieth annotator; scored once after the thirtieth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-51',
    title: 'real public-domain news, a fifty-first annotator; scored once after the thirtieth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-52',
    title: 'real public-domain news, a fifty-second annotator; scored once after the thirty-first round',
  },
  {
    file: 'real-news',
    split: 'news-blind-53',
    title: 'real public-domain news, a fifty-third annotator; scored once after the thirty-first round',
  },
  {
    file: 'real-news',
    split: 'news-blind-54',
    title: 'real public-domain news, a fifty-fourth annotator; scored once after the thirty-first round',
  },
  {
    file: 'real-news',
    split: 'news-blind-55',
    title: 'real public-domain news, a fifty-fifth annotator; scored once after the thirty-second round',
  },
  {
    file: 'real-news',
    split: 'news-blind-56',
    title: 'real public-domain news, a fifty-sixth annotator; scored once after the thirty-second round',
  },
  {
    file: 'real-news',
    split: 'news-blind-57',
    title: 'real public-domain news, a fifty-seventh annotator; scored once after the thirty-second round',
  },
  {
    file: 'real-news',
    split: 'news-blind-58',
    title: 'real public-domain news, a fifty-eighth annotator; scored once after the thirty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-59',
    title: 'real public-domain news, a fifty-ninth annotator; scored once after the thirty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-60',
    title: 'real public-domain news, a sixtieth annotator; scored once after the thirty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-61',
    title: 'real public-domain news, a sixty-first annotator; scored once after the thirty-third round',
  },
  {
    file: 'real-news',
    split: 'news-blind-62',
    title: 'real public-domain news, a sixty-second annotator; scored once after the thirty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-63',
    title: 'real public-domain news, a sixty-third annotator; scored once after the thirty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-64',
    title: 'real public-domain news, a sixty-fourth annotator; scored once after the thirty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-65',
    title: 'real public-domain news, a sixty-fifth annotator; scored once after the thirty-fourth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-66',
    title: 'real public-domain news, a sixty-sixth annotator; scored once after the thirty-fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-67',
    title: 'real public-domain news, a sixty-seventh annotator; scored once after the thirty-fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-68',
    title: 'real public-domain news, a sixty-eighth annotator; scored once after the thirty-fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-69',
    title: 'real public-domain news, a sixty-ninth annotator; scored once after the thirty-fifth round',
  },
];

/**
 * The actor id a gold label means: a lexicon id as is; a name the lexicon knows as a whole ("the
 * Kremlin", "Lavrov") as that actor; any other name as the id the extractor gives an actor it discovers
 * in the text (the slug of the name), so a discovered "Grant Shapps" matches gold "Grant Shapps".
 */
export function goldActorId(name: string, lexicon: Lexicon): string {
  if (lexicon.actors.has(name)) return name;
  const tokens = tokenize(name);
  const words = tokens.filter((token) => token.kind !== 'punct');
  const mentions = findMentions(tokens, lexicon);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  const leading = tokens[0]?.lower === 'the' ? 1 : 0;
  if (only && only.first <= leading && only.last === tokens.length && words.length > 0) return only.actorId;
  return slugify(withoutTitle(name));
}

/**
 * A name without the title before it ("Crown Prince Abdullah" is Abdullah): the extractor finds a
 * person after the title and names them without it, so a gold name written with one means the same.
 */
function withoutTitle(name: string): string {
  const parts = name.split(/\s+/);
  let k = 0;
  while (
    k < parts.length - 1 &&
    /^\p{Lu}/u.test(parts[k] ?? '') &&
    (TITLE_HEADS.has((parts[k] as string).toLowerCase()) ||
      TITLE_MODIFIERS.has((parts[k] as string).toLowerCase()))
  )
    k++;
  // "General Assembly" is a body's name, not a title before one.
  return NOT_NAMES.has(parts[k]?.toLowerCase() ?? '') ? name : parts.slice(k).join(' ');
}

export function goldLabels(item: EvalItem, lexicon: Lexicon): LabeledRelation[] {
  return item.relations.map((relation) => ({
    source: goldActorId(relation.source, lexicon),
    target: goldActorId(relation.target, lexicon),
    type: relation.type,
    negated: relation.negated === true,
    unit: item.id,
  }));
}

/** Items of a parsed evaluation file, or a message naming what is wrong with it. */
export function readEvalItems(value: unknown, name: string): EvalItem[] | string {
  const items = (value as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return `${name}: no "items" list`;
  for (const [i, item] of items.entries()) {
    const it = item as Partial<EvalItem> | null;
    if (typeof it?.id !== 'string' || typeof it.text !== 'string' || !Array.isArray(it.relations))
      return `${name}: item ${i + 1} lacks an id, a text or a relations list`;
    for (const r of it.relations as unknown[]) {
      const rel = r as Partial<GoldRelation> | null;
      if (typeof rel?.source !== 'string' || typeof rel.target !== 'string' || typeof rel.type !== 'string')
        return `${name}: item ${it.id} has a relation without source, target and type`;
    }
  }
  return (items as EvalItem[]).map((item) => ({ ...item, split: item.split ?? 'dev' }));
}
