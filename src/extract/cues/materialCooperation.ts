/** Material cooperation (PLOVER quad 2): cooperating, trading, aiding. */
import type { CueGroup } from '../cues';

export const MATERIAL_COOPERATION: readonly CueGroup[] = [
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
      'work hand in hand with',
      // "Kenya re-established diplomatic relations with Uganda"; a pair subject without "with".
      'restore|establish|resume|normalise|normalize|upgrade * relations|ties with',
      '=re establish|established|establishing * relations|ties with',
      'restore|establish|resume|normalise|normalize|upgrade * relations|ties',
      '=re establish|established|establishing * relations|ties',
      'hold|conduct|stage * exercise|exercises|drills|manoeuvres|maneuvers|patrols with',
      'carry out * exercise|exercises|drills|manoeuvres|maneuvers|patrols with',
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
      // Formal or good relations; plain relations are as often strained as good, and are read only
      // when said to have gone bad (rules/pairs.ts).
      'relations|relationship between',
      'relations|relationship with',
      'diplomatic relations with',
      'diplomatic relations between',
      'friendly|good|close|warm|strong|cordial|excellent relations|relationship with',
      'friendly|good|close|warm|strong|cordial|excellent relations|relationship between',
      // "Afghanistan and Pakistan face common enemies": a shared foe joins the pair, not parts it.
      'common|shared enemy|enemies|foe|foes|adversary|adversaries|threat|threats',
      'rapprochement with',
      'rapprochement between',
      'détente|detente with',
      'détente|detente between',
      'joint * exercises|drills|manoeuvres|maneuvers|patrols with',
      'agreement with',
      'agreement between',
    ],
  },
  // "The United States, Russia and France co-chair the panel": those who lead something together.
  {
    type: 'cooperates_with',
    prior: 0.7,
    verbs: [
      // The matcher steps over the hyphen of "co-chair": the pattern is its two words.
      '=co chair|chairs|chaired|chairing|sponsor|sponsors|sponsored|sponsoring|host|hosts|hosted|hosting',
      '=jointly sponsor|sponsors|sponsored|host|hosts|hosted|chair|chairs|chaired|lead|leads|led',
    ],
    mutual: true,
  },
  // "peace efforts mediated by France, Russia and the United States": the agents after "by" act
  // together (the frame reads the list after "by", as it does for signers).
  {
    type: 'cooperates_with',
    prior: 0.65,
    verbs: ['=mediated|brokered|sponsored|hosted|chaired by', '=co sponsored|hosted|chaired by'],
    frame: 'pair-agreement',
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
      // "China's gift of two pandas to the United States"
      'gift|gifts to',
      'gift|gifts of * to',
      'loan|loans|credit|credits to|for',
      'arms|weapons to',
      'funding for',
      'funding to',
      'humanitarian|military|economic|financial|development aid|assistance to|for',
      'arms deliveries|delivery|sales|sale|shipments to',
      'weapons deliveries|delivery|sales|sale|shipments to',
      // "approved a $360 million sale of drones and missiles to Taiwan"
      'sale|sales|delivery|deliveries|shipment|shipments of * arms|weapons|missiles|drones|jets|tanks|warplanes|aircraft|helicopters|munitions|ammunition to',
      // "The United States announced an arms deal with Taiwan"
      'arms|weapons deal|deals with',
    ],
  },
  // "Washington is Taiwan's main arms supplier": an agent noun, read only as the possessor's supplier.
  {
    type: 'aids',
    prior: 0.75,
    nouns: ['arms|weapons|military supplier|suppliers', 'supplier|suppliers of * arms|weapons'],
    frame: 'agent-noun',
  },
  {
    type: 'trades_with',
    prior: 0.7,
    nouns: ['oil|gas|energy|fuel|food|grain supplier|suppliers'],
    frame: 'agent-noun',
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
  // Contributions to a peace force: "Kenya contributed troops to the mission in Somalia", "Uganda sent
  // peacekeepers to Somalia" aid the state helped. Plain "sent troops to" may be an invasion and is read
  // only with a purpose that helps (the next group); the target must be a state, so "to the African
  // Union mission" relates nobody.
  {
    type: 'aids',
    prior: 0.7,
    verbs: [
      'send|deploy|dispatch|contribute|pledge|commit * peacekeepers to|in',
      'send|deploy|dispatch|contribute|pledge|commit * peacekeeping troops|forces|force|mission to|in',
      'contribute|pledge * troops|soldiers|police',
      // "Australia is sending additional police officers and soldiers to East Timor", "ready to send a
      // small group of construction engineers to Lebanon": police, engineers and advisers sent help.
      'send|dispatch * police|engineers|advisers|advisors|trainers|instructors|medics|doctors',
    ],
    nouns: ['troop contribution|contributions to'],
    preps: ['to', 'in'],
    targetKinds: ['state'],
  },
  // "Ethiopia sent troops to Somalia to support the government": read only with such a purpose.
  {
    type: 'aids',
    prior: 0.65,
    verbs: ['send|dispatch * troops|soldiers|forces to|into'],
    targetKinds: ['state'],
    frame: 'helping-troops',
  },
];
