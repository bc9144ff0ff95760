/**
 * The relation vocabulary the extractor emits. data/graph.json carries the types it uses with the same
 * definitions (ids, direction, polarity, quad, CAMEO and PLOVER codes), so extracted graphs merge into the
 * curated one. Every PLOVER event type has a type here (`PLOVER_TYPES`), so coded data maps one to one.
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
  {
    id: 'agrees_with',
    label: 'agrees with',
    directed: false,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['057', '0311'],
    plover: 'AGREE',
  },
  {
    id: 'concedes_to',
    label: 'concedes to',
    directed: true,
    polarity: 'cooperation',
    quad: 1,
    cameo: ['08', '081', '084', '087'],
    plover: 'CONCEDE',
  },
  {
    id: 'demands',
    label: 'demands of',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['10', '102', '106'],
    plover: 'REQUEST',
  },
  {
    id: 'rejects',
    label: 'rejects',
    directed: true,
    polarity: 'conflict',
    quad: 3,
    cameo: ['12', '120', '125', '128'],
    plover: 'REJECT',
  },
  {
    id: 'protests',
    label: 'protests against',
    directed: true,
    polarity: 'conflict',
    quad: 4,
    cameo: ['14', '141'],
    plover: 'PROTEST',
  },
  {
    id: 'mobilises_against',
    label: 'mobilises against',
    directed: true,
    polarity: 'conflict',
    quad: 4,
    cameo: ['15', '150', '152'],
    plover: 'MOBILIZE',
  },
  {
    id: 'coerces',
    label: 'coerces',
    directed: true,
    polarity: 'conflict',
    quad: 4,
    cameo: ['17', '171', '173', '191'],
    plover: 'COERCE',
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
  | 'attacks'
  | 'agrees_with'
  | 'concedes_to'
  | 'demands'
  | 'rejects'
  | 'protests'
  | 'mobilises_against'
  | 'coerces';

/**
 * The sixteen PLOVER event types and the type each maps to, so a PLOVER-coded event becomes one relation
 * type (RETREAT, a material concession, is read as `concedes_to`).
 */
export const PLOVER_TYPES: Readonly<Record<string, RelationTypeId>> = {
  AGREE: 'agrees_with',
  CONSULT: 'negotiates_with',
  SUPPORT: 'supports',
  CONCEDE: 'concedes_to',
  COOPERATE: 'cooperates_with',
  AID: 'aids',
  RETREAT: 'concedes_to',
  REQUEST: 'demands',
  ACCUSE: 'accuses',
  REJECT: 'rejects',
  THREATEN: 'threatens',
  PROTEST: 'protests',
  SANCTION: 'sanctions',
  MOBILIZE: 'mobilises_against',
  COERCE: 'coerces',
  ASSAULT: 'attacks',
};

/** The relation type of a PLOVER code ("SANCTION", "ACCUSE:allege", "COOPERATE [economic]"). */
export function typeForPlover(code: string): RelationTypeId | undefined {
  return PLOVER_TYPES[
    code
      .trim()
      .split(/[:\s[]/)[0]
      ?.toUpperCase() ?? ''
  ];
}

const BY_ID = new Map(RELATION_TYPES.map((type) => [type.id, type]));

/**
 * Types whose verb judges an act it takes as object ("condemned the attack on X", "described the
 * attack against X as …"): the judge is not the act's agent, and the act's victims are not the target.
 */
export const JUDGING_TYPES: ReadonlySet<RelationTypeId> = new Set([
  'denounces',
  'praises',
  'accuses',
  'opposes',
  'protests',
]);

export function relationType(id: string): RelationType | undefined {
  return BY_ID.get(id);
}

/** Symmetric types order their two actor ids; unknown types count as directed. */
export function isDirected(id: string, types: readonly RelationType[] = RELATION_TYPES): boolean {
  const found = types === RELATION_TYPES ? BY_ID.get(id) : types.find((type) => type.id === id);
  return found ? found.directed : true;
}
