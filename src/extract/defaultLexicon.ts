/**
 * The actor lexicon shipped in data/lexicon/: actors.json (generated from world-countries) merged with
 * extra-actors.json (hand-written). Only data is imported here; the files are checked on first use.
 */
import generated from '../../data/lexicon/actors.json';
import extra from '../../data/lexicon/extra-actors.json';
import type { ExtraLexiconFile, GeneratedLexiconFile, Lexicon, LexiconActor } from './lexicon';
import { checkExtraLexiconFile, checkGeneratedLexiconFile } from './lexiconFiles';
import { compileLexicon, mergeLexiconFiles } from './lexicon';

let compiled: Lexicon | undefined;
let merged: LexiconActor[] | undefined;

/** Every actor of the shipped lexicon, generated first, additions merged in. */
export function defaultLexiconActors(): readonly LexiconActor[] {
  if (!merged) {
    const base: GeneratedLexiconFile = checkGeneratedLexiconFile(generated, 'data/lexicon/actors.json');
    const more: ExtraLexiconFile = checkExtraLexiconFile(extra, 'data/lexicon/extra-actors.json');
    merged = mergeLexiconFiles(base, more);
  }
  return merged;
}

/** The shipped lexicon, compiled once. */
export function defaultLexicon(): Lexicon {
  if (!compiled) {
    const more = checkExtraLexiconFile(extra, 'data/lexicon/extra-actors.json');
    compiled = compileLexicon(defaultLexiconActors(), more.nonActors ?? []);
  }
  return compiled;
}
