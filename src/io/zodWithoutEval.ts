/**
 * Imported by ./zod.ts (and first by App.tsx) before zod itself loads, in the page and in workers:
 * zod compiles object parsers with `new Function` unless its global config says jitless, and the
 * page's Content-Security-Policy forbids eval, so every start would log a refused-eval violation.
 * Zod reads this object when it loads.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
