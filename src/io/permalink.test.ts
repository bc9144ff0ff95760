import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOCUS_DIRECTIONS, FOCUS_MODES } from '../domain/focus';
import { SIZE_MEASURES } from '../domain/measures';
import { ACTOR_KINDS, EVIDENCE_STATUSES } from '../domain/types';
import { DEFAULT_VIEW, LAYOUT_NAMES, type ViewState } from '../domain/view';
import { formatPermalink, MAX_HASH_LENGTH, parsePermalink } from './permalink';

const parsed = (hash: string) => {
  const result = parsePermalink(hash);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
};
const problems = (hash: string) => {
  const result = parsePermalink(hash);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parsePermalink', () => {
  it('reads the empty hash as the default view', () => {
    expect(parsed('')).toEqual(DEFAULT_VIEW);
    expect(parsed('#')).toEqual(DEFAULT_VIEW);
    expect(formatPermalink(DEFAULT_VIEW)).toBe('');
  });

  it('reads every setting', () => {
    const view = parsed(
      '#hideTypes=accuses,warns&hideKinds=person&hideSources=s%2C1&minEvidence=2&minConfidence=0.75' +
        '&hideIsolated=1&hideStatuses=rejected,curated&hideUnsupported=1&window=2025-01-01..2025-03-31&focus=russia&depth=3&direction=out&focusMode=hide&relation=r%2012&evidence=2&layout=circle&size=pagerank&communities=1',
    );
    expect(view).toEqual<ViewState>({
      filters: {
        hiddenTypes: ['accuses', 'warns'],
        hiddenKinds: ['person'],
        hiddenSources: ['s,1'],
        minEvidence: 2,
        minConfidence: 0.75,
        hideIsolated: true,
        hiddenStatuses: ['rejected', 'curated'],
        hideUnsupported: true,
        timeWindow: { from: '2025-01-01', to: '2025-03-31' },
      },
      focusActor: 'russia',
      focusSettings: { depth: 3, direction: 'out', mode: 'hide' },
      selection: { kind: 'relation', id: 'r 12', evidenceIndex: 1 },
      layout: 'circle',
      sizeBy: 'pagerank',
      colourByCommunity: true,
    });
  });

  it('shows rejected relations only when the link says so: an empty list hides no status', () => {
    expect(parsed('').filters.hiddenStatuses).toEqual(['rejected']);
    expect(parsed('hideStatuses=').filters.hiddenStatuses).toEqual([]);
    expect(parsed('hideStatuses=imported,imported').filters.hiddenStatuses).toEqual(['imported']);
    const shown = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenStatuses: [] } };
    expect(formatPermalink(shown)).toBe('#hideStatuses=');
    expect(problems('#hideStatuses=rejected,approved')).toHaveLength(1);
    expect(problems('#hideUnsupported=yes')).toEqual(['#hideUnsupported: must be 1 when present']);
  });

  it('refuses a measure it does not know, and communities other than 1', () => {
    expect(problems('#size=closeness')).toEqual([
      '#size: must be one of none, degree, weightedDegree, betweenness, pagerank',
    ]);
    expect(problems('#communities=yes')).toEqual(['#communities: must be 1 when present']);
  });

  it('reads the theme and merging a copied link carries; without them the view leaves them out', () => {
    const view = parsed('#relation=r1&merge=1&theme=dark');
    expect(view).toMatchObject({ theme: 'dark', mergeParallel: true });
    expect(formatPermalink(view)).toBe('#relation=r1&merge=1&theme=dark');
    expect(parsed('#merge=0').mergeParallel).toBe(false);
    expect(parsed('#layout=grid')).not.toHaveProperty('theme');
    expect(parsed('#layout=grid')).not.toHaveProperty('mergeParallel');
    expect(problems('#merge=yes')).toEqual(['#merge: must be 0 or 1']);
    expect(problems('#theme=neon')).toEqual(['#theme: must be one of light, dark']);
  });

  it('reads a story at a step (1-based in the link), and writes it back; a step needs a story', () => {
    const view = parsed('focus=russia&story=story-2&step=3');
    expect(view.story).toEqual({ id: 'story-2', step: 2 });
    expect(formatPermalink(view)).toBe('#focus=russia&story=story-2&step=3');
    expect(parsed('story=s').story).toEqual({ id: 's', step: 0 });
    expect(parsed('').story).toBeUndefined();
    expect(formatPermalink({ ...DEFAULT_VIEW, story: null })).toBe('');
    expect(problems('step=2')).toEqual(['#step: needs a story']);
    expect(problems('story=s&step=0')).toEqual(['#step: must be at least 1']);
  });

  it('reads an actor selection', () => {
    expect(parsed('actor=putin').selection).toEqual({ kind: 'actor', id: 'putin' });
  });

  it('names each unknown key and invalid value', () => {
    expect(problems('#zoom=3')).toEqual(['#zoom: is not a setting this app knows']);
    expect(problems('#layout=spiral')).toEqual([
      '#layout: must be one of fcose, concentric, circle, grid, breadthfirst, file',
    ]);
    expect(problems('#minEvidence=0')).toEqual(['#minEvidence: must be at least 1']);
    expect(problems('#minEvidence=two')).toEqual(['#minEvidence: must be a whole number from 1 to 10']);
    expect(problems('#minConfidence=1.5')).toHaveLength(1);
    expect(problems('#depth=4')).toEqual(['#depth: must be 1, 2 or 3']);
    expect(problems('#hideKinds=person,alien')).toHaveLength(1);
    expect(problems('#focus=%E0%A4%A')).toEqual(['#focus: contains a broken %-escape']);
    expect(problems('#layout=grid&layout=circle')).toEqual(['#layout: appears more than once']);
    expect(problems('#actor=a&relation=b')).toEqual(['#actor: cannot be given together with relation']);
    expect(problems('#evidence=2')).toEqual(['#evidence: needs a relation']);
    expect(problems('#focus=')).toEqual(['#focus: is empty']);
    const windowProblem =
      '#window: must be two dates YYYY-MM-DD..YYYY-MM-DD, the first no later than the second (either may be left out)';
    for (const bad of ['..', '2025-01-01', '2025-02-30..', '2025-03-01..2025-01-01', '2025-1-1..', 'x..y']) {
      expect(problems(`#window=${bad}`), bad).toEqual([windowProblem]);
    }
    expect(parsed('#window=..2025-03-31').filters.timeWindow).toEqual({ from: '', to: '2025-03-31' });
    expect(problems(`#focus=${'x'.repeat(MAX_HASH_LENGTH)}`)).toHaveLength(1);
  });

  it('refuses ids with a broken character, and formats them without throwing', () => {
    expect(problems('#focus=a%ED%A0%80')).toHaveLength(1);
    expect(problems('#focus=a\uD800')).toEqual(['#focus: contains a broken character']);
    expect(formatPermalink({ ...DEFAULT_VIEW, focusActor: 'a\uD800' })).toBe('#focus=a%EF%BF%BD');
  });

  it('does not take a setting from the prototype chain', () => {
    expect(problems('#__proto__=1&constructor=x')).toHaveLength(2);
  });
});

