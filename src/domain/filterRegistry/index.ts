/**
 * Every filter the app has, in the order the permalink writes them and the caption tells them.
 * `Filters` and `DEFAULT_FILTERS` are derived from this list, so a filter added here is in the
 * store, the engine, the permalink and the caption at once.
 */
import { actorKindsFilter } from './actorKinds';
import type { AnyFilterDefinition } from './definition';
import { isolatedActorsFilter } from './isolatedActors';
import { minConfidenceFilter } from './minConfidence';
import { minEvidenceFilter } from './minEvidence';
import { relationTypesFilter } from './relationTypes';
import { reviewStatusesFilter } from './reviewStatuses';
import { sourcesFilter } from './sources';
import { timeWindowFilter } from './timeWindow';
import { unsupportedFilter } from './unsupported';

const REGISTERED = [
  relationTypesFilter,
  actorKindsFilter,
  sourcesFilter,
  timeWindowFilter,
  minEvidenceFilter,
  minConfidenceFilter,
  isolatedActorsFilter,
  reviewStatusesFilter,
  unsupportedFilter,
] as const;

type Registered = (typeof REGISTERED)[number];

/** What the user has chosen to hide, one field per registered filter. */
export type Filters = { readonly [D in Registered as D['key']]: D['default'] };

/** The registry, for code that walks every filter (read values with `filterValue`). */
export const FILTER_REGISTRY: readonly AnyFilterDefinition[] = REGISTERED;

export const DEFAULT_FILTERS: Filters = Object.fromEntries(
  REGISTERED.map((definition) => [definition.key, definition.default]),
) as unknown as Filters;

export const filterValue = (filters: Filters, definition: AnyFilterDefinition): unknown =>
  (filters as unknown as Readonly<Record<string, unknown>>)[definition.key];

export { MAX_MIN_EVIDENCE } from './minEvidence';
export {
  listWords,
  sameItems,
  type AnyFilterDefinition,
  type LinkFormat,
  type LinkValue,
} from './definition';
