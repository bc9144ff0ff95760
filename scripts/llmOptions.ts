/**
 * The command-line options for extraction through a language model, shared by extract and eval:
 *   --llm-endpoint URL --llm-model NAME [--llm-key-env VAR] [--backend rules|model|both]
 * The key is read from the named environment variable, never from the command line (where other
 * users and the shell history would see it), and is never printed.
 */
import { BACKENDS, type Backend } from '../src/domain/modelAnswer';
import type { ExtractMeta } from '../src/extract/extract';
import type { Lexicon } from '../src/extract/lexicon';
import { extractWithModel, type ModelRunResult } from '../src/extract/llm/run';
import { ANSWER_READERS } from '../src/io/llm/answer';
import { chatUrl, httpChat, type ChatEndpoint } from '../src/io/llm/client';
import { CliError, type CliArgs } from './cli';

export const LLM_VALUES = ['--llm-endpoint', '--llm-model', '--llm-key-env', '--backend'] as const;

export const LLM_USAGE =
  '[--llm-endpoint http://127.0.0.1:11434/v1 --llm-model NAME [--llm-key-env VAR]] [--backend ' +
  BACKENDS.join('|') +
  ']';

export type LlmChoice =
  | { readonly backend: 'rules' }
  | { readonly backend: Exclude<Backend, 'rules'>; readonly endpoint: ChatEndpoint };

const isBackend = (value: string): value is Backend => (BACKENDS as readonly string[]).includes(value);

/** Reads the model options; with an endpoint and no --backend, the backend is "model". */
export function llmOption(args: CliArgs): LlmChoice {
  const endpoint = args.values.get('--llm-endpoint');
  const model = args.values.get('--llm-model');
  const keyEnv = args.values.get('--llm-key-env');
  const backend = args.values.get('--backend') ?? (endpoint === undefined ? 'rules' : 'model');
  if (!isBackend(backend))
    throw new CliError(
      `--backend must be ${BACKENDS.slice(0, -1).join(', ')} or ${BACKENDS.at(-1)}, got "${backend}"`,
    );
  if (backend === 'rules') {
    if (endpoint !== undefined || model !== undefined)
      throw new CliError(
        '--backend rules sends nothing to a model: leave out --llm-endpoint and --llm-model',
      );
    return { backend };
  }
  if (endpoint === undefined) throw new CliError(`--backend ${backend} needs --llm-endpoint and --llm-model`);
  if (model === undefined || model.trim() === '')
    throw new CliError('--llm-endpoint needs --llm-model (the model name)');
  const url = chatUrl(endpoint);
  if (!url.ok) throw new CliError(`--llm-endpoint: ${url.message}`);
  let apiKey: string | undefined;
  if (keyEnv !== undefined) {
    apiKey = process.env[keyEnv];
    if (!apiKey) throw new CliError(`--llm-key-env: the environment variable ${keyEnv} is not set`);
  }
  return { backend, endpoint: { url: endpoint, model: model.trim(), ...(apiKey ? { apiKey } : {}) } };
}

/** One article through the model path, with the endpoint and lexicon the options give. */
export function extractByModel(
  text: string,
  meta: ExtractMeta,
  choice: Extract<LlmChoice, { endpoint: ChatEndpoint }>,
  extra: { readonly lexicon?: Lexicon; readonly minConfidence?: number } = {},
): Promise<ModelRunResult> {
  return extractWithModel(
    text,
    meta,
    { model: choice.endpoint.model, backend: choice.backend, ...extra },
    httpChat(choice.endpoint, { readers: ANSWER_READERS }),
  );
}
