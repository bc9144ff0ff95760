/**
 * What earlier sentences said, for the next sentence's anaphors: the last pair, person, thing, body
 * and group named, the document's lists, events and leaders. Each sentence updates it for the next.
 */
import type { Candidate } from './candidates';
import type { LeadersByState } from './counterparts';
import { noteLeader } from './counterparts';
import type { EventMemory } from './eventReference';
import type { NamedList } from './groupReference';
import { REMEMBERED_BODIES, type NamedBody } from './headReference';
import type { ActorMention, Lexicon } from './lexicon';
import type { Unit } from './units';
import type { RememberedTitles } from './titleReference';

/** What earlier sentences said, for "the two leaders", "they", "he" and "it". */
export interface Discourse {
  pair?: { readonly members: readonly string[]; readonly sentence: number };
  /** The last pair of persons: what "the two leaders" names even after a pair of states. */
  personPair?: { readonly members: readonly string[]; readonly sentence: number };
  person?: { readonly id: string; readonly sentence: number };
  thing?: { readonly id: string; readonly sentence: number };
  /** The last bloc, organisation or group named: what "the group" and a lone "they" name. */
  body?: { readonly id: string; readonly sentence: number };
  /** Bodies named lately, oldest first: what "the court" or "the council" names (headReference.ts). */
  bodies?: NamedBody[];
  /** The last armed or political group named: what "the rebels" names. */
  group?: { readonly id: string; readonly sentence: number };
  /** The document's lists of states, for "six world powers" (groupReference.ts). */
  readonly lists?: readonly NamedList[];
  /** Who did the events named so far, for "condemned the attack" (eventReference.ts). */
  events?: EventMemory;
  /** Actors named so far by a name that is theirs alone, for a shared one ("Congo") after it. */
  named?: Set<string>;
  /** The last person named for each state, for "his Russian counterpart" (counterparts.ts). */
  leaders?: LeadersByState;
  /** The last person named after each title, for "the king" (titleReference.ts). */
  titled?: RememberedTitles;
  /** How often each state was named so far: the most named is whose "the government" is meant. */
  states?: Map<string, number>;
}

/** The state the document has named most so far (the later one of a tie), or undefined. */
export function homeState(discourse: Discourse): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [id, n] of discourse.states ?? []) if (n >= most) [best, most] = [id, n];
  return best;
}

const BODY_KINDS = new Set(['bloc', 'organization', 'group']);

export function isBody(id: string, lexicon: Lexicon): boolean {
  return BODY_KINDS.has(lexicon.actors.get(id)?.kind ?? '');
}

export function updateDiscourse(
  discourse: Discourse,
  units: readonly Unit[],
  candidates: readonly Candidate[],
  sentence: number,
  lexicon: Lexicon,
  frontEnd = -1,
  namedAsExamples: (unit: Unit) => boolean = () => false,
): void {
  // The subject opens the sentence, or follows a fronted phrase ("Before the briefing, the White House").
  const subjectFrom = Math.max(0, frontEnd);
  let person: string | undefined;
  let thing: string | undefined;
  let body: string | undefined;
  let group: string | undefined;
  let paired = false;
  for (const unit of units) {
    const ids = [...new Set(unit.members.map((member) => member.actorId))];
    for (const id of ids) {
      if (lexicon.actors.get(id)?.kind === 'person')
        noteLeader((discourse.leaders ??= new Map()), id, lexicon);
    }
    // The first pair a sentence names, its subject as a rule: "Both Machar and Kiir agreed to meet, after
    // visits by Kerry and Ban Ki-moon. The two leaders…" are Machar and Kiir.
    // Not examples: "attacks from rogue states, such as Iran and North Korea. The two sides agreed …"
    if (ids.length === 2 && !paired && !namedAsExamples(unit)) {
      discourse.pair = { members: ids, sentence };
      if (ids.every((id) => lexicon.actors.get(id)?.kind === 'person')) {
        discourse.personPair = { members: ids, sentence };
      }
      paired = true;
    }
    if (ids.length !== 1) continue;
    const id = ids[0] as string;
    const kind = lexicon.actors.get(id)?.kind;
    if (kind === 'state' && unit.kind === 'mention') {
      const states = (discourse.states ??= new Map());
      states.set(id, (states.get(id) ?? 0) + 1);
    }
    if (kind === 'person') person ??= id;
    // Inside the fronted phrase, only the sentence's opening counts, as it did before.
    else if ((unit.first >= subjectFrom ? unit.first - subjectFrom : unit.first) <= 3) thing ??= id;
    if (unit.kind !== 'anaphor' && isBody(id, lexicon) && !unit.members[0]?.flags.includes('demonym')) {
      body = id;
      const bodies = (discourse.bodies ??= []);
      bodies.push({ id, sentence });
      if (bodies.length > REMEMBERED_BODIES) bodies.shift();
    }
    if (kind === 'group' && !unit.members[0]?.flags.includes('demonym')) group = id;
  }
  if (person) discourse.person = { id: person, sentence };
  if (body) discourse.body = { id: body, sentence };
  if (group) discourse.group = { id: group, sentence };
  if (thing) discourse.thing = { id: thing, sentence };
  // "Xi met Putin. The two leaders…": two persons (or two states) related by the sentence form a pair.
  if (!paired) {
    for (const candidate of candidates) {
      const a = lexicon.actors.get(candidate.source)?.kind;
      const b = lexicon.actors.get(candidate.target)?.kind;
      if (!candidate.negated && a !== undefined && a === b) {
        discourse.pair = { members: [candidate.source, candidate.target], sentence };
        if (a === 'person') discourse.personPair = discourse.pair;
        break;
      }
    }
  }
}

/**
 * Mentions by a name two actors share ("Congo": DR Congo and the Republic of the Congo), read as the
 * one the text has named by a name of its own ("the Democratic Republic of Congo … Congo"); the
 * lexicon's first choice otherwise. Notes the actors this sentence names unambiguously.
 */
export function preferNamed(mentions: readonly ActorMention[], discourse: Discourse): ActorMention[] {
  const named = (discourse.named ??= new Set());
  const read = mentions.map((mention) => {
    if (mention.alternatives.length === 0 || named.has(mention.actorId)) return mention;
    const other = mention.alternatives.find((id) => named.has(id));
    return other ? { ...mention, actorId: other, alternatives: [mention.actorId] } : mention;
  });
  for (const mention of mentions) if (!mention.ambiguous) named.add(mention.actorId);
  return read;
}
