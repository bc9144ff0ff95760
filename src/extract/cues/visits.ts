/** Visits (PLOVER CONSULT): going to a state, or being in one, is meeting it. */
import type { CueGroup } from '../cues';

export const VISITS: readonly CueGroup[] = [
  // "Sarkozy arrived in Moscow", "Medvedev travels to Venezuela", "Cheney visited Tbilisi": a leader's
  // or envoy's visit to a state is a meeting with it, as annotators read it. Only a state is visited
  // ("visit victims", "visit the islands" relate nobody).
  {
    type: 'negotiates_with',
    prior: 0.6,
    verbs: ['visit', 'arrive in', 'travel to', '=fly|flies|flew|flying to'],
    // "a five-day visit to Australia by East Timorese President Xanana Gusmao"; "a whirlwind trip to
    // Russia, Belarus and Iran" (not "his first trip to Europe")
    nouns: ['visit|visits to', 'trip|trips|tour to'],
    targetKinds: ['state'],
    frame: 'visit',
  },
  // "Chavez is in Moscow on a two-day trip", "Defense Secretary Ash Carter was in Turkey this week": a
  // person present in another state meets it, as annotators read a visit. Only a person, and only
  // before a name: "is in touch with", "is in talks with" are other cues.
  {
    type: 'negotiates_with',
    prior: 0.5,
    verbs: ['=is|are|was|were in'],
    targetKinds: ['state'],
    beforeName: true,
    frame: 'presence',
  },
];
