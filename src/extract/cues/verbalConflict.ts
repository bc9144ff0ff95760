/** Verbal conflict (PLOVER quad 3): accusing, denouncing, opposing, warning, threatening. */
import type { CueGroup } from '../cues';

/** What a refusal turns down: "rejected the offer from X", "turned down a bid by X". */
const REJECTED =
  'offer|offers|proposal|proposals|demand|demands|request|requests|overture|overtures|bid|bids|application|plan|plans|call|calls|appeal|appeals|invitation|ultimatum|terms|vote';

/** What a denial turns down: "rejected accusations by X", "denied the charges from X". */
const DENIED = 'accusation|accusations|allegation|allegations|charge|charges|claim|claims';

export const VERBAL_CONFLICT: readonly CueGroup[] = [
  // accuses: allegation and blame.
  {
    type: 'accuses',
    embeds: true,
    prior: 0.9,
    verbs: [
      'accuse',
      'blame',
      '=faults|faulted|faulting',
      'implicate',
      'hold * responsible',
      'point * finger at',
      // "Afghanistan blamed the attack on the Pakistani intelligence service": who is blamed follows "on".
      'blame * on',
      'pin * blame on',
      'put * blame on',
      // "issued arrest warrants for Otti and Joseph Kony": a court's charge.
      'issue * arrest warrant|warrants|warrant|warrants for|against',
      'indict',
    ],
    nouns: [
      'accusation|accusations against',
      'allegation|allegations against',
      'blame on',
      'grievance|grievances against',
    ],
  },
  // "Baku and Yerevan traded accusations": both sides accuse each other.
  {
    type: 'accuses',
    embeds: true,
    mutual: true,
    prior: 0.8,
    verbs: [
      'trade * accusations|barbs|recriminations|blame with',
      'trade * accusations|barbs|recriminations|blame',
      'exchange * accusations|barbs|recriminations with',
      'exchange * accusations|barbs|recriminations',
    ],
  },
  {
    type: 'accuses',
    embeds: true,
    prior: 0.6,
    verbs: ['=charged|charging', 'allege', 'hold * accountable', '=suspect|suspects|suspecting'],
    nouns: ['charges against'],
  },
  // "Yemen complained that Iran was arming the rebels": the accused is the subject of the clause.
  {
    type: 'accuses',
    embeds: true,
    prior: 0.7,
    verbs: ['allege that', 'charge that', 'complain that', 'complain'],
    frame: 'clause-subject',
  },
  // "The United States says Uganda should withdraw", "Chirac said Turkey needs to change": what the
  // speaker says another must do.
  {
    type: 'demands',
    prior: 0.6,
    verbs: ['=should|must', '=ought * to', '=needs|need to'],
    frame: 'obligation',
  },
  // "The U.S. says the Syrian government is responsible for the attack": the speaker blames the subject.
  // The attack itself is taken as having happened, so what follows is not embedded.
  {
    type: 'accuses',
    prior: 0.8,
    verbs: [
      '=is|are|was|were responsible|culpable for',
      '=is|are|was|were also|directly|partly|largely|fully|solely|ultimately responsible for',
      '=is|are|was|were to blame for',
    ],
    frame: 'blame',
  },
  // denounces: criticism and condemnation.
  {
    type: 'denounces',
    prior: 0.85,
    verbs: [
      'denounce',
      'condemn',
      'criticise',
      'criticize',
      'lambast',
      'lambaste',
      'decry',
      'rebuke',
      'censure',
      'castigate',
      'deplore',
      'chastise',
      'excoriate',
      'berate',
      'reprimand',
      'chide',
      'scold',
      'admonish',
      'upbraid',
      'assail',
      'hit out at',
      'lash out at',
      'rail against',
      'have harsh|strong|tough|sharp|angry|bitter|critical words for',
      'summon * ambassador|envoy',
      // "Argentina lodged a formal protest with Britain": an official complaint to its addressee.
      'lodge|file|register * protest|complaint with|against',
    ],
    nouns: [
      'criticism of',
      'condemnation of',
      'denunciation of',
      'critic of',
      'critics of',
      'critique of',
      'rebuke of',
    ],
  },
  {
    type: 'denounces',
    prior: 0.8,
    verbs: [
      'draw|attract|provoke|prompt|trigger|spark|face|receive|earn * criticism|condemnation|rebuke|rebukes|censure|protest|protests|outrage|backlash from',
    ],
    frame: 'agent-from',
  },
  { type: 'denounces', prior: 0.75, nouns: ['critic', 'critics'], frame: 'agent-noun' },
  // "Saudi Arabia has been critical of the U.S.": the adjective with its object.
  { type: 'denounces', prior: 0.7, nouns: ['critical of', 'highly critical of'] },
  // "the United States has lost patience with the Burmese government".
  {
    type: 'denounces',
    prior: 0.7,
    verbs: ['lose patience with', 'run out of patience with'],
  },
  // "expressing outrage over an incident in which Zimbabwean security forces …", "outraged at the Syrian
  // mortar strike": anger said out loud at an actor or its act.
  { type: 'denounces', prior: 0.7, nouns: ['outrage at|over', 'outraged at|by|over'] },
  // "Washington's plan has angered Moscow", "Beijing was irritated by the visit": the one angered
  // opposes the one who angered it.
  {
    type: 'opposes',
    prior: 0.65,
    verbs: ['anger', 'infuriate', 'enrage', 'irritate', 'incense', 'antagonise', 'antagonize', 'upset'],
    frame: 'experiencer',
  },
  // "summoned Myanmar's ambassador", "summoned the Japanese envoy": a diplomatic rebuke of that state.
  // ("summoned his security council" names no other actor and reads nothing.)
  {
    type: 'denounces',
    prior: 0.75,
    verbs: ['summon'],
  },
  // "expressed doubt over Sudan's commitment": misgivings said out loud about an actor or its acts.
  {
    type: 'denounces',
    prior: 0.55,
    verbs: [
      'express|voice|raise * doubt|doubts|scepticism|skepticism|misgivings about|over|on',
      // "expressed concern over Russian military support for Assad": worry said out loud about an act.
      'express|voice * concern|concerns|alarm about|over|at',
    ],
    nouns: ['concerned|alarmed|worried about|over|by'],
  },
  {
    type: 'denounces',
    prior: 0.65,
    verbs: ['slam', 'blast', 'protest', 'take aim at', 'deride', 'mock', 'ridicule', 'snub', 'insult'],
    nouns: ['protest|protests against'],
  },
  // opposes: rejection and resistance.
  {
    type: 'opposes',
    embeds: true,
    prior: 0.8,
    verbs: [
      'oppose',
      'veto',
      'vote against',
      'stand against',
      'stand up to',
      'stand united against',
      'unite against',
      'push back against',
      'defy',
      'object to',
      'campaign against',
    ],
    nouns: [
      'opposition to',
      'resistance to',
      'resistance against',
      'counterweight to',
      'containment of',
      'defiance of',
    ],
  },
  {
    type: 'opposes',
    embeds: true,
    prior: 0.6,
    verbs: [
      'reject',
      'resist',
      'counter',
      'block',
      '=challenges|challenged',
      'confront',
      'contain',
      'obstruct',
      'boycott',
      'deter',
      // "would do anything to prevent Ukrainian and Georgian membership in NATO"
      'prevent',
      'thwart',
    ],
    nouns: ['challenge to'],
  },
  // Secession: "South Ossetia and Abkhazia declared independence from Georgia".
  {
    type: 'opposes',
    prior: 0.6,
    verbs: ['declare * independence from', 'proclaim * independence from', 'secede from', 'break away from'],
  },
  // Rivalry: "Moscow is vying with Washington for influence"; "the two powers compete" is mutual.
  {
    type: 'opposes',
    prior: 0.6,
    verbs: ['=vie|vies|vied|vying with', 'compete with', '=vie|vies|vied|vying', 'compete'],
    nouns: ['rivalry with', 'rivalry between', 'competition with', 'competition between'],
    mutual: true,
  },
  // Quarrels: "The United States and Russia sparred on Sunday", "Both countries have been feuding".
  {
    type: 'opposes',
    prior: 0.65,
    verbs: ['spar|quarrel|feud|bicker with', 'spar|quarrel|feud|bicker'],
    mutual: true,
  },
  // "Vietnam and the Philippines are among China's biggest opponents", "Iran's foes": a role
  // held against the possessor, read as allies are (possessor.ts).
  {
    type: 'opposes',
    prior: 0.6,
    // Not "rival": before a name it is an adjective ("accused rival Iran").
    nouns: ['rivals', 'opponent', 'opponents', 'adversary', 'adversaries', 'foe', 'foes', 'enemy', 'enemies'],
    mutual: true,
  },
  // warns: a warning needs a recipient.
  {
    type: 'warns',
    embeds: true,
    prior: 0.7,
    verbs: ['warn', '=cautions|cautioned|cautioning', 'issue|give|send * warning|warnings to'],
    nouns: ['warning|warnings to'],
  },
  // A conditional response is a warning to the actor the condition names: "would act if X failed to".
  {
    type: 'warns',
    embeds: true,
    prior: 0.6,
    verbs: ['act|respond|retaliate|intervene|react if|unless'],
  },
  // threatens.
  {
    type: 'threatens',
    embeds: true,
    prior: 0.85,
    verbs: ['threaten', 'intimidate', 'issue * ultimatum to', 'vow * retaliation against'],
    nouns: ['threat|threats against', 'ultimatum to'],
  },
  {
    type: 'threatens',
    embeds: true,
    prior: 0.55,
    verbs: ['menace', 'pose * threat to', 'endanger'],
    nouns: ['threat|threats to'],
  },
  // demands: demands and requests that someone act (CAMEO 10); an appeal to act ("urged X to") too.
  {
    type: 'demands',
    embeds: true,
    prior: 0.8,
    verbs: [
      'demand',
      '=pressed|presses|pressing|pressure|pressured|pressuring',
      // "had pressed hard on Ankara and Athens to sit down"
      '=pressed|presses|pressing * on',
      'put|exert|increase|step up|apply * pressure on',
      'request',
      'ask',
      // "the court ruled that Venezuela must avoid any action": a ruling on what another actor must do.
      '=ruled|rules|ruling * that',
      // "Russia called for an emergency meeting of the U.N. Security Council": a demand that it meet.
      'call for * meeting|meetings|session|sessions of',
      'request * meeting|meetings|session|sessions of',
    ],
    nouns: ['demand|demands on', 'ultimatum to', 'call|calls on', 'pressure on'],
  },
  // "Georgia has been under pressure from the United States to …": the actor after "from" presses.
  {
    type: 'demands',
    prior: 0.75,
    nouns: ['under * pressure from', 'face|faces|faced|facing * pressure from'],
    frame: 'agent-from',
  },
  // "The United States wants Iran to allay concerns", "China told Vietnam to stop", "hopes to convince
  // North Korea to return", "to get China to release": read only with the addressee and "to".
  {
    type: 'demands',
    prior: 0.7,
    verbs: ['want', 'tell', 'order', 'instruct', 'convince', 'get'],
    frame: 'addressee',
  },
  // rejects: refusal of someone's proposal, demand or approach (CAMEO 12).
  {
    type: 'rejects',
    embeds: true,
    prior: 0.8,
    verbs: [
      'rebuff',
      // "shrugged off Russia's angry reaction", "brushed aside press reports".
      'shrug off',
      'brush aside',
      'brush off',
      'turn down',
      'spurn',
      'dismiss',
      `reject|rebuff|spurn * ${REJECTED} from|of|by`,
      `turn down * ${REJECTED} from|of|by`,
      // "rejected accusations by Zimbabwe", "denies the charges coming from Moscow": the accuser is turned down.
      `reject|deny|dismiss * ${DENIED} from|by`,
      `reject|deny|dismiss * ${DENIED} coming from`,
      'refuse * offer|offers|proposal|proposals|demand|demands|request|requests|invitation from|of|by',
      '=refused|refuses|refusing to meet|recognise|recognize|receive',
      '=refused|refuses|refusing to negotiate|talk|deal with',
      '=refused|refuses|refusing to talk to',
      '=declined|declines|declining to meet|recognise|recognize|receive',
      '=declined|declines|declining to negotiate|talk|deal with',
      '=declined|declines|declining to talk to',
    ],
    nouns: ['rejection of', 'refusal to meet|recognise|recognize'],
  },
];
