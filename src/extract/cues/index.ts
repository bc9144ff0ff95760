/**
 * The cue lexicon, by PLOVER quad class. The order matters: at one position, of two cues of the
 * same length, kind and prior the one listed first wins (findCues).
 */
import type { CueGroup } from '../cues';
import { AGREEMENTS_AND_CONCESSIONS } from './agreements';
import { DISPUTES } from './disputes';
import { MATERIAL_CONFLICT } from './materialConflict';
import { MATERIAL_COOPERATION } from './materialCooperation';
import { VERBAL_CONFLICT } from './verbalConflict';
import { VERBAL_COOPERATION } from './verbalCooperation';
import { VISITS } from './visits';

export { CHARACTERISATION } from './characterisation';

export const CUE_GROUPS: readonly CueGroup[] = [
  ...VERBAL_COOPERATION,
  ...VISITS,
  ...AGREEMENTS_AND_CONCESSIONS,
  ...MATERIAL_COOPERATION,
  ...VERBAL_CONFLICT,
  ...DISPUTES,
  ...MATERIAL_CONFLICT,
];
