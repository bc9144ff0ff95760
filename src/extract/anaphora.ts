/**
 * Anaphora: "the two leaders", "both sides", "they", "their", "he", "its", "each other" and "a joint
 * statement", resolved against the actors named earlier in the sentence and in the sentences before
 * (the `Discourse`, discourse.ts).
 */
import type { Flag } from './flags';
import type { ActorMention, Lexicon } from './lexicon';
import type { Token } from './tokenize';
import type { Item } from './units';
import { findAsides } from './asides';
import { buildUnits, memberFlags, phraseMatches } from './units';
import { findGroupReferences } from './groupReference';
import { delegatesBefore, governmentNounEnd, stateOfPerson, widenStandIns } from './standIns';
import { namesakePair } from './namesakes';
import { findEventReferences, namesEvent, recordEvents } from './eventReference';
import { widenPersons, resolveCounterparts } from './counterparts';
import { isBody, type Discourse } from './discourse';
import {
  actingPerson,
  asStates,
  closesNounPhrase,
  clausePerson,
  unnamedTitleHolder,
  ownsCommonNoun,
  governmentOf,
  hasLocalPair,
  isGroup,
  ownsOrActs,
  recentOne,
  recentPair,
  tellerOf,
  type AnaphorContext,
} from './anaphorContext';
import { bodyByHead, NAME_HEADS } from './headReference';
import { personByTitle, personsNamedWithTitles, rememberTitles } from './titleReference';
import {
  BODY_NOUNS,
  DETERMINERS,
  FIGHTER_NOUNS,
  JOINT_DETERMINERS,
  JOINT_DOCUMENTS,
  JOINT_DOCUMENT_VERBS,
  PARTY_SIDES_OF,
  PERSON_NOUNS,
  RELATIVES,
  RESOLVED_POSSESSIVES,
  STATE_GOVERNMENT_NOUNS,
  STATE_NOUNS,
} from './words';

/**
 * The body "the <noun>" names, if the noun stands alone ("the group's", "the bloc said"; not "the group
 * of seven", "the alliance between X and Y", "the Union Army"):
 * - "the group", "the bloc", "the alliance": the bloc, organisation or group named last, within the
 *   three sentences before;
 * - "the court", "the council": the body named lately whose name has that word (headReference.ts);
 * - "the rebels": the group named last, in this sentence or the four before ("Tamil Tiger rebels").
 */
function describedBody(
  tokens: readonly Token[],
  i: number,
  occupied: readonly boolean[],
  context: AnaphorContext,
): string | undefined {
  const determiner = tokens[i]?.lower;
  const noun = tokens[i + 1]?.lower ?? '';
  const next = tokens[i + 2];
  if ((determiner !== 'the' && determiner !== 'this') || occupied[i + 1]) return undefined;
  if (next?.lower === 'of' || next?.lower === 'between' || (next && /^\p{Lu}/u.test(next.text)))
    return undefined;
  if (BODY_NOUNS.has(noun)) return recentOne(context.localBodies, context.discourse.body, context, i, 3);
  if (NAME_HEADS.has(noun)) {
    const local = context.localBodies.filter((b) => b.last <= i).map((b) => b.id);
    return bodyByHead(noun, local, context.discourse.bodies ?? [], context.sentence, context.lexicon);
  }
  if (determiner === 'the' && FIGHTER_NOUNS.has(noun)) {
    const groups = context.localBodies.filter((b) => isGroup(b.id, context.lexicon));
    return recentOne(groups, context.discourse.group, context, i, 4);
  }
  return undefined;
}

function anaphorItem(
  ids: readonly string[],
  tokens: readonly Token[],
  first: number,
  last: number,
  possessive: boolean,
): Item {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  return {
    kind: 'anaphor',
    members: [...new Set(ids)].map((actorId) => ({ actorId, start, end, flags: ['coref'] as Flag[] })),
    first,
    last,
    prefix: false,
    possessivePronoun: possessive,
    person: false,
  };
}

/**
 * "signed a joint statement in Nairobi": the signers' joint act, read by its own cue
 * (cues/verbalCooperation.ts). A statement that goes on to speak ("… a joint statement that criticised
 * the G7") still speaks for the pair. `first` is where the document's phrase starts, `after` past it.
 */
function signedJointly(tokens: readonly Token[], first: number, after: number): boolean {
  const next = tokens[after]?.lower ?? '';
  if (RELATIVES.has(next) || next.endsWith('ing')) return false;
  const verbAt = JOINT_DETERMINERS.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  return (
    JOINT_DOCUMENT_VERBS.has(tokens[first - 1]?.lower ?? '') ||
    JOINT_DOCUMENT_VERBS.has(tokens[verbAt]?.lower ?? '')
  );
}

