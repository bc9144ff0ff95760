import { ACTOR_KINDS, type ActorKind } from '../types';
import { choiceListLink, defineFilter, listWords } from './definition';

/** Actor kinds switched off (the actor legend); their relations go with them. */
export const actorKindsFilter = defineFilter<'hiddenKinds', readonly ActorKind[]>({
  key: 'hiddenKinds',
  default: [],
  isDefault: (hidden) => hidden.length === 0,
  tests: {
    actor: (hidden) => {
      if (hidden.length === 0) return null;
      const set = new Set<string>(hidden);
      return (actor) => !set.has(actor.kind);
    },
  },
  link: choiceListLink('hideKinds', ACTOR_KINDS),
  describe: (hidden) => (hidden.length === 0 ? null : `hidden actor kinds: ${listWords(hidden)}`),
});
