/**
 * A person's name as news writes it: the capitalised words (with particles, inner hyphens and a middle
 * initial) that make it, and the document actor it makes, with its surname as an alias so that a later
 * "Shapps said" names the same person. Shared by every way discovery finds a person.
 */
import { slugify } from '../domain/ids';
import type { LexiconActor } from './lexicon';
import { isCapitalisedWord, isInnerHyphen, isWord, type Token } from './tokenize';
import { NAME_PARTICLES, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './words';

const MAX_NAME_WORDS = 4;

export interface Found {
  readonly actor: LexiconActor;
}

/** A capitalised word of a title: "President", "Foreign", "Lieutenant-Colonel"'s first part. */
export const isTitleWord = (token: Token | undefined): token is Token =>
  isCapitalisedWord(token) && (TITLE_HEADS.has(token.lower) || TITLE_MODIFIERS.has(token.lower));

/** The capitalised name starting at `at`: token range [at, end), or undefined. */
export function nameAt(tokens: readonly Token[], at: number): number | undefined {
  let end = at;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    const token = tokens[end];
    if (isCapitalisedWord(token) && !NOT_NAMES.has(token.lower) && !TITLE_HEADS.has(token.lower)) {
      end++;
      words++;
    } else if (words > 0 && isInnerHyphen(tokens, end)) {
      end += 2; // "Zia-Ul-Haq", "Park Geun-hye"
      continue;
    } else if (
      words > 0 &&
      isWord(token) &&
      NAME_PARTICLES.has(token.text) &&
      isCapitalisedWord(tokens[end + 1])
    ) {
      end++;
    } else if (
      words > 0 &&
      isWord(token) &&
      NAME_PARTICLES.has(token.text) &&
      isInnerHyphen(tokens, end + 1) &&
      isCapitalisedWord(tokens[end + 2])
    ) {
      end += 3; // "Omar al-Bashir", "Abdel Fattah el-Sisi"
      words++;
    } else if (words > 0 && token?.text === '.' && tokens[end - 1]?.text.length === 1) {
      end++; // a middle initial: "George W. Bush"
    } else break;
  }
  return words > 0 ? end : undefined;
}

export function nameText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** The person a name at [from, to) makes, given by the state or body `giver`, if any. */
export function person(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  giver?: string,
): Found {
  const name = nameText(text, tokens, from, to);
  const groups = name.split(/\s+/).filter((group) => !NAME_PARTICLES.has(group));
  const surname = groups.length > 1 ? groups[groups.length - 1] : undefined;
  return {
    actor: {
      id: slugify(name),
      label: name,
      kind: 'person',
      aliases: surname && surname.length > 2 ? [{ text: surname, type: 'surname' }] : [],
      ...(giver ? { affiliation: giver } : {}),
      discovered: true,
    },
  };
}
