/**
 * Organisations a document names with a bracketed acronym: "the Shanghai Cooperation Organisation
 * (SCO)", "the Front for Democracy in Burundi (FRODEBU)".
 */
import { slugify } from '../domain/ids';
import type { ActorKind } from '../domain/types';
import type { ActorMention } from './lexicon';
import { nameText, type Found } from './personNames';
import { isCapitalisedWord, isWord, type Token } from './tokenize';
import { GROUP_NOUNS, ORG_FUNCTION_WORDS } from './words';

const MAX_ORG_TOKENS = 10;
/** An acronym's letters: two to eight capitals ("SCO", "FRODEBU"). */
const ACRONYM = '\\p{Lu}{2,8}';
const WHOLE_ACRONYM = new RegExp(`^${ACRONYM}$`, 'u');
/** A quick test on a raw sentence that it may hold a bracketed acronym (discover.ts). */
export const BRACKETED_ACRONYM = new RegExp(`\\(${ACRONYM}\\)`, 'iu');

function initials(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => isCapitalisedWord(t))
    .map((t) => t.text[0] ?? '')
    .join('');
}

/** `part` in order within `whole`, letter by letter. */
function inOrder(part: string, whole: string): boolean {
  let k = 0;
  for (const letter of whole) if (letter === part[k]) k++;
  return k === part.length;
}

/**
 * Whether an acronym abbreviates a name: its letters are among the name's initials in order ("SCO"),
 * or it takes a syllable of each word ("FRODEBU" for "Front for Democracy in Burundi"), the first
 * letter being the name's first either way.
 */
function abbreviates(acronym: string, phrase: readonly Token[]): boolean {
  const heads = initials(phrase).toUpperCase();
  if (heads[0] !== acronym[0]) return false;
  const letters = phrase
    .map((t) => t.text)
    .join('')
    .toUpperCase();
  return inOrder(acronym, heads) || (inOrder(heads, acronym) && inOrder(acronym, letters));
}

/** "…the Shanghai Cooperation Organisation (SCO)": the name before a bracketed acronym that abbreviates it. */
export function acronymOrganisations(
  text: string,
  tokens: readonly Token[],
  known: readonly ActorMention[],
): Found[] {
  const found: Found[] = [];
  for (let i = 1; i + 2 < tokens.length + 1; i++) {
    const acronym = tokens[i];
    if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !isWord(acronym)) continue;
    if (!WHOLE_ACRONYM.test(acronym.text)) continue;
    let start = i - 1;
    while (
      start > 0 &&
      i - 1 - start < MAX_ORG_TOKENS &&
      (isCapitalisedWord(tokens[start - 1]) || ORG_FUNCTION_WORDS.has((tokens[start - 1] as Token).lower))
    )
      start--;
    // No leading "the", "of" (nor a capitalised "The" opening the sentence).
    while (start < i - 1 && (!isCapitalisedWord(tokens[start]) || tokens[start]?.lower === 'the')) start++;
    const phrase = tokens.slice(start, i - 1);
    if (phrase.length < 2) continue;
    if (!abbreviates(acronym.text, phrase)) continue;
    // A known actor may sit inside the name ("Front for Democracy in Burundi"), not open it.
    if (known.some((m) => m.first <= start && m.last > start) || known.some((m) => m.first === i)) continue;
    const name = nameText(text, tokens, start, i - 1);
    const kind: ActorKind = phrase.some((t) => GROUP_NOUNS.has(t.lower)) ? 'group' : 'organization';
    found.push({
      actor: {
        id: slugify(name),
        label: name,
        kind,
        aliases: [{ text: acronym.text, type: 'abbreviation' }],
        discovered: true,
      },
    });
  }
  return found;
}