/** "the two leaders", "both sides", "they", "he", "its", "each other", resolved where possible. */
function findAnaphors(
  tokens: readonly Token[],
  occupied: readonly boolean[],
  context: AnaphorContext,
): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    const token = tokens[i] as Token;
    const lower = token.lower;
    if (
      (lower === 'each' && tokens[i + 1]?.lower === 'other') ||
      (lower === 'one' && tokens[i + 1]?.lower === 'another')
    ) {
      items.push({
        kind: 'reciprocal',
        members: [],
        first: i,
        last: i + 2,
        prefix: false,
        possessivePronoun: false,
        person: false,
      });
      i++;
      continue;
    }
    // "their joint statement", "a joint communiqué": the document speaks for the pair that issued it,
    // the leaders who signed it when a pair of persons was named recently (data/README.md, rule 4).
    const jointAt = JOINT_DETERMINERS.has(lower) ? i + 1 : i;
    const jointDocument =
      tokens[jointAt]?.lower === 'joint' && JOINT_DOCUMENTS.has(tokens[jointAt + 1]?.lower ?? '');
    if (jointDocument && !signedJointly(tokens, i, jointAt + 2)) {
      const local = context.localPairs.filter((pair) => pair.last <= i).pop();
      const ids = local?.ids ?? recentPair(context, i, 3, true);
      if (ids && ids.length >= 2) {
        const last = jointAt + 2;
        items.push(anaphorItem(ids, tokens, i, last, tokens[last]?.kind === 'pos'));
        i = last - 1;
        continue;
      }
    }
    let nounAt = -1;
    if (lower === 'both') nounAt = i + 1;
    else if ((lower === 'the' || lower === 'these' || lower === 'those') && tokens[i + 1]?.lower === 'two')
      nounAt = i + 2;
    if (nounAt > 0) {
      const noun = tokens[nounAt]?.lower ?? '';
      // "the two Koreas": a name, not an anaphor, so no coref flag.
      const namesakes = occupied[nounAt]
        ? undefined
        : namesakePair(tokens[nounAt]?.text ?? '', context.lexicon);
      if (namesakes) {
        const item = anaphorItem(namesakes, tokens, i, nounAt + 1, tokens[nounAt + 1]?.kind === 'pos');
        // "diplomats from the two Koreas" act for them, as "diplomats from Japan" do for Japan.
        const from = delegatesBefore(tokens, i);
        const first = from !== undefined && !occupied.slice(from, i).includes(true) ? from : i;
        items.push({ ...item, first, members: item.members.map((member) => ({ ...member, flags: [] })) });
        context.localPairs.push({ last: nounAt + 1, ids: namesakes });
        i = nounAt;
        continue;
      }
      // "talks between the two would take place": "the two" alone, before a verb, a preposition or
      // a stop, names the pair named last.
      const bare = lower !== 'both' && closesNounPhrase(tokens[nounAt]);
      if (bare) {
        const ids = recentPair(context, i, 2);
        if (ids && ids.length === 2) {
          items.push(anaphorItem([...ids], tokens, i, nounAt, false));
          context.localPairs.push({ last: nounAt, ids: [...ids] });
          i = nounAt - 1;
        }
        continue;
      }
      // "both" may be followed by an adjective: "both Asian powers" is rare; keep the phrase strict.
      if (noun === 'sides' && tokens[nounAt + 1]?.lower === 'of') {
        // "both sides of that relationship", "of the border": the sides of a thing, not a pair.
        const of = DETERMINERS.has(tokens[nounAt + 2]?.lower ?? '') ? nounAt + 3 : nounAt + 2;
        if (!PARTY_SIDES_OF.has(tokens[of]?.lower ?? '')) continue;
      }
      if (PERSON_NOUNS.has(noun) || STATE_NOUNS.has(noun)) {
        const persons = PERSON_NOUNS.has(noun);
        const ids = recentPair(context, i, persons ? 5 : 3, persons);
        if (ids && ids.length >= 2) {
          const resolved = STATE_NOUNS.has(noun) ? asStates(ids, context.lexicon) : [...ids];
          let last = nounAt + 1;
          if (noun === 'heads' && phraseMatches(tokens, last, ['of', 'state'])) last += 2;
          items.push(anaphorItem(resolved, tokens, i, last, tokens[last]?.kind === 'pos'));
          context.localPairs.push({ last, ids: resolved });
          i = last - 1;
        }
        continue;
      }
    }
    // "the king", "the prime minister": the person last named with that title.
    const { localTitled, discourse, sentence } = context;
    const titled = personByTitle(tokens, i, occupied, localTitled, discourse.titled, sentence);
    if (titled) {
      localTitled.push(titled);
      const item = anaphorItem([titled.id], tokens, i, titled.last, tokens[titled.last]?.kind === 'pos');
      items.push({ ...item, person: true });
      i = titled.last - 1;
      continue;
    }
    // "the group", "the court", "the rebels": a body named before, described by a noun.
    const described = describedBody(tokens, i, occupied, context);
    if (described) {
      items.push(anaphorItem([described], tokens, i, i + 2, tokens[i + 2]?.kind === 'pos'));
      i += 1;
      continue;
    }
    // Object pronouns ("many of them") too often name someone else; only "they" and "their" resolve.
    if (lower === 'they' || lower === 'their') {
      if (lower === 'their' && ownsCommonNoun(tokens, i, occupied)) continue;
      // "Ethiopian troops invaded their neighbor": a group named by its demonym earlier in this sentence
      // comes before a pair remembered from the sentences before.
      const soldiers = context.localGroups.filter((g) => g.demonym);
      const ownGroup = !hasLocalPair(context, i) && recentOne(soldiers, undefined, context, i, 0);
      // "Ecuador, Venezuela and Nicaragua said they had cut relations": the list, if named after any pair.
      const list = context.localLists.filter((l) => l.last <= i).pop();
      const pairLast = Math.max(-1, ...context.localPairs.filter((p) => p.last <= i).map((p) => p.last));
      const ids = list && list.last > pairLast ? list.ids : ownGroup ? undefined : recentPair(context, i, 2);
      if (ids && ids.length >= 2) {
        const item = anaphorItem(ids, tokens, i, i + 1, RESOLVED_POSSESSIVES.has(lower));
        // The latest group named before, outside the pair: "the Houthis ... US and British strikes on
        // their positions".
        const other = context.localGroups.filter((g) => g.last <= i && !ids.includes(g.id)).pop();
        const alternative = other ? anaphorItem([other.id], tokens, i, i + 1, false).members : undefined;
        items.push(alternative ? { ...item, alternative } : item);
        context.localPairs.push({ last: i + 1, ids });
      } else {
        // "Turkish soldiers ... their convoy": a plural group named earlier in the sentence; else, for a
        // subject "they", the bloc or group named in the two sentences before ("BRICS met. They agreed…").
        const id =
          recentOne(context.localGroups, undefined, context, i, 0) ??
          (lower === 'they'
            ? recentOne(context.localBodies, context.discourse.body, context, i, 2)
            : undefined);
        const other = context.localGroups.filter((g) => g.last <= i && g.id !== id).pop();
        const item = id ? anaphorItem([id], tokens, i, i + 1, RESOLVED_POSSESSIVES.has(lower)) : undefined;
        const alternative = other ? anaphorItem([other.id], tokens, i, i + 1, false).members : undefined;
        if (item) items.push(alternative ? { ...item, alternative } : item);
      }
      continue;
    }
    if (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'she' || lower === 'her') {
      // "In talks with Fahmy, he said": the subject after a fronted phrase is no one named inside it,
      // but for a possessor ("During Mr. Baker's visit to the Gulf, he struck an agreement") or the
      // subject of a fronted clause ("After Lee convened his ministers, his government warned").
      const fronted =
        i === context.frontEnd
          ? context.localPersons.filter((person) => ownsOrActs(tokens[person.last]))
          : context.localPersons;
      // "Nyan Win refused to meet him": an object is not the person whose verb it follows.
      const actor = lower === 'him' ? actingPerson(tokens, fronted, i) : undefined;
      const persons = actor ? fronted.filter((person) => person.id !== actor) : fronted;
      const remembered = context.discourse.person?.id === actor ? undefined : context.discourse.person;
      const holder = unnamedTitleHolder(tokens, context, i);
      const id = holder ?? clausePerson(tokens, context, i) ?? recentOne(persons, remembered, context, i, 2);
      // "his government warned North Korea", "his country provides support": the person's state.
      const state =
        id && (lower === 'his' || lower === 'her')
          ? (holder ?? stateOfPerson(id, context.lexicon))
          : undefined;
      const end = state ? governmentNounEnd(tokens, i + 1) : undefined;
      if (state && end !== undefined) {
        items.push(anaphorItem([state], tokens, i, end, false));
        i = end - 1;
      } else if (id)
        items.push({
          ...anaphorItem([id], tokens, i, i + 1, RESOLVED_POSSESSIVES.has(lower)),
          person: holder === undefined,
        });
      continue;
    }
    // "the government", "government forces": the state the document is about, the one it names most.
    const home = lower === 'government' ? governmentOf(tokens, i, context) : undefined;
    if (home) {
      items.push(anaphorItem([home], tokens, i, i + 1, false));
      continue;
    }
    if (lower === 'it' || lower === 'its') {
      const id =
        (lower === 'it' ? tellerOf(tokens, i, context) : undefined) ??
        recentOne(context.localThings, context.discourse.thing, context, i, 1);
      if (id) items.push(anaphorItem([id], tokens, i, i + 1, RESOLVED_POSSESSIVES.has(lower)));
    }
  }
  return items;
}