const idArb = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const viewArb: fc.Arbitrary<ViewState> = fc.record(
  {
    filters: fc.record({
      hiddenTypes: fc.uniqueArray(idArb, { maxLength: 4 }),
      hiddenKinds: fc.uniqueArray(fc.constantFrom(...ACTOR_KINDS), { maxLength: 5 }),
      hiddenSources: fc.uniqueArray(idArb, { maxLength: 3 }),
      minEvidence: fc.integer({ min: 1, max: 10 }),
      minConfidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      hideIsolated: fc.boolean(),
      hiddenStatuses: fc.uniqueArray(fc.constantFrom(...EVIDENCE_STATUSES), { maxLength: 5 }),
      hideUnsupported: fc.boolean(),
      timeWindow: fc.constantFrom(
        { from: '', to: '' },
        { from: '2024-02-29', to: '' },
        { from: '', to: '2025-12-31' },
        { from: '2025-01-01', to: '2025-01-01' },
        { from: '1999-05-01', to: '2025-03-31' },
      ),
    }),
    focusActor: fc.option(idArb, { nil: null }),
    focusSettings: fc.record({
      depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
      direction: fc.constantFrom(...FOCUS_DIRECTIONS),
      mode: fc.constantFrom(...FOCUS_MODES),
    }),
    selection: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant('actor' as const), id: idArb }),
        fc.record({
          kind: fc.constant('relation' as const),
          id: idArb,
          evidenceIndex: fc.integer({ min: 0, max: 50 }),
        }),
      ),
      { nil: null },
    ),
    layout: fc.constantFrom(...LAYOUT_NAMES),
    sizeBy: fc.constantFrom(...SIZE_MEASURES),
    colourByCommunity: fc.boolean(),
    theme: fc.constantFrom('light' as const, 'dark' as const),
    mergeParallel: fc.boolean(),
  },
  {
    requiredKeys: [
      'filters',
      'focusActor',
      'focusSettings',
      'selection',
      'layout',
      'sizeBy',
      'colourByCommunity',
    ],
  },
);

/** Insert, delete or replace characters of a valid hash, the way a hand edit or a cut-off paste would. */
const mutatedHashArb = fc
  .tuple(
    viewArb.map(formatPermalink),
    fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('insert', 'delete', 'replace'),
        text: fc.constantFrom(
          '%',
          '%E0',
          '&',
          '=',
          ',',
          '#',
          '\u0000',
          '\uD800',
          'zz',
          '1',
          '-1',
          '999',
          ' ',
          '__proto__',
        ),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([hash, edits]) =>
    edits.reduce((h, { at, op, text }) => {
      const i = h.length === 0 ? 0 : at % (h.length + 1);
      if (op === 'insert') return h.slice(0, i) + text + h.slice(i);
      if (op === 'delete') return h.slice(0, i) + h.slice(i + text.length);
      return h.slice(0, i) + text + h.slice(i + 1);
    }, hash),
  );

describe('permalink fuzzing', () => {
  it('round-trips every valid view', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parsed(formatPermalink(view))).toEqual(view);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        (hash) => {
          const result = parsePermalink(hash);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated valid hashes, and what it accepts formats back to a valid hash', () => {
    fc.assert(
      fc.property(mutatedHashArb, (hash) => {
        const result = parsePermalink(hash);
        if (result.ok) expect(parsePermalink(formatPermalink(result.value)).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on key=value soup built from real keys', () => {
    const keys = [
      'hideTypes',
      'minEvidence',
      'minConfidence',
      'depth',
      'relation',
      'evidence',
      'layout',
      'x',
    ];
    const soup = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), { maxLength: 8 })
      .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(soup, (hash) => {
        expect(() => parsePermalink(hash)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
