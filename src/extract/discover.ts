/**
 * Actors found in the document itself, before the relations are read: a person named with a title
 * ("UK Defence Secretary Grant Shapps", "Pakistan President Zia-Ul-Haq", "President Bush") and an
 * organisation named with its acronym ("the Collective Security Treaty Organization (CSTO)"). Each
 * becomes an actor of this document only, marked `discovered`, so the reader is asked to check it; a
 * person's surname later in the text ("Shapps said") names the same actor.
 */
import { segmentSentences, type Sentence } from '../domain/sentences';
import { acronymOrganisations, BRACKETED_ACRONYM } from './discoverAcronyms';
import { barePersons, MAY_NAME_BARE } from './discoverBareNames';
import { calledBodies, MAY_NAME_CALLED, MAY_NAME_PEOPLE, namedBodies, statePeoples } from './discoverBodies';
import { knownBySurname } from './knownSurnames';
import { isTitleWord, nameAt, person, type Found } from './personNames';
import { extendLexicon, findMentions, type Lexicon, type LexiconActor } from './lexicon';
import {
  isCapitalised,
  isCapitalisedWord,
  isInnerHyphen,
  isPossessiveMark,
  isWord,
  tokenize,
  type Token,
} from './tokenize';
import {
  BODY_HEADS,
  FIGHTER_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  OFFICES,
  REMIT_ENDS,
  finiteVerbs,
  words,
} from './words';

/** Endings of the adjectives that come before a title ("presidential", "Korean", "senior"). */
const ADJECTIVE = /(?:al|an|ese|ish|ic|ive|ior|ary|ist)$/;
/** Verbs by which a person named before ", who" leads something: "…, who commands the FARC". */
const LEADING = finiteVerbs('lead|head|command|chair');

/**
 * A quick test on the raw sentence (a title or body word, a bracketed acronym), so most sentences are
 * skipped. The words are matched in the lower-cased sentence: a case-blind Unicode pattern ran five
 * times slower.
 */
const HEAD_WORD = new RegExp(
  // the heads are plain words
  String.raw`\b(?:${[...TITLE_HEADS, ...BODY_HEADS, ...FIGHTER_NOUNS, ...LEADING].join('|')})\b`,
  'u',
);
const mayDiscover = (raw: string): boolean =>
  HEAD_WORD.test(raw.toLowerCase()) || BRACKETED_ACRONYM.test(raw);

/** A capitalised plural title: "Presidents Paul Kagame of Rwanda and Joseph Kabila of the DRC". */
const PLURAL_TITLE =
  /\b(?:Presidents|Ministers|Leaders|Kings|Generals|Ambassadors|Envoys|Senators|Secretaries)\b/u;

/** Besides a head word or an acronym, what makes a sentence worth searching for new names. */
const NAME_GATES = [PLURAL_TITLE, MAY_NAME_BARE, MAY_NAME_PEOPLE, MAY_NAME_CALLED];

export interface Discovery {
  /** The lexicon with this document's own actors added (the base itself when none were found). */
  readonly lexicon: Lexicon;
  readonly actors: readonly LexiconActor[];
}

type Mention = ReturnType<typeof findMentions>[number];

/** Skips what may sit between a title's head and the name: "of State", "to the U.N.", a comma. */
function afterHead(tokens: readonly Token[], at: number, mentionAt: ReadonlyMap<number, Mention>): number {
  let k = at;
  if (tokens[k]?.text === '.') k++; // "Gen. Ali"
  if (isInnerHyphen(tokens, k) && tokens[k + 1]?.lower === 'elect') k += 2; // "president-elect, Juan Manuel Santos"
  if (tokens[k]?.lower === 'of' && OFFICES.has(tokens[k + 1]?.lower ?? '')) k += 2; // "Secretary of State"
  // "special envoy on Iraqi debt, James Baker": a short remit before the comma that opens the name.
  if (tokens[k]?.lower === 'on' || tokens[k]?.lower === 'for') {
    const comma = tokens.slice(k + 1, k + 5).findIndex((t) => t.text === ',');
    if (comma > 0 && tokens.slice(k + 1, k + 1 + comma).every((t) => t.kind === 'word')) return k + 1 + comma;
    const remit = remitEnd(tokens, k + 1);
    if (remit !== undefined) return remit;
  }
  // "Ambassador to the U.N.", "special envoy for North Korea Sung Kim": past the place of the office.
  if (['to', 'at', 'for'].includes(tokens[k]?.lower ?? '')) {
    const m = mentionAt.get(tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1) ?? mentionAt.get(k + 1);
    if (m) k = m.last; // "Ambassador to the U.N."
  }
  return k;
}

/**
 * The end of a department's remit written in capitals after "for": "Secretary of State for South and
 * Central Asian Affairs Richard Boucher", "Minister for Safety and Security Charles Nqakula".
 */
