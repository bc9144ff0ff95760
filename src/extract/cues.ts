/**
 * The cue lexicon: for each relation type, the verbs (inflected automatically) and noun phrases that
 * state it. Patterns are written in lower case, one token per word:
 *
 * - `a|b` accepts either word; `*` skips up to three ordinary words ("imposed * sanctions on" matches
 *   "imposed sweeping new sanctions on");
 * - in `verbs`, the first word is a lemma and matches every inflection (accuse, accuses, accused,
 *   accusing), unless it starts with `=`: then only the forms listed match ("=courted|courting", to
 *   leave out the noun "court"); in `nouns`, words match as written;
 * - hyphens in the text are transparent ("shoulder-to-shoulder", "co-operate").
 *
 * The prior is the share of matches that state the relation in news prose, judged per cue: high for
 * "accused", low for "met" or "warned" (which often has no recipient).
 */
import type { ActorKind } from '../domain/types';
import { inflect } from './inflect';
import type { Token } from './tokenize';
import type { RelationTypeId } from './vocabulary';
import { CLAUSE_WORDS, CURRENCY, NON_CUES, NOUN_MARKERS, POSSESSIVE_PRONOUNS, PREPOSITIONS } from './words';

export type CueKind = 'verb' | 'noun';

/**
 * A cue whose actors stand in a frame of their own:
 *
 * - `agent-from`: the actor after the final "from" acts on the actor before the cue ("X won praise
 *   from Y", "X drew a rebuke from Y", "X receives weapons from Y");
 * - `agent-noun`: an agent noun ("champion", "backer", "lifeline") relates two actors only in "X is
 *   Y's champion" or "Y's Western backers", never by proximity alone;
 * - `joint`: joint action ("together with X", "in coordination with X"): everyone named on either
 *   side takes part ("India drilled together with Sri Lanka and the Maldives" relates all three);
 * - `characterisation`: a verb of characterisation ("described X as a reliable partner", "branded X
 *   a puppet"): the words after its object decide the type, praise or denunciation;
 * - `advocacy`: a verb of advocacy ("called for closer ties with X", "advocated solidarity among X")
 *   relates only through the cooperation it seeks, never to a direct object (see `advocacyObject`).
 */
export type CueFrame = 'agent-from' | 'agent-noun' | 'joint' | 'characterisation' | 'advocacy';

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
  /** How the cue's actors are found when it is not "subject, cue, object" (see CueFrame). */
  readonly frame?: CueFrame;
}

const ATTACK_PREPS = ['in', 'inside', 'across', 'on', 'against', 'into', 'near'];

