import type { ActorKind, Quad } from '../domain/types';
import type { Theme } from '../domain/view';

/** One palette per theme; the stylesheet and the legend both read from here. */
export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly textOutline: string;
  readonly edgeLabelBackground: string;
  readonly kind: Readonly<Record<ActorKind, string>>;
  readonly quad: Readonly<Record<Quad, string>>;
  readonly selected: string;
  /** Relation types from a foreign file (no quad class): the legend's "Other" group. */
  readonly other: string;
  /** Relations with no evidence sentence. */
  readonly unsupported: string;
  /** Merged parallel edges whose members differ in quad class. */
  readonly mixed: string;
  /** Ring around the actor in focus. */
  readonly focus: string;
}

export const KIND_SHAPES: Readonly<Record<ActorKind, string>> = {
  person: 'ellipse',
  state: 'round-rectangle',
  organization: 'hexagon',
  bloc: 'diamond',
  group: 'round-triangle',
  unknown: 'ellipse',
};

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1d2433',
  textOutline: '#ffffff',
  edgeLabelBackground: '#ffffff',
  kind: {
    person: '#e07a1f',
    state: '#2f6db5',
    organization: '#7b4bb7',
    bloc: '#1f8a70',
    group: '#8a7a1f',
    unknown: '#7d8594',
  },
  // Cooperation in greens, conflict in warm tones; verbal lighter, material darker.
  quad: { 1: '#3a9d5d', 2: '#1e6b3a', 3: '#d9822b', 4: '#c0392b' },
  selected: '#111111',
  mixed: '#6b7383',
  other: '#5b6b8c',
  unsupported: '#a3a9b3',
  focus: '#1f5fbf',
};

export const DARK: Palette = {
  background: '#161b22',
  text: '#e6edf3',
  textOutline: '#161b22',
  edgeLabelBackground: '#161b22',
  kind: {
    person: '#f0a050',
    state: '#6ea8ff',
    organization: '#b48cf0',
    bloc: '#4cc9a0',
    group: '#d6c35a',
    unknown: '#9aa4b5',
  },
  quad: { 1: '#6fd08f', 2: '#3fae67', 3: '#f0a35a', 4: '#ff6b5b' },
  selected: '#ffffff',
  mixed: '#9aa4b5',
  other: '#9fb0d6',
  unsupported: '#5d6470',
  focus: '#7ab0ff',
};

export const PALETTES: Readonly<Record<Theme, Palette>> = { light: LIGHT, dark: DARK };
