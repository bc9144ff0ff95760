/**
 * Cues: for each relation type, the verbs (inflected automatically) and noun phrases that state it
 * (the data is in cues/, by PLOVER quad class), compiled into an index and matched in a sentence.
 * Patterns are written in lower case, one token per word, in the language words.ts uses too:
 *
 * - `a|b` accepts either word; `*` skips up to three ordinary words ("imposed * sanctions on" matches
 *   "imposed sweeping new sanctions on"), and one quantity phrase besides ("a series of"); `*5` up to
 *   five, for a verb whose object runs long ("discussed the Middle East peace process with");
 * - in `verbs`, the first word is a lemma and matches every inflection (accuse, accuses, accused,
 *   accusing), unless it starts with `=`: then only the forms listed match ("=courted|courting", to
 *   leave out the noun "court"); in `nouns`, words match as written;
 * - hyphens in the text are transparent ("shoulder-to-shoulder", "co-operate").
 *
 * The prior is the share of matches that state the relation in news prose, judged per cue: high for
 * "accused", low for "met" or "warned" (which often has no recipient).
 */
import type { ActorKind } from '../domain/types';
import type { CueFrame } from './cueFrames';
import { CUE_GROUPS } from './cues/index';
import { pastModifierList, pastPlace, pastQuantity, pastTime } from './cueSkips';
import { inflect } from './inflect';
import { isHyphenToken, isInnerHyphen, type Token } from './tokenize';
import type { RelationTypeId } from './vocabulary';
import {
  ATTRIBUTIVE_GERUNDS,
  ATTRIBUTIVE_OPENERS,
  AUXILIARIES,
  CLAUSE_WORDS,
  CURRENCY,
  NEIGHBOURING,
  NON_CUES,
  NOUN_MARKERS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  TITLE_HEADS,
} from './words';

export type CueKind = 'verb' | 'noun';

export type { CueFrame } from './cueFrames';

export interface CueGroup {
  readonly type: RelationTypeId;
  readonly prior: number;
  readonly verbs?: readonly string[];
  readonly nouns?: readonly string[];
  /** Prepositions a verb's target may follow ("struck targets in Gaza"). */
  readonly preps?: readonly string[];
  /** Both sides act on each other ("clashed"): a directed type is emitted in both directions. */
  readonly mutual?: boolean;
  /**
   * What follows states something that may not have happened: "accused X of attacking Y", "urged X
   * to sanction Y", "threatened to strike Y". Cues in that complement are flagged `embedded`.
   */
  readonly embeds?: boolean;
  /** The target must be one of these kinds, named directly ("joined NATO", not "joined Russian sanctions"). */
  readonly targetKinds?: readonly ActorKind[];
  /** The cue counts only right before a name, or "neighboring" and a name: "is in Moscow", not "is in touch". */
  readonly beforeName?: boolean;
  /** How the cue's actors are found when it is not "subject, cue, object" (see CueFrame). */
  readonly frame?: CueFrame;
}

export { CHARACTERISATION, CUE_GROUPS } from './cues/index';

// ---------------------------------------------------------------------------------------------------
// Compilation and matching

type Element = { readonly forms: ReadonlySet<string> } | { readonly wild: number };

export interface Cue {
  /** The pattern as written, e.g. "impose * sanctions on|against". */
  readonly pattern: string;
  readonly type: RelationTypeId;
  readonly kind: CueKind;
  readonly prior: number;
  readonly elements: readonly Element[];
  /** Past participles of the head verb (for passives); empty for nouns. */
  readonly participles: ReadonlySet<string>;
  /** Present participles of the head verb. */
  readonly gerunds: ReadonlySet<string>;
  /** The pattern's last word is a preposition that introduces the target. */
  readonly endsWithPreposition: boolean;
  readonly preps: ReadonlySet<string>;
  readonly mutual: boolean;
  readonly embeds: boolean;
  readonly targetKinds: ReadonlySet<ActorKind> | undefined;
  readonly beforeName: boolean;
  readonly frame: CueFrame | undefined;
}

