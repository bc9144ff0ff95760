/**
 * Extraction through a language model, chunk by chunk: send, read the answer, pass it through the
 * guard, and build the relations the guard kept, alone ("model") or joined with the rules' ("both";
 * the same relation from both is one relation, the same sentence one evidence). The network and the
 * reading of answers are passed in (src/io/llm provides them), so this stays pure and testable.
 * Any failed request fails the whole run: nothing half-done is returned.
 */
import type { AnswerProblem, AnswerReading, Backend } from '../../domain/modelAnswer';
import { mergeGraphs } from '../../domain/merge';
import type { Evidence, Graph, Relation, Source } from '../../domain/types';
import type { ExtractMeta } from '../extract';
import {
  analyseDocument,
  DEFAULT_MIN_CONFIDENCE,
  graphOf,
  groupRelations,
  makeSource,
  relationsFrom,
} from '../extract';
import type { Lexicon } from '../lexicon';
import { RELATION_TYPES } from '../vocabulary';
import type { DropReason, DropTally, GuardedProposal } from './guard';
import { droppedLine, Guard } from './guard';
import type { ChatRequest } from './prompt';
import { actorsInChunk, buildRequest, chunkArticle, DEFAULT_CHUNK_CHARS } from './prompt';

export type ChatReply =
  | {
      readonly ok: true;
      readonly content: string;
      readonly finishReason: string | null;
      readonly usage: { readonly prompt: number; readonly completion: number } | null;
    }
  | { readonly ok: false; readonly kind: string; readonly message: string };

/** The two things this module cannot do itself: talk to the server, and read its answers as data. */
export interface ModelChat {
  send(request: ChatRequest, signal?: AbortSignal): Promise<ChatReply>;
  read(content: string, finishReason: string | null): AnswerReading;
}

export interface ModelRunOptions {
  readonly model: string;
  readonly backend: Exclude<Backend, 'rules'>;
  readonly lexicon?: Lexicon;
  /** For the rules' share when `backend` is "both". */
  readonly minConfidence?: number;
  readonly chunkChars?: number;
  readonly signal?: AbortSignal;
  /** Called before each chunk is sent (done = chunks answered so far) and once at the end. */
  readonly onChunk?: (done: number, total: number) => void;
}

export interface ModelRunReport {
  readonly ok: true;
  readonly graph: Graph;
  readonly chunks: number;
  readonly proposals: number;
  readonly kept: number;
  readonly dropped: DropTally;
  readonly unreadable: Readonly<Partial<Record<AnswerProblem, number>>>;
  readonly tokens: { readonly prompt: number; readonly completion: number } | null;
  /** For the user, in order: what was kept, what was dropped and why, tokens. */
  readonly summary: readonly string[];
  /** Every request and every dropped proposal, one line each (never the API key). */
  readonly log: readonly string[];
}

export type ModelRunResult =
  | ModelRunReport
  | {
      readonly ok: false;
      readonly cancelled: boolean;
      readonly message: string;
      readonly log: readonly string[];
    };

/** A proposal kept by the guard is worth less than a rule's direct reading; less again through an anaphor. */
export const MODEL_CONFIDENCE = 0.6;
export const MODEL_ANAPHORA_CONFIDENCE = 0.5;

const UNREADABLE_WORDS: Readonly<Record<AnswerProblem, string>> = {
  'not-json': 'not JSON',
  truncated: 'cut off',
  'wrong-shape': 'of the wrong shape',
};

export const extractorName = (model: string): string => `llm:${model.trim().slice(0, 190)}`;

