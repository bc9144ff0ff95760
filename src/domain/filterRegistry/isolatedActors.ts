import { defineFilter, flagLink } from './definition';

/** Hide actors that the other filters (and a focus) leave with no visible relation. */
export const isolatedActorsFilter = defineFilter<'hideIsolated', boolean>({
  key: 'hideIsolated',
  default: false,
  isDefault: (hide) => !hide,
  tests: { hidesIsolated: (hide) => hide },
  link: flagLink('hideIsolated'),
  describe: (hide) => (hide ? 'actors with no visible relation hidden' : null),
});
