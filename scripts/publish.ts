/**
 * Build a static site of the app with a graph as its default data, to host anywhere:
 *
 *   npm run publish -- graph.json [--story story-id] [--editable] --out site/
 *
 * The graph file is checked like a file opened in the app (schema, ids, every quote against its
 * source text); a bad file stops here with the problems named and nothing written. The site is the
 * app's own build (same Content-Security-Policy) with the file in place of the bundled data/graph.json.
 * Read-only by default: the editing controls are hidden and the visitor's browser storage is neither
 * read nor written, so every visit shows the graph as published. --editable keeps editing, saved in
 * the visitor's browser as in the app. --story opens the site presenting that story (the file's
 * `stories` must hold it) when the address names no view of its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { formatProblems } from '../src/io/problems';
import { readStories } from '../src/io/storySchema';
import type { SiteMode } from '../src/io/siteMode';
import { validateGraphText } from '../src/io/validateGraphText';
import { CliError, parseCliArgs, runCli } from './cli';

const USAGE = `usage: npm run publish -- graph.json [--story story-id] [--editable] --out site/
  the site is written to --out (an empty or new folder, or one an earlier publish wrote)`;

const SPEC = {
  usage: USAGE,
  values: new Set(['--out', '--story']),
  switches: new Set(['--editable', '--quiet']),
  positional: true,
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PublishOptions {
  readonly graphFile: string;
  readonly outDir: string;
  readonly story?: string;
  readonly editable?: boolean;
  readonly quiet?: boolean;
}

/** The output folder must not hold anything but an earlier site: the build empties it first. */
function checkOutDir(outDir: string): void {
  const project = resolve(root);
  if (project === outDir || project.startsWith(`${outDir}/`) || outDir === resolve('/')) {
    throw new CliError(`--out ${outDir} would empty the project or a folder above it; choose a new folder`);
  }
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new CliError(`--out ${outDir} is a file, not a folder`);
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes('index.html')) {
    throw new CliError(
      `--out ${outDir} is not empty and holds no earlier site (index.html); the build would delete its files`,
    );
  }
}

/** Checks the graph and the options; throws CliError naming the problem before anything is written. */
export function checkPublish(options: PublishOptions): { text: string; site: SiteMode } {
  const file = options.graphFile;
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`${file}: no such file`);
  const text = readFileSync(file, 'utf8');
  const name = basename(file);
  const result = validateGraphText(text, name, { anchors: 'strict' });
  if (!result.ok) {
    throw new CliError(`${name} is not a valid Actorgraph graph:\n${formatProblems(result.problems)}`);
  }
  // The validator leaves stories to their own reader, as the app does when it opens the file.
  const written = (JSON.parse(text) as { stories?: unknown }).stories;
  const stories = written === undefined ? null : readStories(written, '$.stories', result.value);
  if (stories && !stories.ok) {
    throw new CliError(`${name} has stories that cannot be read:\n${formatProblems(stories.problems)}`);
  }
  if (options.story !== undefined) {
    const ids = stories?.ok ? stories.value.map((story) => story.id) : null;
    if (ids === null) throw new CliError(`--story ${options.story}: ${name} has no stories`);
    if (!ids.includes(options.story)) {
      throw new CliError(
        `--story ${options.story}: ${name} has no story with that id (it has ${ids.length === 0 ? 'none' : ids.join(', ')})`,
      );
    }
  }
  checkOutDir(resolve(options.outDir));
  return { text, site: { readOnly: options.editable !== true, story: options.story ?? null } };
}

/** The bundled seed (`data/graph.json?raw` in src/app/startup.ts) replaced by the published graph. */
const seedFrom = (text: string): Plugin => ({
  name: 'actorgraph-published-graph',
  enforce: 'pre',
  load: (id) =>
    /[\\/]data[\\/]graph\.json\?raw$/.test(id) ? `export default ${JSON.stringify(text)};` : null,
});

/** Builds the site into `outDir`; returns the number of files written. */
export async function publish(options: PublishOptions): Promise<number> {
  const { text, site } = checkPublish(options);
  const outDir = resolve(options.outDir);
  // A production build whatever the caller's environment says (a test runner sets NODE_ENV=test).
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: options.quiet ? 'error' : 'warn',
    define: { __ACTORGRAPH_SITE__: JSON.stringify(site) },
    plugins: [seedFrom(text)],
    base: './', // relative addresses: the site works from any folder of any host
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return readdirSync(outDir, { recursive: true }).length;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseCliArgs(argv, SPEC);
  if (args.positional.length !== 1) throw new CliError(`give one graph file\n${USAGE}`);
  const out = args.values.get('--out');
  if (out === undefined) throw new CliError(`--out is required\n${USAGE}`);
  const story = args.values.get('--story');
  const options: PublishOptions = {
    graphFile: args.positional[0]!,
    outDir: out,
    editable: args.switches.has('--editable'),
    quiet: args.switches.has('--quiet'),
    ...(story === undefined ? {} : { story }),
  };
  const files = await publish(options);
  const mode = options.editable ? 'editable' : 'read-only';
  const where = relative(process.cwd(), resolve(out)) || '.';
  process.stdout.write(
    `published ${basename(options.graphFile)} to ${where}/ (${files} files, ${mode}${story ? `, opening story ${story}` : ''}); serve that folder with any static web server\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(() => main(process.argv.slice(2)));
}