export interface CueMatch {
  readonly cue: Cue;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** The head verb is a past participle ("accused", "sanctioned"). */
  readonly participle: boolean;
  /** The head verb is an -ing form ("accusing"). */
  readonly gerund: boolean;
}

export interface CueIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly Cue[]>;
  readonly size: number;
}

/** How many words a plain `*` skips. */
const DEFAULT_WILD = 3;

function compileCue(group: CueGroup, pattern: string, kind: CueKind): Cue {
  const words = pattern.split(/\s+/).filter(Boolean);
  const elements: Element[] = [];
  const participles = new Set<string>();
  const gerunds = new Set<string>();
  words.forEach((word, index) => {
    if (word.startsWith('*')) {
      const wild = word === '*' ? DEFAULT_WILD : Number(word.slice(1));
      if (!Number.isInteger(wild)) throw new Error(`cue "${pattern}": "${word}" must be * or * and a number`);
      elements.push({ wild });
      return;
    }
    const options = word.split('|');
    if (index === 0 && kind === 'verb' && word.startsWith('=')) {
      const listed = word.slice(1).split('|');
      for (const form of listed) {
        if (form.endsWith('ed')) participles.add(form);
        if (form.endsWith('ing')) gerunds.add(form);
      }
      elements.push({ forms: new Set(listed) });
      return;
    }
    if (index === 0 && kind === 'verb') {
      const forms = new Set<string>();
      for (const option of options) {
        const inflections = inflect(option);
        for (const form of inflections.forms) forms.add(form);
        participles.add(inflections.participle);
        gerunds.add(inflections.gerund);
      }
      elements.push({ forms });
      return;
    }
    elements.push({ forms: new Set(options) });
  });
  const lastWord = words[words.length - 1] ?? '';
  return {
    pattern,
    type: group.type,
    kind,
    prior: group.prior,
    elements,
    participles,
    gerunds,
    endsWithPreposition: lastWord.split('|').every((word) => PREPOSITIONS.has(word)) && words.length > 1,
    preps: new Set(group.preps ?? []),
    mutual: group.mutual === true,
    embeds: group.embeds === true,
    targetKinds: group.targetKinds ? new Set(group.targetKinds) : undefined,
    beforeName: group.beforeName === true,
    frame: group.frame,
  };
}

/**
 * A word written with a hyphen ("cease-fire", "stand-off") is two words to the matcher, which steps
 * over hyphens in the text: the pattern is written once more with the two words for each such
 * alternative ("reach * truce|cease-fire" also as "reach * cease fire"). A verb's lemma is left alone.
 */
function expandHyphenated(pattern: string, kind: CueKind): string[] {
  const words = pattern.split(/\s+/).filter(Boolean);
  const joined = (option: string) => option.length > 1 && option.includes('-');
  const at = words.findIndex(
    (word, index) =>
      !word.startsWith('*') && !(index === 0 && kind === 'verb') && word.split('|').some(joined),
  );
  const word = words[at];
  if (word === undefined) return [pattern];
  const options = word.split('|');
  const withWord = (replacement: string) =>
    [...words.slice(0, at), replacement, ...words.slice(at + 1)].join(' ');
  const plain = options.filter((option) => !joined(option));
  return [
    ...(plain.length > 0 ? expandHyphenated(withWord(plain.join('|')), kind) : []),
    ...options
      .filter(joined)
      .flatMap((option) => expandHyphenated(withWord(option.split('-').join(' ')), kind)),
  ];
}

/** Compile cue groups into an index keyed by each pattern's first word. */
export function compileCues(groups: readonly CueGroup[] = CUE_GROUPS): CueIndex {
  const byFirstWord = new Map<string, Cue[]>();
  let size = 0;
  for (const group of groups) {
    const all: Array<[string, CueKind]> = [
      ...(group.verbs ?? []).flatMap((p) =>
        expandHyphenated(p, 'verb').map((e): [string, CueKind] => [e, 'verb']),
      ),
      ...(group.nouns ?? []).flatMap((p) =>
        expandHyphenated(p, 'noun').map((e): [string, CueKind] => [e, 'noun']),
      ),
    ];
    for (const [pattern, kind] of all) {
      const cue = compileCue(group, pattern, kind);
      const first = cue.elements[0];
      if (!first || !('forms' in first)) throw new Error(`cue "${pattern}" must start with a word`);
      for (const form of first.forms) {
        const list = byFirstWord.get(form) ?? [];
        list.push(cue);
        byFirstWord.set(form, list);
      }
      size++;
    }
  }
  return { byFirstWord, size };
}