export const CUE_GROUPS: readonly CueGroup[] = [
  // allies_with: partnership, alliance and alignment.
  {
    type: 'allies_with',
    prior: 0.85,
    verbs: [
      'ally with',
      'align with',
      'align itself with',
      'align themselves with',
      'form * alliance with',
      'forge * alliance with',
      'form * alliance',
      'forge * alliance',
      'sign * defence|defense|security|military * pact|pacts|treaty with',
      'fight alongside|beside',
      'stand shoulder to shoulder with',
      'stand shoulder to shoulder',
      'stand together with',
    ],
    nouns: [
      'alliance with',
      'alliance between',
      'alliance of',
      'ally of',
      'allies of',
      'partnership with',
      'partnership between',
      'partners of',
      'pact with',
      'pact between',
      'axis with',
      'solidarity between',
      'friendship with',
      'friendship between',
    ],
  },
  // Membership of a bloc or an organisation: "Indonesia joined BRICS".
  { type: 'allies_with', prior: 0.75, verbs: ['join'], targetKinds: ['bloc', 'organization'] },
  // "X is Y's closest ally", "Y's Western partners".
  {
    type: 'allies_with',
    prior: 0.75,
    nouns: ['friend', 'partner'],
    frame: 'agent-noun',
  },
  {
    type: 'allies_with',
    prior: 0.7,
    nouns: [
      'alliance',
      'alliances',
      'ally',
      'allies',
      'partnership',
      'partners',
      'friendship',
      'friends',
      'axis',
      'pact',
    ],
  },
  // supports: backing and defending.
  {
    type: 'supports',
    prior: 0.75,
    verbs: [
      'support',
      'endorse',
      'defend',
      'champion',
      'stand by',
      'stand with',
      'side with',
      'rally behind',
      'rally around',
      'throw * weight behind',
      'express * support for',
      'voice * support for',
      'pledge * support for',
      'reaffirm * support for',
      'recognise',
      'recognize',
      'prop up',
      'advocate for',
      'vote for',
    ],
    nouns: [
      'support for',
      'support to',
      'backing for',
      'backing of',
      'backer of',
      'backers of',
      'solidarity with',
      'endorsement of',
      'defender of',
      'defenders of',
      'champion of',
      'champions of',
      'supporter of',
      'supporters of',
      'support',
    ],
  },
  { type: 'supports', prior: 0.7, verbs: ['=backs|backed|backing'] },
  {
    type: 'supports',
    prior: 0.75,
    nouns: [
      'champion',
      'champions',
      'backer',
      'backers',
      'supporter',
      'supporters',
      'patron',
      'patrons',
      'sponsor',
      'sponsors',
      'defender',
      'defenders',
    ],
    frame: 'agent-noun',
  },
  {
    type: 'supports',
    prior: 0.75,
    verbs: ['win|receive|gain|secure|earn|enjoy|draw * support|backing|endorsement from'],
    frame: 'agent-from',
  },
  { type: 'supports', prior: 0.55, verbs: ['bolster', 'shield', 'protect'] },
  // praises: praise and thanks.
  {
    type: 'praises',
    prior: 0.85,
    verbs: [
      'praise',
      'hail',
      'laud',
      'commend',
      'applaud',
      'congratulate',
      'thank',
      'salute',
      'extol',
      'pay tribute to',
      'compliment',
      'express * gratitude to',
      'express * appreciation for',
      'speak highly of',
      'heap praise on',
    ],
    nouns: ['praise for', 'gratitude to', 'tribute to', 'admiration for'],
  },
  { type: 'praises', prior: 0.6, verbs: ['welcome'] },
  // "described Japan as a reliable partner" (praise), "branded Guyana a colony" (denunciation).
  {
    type: 'praises',
    prior: 0.65,
    verbs: [
      'describe',
      'portray',
      'present',
      'depict',
      'characterise',
      'characterize',
      'call',
      'label',
      '=labelled|labelling',
      'brand',
      'dub',
      'regard',
      'view',
      'see',
      'consider',
    ],
    frame: 'characterisation',
  },
  {
    type: 'praises',
    prior: 0.8,
    verbs: ['win|earn|draw|receive|attract * praise|plaudits|thanks|gratitude from'],
    frame: 'agent-from',
  },
  // courts: appeals and expressed intent to cooperate.
  {
    type: 'courts',
    prior: 0.8,
    verbs: [
      '=courts|courted|courting',
      'woo',
      'reach out to',
      'curry favour|favor with',
      'make overtures to',
      'seek * ties with',
      'seek * relations with',
      'pursue * ties with',
      'lure',
      'entice',
    ],
    nouns: ['outreach to', 'overtures to', 'courtship of', 'charm offensive toward|towards|on'],
  },
  {
    type: 'courts',
    prior: 0.6,
    verbs: ['urge', 'call on', 'call upon', 'appeal to', 'invite'],
    embeds: true,
  },
  {
    type: 'courts',
    prior: 0.75,
    verbs: ['advocate', 'call for', 'push for', 'press for', 'promote', 'seek'],
    frame: 'advocacy',
  },
  // negotiates_with: talks and consultation.
  {
    type: 'negotiates_with',
    prior: 0.85,
    verbs: [
      'negotiate with',
      'negotiate',
      'hold talks with',
      'confer with',
      'mediate between',
      'sign * peace deal|agreement|accord|treaty with',
      'sign * peace deal|agreement|accord|treaty',
      '=initialled|initialed|initialling|initialing * deal|agreement|accord|treaty',
    ],
    nouns: [
      'talks with',
      'talks between',
      'negotiations with',
      'negotiations between',
      'peace talks',
      'phone call with',
      'dialogue with',
      'dialogue between',
      'summit with',
      'summit between',
      'meeting with',
      'meeting between',
    ],
  },
  {
    type: 'negotiates_with',
    prior: 0.6,
    verbs: ['meet with', 'meet', 'host', 'speak with', 'speak by phone with', 'consult with', 'consult'],
    nouns: ['talks', 'negotiations'],
  },
  // cooperates_with: joint activity.
  {
    type: 'cooperates_with',
    prior: 0.8,
    verbs: [
      'cooperate with',
      'co operate with',
      'collaborate with',
      'cooperate',
      'collaborate',
      'partner with',
      'team up with',
      'join forces with',
      'join forces',
      'coordinate with',
      'work together',
      'draw|move|grow|edge|inch closer to',
      'draw|move|grow|edge|inch closer together',
      'draw|move|grow|edge|inch closer',
      'work closely with',
      'sign * agreement|agreements|deal|deals|accord|accords with',
      'deepen * ties|cooperation with',
      'strengthen * ties|cooperation with',
      'expand * ties|cooperation with',
      'boost * ties|cooperation with',
    ],
    nouns: [
      'cooperation with',
      'cooperation between',
      'co operation with',
      'collaboration with',
      'collaboration between',
      'ties with',
      'ties between',
      'ties to',
      'rapprochement with',
      'rapprochement between',
      'détente|detente with',
      'détente|detente between',
      'joint * exercises|drills|manoeuvres|maneuvers|patrols with',
      'agreement with',
      'agreement between',
    ],
  },
  // Joint action: "Ghana, together with Togo, launched …", "carried out in coordination with India".
  {
    type: 'cooperates_with',
    prior: 0.7,
    verbs: ['work together with', 'act together with'],
    nouns: [
      'together with',
      'jointly with',
      'in tandem with',
      'in concert with',
      'in conjunction with',
      'in coordination with',
      'in cooperation with',
      'in collaboration with',
      'in partnership with',
    ],
    frame: 'joint',
  },
  {
    type: 'cooperates_with',
    prior: 0.65,
    verbs: ['work with', 'sign * agreement|agreements|deal|deals|accord|accords|memorandum|memoranda'],
    nouns: [
      'cooperation',
      'co operation',
      'collaboration',
      'ties',
      'rapprochement',
      'détente',
      'detente',
      'joint * exercises|drills|manoeuvres|maneuvers|patrols',
    ],
  },
  // trades_with.
  {
    type: 'trades_with',
    prior: 0.85,
    verbs: [
      'trade with',
      'import * from',
      'export * to',
      'buy * from',
      'purchase * from',
      'sign * trade deal|agreement with',
    ],
    nouns: [
      'trade with',
      'trade between',
      'trading partner|partners',
      'trade partner|partners',
      'trade deal|agreement|pact with',
      'trade ties with',
      'free trade agreement with',
      'imports from',
      'exports to',
      'commerce with',
    ],
  },
  {
    type: 'trades_with',
    prior: 0.6,
    verbs: ['sell * to'],
    nouns: ['bilateral trade', 'trade deal|agreement|pact|accord|deals|agreements'],
  },
  // aids: material help.
  {
    type: 'aids',
    prior: 0.8,
    verbs: [
      'aid',
      'assist',
      'fund',
      'finance',
      'bankroll',
      'bail out',
      'supply * to',
      'supply',
      'provide * to',
      'send * aid|weapons|arms|ammunition|munitions|assistance|supplies|funds|money|fuel|oil|food|grain|medicine|vaccines|shipments|equipment to',
      'deliver * aid|weapons|arms|assistance|supplies to',
      'donate * to',
      'lend * to',
      'extend * loan|loans|credit|credits to',
      'grant * to',
      '=armed|arming',
      'pour|pump * billion|billions|million|millions|money|cash|aid|funds|investment into',
    ],
    nouns: [
      'aid to',
      'aid for',
      'assistance to',
      'assistance for',
      'lifeline to',
      'lifeline for',
      'loan|loans|credit|credits to|for',
      'arms|weapons to',
      'funding for',
      'funding to',
      'humanitarian|military|economic|financial|development aid|assistance to|for',
      'arms deliveries|sales|shipments to',
      'weapons deliveries|sales|shipments to',
    ],
  },
  {
    type: 'aids',
    prior: 0.75,
    verbs: [
      'receive|get|obtain|accept * aid|assistance|weapons|arms|loans|loan|funding|money|drones|missiles|shells|ammunition|oil|fuel|grain from',
    ],
    frame: 'agent-from',
  },
  { type: 'aids', prior: 0.75, nouns: ['lifeline'], frame: 'agent-noun' },
  {
    type: 'aids',
    prior: 0.55,
    verbs: ['help', 'provide', 'rescue', 'give * to'],
    nouns: ['humanitarian|military|economic|financial|development aid|assistance', 'help for'],
  },
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
      'pin * blame on',
      'put * blame on',
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
    verbs: ['=charged|charging', 'allege', 'hold * accountable'],
    nouns: ['charges against'],
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
      'hit out at',
      'lash out at',
      'rail against',
      'summon * ambassador|envoy',
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
      'rebuff',
      'rally against',
      'campaign against',
    ],
    nouns: [
      'opposition to',
      'resistance to',
      'counterweight to',
      'containment of',
      'defiance of',
      'rejection of',
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
    ],
    nouns: ['challenge to'],
  },
  // warns: a warning needs a recipient.
  {
    type: 'warns',
    embeds: true,
    prior: 0.7,
    verbs: ['warn', '=cautions|cautioned|cautioning', 'issue * warning to'],
    nouns: ['warning|warnings to'],
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
      'ban * imports|exports from|to',
      'sever * ties|relations with',
      'cut * ties|relations with',
      'break * ties|relations with',
      'downgrade * ties|relations with',
      'suspend * aid|assistance to',
      'recall * ambassador|envoy from',
    ],
    nouns: [
      'sanctions * on|against',
      'embargo|embargoes on|against',
      'tariffs|tariff on',
      'tariffs|tariff against',
      'export controls on',
      'export ban on',
    ],
  },
  { type: 'sanctions', prior: 0.6, verbs: ['penalise', 'penalize', 'punish', 'isolate'] },
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
      'annex',
      'besiege',
      'assault',
      'launch * attack|attacks|strike|strikes|airstrikes|offensive|assault|invasion on|against|in|into',
      'fire * missiles|rockets|drones|shells at|into|on',
      'wage * war on|against',
      'declare war on',
      'go to war with',
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
      'raid|raids on',
    ],
    preps: ATTACK_PREPS,
  },
  {
    type: 'attacks',
    prior: 0.7,
    verbs: ['clash with', 'clash', 'exchange * fire|blows|strikes with', 'exchange * fire|blows|strikes'],
    mutual: true,
  },
  {
    type: 'attacks',
    prior: 0.65,
    verbs: [
      'strike',
      'raid',
      'occupy',
      '=targets|targeted|targeting',
      'fight',
      'ambush',
      'overrun',
      'blockade',
      'shoot down',
    ],
    nouns: ['war in', 'blockade of', 'offensive in'],
    preps: ATTACK_PREPS,
  },
];

