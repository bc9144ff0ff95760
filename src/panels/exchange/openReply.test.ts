import { describe, expect, it } from 'vitest';
import { readOpenReply } from './openReply';

const graph = { schemaVersion: 1, sources: [], actors: [], relationTypes: [], relations: [] };
const note = { path: '$.relations[0].evidence[0]', message: 'moved', sourceId: 's1', outcome: 'moved' };

describe('readOpenReply', () => {
  it('reads progress, an opened graph and a refusal', () => {
    expect(readOpenReply({ kind: 'progress', step: 'reading', done: 5, total: 10 })).toEqual({
      kind: 'progress',
      step: 'reading',
      done: 5,
      total: 10,
    });
    const done = readOpenReply({
      kind: 'done',
      result: { ok: true, value: { graph, notes: [], repairs: [note] } },
    });
    expect(done).toEqual({ kind: 'opened', opened: { graph, notes: [], repairs: [note] } });
    const problems = [
      { path: 'line 3', message: 'bad' },
      { path: '$', message: '2 more', omitted: 2 },
    ];
    expect(readOpenReply({ kind: 'done', result: { ok: false, problems } })).toEqual({
      kind: 'refused',
      problems,
    });
  });

  it('refuses messages of the wrong shape with a reason', () => {
    const bad = [
      null,
      'done',
      { kind: 'progress', step: 'dreaming', done: 1, total: 2 },
      { kind: 'progress', step: 'reading', done: 3, total: 2 },
      { kind: 'done', result: { ok: true, value: { graph: { actors: [] }, notes: [], repairs: [] } } },
      { kind: 'done', result: { ok: true, value: { graph, notes: [{ path: 1 }], repairs: [] } } },
      {
        kind: 'done',
        result: { ok: true, value: { graph, notes: [], repairs: [{ path: '$', message: 'x' }] } },
      },
      { kind: 'done', result: { ok: false, problems: [] } },
      { kind: 'done', result: { ok: false, problems: [{ path: '$', message: 'x', omitted: -1 }] } },
      { kind: 'shrug' },
    ];
    for (const data of bad)
      expect(readOpenReply(data)).toMatchObject({ kind: 'error', message: /^the reader sent / });
  });

  it('passes on the worker’s own error', () => {
    expect(readOpenReply({ kind: 'error', message: 'NotReadableError' })).toEqual({
      kind: 'error',
      message: 'NotReadableError',
    });
  });
});