/**
 * Where the cue's elements from `element` on end when matched from `position`, or -1. A plain function,
 * not a closure: it runs for every candidate cue at every word.
 */
function walk(
  cue: Cue,
  tokens: readonly Token[],
  blocked: readonly boolean[],
  element: number,
  position: number,
): number {
  if (element === cue.elements.length) return position;
  const spec = cue.elements[element] as Element;
  let pos = position;
  if (element > 0) while (pos < tokens.length && isHyphenToken(tokens[pos])) pos++;
  if ('wild' in spec) {
    // Prefer the shortest skip, so "imposed sanctions on" does not run past the first "on".
    let at = pos;
    let quantity = false;
    for (let skip = 0; skip <= spec.wild; skip++) {
      const end = walk(cue, tokens, blocked, element + 1, at);
      if (end >= 0) return end;
      // "signed a series of economic deals with": one quantity phrase is skipped as no word.
      const past = quantity ? at : pastQuantity(tokens, at, blocked);
      if (past > at) {
        quantity = true;
        at = past;
        skip--;
        continue;
      }
      // "severed diplomatic, trade and travel ties with": a list of plain modifiers is one word, and so
      // is a place ("talks in Oslo between").
      const listEnd = Math.max(pastModifierList(tokens, at, blocked), pastPlace(tokens, at, blocked));
      if (listEnd > at) {
        at = listEnd;
        continue;
      }
      const token = tokens[at];
      // Amounts ("$35 billion") and possessive pronouns ("recalled its ambassador") are skippable.
      const skippable =
        token !== undefined &&
        ((token.kind === 'word' && (!blocked[at] || POSSESSIVE_PRONOUNS.has(token.lower))) ||
          // "recalled his nation's ambassador": a possessive after a plain word.
          (token.kind === 'pos' && !blocked[at - 1] && tokens[at - 1]?.kind === 'word') ||
          CURRENCY.has(token.text));
      if (!token || !skippable || CLAUSE_WORDS.has(token.lower)) break;
      at++;
      // "a ruling-party delegation": a hyphenated word is skipped as one.
      while (token.kind === 'word' && isInnerHyphen(tokens, at) && !blocked[at + 1]) at += 2;
    }
    return -1;
  }
  const token = tokens[pos];
  if (!token || blocked[pos] || !spec.forms.has(token.lower)) {
    // "met earlier this week with", "signed a truce six months ago with": a time before a verb's last
    // word. Not a noun's: on the set that read more wrong pairs than right ones.
    const time =
      cue.kind === 'verb' && element > 0 && element === cue.elements.length - 1 && cue.endsWithPreposition;
    const past = time ? pastTime(tokens, pos, blocked) : pos;
    return past > pos ? walk(cue, tokens, blocked, element, past) : -1;
  }
  return walk(cue, tokens, blocked, element + 1, pos + 1);
}

/** Length in tokens of `cue` matched at `at`, or -1. `blocked[i]` marks tokens inside actor mentions. */
function matchAt(cue: Cue, tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  const end = walk(cue, tokens, blocked, 0, at);
  return end < 0 ? -1 : end - at;
}

/**
 * Whether the word at `at` stands where a noun does: after "'s", a determiner or a possessive pronoun,
 * with at most two words between ("Kyiv's most vocal champion", not "the US champions free trade").
 */
