/** Build one target into a bench-owned folder and serve it with `vite preview` on 127.0.0.1. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { Target } from './probe';

export interface Served {
  readonly url: string;
  /** Write a graph file into the served folder; returns its same-origin path. */
  addGraph(name: string, text: string): string;
  close(): Promise<void>;
}

export async function buildAndServe(root: string, target: Target, port: number): Promise<Served> {
  const configFile = resolve(root, target === 'app' ? 'vite.config.ts' : 'bench/baseline/vite.config.ts');
  const outDir = resolve(root, '.tmp/bench', target);
  console.error(`building ${target} into .tmp/bench/${target}`);
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    addGraph(name, text) {
      mkdirSync(resolve(outDir, 'bench-graphs'), { recursive: true });
      const file = name.replace(/[^\w.-]/g, '_');
      writeFileSync(resolve(outDir, 'bench-graphs', file), text);
      return `/bench-graphs/${file}`;
    },
    close: () => server.close(),
  };
}
