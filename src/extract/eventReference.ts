/**
 * A definite event noun that points back to the actor who did the event: "The Security Council voted
 * to approve new sanctions. … Japan welcomed the new sanctions": the sanctions are the Council's.
 * The document remembers, per event noun, who did it last: the subject of the matching verb ("X
 * voted", "X attacked", "X conducted a test", "X imposed sanctions"), the possessor of the noun ("X's
 * sixth nuclear test") or its "by" agent ("the attack by X"). A later "the vote", "this attack", "the
 * new sanctions" as the object of a verb then names that actor, while the event stays in view: a
 * definite mention of it keeps it there.
 */
import { inflect } from './inflect';
import type { Token } from './tokenize';
import type { Item, Unit } from './units';

/** Who did each event, and the sentence that last spoke of it. */
export type EventMemory = Map<string, { readonly ids: readonly string[]; sentence: number }>;

/** Event nouns and the verbs that do them (forms generated: "voted", "struck"). */
const EVENT_VERBS: ReadonlyMap<string, string | undefined> = new Map([
  ['vote', 'vote'],
  ['launch', 'launch'],
  ['test', 'test'],
  ['attack', 'attack'],
  ['strike', 'strike'],
  ['visit', 'visit'],
  ['decision', 'decide'],
  ['invasion', 'invade'],
  ['sanctions', undefined],
  ['offensive', undefined],
]);
/** The finite forms and participle of a verb: not the gerund ("the voting" is no clause). */
const finiteForms = (lemma: string): string[] => {
  const { forms, gerund } = inflect(lemma);
  return forms.filter((form) => form !== gerund);
};
const VERB_EVENT = new Map(
  [...EVENT_VERBS].flatMap(([noun, verb]) => (verb ? finiteForms(verb).map((f) => [f, noun] as const) : [])),
);
/** Verbs whose object is an event the subject does: "conducted a test", "imposed new sanctions". */
const DOING_VERBS = new Set(
  ['conduct', 'carry', 'stage', 'launch', 'approve', 'impose', 'adopt', 'announce', 'order', 'place'].flatMap(
    finiteForms,
  ),
);
/** Between a subject and its verb: auxiliaries, adverbs, "voted 15-0 to", "militants". */
const SUBJECT_GAP = new Set(
  'has|have|had|also|already|reportedly|unanimously|to|-|voted|agreed|decided|moved|plans|planned|militants|forces|troops|fighters|jets|aircraft|warplanes|officials'.split(
    '|',
  ),
);
const DEFINITE = new Set(['the', 'this', 'that', 'these']);
/** Words before a definite event noun that make it no object: "said the vote showed", "by the test". */
const NOT_BEFORE_OBJECT = new Set([
  'said',
  'says',
  'say',
  'told',
  'that',
  'by',
  'of',
  'after',
  'before',
  'since',
]);
const MAX_AGE = 5;
const MAX_MODIFIERS = 3;

const isNumber = (token: Token | undefined): boolean => token !== undefined && /^\d/.test(token.text);

/** The unit that is the subject of the verb at `verb`: right before it, over auxiliaries and adverbs. */
function subjectOf(tokens: readonly Token[], units: readonly Unit[], verb: number): Unit | undefined {
  let t = verb - 1;
  while (t >= Math.max(0, verb - 8) && (SUBJECT_GAP.has(tokens[t]?.lower ?? '') || isNumber(tokens[t]))) t--;
  const unit = units.find((u) => u.last === t + 1 && u.kind !== 'reciprocal');
  if (!unit) return undefined;
  const before = tokens[unit.first - 1]?.lower;
  return before === undefined || !['from', 'with', 'to', 'in', 'against', 'on', 'at', 'by'].includes(before)
    ? unit
    : undefined;
}

/** The event noun within a few modifiers from `at` ("a sixth nuclear test"), and where it is. */
function eventNounFrom(tokens: readonly Token[], at: number): { noun: string; at: number } | undefined {
  for (let t = at; t < Math.min(tokens.length, at + 1 + MAX_MODIFIERS); t++) {
    const token = tokens[t] as Token;
    if (EVENT_VERBS.has(token.lower)) return { noun: token.lower, at: t };
    if (token.kind !== 'word' && !isNumber(token)) return undefined;
  }
  return undefined;
}

/** Whether a sentence has a word `recordEvents` could read: an event verb or noun, or a doing verb. */
export function namesEvent(tokens: readonly Token[]): boolean {
  return tokens.some((t) => VERB_EVENT.has(t.lower) || DOING_VERBS.has(t.lower) || EVENT_VERBS.has(t.lower));
}

/** Records who does the events a sentence names. */
export function recordEvents(
  tokens: readonly Token[],
  units: readonly Unit[],
  sentence: number,
  memory: EventMemory,
): void {
  const remember = (noun: string, unit: Unit | undefined): void => {
    if (unit) memory.set(noun, { ids: [...new Set(unit.members.map((m) => m.actorId))], sentence });
  };
  for (let t = 0; t < tokens.length; t++) {
    const lower = (tokens[t] as Token).lower;
    const noun = VERB_EVENT.get(lower);
    // "X attacked": not "the attack" (a noun after a determiner).
    if (noun && !DEFINITE.has(tokens[t - 1]?.lower ?? '') && tokens[t - 1]?.lower !== 'a')
      remember(noun, subjectOf(tokens, units, t));
    if (DOING_VERBS.has(lower)) {
      const object = eventNounFrom(tokens, t + (tokens[t + 1]?.lower === 'out' ? 2 : 1));
      if (object) remember(object.noun, subjectOf(tokens, units, t));
    }
  }
  for (const unit of units) {
    const possessive = unit.possessive ? eventNounFrom(tokens, unit.last + 1) : undefined;
    if (possessive) remember(possessive.noun, unit);
    // "the attack by X"
    if (tokens[unit.first - 1]?.lower === 'by') {
      const noun = tokens[unit.first - 2]?.lower ?? '';
      if (EVENT_VERBS.has(noun) && noun !== 'sanctions') remember(noun, unit);
    }
  }
}

/** "the launch", "this attack", "the new sanctions" as an object: the actor who did it, while in view. */
export function findEventReferences(
  tokens: readonly Token[],
  occupied: readonly boolean[],
  memory: EventMemory,
  sentence: number,
): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || !DEFINITE.has((tokens[i] as Token).lower)) continue;
    const found = eventNounFrom(tokens, i + 1);
    if (!found) continue;
    const held = memory.get(found.noun);
    if (!held || sentence - held.sentence > MAX_AGE) continue;
    let free = true;
    for (let t = i; t <= found.at; t++) if (occupied[t]) free = false;
    if (!free) continue;
    held.sentence = sentence; // spoken of again: still in view
    const before = tokens[i - 1];
    if (!before || before.kind !== 'word' || NOT_BEFORE_OBJECT.has(before.lower)) continue;
    if (tokens[found.at + 1]?.lower === 'of' || tokens[found.at + 1]?.lower === 'by') continue;
    const start = (tokens[i] as Token).start;
    const end = (tokens[found.at] as Token).end;
    items.push({
      kind: 'anaphor',
      members: held.ids.map((actorId) => ({ actorId, start, end, flags: ['coref'] })),
      first: i,
      last: found.at + 1,
      prefix: false,
      possessivePronoun: false,
      person: false,
    });
    i = found.at;
  }
  return items;
}