function nounPosition(tokens: readonly Token[], at: number, blocked: readonly boolean[]): boolean {
  // "an agreement between Eritrea and Djibouti that calls on Qatar": a relative "that", no determiner.
  if (tokens[at - 1]?.lower === 'that' && blocked[at - 2] && /[^s]s$/.test(tokens[at]?.lower ?? ''))
    return false;
  for (let t = at - 1; t >= Math.max(0, at - 3); t--) {
    const token = tokens[t] as Token;
    if (token.kind === 'pos' || NOUN_MARKERS.has(token.lower)) return true;
    if (token.kind !== 'word' || blocked[t]) return false;
  }
  return false;
}

/**
 * A participle joined by a hyphen to a word that names no actor is an adjective, not a cue:
 * "a nuclear-armed North Korea", "a Western-style deal"; "Iran-backed militias" (an actor before the
 * hyphen) is read by the hyphen-agent rule.
 */
function inAdjective(tokens: readonly Token[], at: number, blocked: readonly boolean[]): boolean {
  return isInnerHyphen(tokens, at - 1) && !blocked[at - 2];
}

/**
 * A one-word participle between a modifier's opener (or any preposition) and a title is an adjective:
 * "the fate of ousted President Toure", "Niger's jailed leader", "the deposed Yugoslav president", "in
 * addition to ousted Ukrainian President Viktor Yanukovych". Before a place it may still say who acts
 * ("the occupied West Bank"), so only titles count.
 */
function attributive(tokens: readonly Token[], at: number, blocked: readonly boolean[]): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  const opener = ATTRIBUTIVE_OPENERS.has(before.lower) || PREPOSITIONS.has(before.lower);
  // "Wen greeted visiting Indian Prime Minister Vajpayee": "visiting" before a title is an adjective
  // after any word but an auxiliary ("is visiting").
  const adjective = ATTRIBUTIVE_GERUNDS.has(tokens[at]?.lower ?? '') && !AUXILIARIES.has(before.lower);
  if (!opener && !adjective && before.kind !== 'pos') return false;
  // A mention may take the title in: "ousted [Yugoslav President Slobodan Milosevic]".
  for (let t = at + 1; t < tokens.length; t++) {
    if (TITLE_HEADS.has(tokens[t]?.lower ?? '')) return true;
    if (blocked[t] !== true) return false;
  }
  return false;
}

/**
 * Cue matches in a token sequence, longest first at each position, never overlapping each other or
 * an actor mention.
 */
export function findCues(tokens: readonly Token[], index: CueIndex, blocked: readonly boolean[]): CueMatch[] {
  const matches: CueMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const listed = token.kind === 'word' && !blocked[i] ? index.byFirstWord.get(token.lower) : undefined;
    // Checked only where a cue starts: most words start none.
    const excluded =
      listed !== undefined &&
      ((next !== undefined && NON_CUES.has(`${token.lower} ${next.lower}`)) ||
        inAdjective(tokens, i, blocked));
    const candidates = excluded ? undefined : listed;
    let best: { cue: Cue; length: number } | undefined;
    for (const cue of candidates ?? []) {
      const length = matchAt(cue, tokens, i, blocked);
      const better =
        !best ||
        length > best.length ||
        (length === best.length &&
          (cue.kind !== best.cue.kind
            ? (cue.kind === 'noun') === nounPosition(tokens, i, blocked)
            : cue.prior > best.cue.prior));
      if (length > 0 && better) {
        best = { cue, length };
      }
    }
    if (
      best?.cue.beforeName === true &&
      !blocked[i + best.length] &&
      !NEIGHBOURING.has(tokens[i + best.length]?.lower ?? '')
    )
      best = undefined;
    const head = token.lower;
    const participle = best?.cue.kind === 'verb' && best.cue.participles.has(head);
    const adjectival = participle || ATTRIBUTIVE_GERUNDS.has(head);
    if (!best || (adjectival && best.length === 1 && attributive(tokens, i, blocked))) {
      i++;
      continue;
    }
    const last = i + best.length;
    matches.push({
      cue: best.cue,
      first: i,
      last,
      participle,
      gerund: best.cue.kind === 'verb' && best.cue.gerunds.has(head),
    });
    i = last;
  }
  return matches;
}
