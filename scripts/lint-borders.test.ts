/**
 * The architecture's import borders (docs/architecture.md) are kept by lint: each forbidden import,
 * written into a file of the folder, must be reported, and each allowed one must pass.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(folder: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, {
    filePath: `${root}src/${folder}/borderProbe.ts`,
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: ReadonlyArray<readonly [string, string]> = [
  ['domain', '../io/validateGraph'],
  ['domain', '../extract/text'],
  ['domain', '../store/index'],
  ['domain', 'react'],
  ['extract', '../io/validateGraph'],
  ['extract', '../panels/addArticle/articleInput'],
  ['extract', 'zod'],
  ['io', '../extract/text'],
  ['io', '../store/index'],
  ['io', 'cytoscape'],
  ['store', '../io/validateGraph'],
  ['store', '../panels/addArticle/ArticleList'],
  ['store', '../canvas/scale'],
  ['store', 'zod/mini'],
  ['canvas', '../io/validateGraph'],
  ['canvas', '../panels/explore/RelationTable'],
  ['canvas', '../extract/text'],
  ['panels', '../app/App'],
  ['panels', 'cytoscape'],
  ['app', 'zod'],
];

const ALLOWED: ReadonlyArray<readonly [string, string]> = [
  ['io', '../domain/types'],
  ['extract', '../domain/merge'],
  ['store', '../domain/filters'],
  ['store', 'zustand'],
  ['canvas', '../store/index'],
  ['canvas', 'cytoscape'],
  ['panels', '../io/validateGraph'],
  ['panels', '../canvas/scale'],
  ['app', '../panels/explore/RelationTable'],
];

describe('lint keeps the architecture’s borders', () => {
  it.each(FORBIDDEN)('src/%s/ may not import %s', async (folder, source) => {
    expect(await restricted(folder, source)).toHaveLength(1);
  });

  it.each(ALLOWED)('src/%s/ may import %s', async (folder, source) => {
    expect(await restricted(folder, source)).toEqual([]);
  });
});