/** One relation per (source, target, type), one evidence per sentence run and negation, in text order. */
export function modelRelations(kept: readonly GuardedProposal[], source: Source, model: string): Relation[] {
  const confidenceOf = (p: GuardedProposal) => (p.viaAnaphora ? MODEL_ANAPHORA_CONFIDENCE : MODEL_CONFIDENCE);
  return groupRelations(
    kept,
    (p) => ({ ...p, at: `${p.start}:${p.end}:${p.negated}`, confidence: confidenceOf(p) }),
    (p, swapped): Evidence => {
      const spans = swapped ? { source: p.spans.target, target: p.spans.source } : p.spans;
      return {
        sourceId: source.id,
        start: p.start,
        end: p.end,
        quote: source.text.slice(p.start, p.end),
        ...(p.negated ? { negated: true } : {}),
        confidence: confidenceOf(p),
        extractor: extractorName(model),
        flags: p.viaAnaphora ? ['anaphora'] : [],
        ...(spans.source || spans.target
          ? {
              spans: {
                ...(spans.source ? { source: spans.source } : {}),
                ...(spans.target ? { target: spans.target } : {}),
              },
            }
          : {}),
        status: 'extracted',
      };
    },
  );
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export async function extractWithModel(
  text: string,
  meta: ExtractMeta,
  options: ModelRunOptions,
  chat: ModelChat,
): Promise<ModelRunResult> {
  const source = makeSource(text, meta);
  const reading = analyseDocument(source.text, options.lexicon ? { lexicon: options.lexicon } : {});
  const chunks = chunkArticle(source.text, reading.sentences, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const guard = new Guard({ ...reading, text: source.text, types: RELATION_TYPES });
  const log: string[] = [];
  const kept: GuardedProposal[] = [];
  const dropped: Partial<Record<DropReason, number>> = {};
  const unreadable: Partial<Record<AnswerProblem, number>> = {};
  let proposals = 0;
  let tokens: { prompt: number; completion: number } | null = null;
  let structured = true;

  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as (typeof chunks)[number];
    const label = `chunk ${i + 1} of ${chunks.length}`;
    options.onChunk?.(i, chunks.length);
    const actors = actorsInChunk(chunk, reading.sentences, reading.actors, reading.lexicon);
    log.push(
      `${label}: ${count(chunk.text.length, 'character')}, ${count(actors.length, 'known actor')}; sent`,
    );
    let reply = await chat.send(
      buildRequest(options.model, chunk, RELATION_TYPES, actors, structured),
      options.signal,
    );
    if (!reply.ok && reply.kind === 'format-unsupported' && structured) {
      structured = false;
      log.push(`${label}: the server does not take a JSON schema; asking for plain JSON instead`);
      reply = await chat.send(
        buildRequest(options.model, chunk, RELATION_TYPES, actors, false),
        options.signal,
      );
    }
    if (!reply.ok) {
      log.push(`${label}: ${reply.message}`);
      const cancelled = reply.kind === 'cancelled';
      return {
        ok: false,
        cancelled,
        message: cancelled ? 'Cancelled.' : `${reply.message} (${label})`,
        log,
      };
    }
    if (reply.usage) {
      tokens ??= { prompt: 0, completion: 0 };
      tokens.prompt += reply.usage.prompt;
      tokens.completion += reply.usage.completion;
    }
    const answer = chat.read(reply.content, reply.finishReason);
    if (!answer.ok) {
      unreadable[answer.problem] = (unreadable[answer.problem] ?? 0) + 1;
      log.push(`${label}: answer dropped: ${answer.detail}`);
      continue;
    }
    proposals += answer.proposals.length + answer.malformed.length;
    for (const line of answer.malformed) log.push(`${label}: dropped (malformed item): ${line}`);
    if (answer.malformed.length > 0) dropped.malformed = (dropped.malformed ?? 0) + answer.malformed.length;
    const checked = guard.check(answer.proposals, chunk);
    kept.push(...checked.kept);
    for (const d of checked.dropped) {
      dropped[d.reason] = (dropped[d.reason] ?? 0) + 1;
      log.push(`${label}: dropped (${d.reason}): ${d.detail}`);
    }
    log.push(
      `${label}: ${count(answer.proposals.length + answer.malformed.length, 'proposal')}, ${checked.kept.length} kept`,
    );
  }
  options.onChunk?.(chunks.length, chunks.length);

  const fromModel = graphOf(source, modelRelations(kept, source, options.model), reading.lexicon);
  const graph =
    options.backend === 'both'
      ? mergeGraphs(
          graphOf(
            source,
            relationsFrom(reading.candidates, source, options.minConfidence ?? DEFAULT_MIN_CONFIDENCE),
            reading.lexicon,
          ),
          fromModel,
        )
      : fromModel;

  const summary = [
    `${options.model}: ${count(chunks.length, 'chunk')}, ${count(proposals, 'proposal')}, ${kept.length} kept as ${count(fromModel.relations.length, 'relation')}.`,
  ];
  const droppedWords = droppedLine(dropped);
  if (droppedWords) summary.push(`${droppedWords}.`);
  const unread = (Object.keys(unreadable) as AnswerProblem[]).map(
    (p) => `${unreadable[p]} ${UNREADABLE_WORDS[p]}`,
  );
  const unreadCount = Object.values(unreadable).reduce((a, b) => a + (b ?? 0), 0);
  if (unreadCount > 0)
    summary.push(`${count(unreadCount, 'answer')} could not be read: ${unread.join(', ')}.`);
  if (tokens)
    summary.push(
      `Tokens: ${tokens.prompt.toLocaleString('en')} sent, ${tokens.completion.toLocaleString('en')} received.`,
    );
  return {
    ok: true,
    graph,
    chunks: chunks.length,
    proposals,
    kept: kept.length,
    dropped,
    unreadable,
    tokens,
    summary,
    log,
  };
}
