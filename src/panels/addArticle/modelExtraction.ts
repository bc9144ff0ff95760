/**
 * Extraction through the user's model endpoint: the extractor's model path (src/extract/llm) over the
 * HTTP client (src/io/llm). Loaded only when the user extracts with a model; nothing is sent before.
 * Runs on the page, not in the worker, so the page's Content-Security-Policy decides which addresses
 * may be reached.
 */
import type { ExtractMeta } from '../../extract/extract';
import { extractWithModel, type ModelRunResult } from '../../extract/llm/run';
import { httpChat, type ClientOptions } from '../../io/llm/client';

export interface ModelSettings {
  readonly endpoint: string;
  readonly model: string;
  /** Empty: no Authorization header. */
  readonly apiKey: string;
  readonly backend: 'model' | 'both';
}

export interface ModelRunControls {
  readonly signal?: AbortSignal;
  readonly onChunk?: (done: number, total: number) => void;
  readonly client?: ClientOptions;
}

export function extractThroughEndpoint(
  text: string,
  meta: ExtractMeta,
  settings: ModelSettings,
  controls: ModelRunControls = {},
): Promise<ModelRunResult> {
  const chat = httpChat(
    {
      url: settings.endpoint,
      model: settings.model,
      ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    },
    controls.client,
  );
  return extractWithModel(
    text,
    meta,
    {
      model: settings.model.trim(),
      backend: settings.backend,
      ...(controls.signal ? { signal: controls.signal } : {}),
      ...(controls.onChunk ? { onChunk: controls.onChunk } : {}),
    },
    chat,
  );
}
