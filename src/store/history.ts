/**
 * Undo and redo for every change to the graph. The graph is composed from the workspace, and every
 * change (an edit, Open…, Add or Remove article, Reset) replaces the workspace object, so the history
 * is the list of earlier workspaces. zundo keeps it; the objects share everything that did not change,
 * so a step costs little more than the changed list. History lives in memory: a reload starts afresh.
 */
import type { ZundoOptions } from 'zundo';
import type { Workspace } from '../domain/workspace';
import type { AppState } from './types';

/** Steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200;

export interface Tracked {
  readonly workspace: Workspace;
}

export const historyOptions: ZundoOptions<AppState, Tracked> = {
  partialize: (state) => ({ workspace: state.workspace }),
  equality: (a, b) => a.workspace === b.workspace,
  limit: HISTORY_LIMIT,
};