/**
 * Words that make a characterisation praise ("an indispensable partner", "a brotherly nation") or a
 * denunciation ("a threat to the region", "a puppet of Washington"); a negative word wins.
 */
export const CHARACTERISATION: {
  readonly positive: ReadonlySet<string>;
  readonly negative: ReadonlySet<string>;
} = {
  positive: new Set([
    'indispensable',
    'reliable',
    'trusted',
    'trustworthy',
    'dependable',
    'valued',
    'valuable',
    'vital',
    'essential',
    'steadfast',
    'loyal',
    'brotherly',
    'friendly',
    'true',
    'great',
    'good',
    'close',
    'closest',
    'strategic',
    'friend',
    'friends',
    'ally',
    'allies',
    'partner',
    'partners',
    'brother',
    'brothers',
    'model',
    'example',
    'beacon',
    'pillar',
    'cornerstone',
    'champion',
  ]),
  negative: new Set([
    'threat',
    'menace',
    'danger',
    'dangerous',
    'enemy',
    'enemies',
    'foe',
    'adversary',
    'aggressor',
    'aggression',
    'bully',
    'puppet',
    'vassal',
    'colony',
    'pariah',
    'rogue',
    'terrorist',
    'terrorists',
    'criminal',
    'criminals',
    'warmonger',
    'dictator',
    'dictatorship',
    'tyrant',
    'tyranny',
    'occupier',
    'occupiers',
    'haven',
    'hostile',
    'unreliable',
    'irresponsible',
    'illegitimate',
    'provocation',
    'provocative',
    'destabilising',
    'destabilizing',
  ]),
};

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

