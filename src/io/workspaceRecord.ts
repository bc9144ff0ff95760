/**
 * The stored shape of a workspace, for writing: small, so saving needs nothing of the validating
 * reader (./workspaceCodec.ts), which loads only when a record is read back.
 */
import type { Workspace } from '../domain/workspace';
import { encodeStories } from './storyWire';

/** Bump when the stored shape changes; older records are then migrated or reported, never misread. */
export const WORKSPACE_VERSION = 1;

export const encodeWorkspace = ({ stories, ...workspace }: Workspace) => ({
  version: WORKSPACE_VERSION,
  ...workspace,
  ...(stories?.length ? { stories: encodeStories(stories) } : {}),
});
