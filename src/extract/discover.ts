/**
 * Actors found in the document itself, before the relations are read: a person named with a title
 * ("UK Defence Secretary Grant Shapps", "Pakistan President Zia-Ul-Haq", "President Bush") and an
 * organisation named with its acronym ("the Collective Security Treaty Organization (CSTO)"). Each
 * becomes an actor of this document only, marked `discovered`, so the reader is asked to check it; a
 * person's surname later in the text ("Shapps said") names the same actor.
 */
import { slugify } from '../domain/ids';
import { segmentSentences } from '../domain/sentences';
import type { ActorKind } from '../domain/types';
import { extendLexicon, findMentions, type Lexicon, type LexiconActor, type LexiconAlias } from './lexicon';
import { tokenize, type Token } from './tokenize';

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** The word that makes a title ("Secretary" in "Defence Secretary"); a name must follow it. */
const TITLE_HEADS = wordSet(
  'president minister secretary secretary-general chancellor premier king queen prince ' +
    'princess emir sheikh general gen admiral adm colonel col marshal envoy ambassador ' +
    'spokesman spokeswoman spokesperson commander leader senator sen governor gov mayor ' +
    'chairman chairwoman director pope ayatollah rep representative lawmaker diplomat ' +
    'negotiator chief',
);
/** Words that may come before the head ("Deputy Foreign", "Secretary of"). */
const TITLE_MODIFIERS = wordSet(
  'prime foreign defence defense interior finance trade economy energy justice deputy vice ' +
    'supreme crown army military opposition former acting top lieutenant lt major maj brigadier ' +
    'attorney state of security national special senior chief secretary general minister ' +
    'president then - .',
);
/** Capitalised words that end a name or cannot be one ("General Assembly", "Minister Monday"). */
const NOT_NAMES = wordSet(
  'assembly council department ministry office house court staff committee party government ' +
    'administration parliament congress senate agency monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october ' +
    'november december the and of in on for said says on mr mrs ms dr i we he she it',
);
/** Lower-case words inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = wordSet('bin ibn al el de del da van von der la le abu');
/** Lower-case words inside an organisation's name. */
const ORG_FUNCTION_WORDS = wordSet('of for and on in the de - &');
const GROUP_NOUNS = wordSet('front movement army forces brigade brigades militia party');
/** Departments named after "Secretary of". */
const OFFICES = wordSet('state defense defence treasury commerce homeland energy');
const MAX_NAME_WORDS = 4;
const MAX_ORG_TOKENS = 10;

/** A quick test on the raw sentence (a title word, a bracketed acronym), so most sentences are skipped. */
const MAY_DISCOVER = new RegExp(
  String.raw`\b(?:${[...TITLE_HEADS].join('|')})\b|\(\p{Lu}{2,6}\)`, // the heads are plain words
  'iu',
);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isCapitalised = (t: Token | undefined): t is Token => isWord(t) && /^\p{Lu}/u.test(t.text);

export interface Discovery {
  /** The lexicon with this document's own actors added (the base itself when none were found). */
  readonly lexicon: Lexicon;
  readonly actors: readonly LexiconActor[];
}

interface Found {
  readonly actor: LexiconActor;
}

/** The capitalised name starting at `at`: token range [at, end), or undefined. */
function nameAt(tokens: readonly Token[], at: number): number | undefined {
  let end = at;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    const token = tokens[end];
    if (isCapitalised(token) && !NOT_NAMES.has(token.lower) && !TITLE_HEADS.has(token.lower)) {
      end++;
      words++;
    } else if (words > 0 && token?.text === '-' && isCapitalised(tokens[end + 1])) {
      end++;
    } else if (
      words > 0 &&
      isWord(token) &&
      NAME_PARTICLES.has(token.text) &&
      isCapitalised(tokens[end + 1])
    ) {
      end++;
    } else if (words > 0 && token?.text === '.' && tokens[end - 1]?.text.length === 1) {
      end++; // a middle initial: "George W. Bush"
    } else break;
  }
  return words > 0 ? end : undefined;
}

