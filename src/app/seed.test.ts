/**
 * Start-up reads the bundled graph with JSON.parse alone (src/app/startup.ts). That is safe only while
 * the validator would hand back the very same graph: no default filled in, no quote re-anchored.
 */
import { describe, expect, it } from 'vitest';
import seedText from '../../data/graph.json?raw';
import { repairEvidence } from '../io/integrity';
import { validateGraph } from '../io/validateGraph';

describe('the bundled graph', () => {
  it('is the same through the validator and the evidence repair as through JSON.parse', () => {
    const result = validateGraph(JSON.parse(seedText) as unknown, { anchors: 'repairable' });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const repaired = repairEvidence(result.value);
    expect(repaired.graph).toEqual(JSON.parse(seedText));
  });
});
