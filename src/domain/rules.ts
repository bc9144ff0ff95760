/**
 * The names of the extractor's rules, as recorded on evidence (`Evidence.rule`). They live here, not
 * in src/extract, because the data model names them and src/domain may not import the extractor.
 * The extractor's rule list (src/extract/rules/) and docs/extraction.md use these names; a test
 * keeps the three in step.
 */

export const RULES = [
  {
    name: 'from-agent',
    says: 'the actor after "from" acts on the one before the cue: "X won praise from Y"',
  },
  {
    name: 'advocacy',
    says: 'an appeal courts the group whose cooperation it seeks: "called for closer ties with X"',
  },
  {
    name: 'characterisation',
    says: 'the words after the object decide praise or denunciation: "described X as a partner"',
  },
  {
    name: 'addressee',
    says: 'a wish that someone act is a demand on them: "X wants Y to halt"',
  },
  {
    name: 'told-in-person',
    says: 'a person or a state\'s official told something was spoken with: "X told Y that …"',
  },
  {
    name: 'presence',
    says: 'a person who "is in" another state meets it: "X is in Moscow for two days"',
  },
  {
    name: 'joint-compound',
    says: 'the members of a compound joined by a joint phrase act together: "X together with Y vetoed"',
  },
  {
    name: 'dispute-sides',
    says: 'a standing dispute opposes its sides both ways: "X and Y are locked in a dispute", "X\'s row with Y"',
  },
  {
    name: 'clause-subject',
    says: 'an allegation or complaint accuses the subject of the clause after it: "X complained that Y was arming"',
  },
  {
    name: 'obligation',
    says: 'the speaker demands of the subject what it says that subject should or must do: "X says Y should withdraw"',
  },
  {
    name: 'helping-troops',
    says: 'troops sent to a state to help it aid that state: "X sent troops to Y to support its government"',
  },
  {
    name: 'blame',
    says: 'the speaker accuses the subject it says is responsible or to blame: "X says Y is responsible for the attack"',
  },
  {
    name: 'pair-agreement',
    says: 'two or more subjects that agree to act or on something, or sign something, agree with each other: "X and Y agreed to allow monitors"; those named after "mediated by" or "sponsored by" act together',
  },
  {
    name: 'bloc-member',
    says: 'a bloc and the states named as its members: "ASEAN members Vietnam and the Philippines"',
  },
  {
    name: 'possessor-apposition',
    says: 'the actor after an agent noun and a comma holds that role for the possessor: "India\'s ally, Bhutan"',
  },
  {
    name: 'modifier-apposition',
    says: 'the actor named with a role noun holds it for the name that modifies the noun: "Serbia, a Russian ally", "NATO ally Turkey"',
  },
  {
    name: 'possessor-adjective',
    says: 'an adjectival actor acts on the possessor: "Israel\'s American backers"',
  },
  {
    name: 'reciprocal-copula',
    says: 'the subject\'s members act on each other: "X and Y are each other\'s lifeline"',
  },
  {
    name: 'pair-copula',
    says: 'the subject and the possessor form a pair: "China is Russia\'s largest trading partner"',
  },
  {
    name: 'copula',
    says: 'the subject acts on the possessor of an agent noun: "X has become Y\'s closest backer"',
  },
  {
    name: 'under',
    says: 'the actor between "under" and the cue acts on the subject: "came under Russian attack"',
  },
  {
    name: 'hyphen-agent',
    says: 'the actor before the hyphen acts on the noun after it: "Iran-backed militias"',
  },
  {
    name: 'pair-hyphen',
    says: 'a hyphen pair before a symmetric noun relates its members: "the Xi-Putin alliance"',
  },
  {
    name: 'pair-between',
    says: 'a symmetric cue ending in "between" relates the actors after it: "talks between X and Y"',
  },
  {
    name: 'passive',
    says: 'the "by" agent acts on the subject: "was accused by X", "supplied with missiles by X"',
  },
  { name: 'reciprocal', says: 'a subject of two or more acts on "each other": "X and Y accused each other"' },
  {
    name: 'fronted',
    says: 'a fronted symmetric phrase takes the subject after its comma: "In talks with X, Y agreed"',
  },
  { name: 'nominal-by', says: 'a noun cue\'s "by" agent acts on its object: "the invasion of X by Y"' },
  {
    name: 'visit-talks',
    says: 'talks with no partner, held in the state the subject is in, are with it: "X is in Myanmar for talks"',
  },
  { name: 'nominal', says: 'the nearest actor left of a noun cue acts on its object: "X\'s support for Y"' },
  { name: 'active', says: 'the nearest actor left of a verb acts on its object: "X accused Y"' },
  {
    name: 'embedded-act',
    says: 'a threat, warning or demand acts on the actor its complement names: "threatened to cut ties with X"',
  },
  {
    name: 'pair-subject',
    says: 'a symmetric or mutual cue relates the members of its subject: "X and Y held talks"',
  },
  {
    name: 'defends-undermined',
    says: 'a negative cue supports what its complement undermines: "condemned moves to sideline X"',
  },
  {
    name: 'opposes-expansion',
    says: 'a negative cue opposes a bloc its complement grows: "denounced NATO\'s expansion"',
  },
  {
    name: 'pair-model',
    says: "two actors no rule related, that the trained pair model finds likely related; the rules' best reading of them, or the cue between them, gives the type",
  },
] as const;

/** A rule of this version of the extractor. */
export type RuleName = (typeof RULES)[number]['name'];

export type { EvidenceRule, ForeignRuleName } from './ruleName';

const NAMES: ReadonlySet<string> = new Set(RULES.map((rule) => rule.name));

export function isRuleName(value: string): value is RuleName {
  return NAMES.has(value);
}

export { readRuleName } from './ruleName';

/**
 * The pair model's readings are suggestions: it found two actors likely related, and took the type from
 * the nearest cue or a reading the rules held too weak. The app says so beside the evidence.
 */
export const SUGGESTION_RULE: RuleName = 'pair-model';