function remitEnd(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < from + 8; k++) {
    const token = tokens[k];
    if (token === undefined) return undefined;
    const capitalised = token.kind === 'word' && isCapitalised(token);
    if (capitalised && REMIT_ENDS.has(token.lower)) return k + 1;
    if (!capitalised && token.lower !== 'and' && token.text !== ',') return undefined;
  }
  return undefined;
}

/**
 * A capital's name or a known surname that opens a longer name after a title is a given name: "Yemen
 * Foreign Minister Riyadh Yasin" names a person, not Saudi Arabia; "Home Minister Krishna Prasad
 * Sitaula", not S. M. Krishna.
 */
function capitalOpensName(mentionAt: ReadonlyMap<number, Mention>, at: number, end: number): boolean {
  const mention = mentionAt.get(at);
  const type = mention?.aliasType;
  return (type === 'capital' || type === 'surname') && mention?.last === at + 1 && end - at >= 2;
}

/** Words of tenure before a title: "Thailand's new Prime Minister", "Kenya's outgoing president". */
const TENURE_WORDS = words('new|incoming|outgoing|interim|caretaker');

const titleModifier = (token: Token): boolean =>
  TITLE_MODIFIERS.has(token.lower) || (isCapitalisedWord(token) && ADJECTIVE.test(token.lower));

/**
 * People named after a plural title, each with the state that gives it: "Presidents Paul Kagame of
 * Rwanda and Joseph Kabila of the DRC".
 */
function pluralTitledPersons(text: string, tokens: readonly Token[], known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  const mentionAt = new Map(known.map((m) => [m.first, m]));
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!isCapitalisedWord(head) || !head.lower.endsWith('s') || !TITLE_HEADS.has(head.lower.slice(0, -1)))
      continue;
    let at = i + 1;
    while (at < tokens.length) {
      const known = mentionAt.get(at);
      const end = known ? known.last : nameAt(tokens, at);
      if (end === undefined) break;
      let next = end;
      let giver: Mention | undefined;
      if (tokens[end]?.lower === 'of') {
        giver = mentionAt.get(end + 1) ?? mentionAt.get(end + 2);
        if (giver) next = giver.last;
      }
      if (!known) found.push(person(text, tokens, at, end, giver?.actorId));
      if (tokens[next]?.lower !== 'and' && tokens[next]?.text !== ',') break;
      at = next + 1;
    }
    i = at;
  }
  return found;
}

/** People named after a title: "UK Defence Secretary Grant Shapps", "Ukraine's Prime Minister, Arseniy Yatsenyuk". */
function titledPersons(text: string, tokens: readonly Token[], known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  const mentionAt = new Map(known.map((m) => [m.first, m]));
  const covered = new Set(
    known.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)),
  );
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!isWord(head) || !TITLE_HEADS.has(head.lower)) continue;
    let nameStart = afterHead(tokens, i + 1, mentionAt);
    // "The Prime Minister of Greece, Costas Simitis,": the state after "of" gives the title.
    const ofGiver = tokens[nameStart]?.lower === 'of' ? mentionAt.get(nameStart + 1) : undefined;
    if (ofGiver) nameStart = ofGiver.last;
    const comma = tokens[nameStart]?.text === ',';
    if (comma) nameStart++;
    // "spokesman Lieutenant-Colonel Shaban Bantariza", "advisor to Cameroon Prime Minister Ephraim
    // Inoni": a second title follows, and the name is that title's.
    if (isTitleWord(tokens[nameStart])) continue;
    const end = nameAt(tokens, nameStart);
    if (end === undefined || (covered.has(nameStart) && !capitalOpensName(mentionAt, nameStart, end)))
      continue;
    // "Chief Cabinet Secretary Yoshihide Suga": a word between two title heads is part of the title.
    if (TITLE_HEADS.has(tokens[end]?.lower ?? '') && isCapitalisedWord(tokens[end])) continue;
    // After a comma, only a full name that the sentence closes off: "…Minister, Arseniy Yatsenyuk, was",
    // "our President, Paul Biya that they…".
    const closed = [',', '.', 'who', 'that', 'which', undefined].includes(tokens[end]?.lower);
    if (comma && (end - nameStart < 2 || !closed)) continue;
    // The title runs back over its modifiers to the state or organisation that gives it, if any.
    // A capitalised adjective may stand there too: "Iraqi Kurdish leader Masoud Barzani".
    let start = i;
    const modifier = (t: Token): boolean => titleModifier(t) || TENURE_WORDS.has(t.lower);
    while (start > 0 && !covered.has(start - 1) && modifier(tokens[start - 1] as Token)) start--;
    if (start > 0 && isPossessiveMark(tokens, start - 1)) start--;
    const giver = ofGiver ?? known.find((m) => m.last === start);
    // Without a state, a title written as one ("Special envoy X", "President Bush") or a full name
    // ("opposition leader Riek Machar"): "the minister Smith" is too loose.
    const fullName = tokens.slice(nameStart, end).filter(isCapitalisedWord).length >= 2;
    if (!giver && !fullName && !/^\p{Lu}/u.test(head.text) && !/^\p{Lu}/u.test(tokens[start]?.text ?? ''))
      continue;
    found.push(person(text, tokens, nameStart, end, giver?.actorId));
    i = end - 1;
  }
  return found;
}

