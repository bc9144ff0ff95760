/**
 * The role rules, in priority order: for each cue the driver walks this list, and the first rule
 * that applies and reads roles names the evidence (see RoleRule). docs/extraction.md lists the same
 * order, generated from this list (npm run docs:rules).
 */
import type { CueMatch } from '../cues';
import type { SentenceAnalysis } from '../sentenceAnalysis';
import { isDirected } from '../vocabulary';
import type { Token } from '../tokenize';
import { DETERMINERS, GATHERINGS, PLACE_NOUNS, VENUE_PURPOSES, WEEKDAYS } from '../words';
import { CueContext } from './context';
import {
  addressee,
  advocacy,
  blame,
  characterisation,
  clauseSubject,
  fromAgent,
  helpingTroops,
  jointCompound,
  obligation,
  pairAgreement,
  presence,
  toldInPerson,
} from './frames';
import { namedPair, pairBetween, pairHyphen, plainRelationsAlone } from './pairs';
import {
  agentNounAlone,
  copula,
  possessorApposition,
  possessorAdjective,
  modifierApposition,
  possessorPairCopula,
  reciprocalCopula,
} from './possessor';
import {
  active,
  appealAdvocacy,
  fronted,
  nominal,
  nominalBy,
  pairSubject,
  visitTalks,
  reciprocal,
  subjectPairCopula,
} from './subject';
import type { Reading, RoleStep } from './types';
import { blocMember, disputeSides } from './disputes';
import { embeddedAct } from './embedded';
import { refineType } from './refine';
import { hyphenAgentRule, passive, under } from './verbal';

export const ROLE_RULES: readonly RoleStep[] = [
  // Cues with a frame of their own (frames.ts).
  fromAgent,
  advocacy,
  characterisation,
  toldInPerson,
  addressee,
  presence,
  clauseSubject,
  obligation,
  blame,
  helpingTroops,
  pairAgreement,
  jointCompound,
  disputeSides,
  blocMember,
  namedPair,
  plainRelationsAlone,
  // A noun read through its possessor (possessor.ts).
  possessorAdjective,
  reciprocalCopula,
  possessorPairCopula,
  copula,
  possessorApposition,
  modifierApposition,
  agentNounAlone,
  // Agents that are not the subject (verbal.ts), pairs named together (pairs.ts).
  under,
  hyphenAgentRule,
  pairHyphen,
  pairBetween,
  passive,
  // The ordinary clause (subject.ts).
  reciprocal,
  fronted,
  nominalBy,
  visitTalks,
  nominal,
  active,
  embeddedAct,
  pairSubject,
  appealAdvocacy,
  subjectPairCopula,
];

function firstReading(c: CueContext): Reading | undefined {
  for (const step of ROLE_RULES) {
    if (!step.when(c)) continue;
    if ('stop' in step) return undefined;
    const roles = step.read(c);
    if (roles) return { ...roles, rule: step.name };
    if (step.final) return undefined;
  }
  return undefined;
}

/**
 * After a visited state, a gathering it only hosts: "will travel to Trinidad and Tobago for the Summit of
 * the Americas", "traveled to Chad to participate in talks called by the AU".
 */
function hostsOnly(tokens: readonly Token[], at: number): boolean {
  let t = at;
  while (WEEKDAYS.has(tokens[t]?.lower ?? '')) t++;
  const word = tokens[t]?.lower;
  if (word === 'to') return VENUE_PURPOSES.has(tokens[t + 1]?.lower ?? '');
  if (word !== 'for') return false;
  if (DETERMINERS.has(tokens[t + 1]?.lower ?? '')) t++;
  return GATHERINGS.has(tokens[t + 1]?.lower ?? '');
}

/**
 * Checks on the target a rule found: a cue that names the kinds it accepts ("joined NATO", not
 * "joined European sanctions"), and an anaphor that names the source itself ("American and British
 * strikes on their positions": "their" is someone else, or the pair acts on each other).
 */
function checkTarget(c: CueContext, reading: Reading): Reading | undefined {
  const target = reading.target;
  if (!target) return reading;
  const kinds = c.cue.targetKinds;
  const lexicon = c.sentence.lexicon;
  if (
    kinds &&
    !target.members.every(
      (m) => !m.flags.includes('demonym') && kinds.has(lexicon.actors.get(m.actorId)?.kind ?? 'person'),
    )
  ) {
    return undefined;
  }
  // "traveled to South Sudan's capital Juba for talks with Kiir": the state only names the place.
  if (kinds && target.possessive && PLACE_NOUNS.has(c.tokens[target.last + 1]?.lower ?? '')) return undefined;
  if (kinds && c.cue.type === 'negotiates_with' && hostsOnly(c.tokens, target.last)) return undefined;
  // "joined the African Union in condemning the coup": joining in an act, not joining the body.
  const after = c.tokens[target.last];
  if (
    c.cue.frame === 'membership' &&
    after?.lower === 'in' &&
    c.tokens[target.last + 1]?.lower.endsWith('ing')
  )
    return undefined;
  if (target.kind === 'anaphor' && !reading.pair && !reading.reciprocal) {
    const own = new Set(reading.source.members.map((m) => m.actorId));
    if (target.members.some((m) => own.has(m.actorId))) {
      const alternative = target.alternative;
      if (alternative) return { ...reading, target: { ...target, members: alternative } };
      // "Thailand and Cambodia exchanged fire across their border": the pair acts on each other.
      const mutual = c.cue.mutual || !isDirected(c.cue.type);
      return mutual && reading.source.members.length >= 2
        ? { source: reading.source, pair: true, rule: 'pair-subject', passive: reading.passive === true }
        : undefined;
    }
  }
  return reading;
}

/** The roles of one cue, or undefined when it relates nobody. */
export function readRoles(match: CueMatch, sentence: SentenceAnalysis): Reading | undefined {
  // A cue already read as part of an earlier one ("cooperation" in "called for cooperation with").
  if (sentence.consumed.has(match.first)) return undefined;
  const c = new CueContext(match, sentence);
  const read = firstReading(c);
  // "Washington's plan has angered Moscow": the one who feels it (the object) acts on its cause; a
  // possessor ("upset Fiji's neighbours") is not who feels it.
  const turned = read?.target && c.cue.frame === 'experiencer';
  // Nor is a feeling only wished or feared ("the unwillingness of European leaders to anger Russia").
  if (turned && (read.target?.possessive || c.tokens[c.match.first - 1]?.lower === 'to')) return undefined;
  const reading = turned && read.target ? { ...read, source: read.target, target: read.source } : read;
  const checked = reading && checkTarget(c, reading);
  return checked && refineType(c, checked);
}
