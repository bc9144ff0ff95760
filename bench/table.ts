import type { Summary } from './stats';

/** One line of bench/results.json: milliseconds, or bytes for the heap rows. */
export interface Row {
  readonly actors: number;
  readonly relations: number;
  readonly metric: string;
  readonly unit: 'ms' | 'bytes';
  readonly app: Summary | null;
  readonly baseline: Summary | null;
  /** How many samples each side's figures summarise. */
  readonly samples: { readonly app: number; readonly baseline: number };
  readonly note?: string;
}

const value = (n: number, unit: Row['unit']) =>
  unit === 'bytes'
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1000
      ? `${(n / 1000).toFixed(2)} s`
      : `${n} ms`;
const cell = (s: Summary | null, unit: Row['unit']) =>
  s ? `${value(s.median, unit)} / ${value(s.p95, unit)}` : '—';

function ratio(row: Row): string {
  if (!row.app || !row.baseline || row.app.median <= 0 || row.unit === 'bytes') return '';
  return `${(row.baseline.median / row.app.median).toFixed(1)}x`;
}

/** Markdown, so the same text goes to the terminal and into docs/performance.md. */
export function formatTable(rows: readonly Row[]): string {
  const head = [
    'actors',
    'relations',
    'metric',
    'app median / p95',
    'baseline median / p95',
    'baseline ÷ app',
    'n app/baseline',
    'note',
  ];
  const lines = rows.map((r) => [
    String(r.actors),
    String(r.relations),
    r.metric,
    cell(r.app, r.unit),
    cell(r.baseline, r.unit),
    ratio(r),
    `${r.samples.app}/${r.samples.baseline}`,
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
