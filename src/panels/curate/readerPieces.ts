/**
 * The article as the reader draws it: runs of text, each either plain or inside one of the selected
 * relation's sentences, and inside or outside the sentence the analyst has chosen to cite.
 */
import { segmentText } from '../evidenceSegments';

export interface ReaderPiece {
  readonly text: string;
  /** Absolute offset in the source text. */
  readonly start: number;
  /** Index of the relation's evidence this piece belongs to, or -1. */
  readonly evidence: number;
  /** Inside the chosen sentence. */
  readonly chosen: boolean;
}

export interface EvidenceMark {
  readonly start: number;
  readonly end: number;
  /** Index into the relation's evidence. */
  readonly evidence: number;
}

/**
 * Pieces that cover `text` exactly, in order. Evidence marks that overlap an earlier one are left out
 * (the first wins); the chosen range cuts through marks wherever it starts and ends.
 */
export function readerPieces(
  text: string,
  marks: readonly EvidenceMark[],
  chosen: { readonly start: number; readonly end: number } | null,
): ReaderPiece[] {
  const out: ReaderPiece[] = [];
  for (const seg of segmentText(text, marks)) {
    const evidence = marks[seg.span]?.evidence ?? -1;
    const end = seg.start + seg.text.length;
    const cuts = [seg.start, end];
    if (chosen) {
      for (const at of [chosen.start, chosen.end]) if (at > seg.start && at < end) cuts.push(at);
    }
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (from === to) continue;
      const inside = chosen !== null && from >= chosen.start && to <= chosen.end;
      out.push({ text: text.slice(from, to), start: from, evidence, chosen: inside });
    }
  }
  return out;
}
