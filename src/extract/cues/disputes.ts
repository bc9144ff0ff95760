/**
 * Disputes stated as a standing state of affairs: "X and Y are locked in a dispute over the islands",
 * "X's territorial dispute with Y", "a border row between X and Y", "X and Y have competing claims",
 * "tensions between X and Y"; and fighting between two sides ("clashes between X and Y").
 * Each side opposes the other (`opposes` is directed, so the cues are mutual). A dispute noun whose
 * sides are not given by its frame ("urged calm in the dispute", "Z said the dispute with Y") relates
 * nobody (rules/disputes.ts). And membership named as an apposition: "ASEAN members Vietnam and the
 * Philippines".
 */
import type { CueGroup } from '../cues';
import { SOURED } from '../words';

/** The nouns of membership named before the members: "ASEAN members Vietnam and the Philippines". */
export const MEMBER = 'member|members|member-state|member-states';

/** The nouns of a standing dispute. */
export const DISPUTE = 'dispute|disputes|row|feud|quarrel|spat|standoff|stand-off|wrangle|rift|rifts';
/** Hostility as a standing state between two sides: "tensions between X and Y". */
const TENSION = 'tension|tensions|rivalry|animosity|enmity|hostility';
/** Relations gone bad: "strained relations between X and Y". */
const STRAINED = [...SOURED].join('|');
/** Fighting as a state between two sides: "clashes between X and Y". */
const FIGHTING = 'fighting|clash|clashes|hostilities|war|conflict|skirmish|skirmishes|battle|battles';
/** How a pair is said to be in one: "locked in a dispute", "embroiled in a row". */
const CAUGHT_IN = 'locked|embroiled|involved|mired|entangled|caught|engaged in';
/** Claims that clash: "competing claims to the islands". */
export const RIVAL = 'competing|rival|overlapping|conflicting';
const RIVAL_CLAIMS = `${RIVAL} claims`;

export const DISPUTES: readonly CueGroup[] = [
  {
    type: 'opposes',
    prior: 0.75,
    mutual: true,
    frame: 'dispute',
    verbs: [
      `have * ${DISPUTE} with`,
      `have * ${DISPUTE}`,
      `have * ${RIVAL_CLAIMS} with`,
      `have * ${RIVAL_CLAIMS}`,
    ],
    // Participles after "are" are written as nouns, so the passive rule does not look for a "by" agent.
    nouns: [
      `${CAUGHT_IN} * ${DISPUTE}|confrontation|confrontations|incidents with`,
      `${CAUGHT_IN} * ${DISPUTE}`,
      `${DISPUTE} with`,
      `${DISPUTE} between`,
      `${TENSION} between`,
      // "at the height of its cold war tensions with the United States"
      `${TENSION} with`,
      // "at a time of strained relations between the United States and the Philippines", "the Taleban
      // insurgency has strained ties between the two countries"
      `${STRAINED} relations|ties|relationship with|between`,
      // "Venezuela's often tense relationship with the United States": the owner stays next to the cue.
      `often|increasingly|deeply|very|already ${STRAINED} relations|ties|relationship with|between`,
      RIVAL_CLAIMS,
      'at odds with',
      'at odds',
      // Bare, read only through a hyphen pair or a possessor: "the festering China-Japan dispute".
      DISPUTE,
      TENSION,
    ],
  },
  // "fighting between X and Y", "an exchange of fire between X and Y": each side attacks the other.
  {
    type: 'attacks',
    prior: 0.75,
    mutual: true,
    frame: 'dispute',
    nouns: [
      `${FIGHTING} between`,
      'exchange|exchanges of fire between',
      'exchange|exchanges * fire between',
      // Bare, as above: "the Russian-Georgian war", "the Iran-Iraq war", "the Israeli-Palestinian violence".
      // Nouns only: the verbs (fighting, clash, battle) have cues of their own.
      'war|conflict|hostilities|violence',
    ],
  },
  // "NATO member Turkey", "ASEAN members Vietnam and the Philippines", "BRICS includes Brazil": the
  // bloc and its members.
  {
    type: 'allies_with',
    prior: 0.75,
    frame: 'bloc-member',
    nouns: [MEMBER, 'member states|countries|nations'],
    // "The BRICS group includes Brazil, Russia, …", "NATO's 2004 expansion included Estonia".
    verbs: ['include', 'comprise'],
    targetKinds: ['state'],
  },
];
