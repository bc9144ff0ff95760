/** What every reader of untrusted input returns: a value, or every problem found with where it is. */

export interface Problem {
  /** JSONPath-like location ("$.relations[3].evidence[0].quote"), or "line 12" / "byte 0" for text formats. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const ok = <T>(value: T, warnings: readonly Problem[] = []): ParseResult<T> => ({
  ok: true,
  value,
  warnings,
});

export const fail = <T = never>(problems: readonly Problem[]): ParseResult<T> => ({ ok: false, problems });

/** One line per problem, for messages and the command line. */
export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.path}: ${p.message}`).join('\n');
