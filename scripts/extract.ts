/**
 * Extract an actor graph from articles on the command line.
 *
 *   npm run extract -- article.txt [more.md …] --out graph.json [--merge data/graph.json]
 *                      [--title T --author A --publisher P --published YYYY-MM-DD --url U]
 *                      [--min-confidence 0.3] [--quiet]
 *                      [--llm-endpoint URL --llm-model NAME [--llm-key-env VAR]] [--backend rules|model|both]
 *
 * Metadata comes from YAML-style front matter (--- title: … ---) and is overridden by the flags.
 * Markdown files (.md) are reduced to plain text. Without --out the graph is written to stdout (run
 * `npm run -s extract …` then, so npm's own banner stays out of it).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isIsoDate, isWebUrl } from '../src/domain/checks';
import { basename } from 'node:path';
import type { Graph } from '../src/domain/types';
import type { ExtractMeta } from '../src/extract/extract';
import { extract } from '../src/extract/extract';
import { CliError, minConfidenceOption, parseCliArgs, runCli } from './cli';
import { decodeText, isMarkdownName, parseDocument } from '../src/extract/document';
import { mergeGraphs } from '../src/domain/merge';
import { formatProblems } from '../src/io/problems';
import { validateGraph } from '../src/io/validateGraph';
import { extractByModel, LLM_USAGE, LLM_VALUES, llmOption } from './llmOptions';

const USAGE = `usage: npm run extract -- <file.txt|.md> [more files] [--out graph.json] [--merge base.json]
       [--title T] [--author A] [--publisher P] [--published YYYY-MM-DD] [--url https://…]
       [--min-confidence 0.3] [--quiet]
       ${LLM_USAGE}
without --out the graph goes to standard output: use npm run -s extract … > graph.json`;

const SPEC = {
  usage: USAGE,
  values: new Set([
    '--out',
    '--merge',
    '--title',
    '--author',
    '--publisher',
    '--published',
    '--url',
    '--min-confidence',
    ...LLM_VALUES,
  ]),
  switches: new Set(['--quiet']),
  positional: true,
};

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file}: is a directory, not a text file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: no such file (or it cannot be read)`);
  }
  if (size === 0) throw new CliError(`${file}: the file is empty`);
  return readFileSync(file);
}

function writeOut(path: string, json: string): void {
  try {
    writeFileSync(path, json);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(`cannot write ${path}: ${why}`);
  }
}

function extractByRules(
  text: string,
  meta: ExtractMeta,
  file: string,
  minConfidence: number,
  quiet: boolean,
): Graph {
  const large = text.length > 200_000;
  let lastShown = -1;
  return extract(text, meta, {
    minConfidence,
    ...(large && !quiet
      ? {
          progressEvery: 200,
          onProgress: (done: number, total: number) => {
            const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
            if (percent !== lastShown) {
              lastShown = percent;
              process.stderr.write(`\r${basename(file)}: ${percent}% of ${total} sentences`);
              if (done === total) process.stderr.write('\n');
            }
          },
        }
      : {}),
  });
}

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2), SPEC);
  const files = args.positional;
  if (files.length === 0) throw new CliError(`no input files\n${USAGE}`);
  const quiet = args.switches.has('--quiet');
  const minConfidence = minConfidenceOption(args);
  const llm = llmOption(args);
  const published = args.values.get('--published');
  if (published !== undefined && !isIsoDate(published)) {
    throw new CliError(`--published must be a calendar date written YYYY-MM-DD, got "${published}"`);
  }
  const url = args.values.get('--url');
  if (url !== undefined && !isWebUrl(url)) {
    throw new CliError(`--url must be an http:// or https:// address, got "${url}"`);
  }
  const flags: ExtractMeta = {
    ...(args.values.has('--title') ? { title: args.values.get('--title') } : {}),
    ...(args.values.has('--author') ? { author: args.values.get('--author') } : {}),
    ...(args.values.has('--publisher') ? { publisher: args.values.get('--publisher') } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(url !== undefined ? { url } : {}),
  };
  const log = (message: string): void => {
    if (!quiet) process.stderr.write(`${message}\n`);
  };

  let result: Graph | undefined;
  for (const file of files) {
    const decoded = decodeText(readBytes(file), file);
    if (!decoded.ok) throw new CliError(decoded.message);
    const document = parseDocument(decoded.text, { markdown: isMarkdownName(file) });
    for (const warning of document.warnings) log(`${file}: ${warning}`);
    const { url: frontUrl, ...frontMeta } = document.meta;
    if (frontUrl !== undefined && !isWebUrl(frontUrl))
      log(`${file}: front matter url "${frontUrl}" is not an http:// or https:// address; ignored`);
    if (document.text.trim() === '')
      throw new CliError(`${file}: no text left after removing front matter and markup`);
    // Without a title the extractor takes the first line, as the Add article dialog does, so a file
    // gets the same title and source id on the command line and in the browser.
    const meta: ExtractMeta = {
      ...frontMeta,
      ...(frontUrl !== undefined && isWebUrl(frontUrl) ? { url: frontUrl } : {}),
      ...flags,
    };
    if (!meta.published) {
      const modified = statSync(file).mtime.toISOString().slice(0, 10);
      log(
        `${file}: no publication date given (--published or front matter); using the file date ${modified}`,
      );
      Object.assign(meta, { published: modified });
    }
    const started = Date.now();
    let graph: Graph;
    if (llm.backend === 'rules') graph = extractByRules(document.text, meta, file, minConfidence, quiet);
    else {
      const result = await extractByModel(document.text, meta, llm, { minConfidence });
      for (const line of result.log) log(`  ${line}`);
      if (!result.ok) throw new CliError(`${file}: ${result.message}`);
      for (const line of result.summary) log(`${file}: ${line}`);
      graph = result.graph;
    }
    const evidence = graph.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
    log(
      `${file}: ${graph.relations.length} relations, ${evidence} evidence sentences, ${graph.actors.length} actors (${Date.now() - started} ms)`,
    );
    result = result ? mergeGraphs(result, graph) : graph;
  }
  if (!result) throw new CliError('nothing extracted');

  const mergePath = args.values.get('--merge');
  if (mergePath !== undefined) {
    const decoded = decodeText(readBytes(mergePath), mergePath);
    if (!decoded.ok) throw new CliError(decoded.message);
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch (error) {
      throw new CliError(
        `${mergePath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const checked = validateGraph(data);
    if (!checked.ok)
      throw new CliError(`${mergePath}: not a valid graph:\n${formatProblems(checked.problems)}`);
    result = mergeGraphs(checked.value, result);
    log(`merged with ${mergePath} (which is not changed): ${result.relations.length} relations in total`);
  }

  const json = `${JSON.stringify(result, null, 2)}\n`;
  const out = args.values.get('--out');
  if (out === undefined) process.stdout.write(json);
  else {
    writeOut(out, json);
    log(`wrote ${out}`);
  }
}

runCli(main);
