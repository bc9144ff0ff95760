import { useEffect, useState } from 'react';
import type { RelationType } from '../../domain/types';

const NONE: readonly RelationType[] = [];
let loaded: readonly RelationType[] | null = null;
let loading: Promise<readonly RelationType[]> | null = null;

/** The extractor's relation vocabulary, loaded on first use (the extractor stays out of the first download). */
export function loadVocabulary(): Promise<readonly RelationType[]> {
  loading ??= import('../../extract/vocabulary').then(
    (m) => (loaded = m.RELATION_TYPES),
    () => {
      loading = null; // offline or a stale chunk: the graph's own types still serve; try again next time
      return NONE;
    },
  );
  return loading;
}

/** The vocabulary, or an empty list until it has loaded. */
export function useVocabulary(): readonly RelationType[] {
  const [types, setTypes] = useState(loaded ?? NONE);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadVocabulary().then((t) => live && setTypes(t));
    return () => {
      live = false;
    };
  }, []);
  return types;
}
