/**
 * What the command-line scripts share: their options are read the same way, and a mistake stops them
 * with one line (`error: …`, exit code 1) rather than a stack trace or a run with a wrong setting.
 */
import { DEFAULT_MIN_CONFIDENCE } from '../src/extract/extract';

/** A mistake of the user's: reported in one line, exit code 1. */
export class CliError extends Error {}

export interface CliSpec {
  readonly usage: string;
  /** Options followed by a value ("--out graph.json"). */
  readonly values: ReadonlySet<string>;
  /** Options on their own ("--quiet"). */
  readonly switches: ReadonlySet<string>;
  /** Whether arguments other than options (file names) are accepted. */
  readonly positional: boolean;
}

export interface CliArgs {
  readonly positional: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/** Reads `argv` by `spec`; --help prints the usage and exits. Unknown options are errors. */
export function parseCliArgs(argv: readonly string[], spec: CliSpec): CliArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${spec.usage}\n`);
      process.exit(0);
    }
    if (spec.switches.has(arg)) switches.add(arg);
    else if (spec.values.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`${arg} needs a value`);
      values.set(arg, value);
      i++;
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${spec.usage}`);
    else if (!spec.positional) throw new CliError(`unexpected argument ${arg}\n${spec.usage}`);
    else positional.push(arg);
  }
  return { positional, values, switches };
}

/** --min-confidence as a number in [0, 1]; an empty value is an error, not 0 (which Number('') gives). */
export function minConfidenceOption(args: CliArgs): number {
  const raw = args.values.get('--min-confidence');
  const value = raw === undefined ? DEFAULT_MIN_CONFIDENCE : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new CliError('--min-confidence must be a number between 0 and 1');
  return value;
}

/** Runs a script's main function; a CliError becomes one line on stderr and exit code 1. */
export function runCli(main: () => void | Promise<void>): void {
  const fail = (error: unknown): void => {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(fail);
  } catch (error) {
    fail(error);
  }
}
