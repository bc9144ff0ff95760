/**
 * A client for an OpenAI-compatible `/v1/chat/completions` endpoint, with fetch only, so the same code
 * runs in the browser and in Node 20. Each request has a time-out and can be cancelled; 429 and 5xx
 * are retried with back-off (honouring Retry-After, within a cap); an answer larger than the cap is
 * refused unread; every failure comes back as a kind and a sentence that names the problem. The API
 * key goes in the Authorization header and nowhere else: no message or log line contains it.
 */
import { formatBytes } from '../byteSize';
import { clip } from '../describe';
import type { AnswerReaders, TokenUsage } from './answer';

export interface ChatEndpoint {
  /** The server's address: its base (`http://127.0.0.1:11434`), its `/v1`, or the full completions URL. */
  readonly url: string;
  readonly model: string;
  readonly apiKey?: string;
}

export interface RawClientOptions {
  /** Per attempt, from sending to the last byte of the answer. Default 120 s: local models are slow. */
  readonly timeoutMs?: number;
  /** Further attempts after a 429 or 5xx. Default 3. */
  readonly retries?: number;
  /** First back-off; it doubles on each retry, up to `maxBackoffMs`, which also caps Retry-After. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Largest answer read, in bytes. Default 2 MB: a chunk's relations take a few kilobytes. */
  readonly maxBytes?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ClientOptions extends RawClientOptions {
  /** Reads the response body (src/io/llm/answer.ts, passed in so this module stays free of the schema library). */
  readonly readers: AnswerReaders;
}

export type ChatErrorKind =
  | 'address'
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  | 'key'
  | 'not-found'
  | 'format-unsupported'
  | 'bad-request'
  | 'busy'
  | 'server'
  | 'too-large'
  | 'not-chat';

export type ChatResult =
  | {
      readonly ok: true;
      readonly content: string;
      readonly finishReason: string | null;
      readonly usage: TokenUsage | null;
      /** Requests made, retries included. */
      readonly attempts: number;
    }
  | ChatFailure;

export interface ChatFailure {
  readonly ok: false;
  readonly kind: ChatErrorKind;
  readonly message: string;
}

/** The body of a successful response, unread: the browser's page fetches, its worker reads. */
export type RawChatResult =
  | { readonly ok: true; readonly body: string; readonly origin: string; readonly attempts: number }
  | ChatFailure;

export const DEFAULT_MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/** The completions URL for what the user typed, or why it is not one. */
export function chatUrl(typed: string): { ok: true; url: URL } | { ok: false; message: string } {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(typed.trim()))
    return {
      ok: false,
      message: `"${clip(typed.trim(), 80)}" needs http:// or https:// at the start (e.g. http://127.0.0.1:11434/v1)`,
    };
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return {
      ok: false,
      message: `"${clip(typed.trim(), 80)}" is not a web address (e.g. http://127.0.0.1:11434/v1)`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      message: `the model endpoint must be an http:// or https:// address, not ${url.protocol}`,
    };
  if (url.username || url.password)
    return { ok: false, message: 'put the API key in its own field, not in the address' };
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/chat/completions'))
    url.pathname = path.endsWith('/v1') ? `${path}/chat/completions` : `${path}/v1/chat/completions`;
  url.hash = '';
  return { ok: true, url };
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Retry-After as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads a body up to `cap` bytes; null when it is larger (the rest is never downloaded). */
async function readCapped(response: Response, cap: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The server's own words about an error, short and on one line, when it gave any. */
function serverSays(body: string | null): string {
  if (!body) return '';
  let said = body;
  try {
    const data = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown };
    const error = data.error;
    const message = typeof error === 'string' ? error : (error?.message ?? data.message);
    if (typeof message === 'string') said = message;
  } catch {
    // not JSON: its text
  }
  // eslint-disable-next-line no-control-regex
  const line = said.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line ? ` The server said: "${clip(line, 200)}".` : '';
}

/** Why fetch itself failed, in words: its cause code in Node, nothing more in a browser. */
function unreachable(origin: string, error: unknown): string {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const why =
    code === 'ECONNREFUSED'
      ? 'the connection was refused (is the server running, on this port?)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'no such host'
        : typeof code === 'string'
          ? code
          : 'the address cannot be reached, or the server does not allow requests from this page (CORS), or the page does not allow that address';
  return `Could not connect to ${origin}: ${why}. Check the endpoint address.`;
}

/** A successful response's body as a chat completion, or the failure that names why it is not one. */
export function readChatBody(raw: RawChatResult, readers: AnswerReaders): ChatResult {
  if (!raw.ok) return raw;
  const envelope = readers.readEnvelope(raw.body);
  if (!envelope.ok)
    return {
      ok: false,
      kind: 'not-chat',
      message: `Unusable answer from ${raw.origin}: ${envelope.message}.`,
    };
  return { ...envelope, attempts: raw.attempts };
}

/** POSTs one chat request and reads the answer. `signal` is the user's Cancel. Resolves, never rejects. */
export async function postChat(
  endpoint: ChatEndpoint,
  body: object,
  signal: AbortSignal | undefined,
  options: ClientOptions,
): Promise<ChatResult> {
  return readChatBody(await postChatRaw(endpoint, body, signal, options), options.readers);
}

/** POSTs one chat request; a successful answer's body comes back unread. Resolves, never rejects. */
export async function postChatRaw(
  endpoint: ChatEndpoint,
  body: object,
  signal: AbortSignal | undefined,
  options: RawClientOptions = {},
): Promise<RawChatResult> {
  const target = chatUrl(endpoint.url);
  if (!target.ok) return { ok: false, kind: 'address', message: `Wrong endpoint: ${target.message}.` };
  const { url } = target;
  const origin = url.origin;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const maxBackoff = options.maxBackoffMs ?? 20_000;
  const cap = options.maxBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  const payload = JSON.stringify(body);
  const cancelled = (): ChatFailure => ({ ok: false, kind: 'cancelled', message: 'Cancelled.' });

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return cancelled();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCancel = () => controller.abort();
    signal?.addEventListener('abort', onCancel, { once: true });
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
    };
    const interrupted = (): ChatFailure =>
      timedOut
        ? {
            ok: false,
            kind: 'timeout',
            message: `No complete answer from ${origin} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}.`,
          }
        : cancelled();

