/** Stories in files and saved work: written with each view as a permalink hash, read back strictly. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../domain/filters';
import type { Stories } from '../domain/story';
import type { Graph } from '../domain/types';
import { DEFAULT_VIEW } from '../domain/view';
import { importActorgraphValue, exportActorgraphJson } from './formats/actorgraphJson';
import { minimalGraph } from './fixtures/minimalGraph';
import { readStories } from './storySchema';
import { encodeStories } from './storyWire';
import { decodeWorkspace, encodeWorkspace } from './workspaceCodec';

const STORIES: Stories = [
  {
    id: 'story-1',
    title: 'The pact',
    steps: [
      {
        id: 'step-1',
        title: 'Signed',
        text: 'Russia and China *sign*.',
        view: { ...DEFAULT_VIEW, selection: { kind: 'relation', id: 'r1', evidenceIndex: 0 } },
        camera: { zoom: 1.5, pan: { x: -120.5, y: 40 }, positions: { russia: { x: -10, y: 3.25 } } },
      },
      {
        id: 'step-2',
        title: 'Condemned',
        text: '',
        view: {
          ...DEFAULT_VIEW,
          filters: { ...DEFAULT_FILTERS, hiddenTypes: ['agrees_with'] },
          focusActor: 'usa',
          paths: { tool: 'paths', from: 'usa', to: 'china', direction: 'follow' },
        },
        camera: null,
      },
    ],
  },
];

describe('stories as written', () => {
  it('write each view as its permalink hash and read back the same stories', () => {
    const written = structuredClone(encodeStories(STORIES));
    expect(written[0]!.steps.map((s) => s.view)).toEqual([
      '#relation=r1',
      '#hideTypes=agrees_with&focus=usa&tool=paths&pathFrom=usa&pathTo=china',
    ]);
    expect(written[0]!.steps[1]).not.toHaveProperty('camera');
    const read = readStories(written, '$.stories');
    expect(read.ok && read.value).toEqual(STORIES);
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('refuse a malformed story, naming the place and the reason', () => {
    const written = structuredClone(encodeStories(STORIES)) as unknown as Record<string, unknown>[];
    const steps = written[0]!.steps as Record<string, unknown>[];
    steps[1]!.view = '#focus=usa&colour=red';
    steps[0]!.camera = { zoom: 0, pan: { x: 0, y: 0 }, positions: {} };
    const read = readStories(written, '$.stories');
    expect(read.ok).toBe(false);
    const lines = read.ok ? [] : read.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^\$\.stories\[0\]\.steps\[0\]\.camera\.zoom: /),
      expect.stringMatching(
        /^\$\.stories\[0\]\.steps\[1\]\.view: not a view this version reads \(#colour is not a setting/,
      ),
    ]);
    expect(
      readStories(
        [
          { id: 'a', title: '', steps: [] },
          { id: 'a', title: '', steps: [] },
        ],
        '$',
      ).ok,
    ).toBe(false);
  });

  it('keep a step that names what the graph lacks, with a warning naming story, step and id', () => {
    const graph = minimalGraph() as Graph;
    const other = structuredClone(encodeStories(STORIES));
    other[0]!.steps[0]!.view = '#relation=r99';
    const read = readStories(other, '$.stories', graph);
    expect(read.ok && read.value[0]!.steps).toHaveLength(2);
    expect(read.ok && read.warnings.map((w) => w.message)).toEqual([
      'story "The pact", step 1 ("Signed"): no relation "r99"',
    ]);
  });
});

describe('Actorgraph JSON with stories', () => {
  it('exports the stories and reads them back with the graph', () => {
    const graph = { ...(minimalGraph() as Graph), stories: STORIES };
    const text = exportActorgraphJson(graph);
    expect(JSON.parse(text).stories[0].steps[0].view).toBe('#relation=r1');
    const back = importActorgraphValue(JSON.parse(text), 'mine.json');
    expect(back.ok && back.value).toEqual(graph);
  });

  it('a graph without stories is written and read as before', () => {
    const graph = minimalGraph() as Graph;
    expect(JSON.parse(exportActorgraphJson(graph))).not.toHaveProperty('stories');
    const back = importActorgraphValue(JSON.parse(exportActorgraphJson(graph)), 'mine.json');
    expect(back.ok && back.value).toEqual(graph);
  });

  it('refuses the file when a story is malformed, naming the file and the place', () => {
    const value = { ...minimalGraph(), stories: [{ id: 'x', title: 'T', steps: [{ id: 's' }] }] };
    const back = importActorgraphValue(value, 'mine.json');
    expect(back.ok).toBe(false);
    expect(back.ok ? [] : back.problems.map((p) => p.path)).toContain('$.stories[0].steps[0].title');
    expect(back.ok ? '' : back.problems[0]!.message).toMatch(/^mine\.json: /);
  });
});

describe('saved work with stories', () => {
  it('is written with the stories in their written shape; the codec leaves them to the story reader', () => {
    const stored = structuredClone(
      encodeWorkspace({ base: { kind: 'seed' }, articles: [], edits: [], stories: STORIES }),
    ) as { stories: unknown };
    expect(stored.stories).toEqual(encodeStories(STORIES));
    const decoded = decodeWorkspace(stored);
    expect(decoded.ok && decoded.value).toEqual({ base: { kind: 'seed' }, articles: [], edits: [] });
    const read = readStories(stored.stories, '$.stories');
    expect(read.ok && read.value).toEqual(STORIES);
  });
});