/**
 * Where the title after a name may start: "Park Soo-hyun, a presidential spokesman", "Chen Yunlin,
 * chairman of …", "Ram Chandra Poudel is general secretary of …"; undefined when no title can follow.
 */
function titleAfterName(tokens: readonly Token[], end: number): number | undefined {
  const next = tokens[end]?.lower;
  const article = (at: number) => (/^(?:a|an|the)$/.test(tokens[at]?.lower ?? '') ? at + 1 : at);
  if (next === ',') return article(end + 1);
  if (next === 'is' || next === 'was') return article(end + 1);
  return undefined;
}

/** People named before their title: "Park Soo-hyun, a presidential spokesman", "Bharat Karnad, an analyst". */
function appositionPersons(text: string, tokens: readonly Token[], known: readonly Mention[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && isCapitalisedWord(tokens[i - 1])) continue;
    const end = nameAt(tokens, i);
    if (end === undefined) continue;
    const words = tokens.slice(i, end).filter(isCapitalisedWord).length;
    const overlaps = known.some((m) => m.first < end && i < m.last);
    const titleAt = words < 2 || overlaps ? undefined : titleAfterName(tokens, end);
    // "Alfonso Cano, who commands the Revolutionary Armed Forces of Colombia": a leader by the verb.
    if (
      titleAt !== undefined &&
      tokens[end + 1]?.lower === 'who' &&
      LEADING.has(tokens[end + 2]?.lower ?? '')
    ) {
      const led = known.find((m) => m.first > end + 2 && m.first <= end + 5);
      found.push(person(text, tokens, i, end, led?.actorId));
      i = end - 1;
      continue;
    }
    if (titleAt === undefined) {
      i = end - 1;
      continue;
    }
    // The title's head within the next few words, only modifiers before it; a state named there gives it.
    const inMention = (k: number) => known.some((m) => m.first <= k && k < m.last);
    let k = titleAt;
    while (
      k < end + 7 &&
      k < tokens.length &&
      !TITLE_HEADS.has((tokens[k] as Token).lower) &&
      (inMention(k) ||
        TITLE_MODIFIERS.has((tokens[k] as Token).lower) ||
        ADJECTIVE.test((tokens[k] as Token).lower))
    )
      k++;
    // "general secretary": the last of two title words is the head.
    while (TITLE_HEADS.has(tokens[k]?.lower ?? '') && TITLE_HEADS.has(tokens[k + 1]?.lower ?? '')) k++;
    if (TITLE_HEADS.has(tokens[k]?.lower ?? '')) {
      // "…, chairman of Taiwan's Straits Exchange Foundation", "… is advisor to Cameroon Prime Minister…"
      const of = ['of', 'to'].includes(tokens[k + 1]?.lower ?? '')
        ? k + (tokens[k + 2]?.lower === 'the' ? 3 : 2)
        : -1;
      const giver = known.find((m) => m.first > end && m.last <= k) ?? known.find((m) => m.first === of);
      // After "is", only a title of something ("is general secretary of …"): "Wall Street is the chief
      // engine" names no person.
      const linkedByVerb = tokens[end]?.text !== ',';
      if (!linkedByVerb || giver || of > 0) found.push(person(text, tokens, i, end, giver?.actorId));
    }
    i = end - 1;
  }
  return found;
}

interface KnownPerson {
  readonly actor: LexiconActor;
  /** Its names of more than one word, as written ("Kim Jong Un", "Kim Jong-un"). */
  readonly full: readonly string[];
}

const knownPersons = new WeakMap<Lexicon, readonly KnownPerson[]>();

function personsOf(base: Lexicon): readonly KnownPerson[] {
  let persons = knownPersons.get(base);
  if (!persons) {
    persons = [...base.actors.values()]
      .filter((actor) => actor.kind === 'person')
      .map((actor) => ({
        actor,
        full: [actor.label, ...actor.aliases.filter((a) => a.type === 'person').map((a) => a.text)].filter(
          (name) => name.includes(' '),
        ),
      }))
      .filter((person) => person.full.length > 0);
    knownPersons.set(base, persons);
  }
  return persons;
}

/**
 * Capitalised two-letter particles that name no one alone ("Al Gore", "Le Drian"); two-letter surnames
 * ("Li") do. Not words.ts's NAME_PARTICLES, the lower-case particles inside names ("bin", "al").
 */
