import { useMemo, useState } from 'react';
import { MAX_EXPORT_AREA, MAX_EXPORT_SIDE } from '../../canvas/exportPng';
import type { ImageBackground, ImageOptions, ImageScope } from '../../canvas/exportScope';
import { useAppStore } from '../../store';
import { selectVisibility } from '../../store/selectors';
import { downloadImage, planFor, type ImageFormat } from './imageExport';
import { RadioGroup } from './RadioGroup';

const SCALES = [1, 2, 3, 4] as const;

const FORMATS = [
  { value: 'png', label: 'PNG', hint: 'pixels, for slides and articles' },
  { value: 'svg', label: 'SVG', hint: 'vectors with text as text, for print and editing' },
] as const;
const SCOPES = [
  { value: 'view', label: 'Current view', hint: 'as panned and zoomed on screen' },
  { value: 'whole', label: 'Whole graph', hint: 'every actor and relation the filters leave' },
] as const;
const BACKGROUNDS = [
  { value: 'theme', label: 'Theme' },
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
] as const;

const limitInWords = `${MAX_EXPORT_SIDE.toLocaleString('en')} px a side and ${(MAX_EXPORT_AREA / 1e6).toFixed(1)} million pixels`;

/** PNG or SVG of the view or the whole graph, with scale, background and the legend and caption. */
export function ImageExportSection({
  open,
  report,
}: {
  open: boolean;
  report: (text: string, error?: boolean) => void;
}) {
  const [format, setFormat] = useState<ImageFormat>('png');
  const [options, setOptions] = useState<ImageOptions>({
    scope: 'whole',
    scale: 2,
    background: 'theme',
    legend: true,
  });
  const [busy, setBusy] = useState(false);
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore(selectVisibility);
  // The canvas cannot change under a modal dialog, so the size is worked out when it opens or an option changes.
  const plan = useMemo(
    () => (open && graph && visibility ? planFor(options) : null),
    [open, options, graph, visibility],
  );
  const change = (patch: Partial<ImageOptions>) => setOptions((o) => ({ ...o, ...patch }));

  const save = async () => {
    setBusy(true);
    try {
      report(await downloadImage(format, options));
    } catch (err) {
      report(
        `${format.toUpperCase()} export failed: ${err instanceof Error ? err.message : String(err)}`,
        true,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-section" aria-labelledby="export-image-heading">
      <h3 id="export-image-heading">Image</h3>
      <RadioGroup name="image-format" legend="Format" options={FORMATS} value={format} onChange={setFormat} />
      <RadioGroup
        name="image-scope"
        legend="Show"
        options={SCOPES}
        value={options.scope}
        onChange={(scope: ImageScope) => change({ scope })}
      />
      <label className="export-field">
        Scale{' '}
        <select value={options.scale} onChange={(e) => change({ scale: Number(e.target.value) })}>
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}x
            </option>
          ))}
        </select>
      </label>
      <RadioGroup
        name="image-background"
        legend="Background"
        options={BACKGROUNDS}
        value={options.background}
        onChange={(background: ImageBackground) => change({ background })}
      />
      <label className="export-field">
        <input
          type="checkbox"
          checked={options.legend}
          onChange={(e) => change({ legend: e.target.checked })}
        />{' '}
        Legend and caption: title, active filters, sources cited
      </label>
      <p className="export-size" data-testid="image-size">
        {plan === null
          ? 'The graph is not drawn yet.'
          : format === 'png'
            ? `${plan.pixelWidth} × ${plan.pixelHeight} px`
            : `${Math.round(plan.width * options.scale)} × ${Math.round(plan.height * options.scale)} (vector)`}
      </p>
      {plan?.clamped && format === 'png' && (
        <p className="export-warning" data-testid="image-clamped">
          At {options.scale}x this image would be larger than the browser can draw ({limitInWords}), so it
          will be saved at {plan.scale.toFixed(2)}x. Use SVG for a sharp image at any size.
        </p>
      )}
      <button type="button" className="primary" onClick={save} disabled={busy || plan === null}>
        {busy ? 'Exporting…' : `Download ${format.toUpperCase()}`}
      </button>
    </section>
  );
}
