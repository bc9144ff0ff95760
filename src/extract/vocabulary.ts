/**
 * The relation vocabulary the extractor emits. It mirrors `relationTypes` in data/graph.json (same ids,
 * direction, polarity, quad, CAMEO and PLOVER codes), so extracted graphs merge into the curated one.
 */
import type { RelationType } from '../domain/types';

export const RELATION_TYPES: readonly RelationType[] = [
  {
    id: 'allies_with',
    label: 'allies with',
    directed: false,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['057', '062'],
    plover: 'SUPPORT',
  },
  {
    id: 'supports',
    label: 'supports',
    directed: true,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['050', '052', '053'],
    plover: 'SUPPORT',
  },
  {
    id: 'praises',
    label: 'praises',
    directed: true,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['051'],
    plover: 'SUPPORT',
  },
  {
    id: 'courts',
    label: 'courts',
    directed: true,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['02', '03', '036'],
    plover: 'AGREE',
  },
  {
    id: 'negotiates_with',
    label: 'negotiates with',
    directed: false,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['04', '046'],
    plover: 'CONSULT',
  },
  {
    id: 'cooperates_with',
    label: 'cooperates with',
    directed: false,
    polarity: 'cooperation',
    quad: 2,
    cameo: ['06', '062'],
    plover: 'COOPERATE',
  },
  {
    id: 'trades_with',
    label: 'trades with',
    directed: false,
    polarity: 'cooperation',
    quad: 2,
    cameo: ['061'],
    plover: 'COOPERATE [economic]',
  },
  {
    id: 'aids',
    label: 'aids',
    directed: true,
    polarity: 'cooperation',
    quad: 2,
    cameo: ['07', '071', '072'],
    plover: 'AID',
  },
  {
    id: 'accuses',
    label: 'accuses',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['112'],
    plover: 'ACCUSE:allege',
  },
  {
    id: 'denounces',
    label: 'denounces',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['111', '114'],
    plover: 'ACCUSE:disapprove',
  },
  {
    id: 'opposes',
    label: 'opposes',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['12', '129'],
    plover: 'REJECT',
  },
  {
    id: 'warns',
    label: 'warns',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['130'],
    plover: 'THREATEN',
  },
  {
    id: 'threatens',
    label: 'threatens',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['131', '138'],
    plover: 'THREATEN',
  },
  {
    id: 'sanctions',
    label: 'sanctions',
    directed: true,
    polarity: 'conflict',
    quad: 4,
    cameo: ['161', '163', '166'],
    plover: 'SANCTION',
  },
  {
    id: 'attacks',
    label: 'attacks',
    directed: true,
    polarity: 'conflict',
    quad: 4,
    cameo: ['18', '19', '190', '192', '20'],
    plover: 'ASSAULT',
  },
];

export type RelationTypeId =
  | 'allies_with'
  | 'supports'
  | 'praises'
  | 'courts'
  | 'negotiates_with'
  | 'cooperates_with'
  | 'trades_with'
  | 'aids'
  | 'accuses'
  | 'denounces'
  | 'opposes'
  | 'warns'
  | 'threatens'
  | 'sanctions'
  | 'attacks';

const BY_ID = new Map(RELATION_TYPES.map((type) => [type.id, type]));

export function relationType(id: string): RelationType | undefined {
  return BY_ID.get(id);
}

/** Symmetric types order their two actor ids; unknown types count as directed. */
export function isDirected(id: string, types: readonly RelationType[] = RELATION_TYPES): boolean {
  const found = types === RELATION_TYPES ? BY_ID.get(id) : types.find((type) => type.id === id);
  return found ? found.directed : true;
}
