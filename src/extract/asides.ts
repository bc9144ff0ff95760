/**
 * Asides: the words of a sentence set off from its clause, whose actors neither act nor are acted on
 * there: parentheses, dashes, ", which/who …" clauses and titles set off by commas ("Calderon, the
 * president of Mexico, said").
 */
import type { Token } from './tokenize';
import { isCapitalised } from './tokenize';
import { ASIDE_OPENERS, TITLE_HEADS } from './words';

/** "The Philippines, another ASEAN member, accused …": a membership set off like a title. */
const MEMBER_HEADS = new Set(['member', 'ally', 'neighbor', 'neighbour', 'partner']);

/** Words a title set off by commas may hold besides its head: "the new president of Mexico". */
const TITLE_FILLERS = new Set(
  "the a an another of new former then 's foreign prime - fellow key close".split(' '),
);

/**
 * The closing comma of a title set off after a name ("Calderon, the president of Mexico, said";
 * "Macri, Argentina's new president, met"), or -1: a short stretch of capitalised words (the state),
 * fillers and at least one title head, with nothing else. The one named before it is who acts.
 */
function titleAside(tokens: readonly Token[], comma: number): number {
  // It opens with an article, a lower-case title or a possessor: ", President Sarkozy of France," is a name.
  const first = tokens[comma + 1];
  const opens =
    first !== undefined &&
    (['the', 'a', 'an', 'another'].includes(first.text) ||
      TITLE_HEADS.has(first.text) ||
      tokens[comma + 2]?.kind === 'pos');
  if (!opens) return -1;
  let head = false;
  for (let t = comma + 1; t < Math.min(tokens.length, comma + 10); t++) {
    const token = tokens[t] as Token;
    if (token.text === ',') return head && t > comma + 1 ? t : -1;
    if (TITLE_HEADS.has(token.lower) || MEMBER_HEADS.has(token.lower)) head = true;
    else if (!TITLE_FILLERS.has(token.lower) && !isCapitalised(token)) return -1;
  }
  return -1;
}

/** Dashes that set off an aside or an apposition: "—" and "–". */
export const DASHES: ReadonlySet<string> = new Set(['—', '–']);

/** Words that may join the names in a dashed apposition: "– the Justice and Equality Movement, or JEM –". */
const NAME_JOINERS = new Set(['the', 'and', 'or', ',', "'s", '.', '-']);

/**
 * "Both regions — Abkhazia and South Ossetia — declared": dashes around names alone set off an
 * apposition that names who acts, not an aside.
 */
function dashedNames(tokens: readonly Token[], open: number): boolean {
  let t = open + 1;
  for (; t < tokens.length && !DASHES.has((tokens[t] as Token).text); t++) {
    const token = tokens[t] as Token;
    if (!isCapitalised(token) && !NAME_JOINERS.has(token.lower)) return false;
  }
  return t < tokens.length && t > open + 1;
}

/** Token positions inside parentheses, dashes, ", which/who ..." clauses or titles set off by commas. */
export function findAsides(tokens: readonly Token[]): Int32Array {
  const aside = new Int32Array(tokens.length).fill(-1);
  let id = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    let close: ((t: Token) => boolean) | undefined;
    if (token.text === '(') close = (t) => t.text === ')';
    else if (DASHES.has(token.text) && !dashedNames(tokens, i)) close = (t) => DASHES.has(t.text);
    else if (token.text === ',' && ASIDE_OPENERS.has(tokens[i + 1]?.lower ?? '')) {
      close = (t) => t.text === ',' || t.text === ';';
    } else if (token.text === ',' && titleAside(tokens, i) > i) {
      close = (t) => t.text === ',';
    }
    if (!close) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !close(tokens[j] as Token)) j++;
    for (let t = i; t <= Math.min(j, tokens.length - 1); t++) aside[t] = id;
    id++;
    i = j + 1;
  }
  return aside;
}
