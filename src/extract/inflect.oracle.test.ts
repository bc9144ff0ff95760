/**
 * The cue verbs' generated forms, held against an independent conjugator (compromise, a development
 * dependency only: nothing of it ships). Where the two disagree and compromise is the one wrong, the
 * lemma is listed below with the reason.
 */
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { CUE_GROUPS } from './cues';
import { inflect } from './inflect';

type Conjugate = (lemma: string, model: object) => Record<string, string | undefined>;
// compromise types methods() and model() as `object`: name the one call used.
const conjugate = (nlp.methods() as { two: { transform: { verb: { conjugate: Conjugate } } } }).two.transform
  .verb.conjugate;
const model = nlp.model();

/** Lemmas compromise conjugates wrongly (checked by hand against a dictionary). */
const ORACLE_WRONG: Readonly<Record<string, string>> = {
  characterise: 'gives the past "characterose"',
  chide: 'gives the archaic past "chid"; news writes "chided"',
  deride: 'gives the past "derode"',
  embargo: 'gives the past "embarwent"',
  feud: 'gives the gerund "feudding"',
  kidnap: 'gives the gerund "kidnaping", a rare American spelling; news writes "kidnapping"',
  rebuke: 'gives the gerund "rebukeing"',
};

function cueLemmas(): string[] {
  const lemmas = new Set<string>();
  for (const group of CUE_GROUPS) {
    for (const pattern of group.verbs ?? []) {
      const head = pattern.split(' ')[0] ?? '';
      if (head.startsWith('=')) continue;
      for (const lemma of head.split('|')) if (/^[a-z]+$/.test(lemma)) lemmas.add(lemma);
    }
  }
  return [...lemmas].sort();
}

describe('cue verb inflection', () => {
  const lemmas = cueLemmas();

  it('covers every cue verb', () => {
    expect(lemmas.length).toBeGreaterThan(150);
  });

  it('generates the forms an independent conjugator gives', () => {
    const disagreements: string[] = [];
    for (const lemma of lemmas) {
      if (ORACLE_WRONG[lemma]) continue;
      const c = conjugate(lemma, model);
      const ours = new Set(inflect(lemma).forms);
      for (const form of [c.PresentTense, c.PastTense, c.Gerund]) {
        if (form && !ours.has(form)) disagreements.push(`${lemma}: ${form} (ours: ${[...ours].join(', ')})`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