function compileCue(group: CueGroup, pattern: string, kind: CueKind): Cue {
  const words = pattern.split(/\s+/).filter(Boolean);
  const elements: Element[] = [];
  const participles = new Set<string>();
  const gerunds = new Set<string>();
  words.forEach((word, index) => {
    if (word === '*') {
      elements.push({ wild: 3 });
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
    frame: group.frame,
  };
}

/** Compile cue groups into an index keyed by each pattern's first word. */
export function compileCues(groups: readonly CueGroup[] = CUE_GROUPS): CueIndex {
  const byFirstWord = new Map<string, Cue[]>();
  let size = 0;
  for (const group of groups) {
    const all: Array<[string, CueKind]> = [
      ...(group.verbs ?? []).map((pattern): [string, CueKind] => [pattern, 'verb']),
      ...(group.nouns ?? []).map((pattern): [string, CueKind] => [pattern, 'noun']),
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

function isHyphen(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '-' || token.text === '‐' || token.text === '‑');
}

/** Length in tokens of `cue` matched at `at`, or -1. `blocked[i]` marks tokens inside actor mentions. */
function matchAt(cue: Cue, tokens: readonly Token[], at: number, blocked: readonly boolean[]): number {
  const walk = (element: number, position: number): number => {
    if (element === cue.elements.length) return position;
    const spec = cue.elements[element] as Element;
    let pos = position;
    if (element > 0) while (pos < tokens.length && isHyphen(tokens[pos] as Token)) pos++;
    if ('wild' in spec) {
      // Prefer the shortest skip, so "imposed sanctions on" does not run past the first "on".
      for (let skip = 0; skip <= spec.wild; skip++) {
        const end = walk(element + 1, pos + skip);
        if (end >= 0) return end;
        const token = tokens[pos + skip];
        // Amounts ("$35 billion") and possessive pronouns ("recalled its ambassador") are skippable.
        const skippable =
          token !== undefined &&
          ((token.kind === 'word' && (!blocked[pos + skip] || POSSESSIVE_PRONOUNS.has(token.lower))) ||
            CURRENCY.has(token.text));
        if (!token || !skippable || CLAUSE_WORDS.has(token.lower)) break;
      }
      return -1;
    }
    const token = tokens[pos];
    if (!token || blocked[pos] || !spec.forms.has(token.lower)) return -1;
    return walk(element + 1, pos + 1);
  };
  const end = walk(0, at);
  return end < 0 ? -1 : end - at;
}

/**
 * Whether the word at `at` stands where a noun does: after "'s", a determiner or a possessive pronoun,
 * with at most two words between ("Kyiv's most vocal champion", not "the US champions free trade").
 */
function nounPosition(tokens: readonly Token[], at: number, blocked: readonly boolean[]): boolean {
  for (let t = at - 1; t >= Math.max(0, at - 3); t--) {
    const token = tokens[t] as Token;
    if (token.kind === 'pos' || NOUN_MARKERS.has(token.lower)) return true;
    if (token.kind !== 'word' || blocked[t]) return false;
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
    const excluded = next !== undefined && NON_CUES.has(`${token.lower} ${next.lower}`);
    const candidates =
      token.kind === 'word' && !blocked[i] && !excluded ? index.byFirstWord.get(token.lower) : undefined;
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
    if (!best) {
      i++;
      continue;
    }
    const last = i + best.length;
    const head = token.lower;
    matches.push({
      cue: best.cue,
      first: i,
      last,
      participle: best.cue.kind === 'verb' && best.cue.participles.has(head),
      gerund: best.cue.kind === 'verb' && best.cue.gerunds.has(head),
    });
    i = last;
  }
  return matches;
}
