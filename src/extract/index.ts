/** The extractor's public surface: pure TypeScript, usable from Node, a Web Worker or the browser. */
export type { ExtractMeta, ExtractOptions } from './extract';
export { DEFAULT_MIN_CONFIDENCE, analyseText, extract, makeSource } from './extract';
export { mergeGraphs, relationKey } from '../domain/merge';
export type { DecodeResult, ParsedDocument } from './document';
export { decodeText, isMarkdownName, parseDocument, parseFrontMatter, stripMarkdown } from './document';
export type { Candidate } from './candidates';
export type { Flag } from './flags';
export type {
  ActorMention,
  ExtraLexiconFile,
  GeneratedLexiconFile,
  Lexicon,
  LexiconActor,
  LexiconAlias,
} from './lexicon';
export { compileLexicon, mergeLexiconFiles } from './lexicon';
export { defaultLexicon, defaultLexiconActors } from './defaultLexicon';
export type { CueGroup, CueIndex } from './cues';
export { CUE_GROUPS, compileCues } from './cues';
export type { Sentence } from '../domain/sentences';
export { segmentSentences } from '../domain/sentences';
export { canonicalText } from './text';
export { RELATION_TYPES, isDirected } from './vocabulary';
export type { EvaluationReport, LabeledRelation, Scores } from './evaluate';
export { evaluate, formatReport, graphLabels } from './evaluate';
