import { useState } from 'react';
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../io/formats/catalog';
import { useAppStore } from '../../store';
import { selectVisibility } from '../../store/selectors';
import { downloadData, type DataScope } from './dataExport';
import { RadioGroup } from './RadioGroup';

const FORMAT_OPTIONS = EXPORT_FORMATS.map((id) => ({
  value: id,
  label: FORMAT_INFO[id].label,
  hint: FORMAT_INFO[id].description,
}));

const counts = (actors: number, relations: number) => `${actors} actors, ${relations} relations`;

/** The graph's data in an interchange format: all of it, or what the filters leave on screen. */
export function DataExportSection({ report }: { report: (text: string, error?: boolean) => void }) {
  const [scope, setScope] = useState<DataScope>('whole');
  const [format, setFormat] = useState<ExportFormat>('actorgraph-json');
  const [busy, setBusy] = useState(false);
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore(selectVisibility);
  // Visibility keeps a relation only with both its actors, so its size is what a filtered export holds.
  const visibleRelations = visibility.relations.size;

  const save = async () => {
    setBusy(true);
    try {
      report(await downloadData(scope, format));
    } catch (err) {
      report(
        `${FORMAT_INFO[format].label} export failed: ${err instanceof Error ? err.message : String(err)}`,
        true,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-section" aria-labelledby="export-data-heading">
      <h3 id="export-data-heading">Data</h3>
      <RadioGroup
        name="data-scope"
        legend="Graph"
        options={[
          { value: 'whole', label: 'Whole graph', hint: counts(graph.actors.length, graph.relations.length) },
          {
            value: 'filtered',
            label: 'Filtered view',
            hint: counts(visibility.actors.size, visibleRelations),
          },
        ]}
        value={scope}
        onChange={setScope}
      />
      <RadioGroup
        name="data-format"
        legend="Format"
        options={FORMAT_OPTIONS}
        value={format}
        onChange={setFormat}
      />
      <button type="button" className="primary" onClick={save} disabled={busy}>
        {busy ? 'Exporting…' : `Download ${FORMAT_INFO[format].label}`}
      </button>
    </section>
  );
}
