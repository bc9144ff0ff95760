/**
 * English verb inflection: every form of a lemma, for cue verbs (cues.ts) and word lists (words.ts),
 * so no list spells out "denied, denies, deny, denying" by hand.
 */

/** [third person singular, past, past participle, present participle] */
const IRREGULAR: Readonly<Record<string, readonly [string, string, string, string]>> = {
  strike: ['strikes', 'struck', 'struck', 'striking'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  fight: ['fights', 'fought', 'fought', 'fighting'],
  find: ['finds', 'found', 'found', 'finding'],
  hold: ['holds', 'held', 'held', 'holding'],
  meet: ['meets', 'met', 'met', 'meeting'],
  send: ['sends', 'sent', 'sent', 'sending'],
  lend: ['lends', 'lent', 'lent', 'lending'],
  give: ['gives', 'gave', 'given', 'giving'],
  stand: ['stands', 'stood', 'stood', 'standing'],
  sell: ['sells', 'sold', 'sold', 'selling'],
  buy: ['buys', 'bought', 'bought', 'buying'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  cut: ['cuts', 'cut', 'cut', 'cutting'],
  put: ['puts', 'put', 'put', 'putting'],
  go: ['goes', 'went', 'gone', 'going'],
  overrun: ['overruns', 'overran', 'overrun', 'overrunning'],
  forbid: ['forbids', 'forbade', 'forbidden', 'forbidding'],
  make: ['makes', 'made', 'made', 'making'],
  pay: ['pays', 'paid', 'paid', 'paying'],
  lay: ['lays', 'laid', 'laid', 'laying'],
  take: ['takes', 'took', 'taken', 'taking'],
  retake: ['retakes', 'retook', 'retaken', 'retaking'],
  shake: ['shakes', 'shook', 'shaken', 'shaking'],
  have: ['has', 'had', 'had', 'having'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  overthrow: ['overthrows', 'overthrew', 'overthrown', 'overthrowing'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  win: ['wins', 'won', 'won', 'winning'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  get: ['gets', 'got', 'got', 'getting'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  build: ['builds', 'built', 'built', 'building'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  freeze: ['freezes', 'froze', 'frozen', 'freezing'],
  become: ['becomes', 'became', 'become', 'becoming'],
  tell: ['tells', 'told', 'told', 'telling'],
  bring: ['brings', 'brought', 'brought', 'bringing'],
  say: ['says', 'said', 'said', 'saying'],
  upset: ['upsets', 'upset', 'upset', 'upsetting'],
  lead: ['leads', 'led', 'led', 'leading'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  run: ['runs', 'ran', 'run', 'running'],
};

/**
 * Whether a lower-case word has the shape of a past participle: "-ed", or an irregular one of the table
 * above ("led", "held", "run"). A test of shape, for words no cue has matched ("Western-backed").
 */
export function looksLikeParticiple(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);
}

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  Object.values(IRREGULAR).map(([, , participle]) => participle),
);

/** Verbs that double their final consonant (banned, expelled, vetoed is regular). */
const DOUBLING = new Set([
  'ban',
  'bar',
  'slam',
  'stop',
  'plan',
  'ship',
  'rob',
  'step',
  'admit',
  'commit',
  'regret',
  'abet',
  'expel',
  'repel',
  'compel',
  'deter',
  'rebel',
  'patrol',
  'control',
  'prefer',
  'refer',
  'confer',
  'snub',
  'dub',
  'grab',
  'trap',
  'drop',
  'shun',
  'spar',
  'extol',
  'pin',
  'prop',
  'slap',
  'shrug',
  'stab',
  'jab',
  'kidnap',
  'wrap',
]);

/** Verbs in "-l" after one vowel: British English doubles the l ("labelled"), American does not. */
const EITHER_L = /[^aeiou][aeiou]l$/;

const VOWEL = /[aeiou]/;

export interface Inflections {
  readonly forms: readonly string[];
  readonly participle: string;
  readonly gerund: string;
}

/** Every form of an English verb lemma. Regular rules plus a table of irregular verbs. */
export function inflect(lemma: string): Inflections {
  const irregular = IRREGULAR[lemma];
  if (irregular) {
    const [third, past, participle, gerund] = irregular;
    return { forms: [...new Set([lemma, third, past, participle, gerund])], participle, gerund };
  }
  const last = lemma.charAt(lemma.length - 1);
  const beforeLast = lemma.charAt(lemma.length - 2);
  let third: string;
  let past: string;
  let gerund: string;
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    third = `${lemma.slice(0, -1)}ies`;
    past = `${lemma.slice(0, -1)}ied`;
    gerund = `${lemma}ing`;
  } else if (DOUBLING.has(lemma)) {
    third = `${lemma}s`;
    past = `${lemma}${last}ed`;
    gerund = `${lemma}${last}ing`;
  } else if (last === 'e') {
    third = `${lemma}s`;
    past = `${lemma}d`;
    gerund = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else {
    third = /(s|x|z|ch|sh|[^aeiou]o)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
    past = `${lemma}ed`;
    gerund = `${lemma}ing`;
  }
  const forms = [lemma, third, past, gerund];
  if (EITHER_L.test(lemma) && !DOUBLING.has(lemma)) forms.push(`${lemma}led`, `${lemma}ling`);
  return { forms: [...new Set(forms)], participle: past, gerund };
}
