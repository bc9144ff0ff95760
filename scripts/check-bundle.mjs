// The bundle budget, run inside `npm test`: the JavaScript a first visit downloads (the entry chunk
// and every chunk it imports statically) must stay within BUDGET_KB gzip. Chunks loaded with
// import() — export, import and extraction code — do not count: they load when used.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 300;
const outDir = resolve('.tmp/bundle-check');

await build({
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
});

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8'));

const initial = new Set();
const visit = (key) => {
  if (initial.has(key) || !manifest[key]) return;
  initial.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const gzipKb = (file) => gzipSync(readFileSync(resolve(outDir, file)), { level: 9 }).length / 1024;
const rows = [...initial].map((key) => ({ file: manifest[key].file, kb: gzipKb(manifest[key].file) }));
// Everything else the build wrote (lazy chunks, workers) loads only when used.
const initialFiles = new Set([...initial].map((k) => manifest[k].file));
const onDemand = readdirSync(resolve(outDir, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !initialFiles.has(file))
  .map((file) => ({ file, kb: gzipKb(file) }));
const total = rows.reduce((sum, r) => sum + r.kb, 0);

for (const r of rows) console.log(`  initial    ${r.kb.toFixed(1).padStart(7)} kB  ${r.file}`);
for (const r of onDemand) console.log(`  on demand  ${r.kb.toFixed(1).padStart(7)} kB  ${r.file}`);
const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
console.log(`bundle: initial JavaScript ${total.toFixed(1)} kB gzip, ${verdict} the ${BUDGET_KB} kB budget`);
if (total > BUDGET_KB) process.exitCode = 1;
