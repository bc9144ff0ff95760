import { useState } from 'react';
import { PALETTES } from '../canvas/palette';
import { useAppStore } from '../store';
import { selectTheme } from '../store/selectors';
import { downloadBlob, isoDate } from './download';

/** Whole graph at 2x on an opaque background, named actorgraph-YYYY-MM-DD.png. */
export function ExportPngButton() {
  const [busy, setBusy] = useState(false);
  const notify = useAppStore((s) => s.notify);
  // The image matches what the user sees: the theme's own background, opaque.
  const theme = useAppStore(selectTheme);
  const onClick = async () => {
    setBusy(true);
    try {
      // Loaded on first use, as the export dialog is.
      const { exportGraphPng } = await import('../canvas/exportPng');
      const png = await exportGraphPng(2, PALETTES[theme].background);
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
