/**
 * The schema library for src/io: zod's tree-shakable "mini" build, about a third of the full
 * build's size in the first download (docs/performance.md, bundle budget). Mini carries no
 * messages of its own, so the English ones the full build would use are configured here, once,
 * for every schema that imports `z` from this module.
 */
// First: zod must find its jitless setting when it loads.
import './zodWithoutEval';
import { z } from 'zod/mini';

z.config(z.locales.en());

export { z };