    let response: Response;
    try {
      response = await doFetch(url.href, {
        method: 'POST',
        headers,
        body: payload,
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      stop();
      if (controller.signal.aborted) return interrupted();
      return { ok: false, kind: 'unreachable', message: unreachable(origin, error) };
    }

    let text: string | null;
    try {
      text = await readCapped(response, response.ok ? cap : 64 * 1024);
    } catch (error) {
      stop();
      if (controller.signal.aborted) return interrupted();
      return {
        ok: false,
        kind: 'unreachable',
        message: `The answer from ${origin} broke off: ${String(error)}.`,
      };
    }
    stop();
    const status = response.status;

    if (response.ok) {
      if (text === null)
        return {
          ok: false,
          kind: 'too-large',
          message: `The answer from ${origin} is larger than ${formatBytes(cap)}; it was refused unread.`,
        };
      return { ok: true, body: text, origin, attempts: attempt };
    }

    const said = serverSays(text);
    if (status === 429 || status >= 500) {
      if (attempt <= retries) {
        const wait = Math.min(
          maxBackoff,
          retryAfterMs(response.headers.get('retry-after')) ?? backoff * 2 ** (attempt - 1),
        );
        await sleep(wait, signal);
        continue;
      }
      return status === 429
        ? {
            ok: false,
            kind: 'busy',
            message: `${origin} is busy (HTTP 429, too many requests) after ${attempt} attempts.${said}`,
          }
        : {
            ok: false,
            kind: 'server',
            message: `${origin} failed (HTTP ${status}) after ${attempt} attempts.${said}`,
          };
    }
    if (status === 401 || status === 403)
      return {
        ok: false,
        kind: 'key',
        message: `${origin} refused the API key (HTTP ${status}): check the key, or give one if the server needs it.${said}`,
      };
    if (status === 404)
      return {
        ok: false,
        kind: 'not-found',
        message: `Not found at ${origin} (HTTP 404): the model "${clip(endpoint.model, 80)}" or the path ${url.pathname} does not exist there.${said}`,
      };
    if (status === 400 && /response_format|json_schema|structured/i.test(text ?? ''))
      return {
        ok: false,
        kind: 'format-unsupported',
        message: `${origin} does not support structured output.${said}`,
      };
    return {
      ok: false,
      kind: 'bad-request',
      message: `${origin} refused the request (HTTP ${status}).${said}`,
    };
  }
}

/** A chat over HTTP for the model extractor (src/extract/llm/run.ts): this client and the answer reader. */
export function httpChat(endpoint: ChatEndpoint, options: ClientOptions) {
  return {
    send: (request: object, signal?: AbortSignal) => postChat(endpoint, request, signal, options),
    read: options.readers.readAnswer,
  };
}
