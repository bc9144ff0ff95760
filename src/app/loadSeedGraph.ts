import seedText from '../../data/graph.json?raw';
import { repairEvidence } from '../io/integrity';
import { formatProblems } from '../io/problems';
import { validateGraphText } from '../io/validateGraph';
import { useAppStore } from '../store';

/** Load the curated graph through the same validating door as any other file. */
export function loadSeedGraph(): void {
  const { loadGraph, notify } = useAppStore.getState();
  const result = validateGraphText(seedText, 'data/graph.json');
  if (!result.ok) {
    notify({
      tone: 'error',
      text: 'The bundled graph data/graph.json is invalid.',
      details: formatProblems(result.problems).split('\n'),
    });
    return;
  }
  const { graph, report } = repairEvidence(result.value);
  loadGraph(graph);
  if (report.orphaned > 0 || report.reanchored > 0) {
    notify({
      tone: 'info',
      text: `${report.reanchored} evidence sentences were re-anchored and ${report.orphaned} could not be found in their source.`,
    });
  }
}
