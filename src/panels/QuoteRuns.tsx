import type { QuoteRun } from './evidenceSegments';

/** Plain text with the cue and actor mentions marked; every piece is a React text node. */
export function Runs({ runs }: { runs: readonly QuoteRun[] }) {
  return runs.map((run) =>
    run.role === null ? (
      <span key={run.start}>{run.text}</span>
    ) : (
      <mark key={run.start} className={`span-mark span-${run.role}`} data-span={run.role}>
        {run.text}
      </mark>
    ),
  );
}