const SHORT_PARTICLES = new Set('Al El De Di Da Do Du Le La Lo Ul Ud'.split(' '));

/**
 * A known person named in full ("Kim Jong Un") may then be named by one word of it ("Kim"): in this
 * document only, and only where that word names nothing else.
 */
function namesOfKnownPersons(text: string, base: Lexicon): LexiconActor[] {
  const out: LexiconActor[] = [];
  // Only names whose first word the text holds are searched for: a few among hundreds.
  const present = new Set(text.split(/[^\p{L}\p{M}\p{N}'’.-]+/u));
  for (const { actor, full } of personsOf(base)) {
    const used = full.find((name) => present.has(name.slice(0, name.indexOf(' '))) && text.includes(name));
    if (!used) continue;
    const words = used
      .split(/[\s-]+/)
      .filter(
        (word) =>
          (word.length > 2 || (word.length === 2 && !SHORT_PARTICLES.has(word))) &&
          /^\p{Lu}/u.test(word) &&
          !actor.aliases.some((a) => a.text === word),
      );
    if (words.length > 0)
      out.push({ ...actor, aliases: words.map((word) => ({ text: word, type: 'surname' as const })) });
  }
  return out;
}

/** This document's own actors, and the lexicon that also names them. */
export function discoverActors(
  text: string,
  base: Lexicon,
  sentences: readonly Sentence[] = segmentSentences(text),
  tokensOf?: readonly (readonly Token[])[],
): Discovery {
  const byId = new Map<string, LexiconActor>();
  const surnamed: LexiconActor[] = [];
  for (const sentence of sentences) {
    const raw = text.slice(sentence.start, sentence.end);
    if (!mayDiscover(raw) && !NAME_GATES.some((gate) => gate.test(raw))) continue;
    // A script line in capitals ("KURDISH REBEL CHIEF ABDULLAH OCALAN BY THE ITALIAN AUTHORITIES"):
    // capitals mark no names there, so it names no new actor.
    if (!/\p{Ll}/u.test(raw)) continue;
    const tokens = tokensOf?.[sentence.index] ?? tokenize(text, sentence.start, sentence.end);
    const known = findMentions(tokens, base);
    const acronymed = acronymOrganisations(text, tokens, known);
    // "the Front for Democracy in Burundi (FRODEBU)" is one body, not also "Front for Democracy".
    const bodies = namedBodies(text, tokens, known).filter(
      (body) => !acronymed.some(({ actor }) => actor.label.startsWith(`${body.label} `)),
    );
    for (const { actor } of [
      ...titledPersons(text, tokens, known),
      ...pluralTitledPersons(text, tokens, known),
      ...appositionPersons(text, tokens, known),
      ...acronymed,
      ...[
        ...bodies,
        ...statePeoples(text, tokens, known),
        // Only a sentence with "known as" or "called" is searched for a name after them.
        ...(MAY_NAME_CALLED.test(raw) ? calledBodies(text, tokens, known) : []),
      ].map((actor) => ({ actor })),
      ...barePersons(text, tokens, known),
    ]) {
      if (!actor.id || base.actors.has(actor.id)) continue;
      // "Chinese President Hu": the one known person of that state with that family name.
      const surname = knownBySurname(actor, base);
      if (surname) {
        surnamed.push(surname);
        continue;
      }
      // "President Park" after "President Park Geun-hye": one word of a name already found is that person.
      const fuller = !actor.label.includes(' ')
        ? [...byId.values()].find((a) => a.kind === 'person' && a.label.split(/[\s-]+/).includes(actor.label))
        : undefined;
      if (fuller) {
        if (!fuller.aliases.some((alias) => alias.text === actor.label))
          byId.set(fuller.id, {
            ...fuller,
            aliases: [...fuller.aliases, { text: actor.label, type: 'surname' }],
          });
        continue;
      }
      // "Moro rebels" after "Moro Islamic rebels": a name an actor found before already has.
      if ([...byId.values()].some((a) => a.aliases.some((alias) => alias.text === actor.label))) continue;
      const held = byId.get(actor.id);
      if (!held) byId.set(actor.id, actor);
      else {
        // A later sighting may add the state the first lacked, or a name ("the LRA") it did not give.
        const aliases = [
          ...held.aliases,
          ...actor.aliases.filter((a) => !held.aliases.some((h) => h.text === a.text)),
        ];
        const affiliation = held.affiliation ?? actor.affiliation;
        byId.set(actor.id, { ...held, aliases, ...(affiliation ? { affiliation } : {}) });
      }
    }
  }
  const actors = [...byId.values()];
  const named = [...actors, ...namesOfKnownPersons(text, base), ...surnamed];
  return { lexicon: named.length > 0 ? extendLexicon(base, named) : base, actors };
}