/**
 * The actor items of a sentence, in text order: its mentions and its resolved anaphors, and the
 * tokens they occupy (no cue may overlap them).
 */
export function sentenceItems(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  lexicon: Lexicon,
  discourse: Discourse,
  sentence: number,
  frontEnd: number,
  modifiers: readonly ActorMention[] = [],
): { readonly items: Item[]; readonly occupied: boolean[] } {
  const occupied: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const listed: Item[] = mentions.map((mention) => {
    const first = tokens[mention.first] as Token;
    const last = tokens[mention.last - 1] as Token;
    return {
      kind: 'mention',
      members: [{ actorId: mention.actorId, start: first.start, end: last.end, flags: memberFlags(mention) }],
      first: mention.first,
      last: mention.last,
      prefix: mention.aliasType === 'prefix',
      possessivePronoun: false,
      person: lexicon.actors.get(mention.actorId)?.kind === 'person',
    };
  });
  const mentionItems = resolveCounterparts(
    widenPersons(widenStandIns(listed, tokens, lexicon), tokens, lexicon),
    tokens,
    discourse.leaders,
    lexicon,
  );
  for (const item of mentionItems) for (let t = item.first; t < item.last; t++) occupied[t] = true;

  // Pairs, persons and things named in this sentence, for pronouns later in it.
  const localPairs: Array<{ last: number; ids: string[] }> = [];
  const localPersons: Array<{ first: number; last: number; id: string }> = [];
  const localThings: Array<{ first: number; last: number; id: string }> = [];
  const localGroups: Array<{ last: number; id: string; demonym: boolean }> = [];
  const localBodies: Array<{ last: number; id: string }> = [];
  const asides = findAsides(tokens);
  const localTitled = personsNamedWithTitles(tokens, listed);
  const preliminary = buildUnits(mentionItems, tokens, new Set(), new Set(), frontEnd);
  const localLists: Array<{ last: number; ids: string[] }> = [];
  for (const unit of preliminary) {
    const ids = unit.members.map((m) => m.actorId);
    if (ids.length === 2) localPairs.push({ last: unit.last, ids });
    else if (ids.length > 2 && unit.kind !== 'anaphor') localLists.push({ last: unit.last, ids });
  }
  for (const item of mentionItems) {
    const id = item.members[0]?.actorId;
    if (!id) continue;
    const demonym = item.members[0]?.flags.includes('demonym') === true;
    if (item.person) localPersons.push({ first: item.first, last: item.last, id });
    else if ((asides[item.first] ?? -1) < 0) {
      localGroups.push({ last: item.last, id, demonym });
      // "The Indian government says it …": a demonym before a government noun names the state.
      const governs = STATE_GOVERNMENT_NOUNS.has(tokens[item.last]?.lower ?? '');
      if (!demonym || governs) localThings.push({ first: item.first, last: item.last, id });
      if (!demonym && isBody(id, lexicon)) localBodies.push({ last: item.last, id });
    }
  }
  // "NATO chief Anders Fogh Rasmussen said the alliance …": a body named only as a leader's modifier is
  // still the one "the alliance" means.
  const modifierBodies = modifiers.filter((mention) => isBody(mention.actorId, lexicon));
  for (const mention of modifierBodies) localBodies.push({ last: mention.last, id: mention.actorId });
  if (modifierBodies.length > 0) localBodies.sort((a, b) => a.last - b.last);

  const anaphors = findAnaphors(tokens, occupied, {
    discourse,
    sentence,
    lexicon,
    localPairs,
    localPersons,
    localThings,
    localGroups,
    localLists,
    localBodies,
    localTitled,
    frontEnd,
  });
  rememberTitles((discourse.titled ??= new Map()), localTitled, sentence);
  for (const item of anaphors) for (let t = item.first; t < item.last; t++) occupied[t] = true;
  const groups = findGroupReferences(tokens, occupied, discourse.lists ?? [], sentence);
  for (const item of groups) for (let t = item.first; t < item.last; t++) occupied[t] = true;
  const named = [...mentionItems, ...anaphors, ...groups].sort((a, b) => a.first - b.first);
  const events = (discourse.events ??= new Map());
  // Units are built for the event memory only when the sentence has an event word at all.
  if (namesEvent(tokens))
    recordEvents(tokens, buildUnits(named, tokens, new Set(), new Set(), frontEnd), sentence, events);
  const eventItems = findEventReferences(tokens, occupied, events, sentence);
  for (const item of eventItems) for (let t = item.first; t < item.last; t++) occupied[t] = true;
  const items = [...named, ...eventItems].sort((a, b) => a.first - b.first);
  return { items, occupied };
}
