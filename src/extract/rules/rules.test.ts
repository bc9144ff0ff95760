import { describe, expect, it } from 'vitest';
import { RULES, SUGGESTION_RULE } from '../../domain/rules';
import { analyseText } from '../extract';
import { COMPLEMENT_RULES } from './complement';
import { ROLE_RULES } from './index';

/** [sentence, rule, source, target, type]: one sentence each rule reads. */
const EXAMPLES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['Kenya won praise from the United States.', 'from-agent', 'usa', 'kenya', 'praises'],
  [
    'Ghana called for closer cooperation with the African Union.',
    'advocacy',
    'ghana',
    'african-union',
    'courts',
  ],
  [
    'Kenya urged deeper trade and security ties with the United Arab Emirates.',
    'advocacy',
    'kenya',
    'united-arab-emirates',
    'courts',
  ],
  [
    'Bukele labelled Honduras a haven for gangs.',
    'characterisation',
    'nayib-bukele',
    'honduras',
    'denounces',
  ],
  [
    'Obama told Netanyahu that talks would resume.',
    'told-in-person',
    'barack-obama',
    'benjamin-netanyahu',
    'negotiates_with',
  ],
  ['Russia wants Ukraine to withdraw.', 'addressee', 'russia', 'ukraine', 'demands'],
  ['Hugo Chavez is in Moscow this week.', 'presence', 'hugo-chavez', 'russia', 'negotiates_with'],
  ['Chad and Niger agreed to allow monitors.', 'pair-agreement', 'chad', 'niger', 'agrees_with'],
  ['Mali complained that Algeria was arming rebels.', 'clause-subject', 'mali', 'algeria', 'accuses'],
  ['Obama said Cuba must embrace reform.', 'obligation', 'barack-obama', 'cuba', 'demands'],
  ['Hamas says Israel is responsible for the blockade.', 'blame', 'hamas', 'israel', 'accuses'],
  ['France sent troops to Mali to help its army.', 'helping-troops', 'france', 'mali', 'aids'],
  [
    'Troops sat between India’s ally, Bhutan, and China.',
    'possessor-apposition',
    'bhutan',
    'india',
    'allies_with',
  ],
  ['Serbia, a traditional Russian ally, objected.', 'modifier-apposition', 'serbia', 'russia', 'allies_with'],
  [
    'India and Pakistan are locked in a dispute over Kashmir.',
    'dispute-sides',
    'india',
    'pakistan',
    'opposes',
  ],
  ['EU members Hungary and Slovakia objected.', 'bloc-member', 'eu', 'hungary', 'allies_with'],
  [
    'Kenya and Tanzania, together with Uganda, signed the pipeline agreement.',
    'joint-compound',
    'kenya',
    'tanzania',
    'cooperates_with',
  ],
  [
    "Moscow's Iranian allies have dismissed the report.",
    'possessor-adjective',
    'iran',
    'russia',
    'allies_with',
  ],
  [
    "Haiti and the Dominican Republic are each other's largest trading partner.",
    'reciprocal-copula',
    'haiti',
    'dominican-republic',
    'trades_with',
  ],
  ["Belarus remains Russia's closest ally in Europe.", 'pair-copula', 'belarus', 'russia', 'allies_with'],
  ["Warsaw has emerged as Kyiv's most vocal champion.", 'copula', 'poland', 'ukraine', 'supports'],
  ['Ukraine came under heavy Russian attack on Sunday.', 'under', 'russia', 'ukraine', 'attacks'],
  ['Iran-backed Hezbollah fired rockets at Israel.', 'hyphen-agent', 'iran', 'hezbollah', 'supports'],
  ['The Xi-Putin alliance has deepened.', 'pair-hyphen', 'xi-jinping', 'putin', 'allies_with'],
  ['Oman has mediated between Iran and the United States.', 'pair-between', 'iran', 'usa', 'negotiates_with'],
  [
    'Ukraine has been supplied with long-range missiles by Britain.',
    'passive',
    'united-kingdom',
    'ukraine',
    'aids',
  ],
  [
    'Armenia and Azerbaijan accused each other of violating the ceasefire.',
    'reciprocal',
    'armenia',
    'azerbaijan',
    'accuses',
  ],
  [
    'In cooperation with Ecuador, Peru dismantled a drug-trafficking network.',
    'fronted',
    'peru',
    'ecuador',
    'cooperates_with',
  ],
  ['The invasion of Ukraine by Russia drew condemnation.', 'nominal-by', 'russia', 'ukraine', 'attacks'],
  ['Putin was in China for talks on trade.', 'visit-talks', 'putin', 'china', 'negotiates_with'],
  ['The IMF approved new loans for Pakistan.', 'nominal', 'imf', 'pakistan', 'aids'],
  [
    'Erdogan met Netanyahu in Ankara on Monday.',
    'active',
    'recep-tayyip-erdogan',
    'benjamin-netanyahu',
    'negotiates_with',
  ],
  ['Iran threatened to break relations with Bahrain.', 'embedded-act', 'iran', 'bahrain', 'threatens'],
  ['Egypt and Jordan met in Cairo on Sunday.', 'pair-subject', 'egypt', 'jordan', 'negotiates_with'],
  [
    'Nigeria condemned attempts to sideline ECOWAS in the talks.',
    'defends-undermined',
    'nigeria',
    'ecowas',
    'supports',
  ],
  [
    'Serbia objected to the expansion of NATO into the Balkans.',
    'opposes-expansion',
    'serbia',
    'nato',
    'opposes',
  ],
];

describe('the role rules', () => {
  it.each(EXAMPLES)('read "%s" with %s', (sentence, rule, source, target, type) => {
    const read = analyseText(sentence).map((c) => [c.rule, c.source, c.target, c.type]);
    expect(read).toContainEqual([rule, source, target, type]);
  });

  it('have an example each, and each name a rule of src/domain/rules.ts', () => {
    const named = ROLE_RULES.flatMap((step) => ('name' in step ? [step.name] : []));
    const all = new Set(RULES.map((rule) => rule.name));
    expect(new Set([...named, ...COMPLEMENT_RULES, SUGGESTION_RULE])).toEqual(all);
    // The pair model reads whole passages, not sentences; pairModel.test.ts has its examples.
    all.delete(SUGGESTION_RULE);
    expect(new Set(EXAMPLES.map(([, rule]) => rule))).toEqual(all);
  });

  it('stop at an agent noun that no possessor frame reads', () => {
    expect(analyseText('Warsaw is a champion.')).toEqual([]);
  });

  it('give a target anaphor that names the subject itself to the pair: "exchanged fire across their border"', () => {
    const read = analyseText('Thailand and Cambodia exchanged fire across their border.');
    expect(read.map((c) => [c.rule, c.source, c.target])).toEqual([
      ['pair-subject', 'thailand', 'cambodia'],
      ['pair-subject', 'cambodia', 'thailand'],
    ]);
  });
});