function nameText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** People named with a title in one sentence's tokens. */
function titledPersons(
  text: string,
  tokens: readonly Token[],
  known: ReturnType<typeof findMentions>,
): Found[] {
  const found: Found[] = [];
  const mentionAt = new Map(known.map((m) => [m.first, m]));
  const covered = new Set(
    known.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)),
  );
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!isWord(head) || !TITLE_HEADS.has(head.lower.replace(/\.$/, ''))) continue;
    let nameStart = i + 1;
    if (tokens[nameStart]?.text === '.') nameStart++; // "Gen. Ali"
    // "Secretary of State John Kerry", "Secretary of Defense Lloyd Austin"
    if (tokens[nameStart]?.lower === 'of' && OFFICES.has(tokens[nameStart + 1]?.lower ?? '')) nameStart += 2;
    const end = nameAt(tokens, nameStart);
    if (end === undefined || covered.has(nameStart)) continue;
    // The title runs back over its modifiers to the state or organisation that gives it, if any.
    let start = i;
    while (start > 0 && TITLE_MODIFIERS.has((tokens[start - 1] as Token).lower)) start--;
    if (start > 0 && tokens[start - 1]?.kind === 'pos') start--;
    const giver = start > 0 ? [...mentionAt.values()].find((m) => m.last === start) : undefined;
    if (!giver && !/^\p{Lu}/u.test(head.text)) continue; // "the minister Smith" is too loose without a state
    const name = nameText(text, tokens, nameStart, end);
    const words = tokens.slice(nameStart, end).filter(isCapitalised);
    const surname = words.length > 1 ? words[words.length - 1]?.text : undefined;
    const aliases: LexiconAlias[] = surname && surname.length > 2 ? [{ text: surname, type: 'surname' }] : [];
    found.push({
      actor: {
        id: slugify(name),
        label: name,
        kind: 'person',
        aliases,
        ...(giver ? { affiliation: giver.actorId } : {}),
        discovered: true,
      },
    });
    i = end - 1;
  }
  return found;
}

function initials(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => isCapitalised(t))
    .map((t) => t.text[0] ?? '')
    .join('');
}

/** "…the Shanghai Cooperation Organisation (SCO)": the name before a bracketed acronym made of its initials. */
function acronymOrganisations(
  text: string,
  tokens: readonly Token[],
  known: ReturnType<typeof findMentions>,
): Found[] {
  const found: Found[] = [];
  for (let i = 1; i + 2 < tokens.length + 1; i++) {
    const acronym = tokens[i];
    if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !isWord(acronym)) continue;
    if (!/^\p{Lu}{2,6}$/u.test(acronym.text)) continue;
    let start = i - 1;
    while (
      start > 0 &&
      i - 1 - start < MAX_ORG_TOKENS &&
      (isCapitalised(tokens[start - 1]) || ORG_FUNCTION_WORDS.has((tokens[start - 1] as Token).lower))
    )
      start--;
    // No leading "the", "of" (nor a capitalised "The" opening the sentence).
    while (start < i - 1 && (!isCapitalised(tokens[start]) || tokens[start]?.lower === 'the')) start++;
    const phrase = tokens.slice(start, i - 1);
    if (phrase.length < 2) continue;
    // The acronym's letters, in order, among the name's initials, starting with the first.
    const heads = initials(phrase).toUpperCase();
    let k = 0;
    for (const letter of heads) if (letter === acronym.text[k]) k++;
    if (k !== acronym.text.length || heads[0] !== acronym.text[0]) continue;
    if (known.some((m) => m.first < i - 1 && m.last > start) || known.some((m) => m.first === i)) continue;
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

/** This document's own actors, and the lexicon that also names them. */
export function discoverActors(text: string, base: Lexicon): Discovery {
  const byId = new Map<string, LexiconActor>();
  for (const sentence of segmentSentences(text)) {
    if (!MAY_DISCOVER.test(text.slice(sentence.start, sentence.end))) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const known = findMentions(tokens, base);
    for (const { actor } of [
      ...titledPersons(text, tokens, known),
      ...acronymOrganisations(text, tokens, known),
    ]) {
      if (!actor.id || base.actors.has(actor.id)) continue;
      const held = byId.get(actor.id);
      // The first sighting names the actor; a later one may add the state the first lacked.
      if (!held) byId.set(actor.id, actor);
      else if (!held.affiliation && actor.affiliation)
        byId.set(actor.id, { ...held, affiliation: actor.affiliation });
    }
  }
  const actors = [...byId.values()];
  return { lexicon: actors.length > 0 ? extendLexicon(base, actors) : base, actors };
}
