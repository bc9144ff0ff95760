/**
 * A relation type's label as a verb phrase, negated when the text says it did not happen:
 * "denounces" → "did not denounce", "allies with" → "did not ally with". Labels that are not a
 * third-person verb (a type an imported file named "rival of") read "not rival of".
 */
export function relationVerb(label: string, negated: boolean): string {
  if (!negated) return label;
  const [head = '', ...rest] = label.split(' ');
  const base = baseForm(head);
  return base === undefined ? `not ${label}` : ['did not', base, ...rest].join(' ');
}

/** The plain form of a third-person singular verb, or undefined when the word is not one. */
function baseForm(word: string): string | undefined {
  if (!/^[a-z]+s$/.test(word) || word.endsWith('ss') || word.length < 3) return undefined;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
