/**
 * Rules for a noun cue read through a possessor: an agent noun always ("Kyiv's most vocal
 * champion", "each other's lifeline"), any other noun when it has no object of its own. The actor
 * before the noun must stand at most four words from it, with only words (no preposition, no other
 * cue) between. None is final: another noun falls through to the later rules, an agent noun stops.
 */
import type { Token } from '../tokenize';
import type { Unit } from '../units';
import { afterPossessive, isHyphenToken, isLowerWord, pastExamples } from '../tokenize';
import { CLAUSE_WORDS, POSSESSED_ROLES, PREPOSITIONS, words } from '../words';
import type { CueContext } from './context';
import type { RoleRule, RoleStop } from './types';

/** The unit right before the noun ("Kyiv's", "Israel's American", "each other's"), if it can be its possessor. */
function unitBeforeNoun(c: CueContext): Unit | undefined {
  const { sentence, tokens, match } = c;
  let u = sentence.units.length - 1;
  while (u >= 0 && (sentence.units[u] as Unit).last > match.first) u--;
  const near = sentence.units[u];
  const from = near ? afterPossessive(tokens, near.last) : 0;
  if (!near || match.first - from > 4) return undefined;
  for (let t = from; t < match.first; t++) {
    const token = tokens[t] as Token;
    if (isHyphenToken(token)) continue;
    if (token.kind !== 'word' || sentence.cueStarts.has(t) || PREPOSITIONS.has(token.lower)) return undefined;
  }
  return near;
}

/** The unit before a noun cue read through a possessor: any agent noun, another noun with no object. */
function possessorFrame(c: CueContext): Unit | undefined {
  if (c.cue.kind !== 'noun' || (c.cue.frame !== 'agent-noun' && c.target)) return undefined;
  return c.possessorUnit(unitBeforeNoun);
}

/** A demonym used as an adjective, with no possessive of its own: "American" in "Israel's American backers". */
function isAdjectivalActor(unit: Unit | undefined): unit is Unit {
  return (
    unit !== undefined &&
    unit.kind === 'mention' &&
    unit.members.length === 1 &&
    unit.members[0]?.flags.includes('demonym') === true &&
    !unit.possessive
  );
}

/** "Israel's American backers", "its Western partners": the adjectival actor acts on the possessor. */
export const possessorAdjective: RoleRule = {
  name: 'possessor-adjective',
  when: (c) => isAdjectivalActor(possessorFrame(c)),
  read: (c) => {
    const near = possessorFrame(c);
    const possessor = near ? c.sentence.possessorBefore(near.first) : undefined;
    if (!near || !possessor) return undefined;
    return c.symmetric
      ? {
          source: { ...near, kind: 'compound', members: [...near.members, ...possessor.members] },
          pair: true,
        }
      : { source: near, target: possessor };
  },
};

/** "Caracas and Havana have been each other's lifeline": the subject's members act on each other. */
export const reciprocalCopula: RoleRule = {
  name: 'reciprocal-copula',
  when: (c) => possessorFrame(c)?.kind === 'reciprocal',
  read: (c) => {
    const near = possessorFrame(c);
    // "each other lifeline" with no "'s" names no possessor.
    if (!near || c.tokens[near.last]?.kind !== 'pos') return undefined;
    const pair = c.sentence.copulaPair(c.match, near);
    return pair ? { source: pair, reciprocal: true } : undefined;
  },
};

/** A possessor that is not "each other": "Russia's" in "China is Russia's partner". */
function possessor(c: CueContext): Unit | undefined {
  const near = possessorFrame(c);
  return near && near.kind !== 'reciprocal' && near.possessive ? near : undefined;
}

/** "China is Russia's closest partner": with a symmetric noun, the subject and the possessor pair. */
export const possessorPairCopula: RoleRule = {
  name: 'pair-copula',
  note: 'possessor right before a noun with no object of its own',
  when: (c) => c.symmetric && possessor(c) !== undefined,
  read: (c) => {
    const near = possessor(c);
    const pair = near ? c.sentence.copulaPair(c.match, near) : undefined;
    return pair ? { source: pair, pair: true } : undefined;
  },
};

/** "Warsaw has emerged as Kyiv's most vocal champion": the subject acts on the possessor. */
export const copula: RoleRule = {
  name: 'copula',
  when: (c) => !c.symmetric && possessor(c) !== undefined,
  read: (c) => {
    const near = possessor(c);
    if (!near || !c.sentence.copulaPair(c.match, near)) return undefined;
    const subject = c.sentence.units[c.sentence.units.indexOf(near) - 1];
    return subject ? { source: subject, target: near } : undefined;
  },
};

/** What may close an apposition: "India's ally, Bhutan, borders …", not "China's ally, India said". */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', '—', '–']);

/** Marks that set an apposition off after a role noun; none at all for "Russia's ally Belarus". */
const APPOSITION_OPENS = new Set([',', '—', '–']);

/** "--", a dash typed as two hyphens ("its allies -- Angola, Zimbabwe and Namibia --"). */
const doubleHyphen = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === '-' && tokens[at + 1]?.text === '-';

/**
 * The actor named in apposition to a role noun: after it ("India's ally, Bhutan,"), or before the noun
 * phrase that opens at `phrase` ("Bhutan, India's ally,", "Serbia, a close Kremlin ally.").
 */
