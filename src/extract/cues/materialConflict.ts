/** Material conflict (PLOVER quad 4): sanctioning, attacking. */
import type { CueGroup } from '../cues';

const ATTACK_PREPS = ['in', 'inside', 'across', 'on', 'against', 'into', 'near'];

export const MATERIAL_CONFLICT: readonly CueGroup[] = [
  // sanctions: measures that punish.
  {
    type: 'sanctions',
    prior: 0.85,
    verbs: [
      'sanction',
      'impose * sanctions|tariffs|embargo|embargoes|duties|penalties on|against',
      'slap * sanctions|tariffs|embargo on|against',
      'levy * sanctions|tariffs on|against',
      'blacklist',
      'embargo',
      'expel',
      // "Estonia ordered out the Russian defense attache"
      'order out',
      'ban * imports|exports from|to|of',
      'sever|cut|break * ties|relations with|to',
      // "Saudi Arabia, the UAE and Bahrain severed diplomatic ties": with no one named, still no ties.
      'sever|cut|break * ties|relations',
      'end * ties|relations with',
      'downgrade * ties|relations with',
      'suspend * aid|assistance to',
      'recall * ambassador|ambassadors|envoy|envoys from',
      // "Australia has withdrawn its ambassador to Indonesia in protest"
      'recall|withdraw * ambassador|ambassadors|envoy|envoys to',
    ],
    nouns: [
      'sanctions * on|against',
      'embargo|embargoes on|against',
      'tariffs|tariff on',
      'tariffs|tariff against',
      'export controls on',
      'export ban on',
      // "Russia's ban on its meat imports"
      'ban|bans on',
      // "the most extreme restrictions on Venezuela", "trade restrictions on Cuba"
      'restrictions on|against',
      // "ordered the expulsion of Colombia's ambassador"
      'expulsion|expulsions of',
    ],
  },
  // "The African Union has suspended Ivory Coast", "banned Swedish journalists from entering Zimbabwe"
  {
    type: 'sanctions',
    prior: 0.6,
    verbs: ['penalise', 'penalize', 'punish', 'isolate', 'ban', 'bar', 'suspend'],
  },
  // "Fiji's military leaders are facing sanctions from the United States": the actor after "from" imposes.
  {
    type: 'sanctions',
    prior: 0.8,
    nouns: ['face|faces|faced|facing * sanctions|tariffs|embargo|embargoes from', 'under * sanctions from'],
    frame: 'agent-from',
  },
  // "will work together to defeat al-Shabab": beating an armed group or a state in the field. A person
  // defeated is an election lost, read by no cue.
  {
    type: 'attacks',
    prior: 0.6,
    verbs: ['defeat', 'vanquish', 'crush', 'rout'],
    targetKinds: ['group', 'state'],
  },
  // attacks: armed force.
  {
    type: 'attacks',
    prior: 0.85,
    verbs: [
      'attack',
      'invade',
      'bomb',
      '=shelled|shelling',
      'bombard',
      // "U.S. warplanes continue to pound suspected al-Qaida training camps" (not "pounds", the money)
      '=pound|pounded|pounding',
      'annex',
      'besiege',
      'assault',
      'launch * attack|attacks|strike|strikes|airstrikes|offensive|assault|invasion on|against|in|into',
      'fire * missiles|rockets|drones|shells at|into|on',
      'wage * war on|against',
      'declare war on',
      'go to war with',
      // "recaptured ground from the Houthi rebels": taken back by force.
      'recapture * from',
      'retake * from',
    ],
    nouns: [
      'attack|attacks on',
      'attack|attacks against',
      'strike|strikes on',
      'strike|strikes against',
      'airstrike|airstrikes on',
      'air strike|strikes on',
      'missile|drone|rocket strike|strikes|attack|attacks on',
      'invasion of',
      'incursion|incursions into',
      'offensive against',
      // "a military operation against the YPG", "mop-up operations against Houthi rebels".
      'operation|operations against',
      'crackdown on|against',
      'assault on',
      'bombing of',
      'bombardment of',
      'shelling of',
      'siege of',
      'occupation of',
      'annexation of',
      'aggression against',
      'war on',
      'war against',
      'at war with',
      // "its 10-year-old conflict with Maoist insurgents", "Russia's war with Ukraine".
      'war|conflict with',
      'raid|raids on',
    ],
    preps: ATTACK_PREPS,
  },
  // "Eritrean soldiers crossed into Ethiopia": an armed incursion (people who speak for no state,
  // such as refugees, do not act for theirs).
  { type: 'attacks', prior: 0.7, verbs: ['cross into'] },
  // "Syria came under attack from Israel": the actor after "from" attacks the subject.
  {
    type: 'attacks',
    prior: 0.75,
    verbs: ['=come|comes|came|coming under * attack|attacks|fire|shelling|bombardment|assault from'],
    frame: 'agent-from',
  },
  {
    type: 'attacks',
    prior: 0.7,
    verbs: [
      'clash with',
      'clash',
      'exchange * fire|blows|strikes with',
      'exchange * fire|blows|strikes',
      // "The two countries have fought three wars": each side fought the other.
      'fight * war|wars with',
      'fight * war|wars',
    ],
    mutual: true,
  },
  {
    type: 'attacks',
    prior: 0.65,
    verbs: [
      // "has been fighting a 50-year-long guerrilla war against the government": one side's war.
      'fight|wage * war|wars|campaign against',
      'strike',
      'raid',
      'occupy',
      '=targeted|targeting',
      'fight',
      // "It is battling AU forces in Mogadishu" ("battles" is left to the noun).
      '=battle|battled|battling',
      'ambush',
      // "the coup that ousted President Mohamed Bazoum", "overthrew Bazoum".
      'oust',
      'overthrow',
      'topple',
      'depose',
      'retaliate against',
      'eradicate',
      'crush',
      'wipe out',
      'overrun',
      'shoot down',
    ],
    // Not "war in": "promised to end the war in Ukraine", "discuss the war in Gaza" name where a war is,
    // not who wages it (real news: four wrong pairs and no right one).
    nouns: ['offensive in'],
    preps: ATTACK_PREPS,
  },
  // mobilises_against: forces moved or massed against someone (CAMEO 15).
  {
    type: 'mobilises_against',
    prior: 0.75,
    verbs: [
      'mass * troops|forces|soldiers|tanks on|along|near|at',
      'deploy * troops|forces|soldiers|units|warships|missiles|artillery on|along|near|to',
      'station * troops|forces|soldiers|missiles on|along|near',
      'build up * troops|forces on|along|near',
      'move * troops|forces to|toward|towards',
      'mobilise|mobilize * against',
      // "deployed troops along its border with Uganda", "sent troops to its border with Colombia".
      'deploy|send|mass|station|move * troops|forces|soldiers|units|tanks to|along|near|on|at * border|frontier with',
      'put * forces|troops on alert against',
    ],
    nouns: [
      'military buildup on|along|near',
      'troop buildup on|along|near',
      'mobilisation|mobilization against',
    ],
  },
  // Land taken from a state: "The Soviet Union seized the islands from Japan".
  {
    type: 'coerces',
    prior: 0.7,
    verbs: ['seize * from', 'capture * from', 'wrest * from', '=grabbed|grabbing * from'],
  },
  // coerces: force short of attack: blockades, seizures, detentions (CAMEO 17).
  {
    type: 'coerces',
    prior: 0.7,
    verbs: [
      'blockade',
      'seize',
      'impound',
      'confiscate',
      'coerce',
      'detain',
      'arrest',
      'intercept',
      'kidnap',
      'abduct',
      'hold * hostage',
      'take * hostage',
    ],
    nouns: ['blockade of', 'seizure of', 'coercion of'],
  },
  // protests: demonstrations and rallies against someone (CAMEO 14); a government's protest is a denunciation.
  {
    type: 'protests',
    prior: 0.75,
    verbs: [
      'demonstrate against',
      'march against',
      'rally against',
      'stage * protest|protests|demonstration|demonstrations|rally|rallies against',
      'hold * protest|protests|demonstration|demonstrations|rally|rallies against',
    ],
    nouns: ['demonstration|demonstrations against', 'rally|rallies against', 'street protests against'],
  },
];
