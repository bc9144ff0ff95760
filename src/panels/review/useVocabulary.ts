import { useEffect, useState } from 'react';
import type { RelationType } from '../../domain/types';

const NONE: readonly RelationType[] = [];

/**
 * The extractor's relation vocabulary, loaded on demand: a graph opened from a file may lack types
 * the analyst wants to retype to. Until it arrives (or if it cannot), the graph's own types serve.
 */
export function useVocabulary(): readonly RelationType[] {
  const [types, setTypes] = useState<readonly RelationType[]>(NONE);
  useEffect(() => {
    let cancelled = false;
    import('../../extract/vocabulary').then(
      ({ RELATION_TYPES }) => {
        if (!cancelled) setTypes(RELATION_TYPES);
      },
      () => undefined, // the graph's own types are still offered
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return types;
}
