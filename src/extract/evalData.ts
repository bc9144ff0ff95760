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

export { scoresSplit, SPLITS, type SplitSpec } from './evalSplits';

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
  let head = false;
  while (k < parts.length - 1 && /^\p{Lu}/u.test(parts[k] ?? '')) {
    const word = (parts[k] as string).toLowerCase();
    if (!TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word)) break;
    head ||= TITLE_HEADS.has(word);
    k++;
  }
  // "National Liberation Army": modifiers without a head word are no title. "General Assembly" is a
  // body's name, not a title before one.
  return !head || NOT_NAMES.has(parts[k]?.toLowerCase() ?? '') ? name : parts.slice(k).join(' ');
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