function apposed(
  c: CueContext,
  phrase: number,
): { named: Unit; closed: boolean; dashed?: boolean } | undefined {
  const after = c.tokens[c.match.last];
  const opener = APPOSITION_OPENS.has(after?.text ?? '') ? 1 : doubleHyphen(c.tokens, c.match.last) ? 2 : 0;
  const named = c.sentence.unitAt.get(pastExamples(c.tokens, c.match.last + opener));
  if (named) {
    const end = named.last;
    const closed = APPOSITION_ENDS.has(c.tokens[end]?.text ?? '.') || doubleHyphen(c.tokens, end);
    // "its allies -- Angola, Zimbabwe and Namibia --": a dash closes the apposition, not a comma.
    const dashed = opener === 2 || (opener === 1 && after?.text !== ',');
    return { named, closed: opener === 0 || closed, dashed };
  }
  // "Belarus, Russia's closest ally, voted": the actor before the comma that opens the apposition.
  const before = c.tokens[phrase - 1]?.text === ',' ? c.sentence.unitEndingAt(phrase - 1) : undefined;
  const ends = APPOSITION_ENDS.has(after?.text ?? '.') || closedByPhrase(c, c.match.first + 1);
  return before && ends ? { named: before, closed: true } : undefined;
}

/** Prepositions that may open a short phrase after a role noun, inside its apposition. */
const ROLE_NOUN_PHRASE = words('in|with|since|for|on|during');

/**
 * "Pakistan, a key U.S. ally in the war on terror,", "Russia, a traditional Serb ally with a Security
 * Council veto,": a short phrase runs on to the comma that closes the apposition.
 */
function closedByPhrase(c: CueContext, at: number): boolean {
  if (!ROLE_NOUN_PHRASE.has(c.tokens[at]?.lower ?? '')) return false;
  for (let t = at + 1; t < at + 9; t++) {
    const token = c.tokens[t];
    if (token === undefined || (token.kind === 'punct' && token.text !== ',')) return false;
    if (token.text === ',') return true;
  }
  return false;
}

/**
 * "India's close ally, Bhutan, borders China", "Israel's chief backer, the United States, vetoed",
 * "Russia's ally Belarus", "Belarus, Russia's closest ally,": the actor in apposition to a role noun
 * holds that role for the possessor.
 */
export const possessorApposition: RoleRule = {
  name: 'possessor-apposition',
  when: (c) =>
    (c.cue.frame === 'agent-noun' || POSSESSED_ROLES.has(c.tokens[c.match.first]?.lower ?? '')) &&
    c.possessorUnit(unitBeforeNoun)?.possessive === true,
  read: (c) => {
    const possessor = c.possessorUnit(unitBeforeNoun);
    const found = possessor && apposed(c, possessor.first);
    if (!possessor || !found || found.named.possessive || !found.closed) return undefined;
    const { named } = found;
    // "between India's ally, Bhutan, and China": the apposition ends at its comma.
    const comma = found.dashed
      ? undefined
      : c.tokens.slice(named.first, named.last).find((t) => t.text === ',');
    const members = comma ? named.members.filter((m) => m.end <= comma.start) : named.members;
    if (members.length === 0) return undefined;
    // Each one named holds the role; they are not related to each other by it.
    // "ASEAN and Burma's other allies": the "'s" is the last one's.
    const owner =
      possessor.members.length > 1 ? { ...possessor, members: possessor.members.slice(-1) } : possessor;
    return {
      source: { ...named, members },
      target: owner,
      apart: true,
      standing: true,
    };
  },
};

/** Words between an apposition's comma and a role noun's modifier: "Serbia, a close Kremlin ally". */
const APPOSITION_LEAD = words(
  'a|an|another|one|close|key|staunch|traditional|longtime|loyal|major|strategic',
);

/**
 * A name that modifies a role noun with no "'s": a demonym ("a traditional Russian ally"), or any
 * name right before the noun after a word of the phrase ("a NATO ally", "with NATO ally Turkey").
 */
function modifierOf(c: CueContext): Unit | undefined {
  const near = c.possessorUnit(unitBeforeNoun);
  if (!near || near.possessive || near.kind !== 'mention' || near.members.length !== 1) return undefined;
  const between = c.tokens.slice(near.last, c.match.first);
  if (between.some((t) => CLAUSE_WORDS.has(t.lower))) return undefined;
  if (near.members[0]?.flags.includes('demonym')) return near;
  return between.length === 0 && isLowerWord(c.tokens[near.first - 1]) ? near : undefined;
}

/** Where the noun phrase of a modified role noun opens: "Serbia, [a close Kremlin] ally". */
function phraseStart(c: CueContext, modifier: Unit): number {
  let t = modifier.first;
  while (t > modifier.first - 3 && APPOSITION_LEAD.has(c.tokens[t - 1]?.lower ?? '')) t--;
  return t;
}

/**
 * "Serbia, a traditional Russian ally,", "NATO ally Turkey", "Serbia is a Russian ally": the one
 * named holds the role for the name that modifies the noun.
 */
export const modifierApposition: RoleRule = {
  name: 'modifier-apposition',
  when: (c) => POSSESSED_ROLES.has(c.tokens[c.match.first]?.lower ?? '') && modifierOf(c) !== undefined,
  read: (c) => {
    const modifier = modifierOf(c);
    if (!modifier) return undefined;
    const pair = c.symmetric ? c.sentence.copulaPair(c.match, modifier) : undefined;
    if (pair) return { source: pair, pair: true };
    const found = apposed(c, phraseStart(c, modifier));
    const named = found?.closed ? found.named : undefined;
    const own = modifier.members[0]?.actorId;
    const members = named?.members.filter((m) => m.actorId !== own) ?? [];
    return named && members.length > 0
      ? { source: { ...named, members }, target: modifier, apart: true, standing: true }
      : undefined;
  },
};

export const agentNounAlone: RoleStop = {
  stop: 'agent-noun-alone',
  says: 'an agent noun (champion, backer, lifeline) that none of the rules above reads relates nobody',
  when: (c) => c.cue.kind === 'noun' && c.cue.frame === 'agent-noun',
};
