import { useState } from 'react';
import { useAppStore } from '../store';
import { downloadBlob, isoDate } from './download';

/**
 * Whole graph at 2x on the theme's opaque background, named actorgraph-YYYY-MM-DD.png, with the legend
 * and the caption citing its sources as the export dialog makes it by default: no picture leaves
 * uncited (the dialog can leave the caption off).
 */
export function ExportPngButton() {
  const [busy, setBusy] = useState(false);
  const notify = useAppStore((s) => s.notify);
  const onClick = async () => {
    setBusy(true);
    try {
      // Loaded on first use, as the export dialog is.
      const { captionedGraphPng } = await import('./exchange/imageExport');
      const png = await captionedGraphPng();
      downloadBlob(png.blob, `actorgraph-${isoDate()}.png`);
      if (png.clamped) {
        notify({
          tone: 'info',
          text: `The graph is too large for one image at 2x; exported at ${png.scale.toFixed(2)}x (${png.width}×${png.height} px).`,
        });
      }
    } catch (err) {
      notify({
        tone: 'error',
        text: `PNG export failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={onClick} disabled={busy}>
      {busy ? 'Exporting…' : 'Export PNG'}
    </button>
  );
}
