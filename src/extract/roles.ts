/**
 * Sentence analysis: actor mentions become units (single actors, "X and Y" compounds, "X-Y" pairs,
 * resolved "the two leaders" / "they"), cues are matched, and each cue gets a source and a target
 * from the role rules (rules/index.ts), tried in priority order, plus any readings of its
 * complement. Symmetric cues with a two-actor subject relate the two to each other.
 */
import type { Sentence } from '../domain/sentences';
import type { Discourse } from './discourse';
import { sentenceItems } from './anaphora';
import { preferNamed, updateDiscourse } from './discourse';
import type { Candidate } from './candidates';
import { addCandidates } from './candidates';
import type { CueIndex, CueMatch } from './cues';
import { findCues } from './cues';
import { sentenceModality } from './flags';
import type { ActorMention, Lexicon } from './lexicon';
import { findMentions } from './lexicon';
import { complementReadings, supersedes } from './rules/complement';
import { readRoles } from './rules/index';
import { SentenceAnalysis } from './sentenceAnalysis';
import type { Token } from './tokenize';
import { pastExamples, tokenize } from './tokenize';
import type { Item, Unit } from './units';
import { buildUnits, dropModifiers, frontedEnd } from './units';
import type { RelationTypeId } from './vocabulary';

export interface SentenceInput {
  readonly text: string;
  readonly sentence: Sentence;
  /** The sentence's tokens, when the caller has them already. */
  readonly tokens?: readonly Token[] | undefined;
  readonly lexicon: Lexicon;
  readonly cues: CueIndex;
  readonly discourse: Discourse;
  /** When given, filled with the actors the sentence names or resolves an anaphor to. */
  readonly actors?: SentenceActors;
}

/** The actors of one sentence: named (with the offsets of their first mention), or resolved anaphors. */
export interface SentenceActors {
  readonly named: Map<string, readonly [number, number]>;
  readonly resolved: Set<string>;
  /** Every cue the sentence holds, read or not: the pair model types a pair by the cue between them. */
  readonly cues: CueSpan[];
  /** The sentence reports speech (flags.ts): a feature of the pair model. */
  reported: boolean;
}

export interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly type: RelationTypeId;
}

/** The cue sits in the complement of an embedding cue: "accused X of attacking", "opposed aid to". */
function embeddedUnder(previous: CueMatch | undefined, cue: CueMatch, tokens: readonly Token[]): boolean {
  if (!previous || !previous.cue.embeds) return false;
  if (cue.first - previous.last > 6) return false;
  let linked = false;
  let words = 0;
  for (let t = previous.last; t < cue.first; t++) {
    const token = tokens[t] as Token;
    const lower = token.lower;
    if (lower === ',' || lower === ';' || lower === 'and' || lower === 'but' || lower === '.') return false;
    if (lower === 'to' || lower === 'of' || lower === 'for' || lower === 'that' || lower === 'from')
      linked = true;
    if (token.kind === 'word') words++;
  }
  // A noun cue right after the verb is its object: "opposed further military aid to Ukraine".
  if (cue.cue.kind === 'noun' && words <= 3) return true;
  return linked || cue.first === previous.last;
}

/** Every actor named (modifiers such as "Russian President" included) and every anaphor's reading. */
function collectActors(
  actors: SentenceActors,
  found: readonly ActorMention[],
  items: readonly Item[],
  tokens: readonly Token[],
): void {
  for (const mention of found) {
    const first = tokens[mention.first];
    const last = tokens[mention.last - 1];
    if (first && last && !actors.named.has(mention.actorId))
      actors.named.set(mention.actorId, [first.start, last.end]);
  }
  for (const item of items) {
    if (item.kind === 'mention') continue;
    for (const member of [...item.members, ...(item.alternative ?? [])]) actors.resolved.add(member.actorId);
  }
}

function cueSpan(cue: CueMatch, tokens: readonly Token[]): CueSpan {
  const first = tokens[cue.first] as Token;
  const last = tokens[cue.last - 1] as Token;
  return { start: first.start, end: last.end, type: cue.cue.type };
}

/** Candidate relations stated by one sentence. Updates `discourse` for the sentences that follow. */
export function analyseSentence(input: SentenceInput): Candidate[] {
  const { text, sentence, lexicon, discourse } = input;
  const tokens = input.tokens ?? tokenize(text, sentence.start, sentence.end);
  const found = preferNamed(findMentions(tokens, lexicon), discourse);
  const mentions = dropModifiers(found, tokens, lexicon);
  const frontEnd = frontedEnd(tokens);
  const modifiers = found.filter((mention) => !mentions.includes(mention));
  const { items, occupied } = sentenceItems(
    tokens,
    mentions,
    lexicon,
    discourse,
    sentence.index,
    frontEnd,
    modifiers,
  );
  if (input.actors) collectActors(input.actors, found, items, tokens);

  const cues = findCues(tokens, input.cues, occupied);
  // "includes" relates a named bloc to its members and nothing else ("The delegation includes …"): the
  // pair model does not see it as a cue.
  if (input.actors)
    for (const cue of cues)
      if (cue.cue.frame !== 'bloc-member' || cue.cue.kind !== 'verb')
        input.actors.cues.push(cueSpan(cue, tokens));
  const units = buildUnits(
    items,
    tokens,
    new Set(cues.map((cue) => cue.first)),
    new Set(cues.map((cue) => cue.last)),
    frontEnd,
  );
  const analysis = new SentenceAnalysis(tokens, units, cues, lexicon, frontEnd);
  const modality = sentenceModality(tokens, text.slice(sentence.start, sentence.end));
  if (input.actors) input.actors.reported = modality.reported;
  const context = { text, sentence, tokens, lexicon, modality, unasserted: analysis.unasserted };

  const candidates: Candidate[] = [];
  let previous: CueMatch | undefined;
  for (const cue of cues) {
    const roles = readRoles(cue, analysis);
    const embedded = embeddedUnder(previous, cue, tokens);
    previous = cue;
    // A membership stated in passing ("The Philippines, another ASEAN member, accused …") is no act
    // whose actor later verbs share.
    const act = roles !== undefined && cue.cue.frame !== 'bloc-member';
    if (act && roles.target) analysis.targetOf.set(roles.target, roles.source);
    if (act) analysis.previousSource = roles.clauseSubject ?? roles.source;
    const readings = complementReadings(cue, roles, analysis);
    if (roles && !supersedes(readings, roles, cue.cue.type)) readings.unshift(roles);
    for (const reading of readings) addCandidates(context, cue, reading, embedded, candidates);
  }

  const asExamples = (unit: Unit): boolean =>
    pastExamples(tokens, unit.first - 1) === unit.first ||
    pastExamples(tokens, unit.first - 2) === unit.first;
  updateDiscourse(discourse, units, candidates, sentence.index, lexicon, frontEnd, asExamples);
  return candidates;
}
