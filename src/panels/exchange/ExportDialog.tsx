import { useCallback, useState } from 'react';
import { useAppStore } from '../../store';
import { DataExportSection } from './DataExportSection';
import { ImageExportSection } from './ImageExportSection';
import { ReportExportSection } from './ReportExportSection';
import { useModalDialog, type ModalDialogProps } from './useModalDialog';

/** Images and data in one keyboard-operable modal dialog; Esc or Close returns focus to the opener. */
export function ExportDialog({ open, onClose, returnTo }: ModalDialogProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const closed = useCallback(() => {
    setStatus(null);
    onClose();
  }, [onClose]);
  const { ref, onKeyDown } = useModalDialog(open, closed, returnTo);
  const notify = useAppStore((s) => s.notify);
  const report = useCallback(
    (text: string, error = false) => {
      setStatus({ text, error });
      if (error) notify({ tone: 'error', text });
    },
    [notify],
  );

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-dialog-title" onKeyDown={onKeyDown}>
      <header className="export-header">
        <h2 id="export-dialog-title">Export</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <div className="export-body">
        <ImageExportSection open={open} report={report} />
        <DataExportSection report={report} />
        <ReportExportSection report={report} />
      </div>
      <p
        className={`export-status${status?.error ? ' error' : ''}`}
        role="status"
        data-testid="export-status"
      >
        {status?.text}
      </p>
    </dialog>
  );
}
