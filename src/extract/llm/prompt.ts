/**
 * What is sent to a language model: the article in chunks of whole paragraphs, each with the relation
 * vocabulary and the actors the rules found in it, and a request for JSON listing relations with the
 * exact sentence that states each one. Temperature 0, so the same article asks the same questions.
 */
import type { RelationType } from '../../domain/types';
import type { Sentence } from '../../domain/sentences';
import type { Lexicon } from '../lexicon';
import type { SentenceActors } from '../roles';

/** A piece of the article: offsets into the canonical text and the whole paragraphs (or sentences) in it. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** About 1,500 tokens of article per request: room for the instructions and the answer in a small context. */
export const DEFAULT_CHUNK_CHARS = 6000;

/** Paragraphs are separated by blank lines; their offsets exclude the surrounding whitespace. */
function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * Splits a text into chunks of whole paragraphs of at most `maxChars` each; a paragraph longer than
 * that is split between its sentences (a sentence longer still is a chunk of its own).
 */
export function chunkArticle(
  text: string,
  sentences: readonly Sentence[],
  maxChars = DEFAULT_CHUNK_CHARS,
): Chunk[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const paragraph of paragraphs(text)) {
    if (paragraph.end - paragraph.start <= maxChars) {
      pieces.push(paragraph);
      continue;
    }
    for (const s of sentences)
      if (s.start >= paragraph.start && s.end <= paragraph.end) pieces.push({ start: s.start, end: s.end });
  }
  const chunks: Chunk[] = [];
  let current: { start: number; end: number } | null = null;
  for (const piece of pieces) {
    if (current && piece.end - current.start <= maxChars) current.end = piece.end;
    else {
      if (current) chunks.push({ ...current, text: text.slice(current.start, current.end) });
      current = { ...piece };
    }
  }
  if (current) chunks.push({ ...current, text: text.slice(current.start, current.end) });
  return chunks;
}

export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** The actors the rules see in a chunk (named or referred to), with a few of their names. */
export function actorsInChunk(
  chunk: Chunk,
  sentences: readonly Sentence[],
  actors: readonly SentenceActors[],
  lexicon: Lexicon,
): KnownActor[] {
  const ids = new Set<string>();
  sentences.forEach((sentence, i) => {
    if (sentence.end <= chunk.start || sentence.start >= chunk.end) return;
    const here = actors[i];
    if (!here) return;
    for (const id of here.named.keys()) ids.add(id);
    for (const id of here.resolved) ids.add(id);
  });
  const known: KnownActor[] = [];
  for (const id of [...ids].sort()) {
    const entry = lexicon.actors.get(id);
    if (!entry) continue;
    const aliases = [
      ...new Set(entry.aliases.filter((a) => a.type !== 'alt' && a.text !== entry.label).map((a) => a.text)),
    ].slice(0, 6);
    known.push({ id, name: entry.label, aliases });
  }
  return known;
}

const SYSTEM = `You read news articles and list the relations between political actors that the text states.
Rules:
- Use only the relation types given, by their id. A directed type goes from the actor who acts (source) to the actor acted upon (target).
- Name actors by the ids given when they are listed; otherwise by the name the text uses.
- "quote" must be copied exactly, character for character, from the article: the whole sentence that states the relation.
- Set "negated" to true when the sentence says the relation did not or will not happen.
- List only what the text says, not what you know. If nothing fits, answer {"relations": []}.
Answer with JSON only, in this form: {"relations": [{"source": "...", "type": "...", "target": "...", "negated": false, "quote": "..."}]}`;

/** The JSON schema of the answer, for servers that accept `response_format: json_schema`. */
export const ANSWER_SCHEMA = {
  type: 'object',
  properties: {
    relations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string' },
          type: { type: 'string' },
          target: { type: 'string' },
          negated: { type: 'boolean' },
          quote: { type: 'string' },
        },
        required: ['source', 'type', 'target', 'negated', 'quote'],
        additionalProperties: false,
      },
    },
  },
  required: ['relations'],
  additionalProperties: false,
} as const;

export interface ChatRequest {
  readonly model: string;
  readonly temperature: 0;
  readonly messages: ReadonlyArray<{ readonly role: 'system' | 'user'; readonly content: string }>;
  readonly response_format?: {
    readonly type: 'json_schema';
    readonly json_schema: {
      readonly name: string;
      readonly strict: true;
      readonly schema: typeof ANSWER_SCHEMA;
    };
  };
}

/** The chat request for one chunk; `structured` false leaves out `response_format` for servers that refuse it. */
export function buildRequest(
  model: string,
  chunk: Chunk,
  types: readonly RelationType[],
  actors: readonly KnownActor[],
  structured = true,
): ChatRequest {
  const vocabulary = types.map((t) => ({
    id: t.id,
    label: t.label,
    directed: t.directed,
    polarity: t.polarity,
  }));
  const user = [
    'Relation types:',
    JSON.stringify(vocabulary),
    '',
    'Known actors:',
    JSON.stringify(actors),
    '',
    'Article:',
    chunk.text,
  ].join('\n');
  return {
    model,
    temperature: 0,
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: user },
    ],
    ...(structured
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'relations', strict: true, schema: ANSWER_SCHEMA },
          },
        }
      : {}),
  };
}
