/** Verbal cooperation (PLOVER quad 1): allying, supporting, praising, courting, negotiating. */
import type { CueGroup } from '../cues';

export const VERBAL_COOPERATION: readonly CueGroup[] = [
  // allies_with: partnership, alliance and alignment.
  {
    type: 'allies_with',
    prior: 0.85,
    verbs: [
      'ally with',
      'align with',
      // "by allying himself with Hugo Chavez", "Russia, which has aligned itself with Serbia"
      'ally himself|herself|itself|themselves with',
      'align himself|herself|itself|themselves with',
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
      'partner of',
      'partners of',
      'pact with',
      'pact between',
      'axis with',
      'solidarity between',
      'friendship with',
      'friendship between',
    ],
  },
  // "Iranian-allied Houthis", "Russia-aligned separatists": the hyphen-agent rule reads these.
  { type: 'allies_with', prior: 0.8, verbs: ['=allied|aligned'] },
  // Membership of a bloc or an organisation: "Indonesia joined BRICS".
  {
    type: 'allies_with',
    prior: 0.75,
    verbs: ['join', 'accede to', 'become * member|members of'],
    nouns: ['membership of|in', 'accession to'],
    targetKinds: ['bloc', 'organization'],
    frame: 'membership',
  },
  // "The prime ministers of Kenya and Somalia have signed a joint statement": its signers act together.
  {
    type: 'cooperates_with',
    prior: 0.7,
    verbs: ['sign|issue|release|adopt * joint statement|declaration|communique|communiqué'],
  },
  // Founding one: "Venezuela and Cuba created the ALBA alliance in 2004".
  {
    type: 'allies_with',
    prior: 0.7,
    // "found" only as founded: "were found dead" is the past of "find".
    verbs: ['=founds|founded|founding', 'create', 'establish', 'launch', '=set|sets|setting up', 'form'],
    targetKinds: ['bloc', 'organization'],
    frame: 'membership',
  },
  // A bid for membership courts the bloc ("Georgia applied to join NATO", "hopes to join the EU"); a
  // bare "X's bid to join Z" is background, read by no cue.
  {
    type: 'courts',
    prior: 0.75,
    verbs: [
      'apply|seek|want to join|enter',
      // Not the nouns ("Kyiv's hope to join NATO"): a bare bid is background, as above.
      '=hopes|hoped|hoping|wishes|wished|wishing|aims|aimed|aiming to join|enter',
      'apply for * membership of|in',
      'seek * membership of|in',
      'apply for * accession to',
      'seek * accession to',
    ],
    targetKinds: ['bloc', 'organization'],
    frame: 'membership',
  },
  // Offering membership courts the candidate ("NATO offered membership to Georgia").
  {
    type: 'courts',
    prior: 0.75,
    verbs: ['offer|extend * membership|accession to'],
  },
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
      'recognition of',
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
  // "granting formal recognition to Abkhazia": recognition, not the aid that "grant * to" reads.
  { type: 'supports', prior: 0.9, verbs: ['grant|extend|give * recognition to'] },
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
    verbs: [
      'win|receive|gain|secure|earn|enjoy|draw|find * support|backing|endorsement from',
      // "won the support of the Soviet Union"
      'win|receive|gain|secure|earn|enjoy * support|backing|endorsement of',
    ],
    frame: 'agent-from',
  },
  { type: 'supports', prior: 0.55, verbs: ['bolster', 'shield', 'protect'] },
  // "expressed complete faith in Mr. Mbeki": trust said out loud (not "lost confidence in").
  {
    type: 'supports',
    prior: 0.7,
    verbs: ['express|voice|reaffirm|renew|restate * confidence|faith|trust in'],
  },
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
      'have kind|warm|high words|praise for',
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
      // "The United States has designated the Maoists as a terrorist group."
      'designate',
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
    verbs: ['urge', 'call on', 'call upon', 'appeal to', 'invite', 'encourage'],
    embeds: true,
  },
  // "Syria has assured the United Nations it will comply": a reassurance given to someone.
  { type: 'courts', prior: 0.6, verbs: ['assure', 'reassure'] },
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
      'hold * summit|summits with',
      'hold * summit|summits',
      // "The leaders of the United States, Mexico and Canada have wrapped up a two-day summit".
      'wrap up * summit|summits',
      'conclude|open * summit|summits',
      'bring together',
      'confer with',
      'mediate between',
      'mediate peace|talks between',
      'mediate a|the truce|ceasefire between',
      'sign * peace deal|agreement|accord|treaty with',
      'sign * peace deal|agreement|accord|treaty',
      '=initialled|initialed|initialling|initialing * deal|agreement|accord|treaty',
    ],
    nouns: [
      'talks with',
      'talks between',
      'negotiations with',
      'negotiations between',
      'peace talks between',
      'peace talks with',
      'peace talks',
      'phone|telephone call|calls|conversation|conversations with|between',
      // "hosting a video conference with X": meeting at a distance.
      'video|conference call|calls|conference|conferences with|between',
      'dialogue with|between',
      'summit with|between',
      'meeting with',
      'meetings with',
      'meeting|meetings between',
      // "At a joint news conference with X, Y said": appearing together is meeting.
      'joint news|press conference|event|briefing|appearance with',
      'discussions with|between',
      // "talks in Oslo between", "a meeting last week between": a place or time may stand before "between".
      'talks|meeting|meetings|summit|negotiations * between',
      // "the 30-minute session between Secretary Powell and …" ("opened the session with remarks" is not one).
      'session|sessions between',
      'consultations with',
    ],
  },
  { type: 'negotiates_with', prior: 0.8, verbs: ['shake hands with'] },
  // "Qureshi and Mukherjee discussed all relevant issues": two or more who discuss something meet; one
  // who discusses a state ("Putin discussed Ukraine") does not meet it (the pair-agreement frame).
  { type: 'negotiates_with', prior: 0.7, verbs: ['discuss'], frame: 'pair-agreement' },
  {
    type: 'negotiates_with',
    prior: 0.6,
    verbs: [
      'meet with',
      'meet * with',
      'meet',
      // "sat down with key European foreign ministers and then held a long session with Zarif"
      '=sat|sit|sits|sitting down with',
      'hold * session|sessions with',
      'host',
      // "Wen Jiabao greeted his Russian counterpart Vladimir Putin at the Great Hall"
      'greet',
      // "Trump informed Palestinian and Jordanian leaders of the decision", "Uribe briefed Mr. Bush on"
      'inform',
      '=briefed',
      'speak with',
      'speak by phone with',
      // "Obama and Medvedev spoke by telephone", "Biden telephoned Saakashvili"
      'speak by telephone with',
      'speak by phone|telephone',
      'telephone',
      // "Obama also spoke on the phone with Erdogan"
      'speak on the phone|telephone with',
      // "Putin discussed the project with his Italian counterpart", "is expected to discuss the Middle
      // East peace process with Ban Ki-moon"
      'discuss *5 with',
      // "he had spoken to Pompeo by phone", "raised the issue with Xi Jinping", "take up the matter with"
      // "talks" is left out: after "following", "held" or "the", it is the noun.
      'speak to',
      '=talk|talked|talking to|with',
      '=talk|talked|talking by phone with',
      'raise * issue|issues|matter|concern|concerns|case with',
      'take up * issue|issues|matter|concern|concerns|case with',
      // "Kerry addressed the issue with Lavrov"
      'address * issue|issues|matter|concern|concerns with',
      // "will pay an official visit to Turkey": a visit to a state is a meeting with it.
      'pay|make * visit|visits to',
      'lead|head * delegation|delegations to',
      // "Belarus is sending a delegation to Moscow for talks", "Wade has been sending emissaries to"
      'send|dispatch * delegation|delegations|envoy|envoys|emissary|emissaries to',
      'consult with',
      'consult',
    ],
    // "as he engages in a whirlwind trip to Russia, Belarus and Iran"
    nouns: [
      'talks',
      'negotiations',
      'discussions',
      'consultations',
      // "the highest-level contacts between the U.S. and North Korea"
      'contacts between|with',
      // "ECOWAS is already in touch with the African Union", "remains in close contact with Seoul"
      'in touch|contact with',
      'in close|regular|constant|direct touch|contact with',
    ],
  },
];
