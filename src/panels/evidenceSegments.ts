/** Split a text into plain and highlighted runs, for rendering marks as React text (never HTML). */
export interface Segment {
  readonly text: string;
  readonly start: number;
  /** Index into the given spans, or -1 for plain text. */
  readonly span: number;
}

export function segmentText(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): Segment[] {
  const ordered = spans
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of ordered) {
    if (s.start < pos) continue; // overlapping spans: the first one wins
    if (s.start > pos) out.push({ text: text.slice(pos, s.start), start: pos, span: -1 });
    out.push({ text: text.slice(s.start, s.end), start: s.start, span: s.i });
    pos = s.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos, span: -1 });
  return out;
}
