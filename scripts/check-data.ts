/**
 * npm run check:data [files…] — strictly validates graph files (data/graph.json by default): every
 * problem is printed as `<file> <path>: <message>`, and any problem, warnings included, exits 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plural } from '../src/io/describe';
import { formatBytes } from '../src/io/jsonText';
import { MAX_GRAPH_BYTES } from '../src/io/validateGraph';
import { validateGraphText } from '../src/io/validateGraphText';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_FILE = 'data/graph.json';

/** Checks one file; returns the lines to print and whether it passed. */
function checkFile(shown: string, fullPath: string): { ok: boolean; lines: string[] } {
  const failWith = (path: string, message: string) => ({
    ok: false,
    lines: [`${shown} ${path}: ${message}`],
  });

  let bytes: Buffer;
  try {
    const size = statSync(fullPath).size;
    if (size > MAX_GRAPH_BYTES) {
      return failWith(
        '$',
        `the file is ${formatBytes(size)}; graph files may be at most ${formatBytes(MAX_GRAPH_BYTES)}`,
      );
    }
    bytes = readFileSync(fullPath);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return failWith(
      '$',
      code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(thrown)})`,
    );
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failWith('$', 'the file is not valid UTF-8 text');
  }

  const result = validateGraphText(text, basename(shown));
  // Warnings (odd but loadable) fail here too: curated data has to be clean.
  const problems = result.ok ? result.warnings : result.problems;
  if (!result.ok || problems.length > 0) {
    const lines = problems.map((p) => `${shown} ${p.path}: ${p.message}`);
    lines.push(`${shown}: ${plural(problems.length, 'problem')}`);
    return { ok: false, lines };
  }

  const graph = result.value;
  // Other files may hold unsupported relations (no sentence) and self-loops; curated data may not.
  const curated = graph.relations.flatMap((relation, index) => [
    ...(relation.evidence.length === 0
      ? [
          `${shown} $.relations[${index}].evidence: relation "${relation.id}" has no evidence; every curated relation needs at least one quoted sentence`,
        ]
      : []),
    ...(relation.source === relation.target
      ? [
          `${shown} $.relations[${index}].target: relation "${relation.id}" links actor "${relation.source}" to itself; in curated data source and target must be different actors`,
        ]
      : []),
  ]);
  if (curated.length > 0) {
    return { ok: false, lines: [...curated, `${shown}: ${plural(curated.length, 'problem')}`] };
  }
  const evidence = graph.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
  const counts = [
    plural(graph.sources.length, 'source'),
    plural(graph.actors.length, 'actor'),
    plural(graph.relationTypes.length, 'relation type'),
    plural(graph.relations.length, 'relation'),
    `${evidence.toLocaleString('en-US')} evidence`,
  ];
  return { ok: true, lines: [`${shown}: ${counts.join(', ')} — OK`] };
}

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args.map((arg) => ({ shown: arg, fullPath: resolve(arg) }))
    : [{ shown: DEFAULT_FILE, fullPath: resolve(root, DEFAULT_FILE) }];

let failed = false;
for (const { shown, fullPath } of files) {
  const { ok, lines } = checkFile(shown, fullPath);
  (ok ? console.log : console.error)(lines.join('\n'));
  if (!ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
