/**
 * A language model's answers are untrusted input like any file: the chat-completions envelope and the
 * relations inside it are read here, with the same schema tools as imports. A whole answer that is not
 * JSON, is cut off, or has the wrong shape is refused with its reason; a single wrong item of the list
 * is set aside on its own, so the good ones still reach the guard.
 */
import type { AnswerReading, ModelProposal } from '../../domain/modelAnswer';
import { clip, describeValue } from '../describe';
import { findJsonSyntaxError } from '../jsonText';
import { z } from '../zod';

/** The longest quote worth checking: a few sentences. Longer ones are not a sentence's quote. */
const MAX_QUOTE = 2000;
const MAX_NAME = 200;

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME));

const proposalSchema = z.object({
  source: name,
  target: name,
  type: name,
  negated: z.optional(z.nullable(z.boolean())),
  quote: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_QUOTE)),
});

const answerSchema = z.object({ relations: z.array(z.unknown()) });

/** The part of a chat-completions response that is used: the text, why it stopped, token counts. */
const envelopeSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.nullable(z.optional(z.string())) }),
        finish_reason: z.optional(z.nullable(z.string())),
      }),
    )
    .check(z.minLength(1)),
  usage: z.optional(
    z.nullable(
      z.object({
        prompt_tokens: z.optional(z.number().check(z.gte(0))),
        completion_tokens: z.optional(z.number().check(z.gte(0))),
      }),
    ),
  ),
});

export interface TokenUsage {
  readonly prompt: number;
  readonly completion: number;
}

export type Envelope =
  | {
      readonly ok: true;
      readonly content: string;
      readonly finishReason: string | null;
      readonly usage: TokenUsage | null;
    }
  | { readonly ok: false; readonly message: string };

/** Reads the server's response body (text) as a chat completion. */
export function readEnvelope(body: string): Envelope {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return {
      ok: false,
      message: `the server's response is not JSON (it begins ${JSON.stringify(clip(body, 40))})`,
    };
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: 'the server\'s response is not a chat completion (no "choices[0].message")',
    };
  const [choice] = parsed.data.choices;
  const usage = parsed.data.usage;
  return {
    ok: true,
    content: choice?.message.content ?? '',
    finishReason: choice?.finish_reason ?? null,
    usage:
      usage && (usage.prompt_tokens !== undefined || usage.completion_tokens !== undefined)
        ? { prompt: usage.prompt_tokens ?? 0, completion: usage.completion_tokens ?? 0 }
        : null,
  };
}

/** Models without structured output often wrap their JSON in a Markdown code fence. */
function unfence(content: string): string {
  const trimmed = content.trim();
  const fenced = /^```[a-zA-Z]*\s*\n?([\s\S]*?)\n?```$/.exec(trimmed);
  return fenced ? (fenced[1] ?? '').trim() : trimmed;
}

/**
 * Reads a model's answer text. `finishReason` "length" means the server cut it off at its token limit:
 * the answer is refused as truncated even when what came is valid JSON.
 */
export function readAnswer(content: string, finishReason: string | null = null): AnswerReading {
  const text = unfence(content);
  if (finishReason === 'length')
    return { ok: false, problem: 'truncated', detail: 'the server stopped the answer at its token limit' };
  if (text === '') return { ok: false, problem: 'not-json', detail: 'the answer is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const syntax = findJsonSyntaxError(text);
    if (syntax && syntax.offset >= text.length)
      return { ok: false, problem: 'truncated', detail: 'the answer ends in the middle of its JSON' };
    return {
      ok: false,
      problem: 'not-json',
      detail: `the answer is not JSON${syntax ? ` (${syntax.message})` : ''}: ${JSON.stringify(clip(text, 60))}`,
    };
  }
  // A bare list is accepted as the list of relations.
  const parsed = answerSchema.safeParse(Array.isArray(data) ? { relations: data } : data);
  if (!parsed.success)
    return {
      ok: false,
      problem: 'wrong-shape',
      detail: `expected an object with a "relations" list, got ${describeValue(data)}`,
    };
  const proposals: ModelProposal[] = [];
  const malformed: string[] = [];
  parsed.data.relations.forEach((item, index) => {
    const one = proposalSchema.safeParse(item);
    if (!one.success) {
      const field = one.error.issues[0]?.path[0];
      malformed.push(
        `item ${index + 1}: ${field === undefined ? `expected an object, got ${describeValue(item)}` : `"${String(field)}" is missing or not valid`}`,
      );
      return;
    }
    const { negated, ...rest } = one.data;
    proposals.push({ ...rest, negated: negated === true });
  });
  return { ok: true, proposals, malformed };
}

export interface AnswerReaders {
  readonly readEnvelope: (body: string) => Envelope;
  readonly readAnswer: (content: string, finishReason?: string | null) => AnswerReading;
}

/**
 * The readers, for the client. Passed to it rather than imported by it: the model code loads on
 * demand, and a second on-demand path to the schema library would split it out of the first download.
 */
export const ANSWER_READERS: AnswerReaders = { readEnvelope, readAnswer };
