/** What every reader of untrusted input returns: a value, or every problem found with where it is. */

export interface Problem {
  /** JSONPath-like location ("$.relations[3].evidence[0].quote"), or "line 12" / "byte 0" for text formats. */
  readonly path: string;
  readonly message: string;
  /**
   * Set on the one summary line a reader adds when it stops listing: the number of further problems
   * that line stands for. Such a line is not a problem itself (see countProblems).
   */
  readonly omitted?: number;
}

export type ParseResult<T, W extends Problem = Problem> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly W[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const ok = <T, W extends Problem = Problem>(
  value: T,
  warnings: readonly W[] = [],
): ParseResult<T, W> => ({
  ok: true,
  value,
  warnings,
});

export const fail = <T = never, W extends Problem = Problem>(
  problems: readonly Problem[],
): ParseResult<T, W> => ({
  ok: false,
  problems,
});

/** How many problems a list reports: each listed one, plus those its summary lines stand for. */
export const countProblems = (problems: readonly Problem[]): number =>
  problems.reduce((count, p) => count + (p.omitted ?? 1), 0);

/** The problems themselves, without the summary lines. */
export const listedProblems = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.omitted === undefined);

/** One line per problem, for messages and the command line. */
export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.path}: ${p.message}`).join('\n');
