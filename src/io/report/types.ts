/**
 * What a report is made of. One step is one picture with its text and the sentences behind it: the
 * current view is one step, a storyline one step per view.
 */
import type { Source } from '../../domain/types';

/** A sentence cited in a step: its source, its UTF-16 offsets in the source text, and its exact text. */
export interface ReportCitation {
  readonly quote: string;
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** The relation the sentence backs, in words: "Russia — accuses → the West". */
  readonly relation: string;
  /** The sentence's own date (YYYY-MM-DD), when it has one; else its source's publication date is shown. */
  readonly date?: string;
}

/** The step's picture: SVG text (embedded as an image, so it cannot run anything) or a PNG data URL. */
export type ReportPicture =
  | { readonly kind: 'svg'; readonly svg: string; readonly alt: string }
  | { readonly kind: 'png'; readonly dataUrl: string; readonly alt: string };

export interface ReportStep {
  readonly title: string;
  /** The analyst's text: paragraphs, *emphasis*, **strong** and [links](https://…); never read as HTML. */
  readonly text: string;
  readonly picture?: ReportPicture;
  readonly citations: readonly ReportCitation[];
  /** Said under the citations, e.g. that only the first N of them are listed. */
  readonly note?: string;
}

export interface ReportInput {
  readonly title: string;
  readonly steps: readonly ReportStep[];
  /** The graph's sources: the citations are checked against their text and listed at the end. */
  readonly sources: readonly Source[];
  /** When it was made, as shown in the footer (e.g. "2026-12-04"). */
  readonly generated?: string;
}

/** A citation whose quote is not its source's text at its offsets (or whose source is missing). */
export interface CitationMismatch {
  readonly step: number;
  readonly citation: ReportCitation;
  readonly reason: string;
}

export interface Report {
  readonly html: string;
  readonly mismatches: readonly CitationMismatch[];
}
