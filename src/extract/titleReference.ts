/**
 * "the king", "the prime minister": the person last named with that title, in this sentence or the few
 * before ("King Gyanendra … the United States calls upon the king to restore democracy"). The title
 * must stand alone: "the president of Sudan", "the president, Omar al-Bashir" and "the prime minister
 * designate" name someone else, or someone named right there.
 */
import { isCapitalised, type Token } from './tokenize';
import type { Item } from './units';

/** Titles that "the <title>" repeats alone, the longer before the shorter they end with. */
const TITLES: readonly (readonly string[])[] = [
  ['prime', 'minister'],
  ['foreign', 'minister'],
  ['president'],
  ['premier'],
  ['chancellor'],
  ['king'],
  ['queen'],
  ['emir'],
  ['pope'],
];
/** Words before a title that make it another office: "Vice President", "Deputy Prime Minister". */
const OTHER_OFFICES = new Set(['vice', 'deputy', 'former', 'ex', 'late']);
/** Words after "the <title>" that make it someone not named before: "the president-elect". */
const NOT_ALONE = new Set(['of', '-', 'designate', 'elect']);
/** How many sentences back the person may have been named. */
export const TITLE_REACH = 3;

/** The last person named after each title, and the sentence that named them (discourse.ts keeps it). */
export type RememberedTitles = Map<string, { readonly id: string; readonly sentence: number }>;

export interface TitledPerson {
  readonly title: string;
  readonly id: string;
  /** The token after the person's name, for those named earlier in the same sentence. */
  readonly last: number;
}

/** The title written right before a name ("President", "Prime Minister"), lower case, if any. */
function titleBefore(tokens: readonly Token[], first: number): string | undefined {
  for (const words of TITLES) {
    const at = first - words.length;
    const written = words.every((word, k) => {
      const token = tokens[at + k];
      return token !== undefined && token.lower === word && isCapitalised(token);
    });
    if (!written) continue;
    return OTHER_OFFICES.has(tokens[at - 1]?.lower ?? '') ? undefined : words.join(' ');
  }
  return undefined;
}

/** The persons a sentence names after a title, in order, from its mentions before they are widened. */
export function personsNamedWithTitles(tokens: readonly Token[], mentions: readonly Item[]): TitledPerson[] {
  const found: TitledPerson[] = [];
  for (const mention of mentions) {
    const id = mention.members[0]?.actorId;
    const title = mention.person && id ? titleBefore(tokens, mention.first) : undefined;
    if (title && id) found.push({ title, id, last: mention.last });
  }
  return found;
}

/** Remembers this sentence's titled persons, the later over the earlier, for the sentences after. */
export function rememberTitles(
  remembered: RememberedTitles,
  local: readonly TitledPerson[],
  sentence: number,
): void {
  for (const person of local) remembered.set(person.title, { id: person.id, sentence });
}

/**
 * The person "the <title>" at `i` names and the token after the phrase: the latest named before it in
 * this sentence (`local`), else the one the discourse remembers for the title within reach.
 */
export function personByTitle(
  tokens: readonly Token[],
  i: number,
  occupied: readonly boolean[],
  local: readonly TitledPerson[],
  remembered: RememberedTitles | undefined,
  sentence: number,
): TitledPerson | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  for (const words of TITLES) {
    if (!words.every((word, k) => tokens[i + 1 + k]?.lower === word && !occupied[i + 1 + k])) continue;
    const last = i + 1 + words.length;
    const next = tokens[last];
    const named = next?.lower === ',' ? tokens[last + 1] : next;
    if (next && (NOT_ALONE.has(next.lower) || /^\p{Lu}/u.test(named?.text ?? ''))) return undefined;
    const title = words.join(' ');
    const here = local.filter((person) => person.title === title && person.last <= i).pop();
    const before = remembered?.get(title);
    if (here) return { title, id: here.id, last };
    return before && sentence - before.sentence <= TITLE_REACH ? { title, id: before.id, last } : undefined;
  }
  return undefined;
}
