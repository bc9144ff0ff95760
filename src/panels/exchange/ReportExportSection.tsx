import { useState } from 'react';

/** "HTML report (this view)": the picture, the caption and the sentences behind it, in one offline page. */
export function ReportExportSection({ report }: { report: (text: string, error?: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      // The report builder loads on first use only.
      const { downloadViewReport } = await import('./reportExport');
      report(downloadViewReport());
    } catch (err) {
      report(`Report export failed: ${err instanceof Error ? err.message : String(err)}`, true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="export-section" aria-labelledby="export-report-heading">
      <h3 id="export-report-heading">Report</h3>
      <p className="export-hint" id="export-report-hint">
        One HTML page that opens offline and prints cleanly: this view’s picture with its legend and caption,
        and every sentence behind what it shows (the selected relation or actor, if any), with source, date
        and position.
      </p>
      <button
        type="button"
        className="primary"
        onClick={save}
        disabled={busy}
        aria-describedby="export-report-hint"
      >
        {busy ? 'Exporting…' : 'Download HTML report (this view)'}
      </button>
    </section>
  );
}
