/**
 * Agreements and concessions (PLOVER AGREE, CONCEDE): verbal cooperation that settles something, listed
 * after the rest of verbal cooperation (cues/index.ts keeps that order).
 */
import type { CueGroup } from '../cues';

export const AGREEMENTS_AND_CONCESSIONS: readonly CueGroup[] = [
  // agrees_with: agreements reached together (CAMEO 057, PLOVER AGREE); signing a named accord stays with
  // the negotiation or cooperation it seals, as the curated data has it.
  {
    type: 'agrees_with',
    prior: 0.8,
    verbs: [
      'agree with',
      'reach * agreement|deal|accord|truce|ceasefire|cease-fire|compromise|understanding with',
      'strike * agreement|deal|accord|bargain with',
      'strike * agreement|deal|accord|bargain',
      'agree to * deal|agreement|truce|ceasefire|cease-fire|accord|extension',
      'agree on * deal|agreement|truce|ceasefire|cease-fire|accord|extension',
      'reach * agreement|deal|accord|truce|ceasefire|cease-fire|compromise|understanding',
      // "Sharon and Abbas announced an agreement to end all hostilities": what they announce, they reached.
      // Not "deal": "announced an arms deal with Taiwan" is the arms cue's.
      'announce * agreement|accord|truce|ceasefire|cease-fire with',
      'announce * agreement|accord|truce|ceasefire|cease-fire',
      // "Sudan and South Sudan agreed to set up a buffer zone": read for a subject of two or more. The
      // alternatives of a pattern word are one token each, so "set up" stands apart; "hold" and "form"
      // are left to the cues that follow them ("hold talks with", "form an alliance").
      'agree to set up',
      'agree to create|establish|resume|restore|reopen|normalise|normalize|exchange',
      'accept * proposal|proposals|offer|offers|plan|invitation by|from',
    ],
    nouns: [
      'agreement with',
      'agreement between',
      'truce with',
      'truce between',
      'ceasefire|cease-fire with|between',
      'accord with',
      // "the deal between the United States, Australia and Britain": its sides (not "a deal with").
      'deal|deals|accord between',
    ],
  },
  // "the Israel-UAE deal was initially reached", "the Saudi-Iran agreement": read only so (named-pair).
  {
    type: 'agrees_with',
    prior: 0.7,
    nouns: ['deal|deals|agreement|agreements|accord|accords|pact|truce'],
    frame: 'named-pair',
  },
  // "the U.S.-France draft resolution", "an American-French resolution": the two drafted it together.
  { type: 'cooperates_with', prior: 0.6, nouns: ['draft|resolution'], frame: 'named-pair' },
  // "Thailand and Cambodia agreed to allow monitors": the pair agrees, whatever it agrees to do.
  { type: 'agrees_with', prior: 0.7, verbs: ['agree to', 'agree on', '=signed by'], frame: 'pair-agreement' },
  // concedes_to: yielding, concessions, releases and withdrawals in someone's favour (CAMEO 08).
  {
    type: 'concedes_to',
    prior: 0.75,
    verbs: [
      'concede to',
      'yield to',
      'give in to',
      // "had caved in to Russian pressure", "bowed to EU pressure"
      'cave in to',
      'bow to',
      'back down to',
      'make * concession|concessions to',
      'apologise|apologize to',
      'release * prisoners|hostages|detainees|captives|pilot|soldiers|sailors to',
      'free * prisoners|hostages|detainees|captives|pilot|soldiers|sailors to',
      'hand over * to',
      // "will Thursday handover the disputed peninsula to Cameroon" (the noun written as a verb).
      '=handover|handovers * to',
      'surrender|cede|relinquish * to',
      'return * prisoners|hostages|territory|land to',
      'withdraw * troops|forces|soldiers from',
      'pull * troops|forces|soldiers out of',
    ],
    nouns: ['concession|concessions to', 'apology to', 'withdrawal from'],
  },
  // "Israel and Hezbollah carried out a prisoner exchange", "a prisoner swap between Russia and
  // Ukraine": each side releases prisoners to the other (CAMEO 0841).
  {
    type: 'concedes_to',
    prior: 0.7,
    mutual: true,
    // As with a dispute, only the pair after "between", the subject and its "with" are the sides.
    frame: 'dispute',
    nouns: [
      'prisoner|prisoners exchange|exchanges|swap|swaps with|between',
      'prisoner|prisoners exchange|exchanges|swap|swaps',
      'exchange|exchanges|swap|swaps of prisoners with|between',
    ],
  },
];
