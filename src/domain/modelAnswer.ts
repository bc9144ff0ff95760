/**
 * What a language model proposes, once its answer has been read as JSON of the right shape
 * (src/io/llm/answer.ts) and before the guard (src/extract/llm/guard.ts) has checked it against the
 * article. Plain data, shared by the two sides of that border.
 */

/** Which extractor reads an article: the rules, a model, or both joined. */
export const BACKENDS = ['rules', 'model', 'both'] as const;
export type Backend = (typeof BACKENDS)[number];

/** One relation the model says a sentence states. Actors and type are as the model wrote them. */
export interface ModelProposal {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly negated: boolean;
  /** The sentence (or part of it) the model says states the relation, copied from the article. */
  readonly quote: string;
}

/** Why an answer as a whole could not be used. */
export type AnswerProblem = 'not-json' | 'truncated' | 'wrong-shape';

/** A model answer read: its proposals, and what had to be dropped before the guard saw it. */
export type AnswerReading =
  | {
      readonly ok: true;
      readonly proposals: readonly ModelProposal[];
      /** Items of the list that were not proposals (a missing field, a number for a name…). */
      readonly malformed: readonly string[];
    }
  | { readonly ok: false; readonly problem: AnswerProblem; readonly detail: string };
