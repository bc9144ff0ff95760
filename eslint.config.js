// Lint keeps the architecture's borders: see docs/architecture.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];
const canvas = ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'];
const validation = ['zod', 'zod/*'];
const banned = (names, message) => ({ group: names, message });

const LIBRARY_RULES = new Map([
  [ui, 'is pure TypeScript: no React or Zustand.'],
  [canvas, 'may not import Cytoscape: only src/canvas/ does.'],
  [validation, 'may not import the schema library: untrusted data enters through src/io/ only.'],
]);

/** Lint block for `src/<folder>/`: the sibling folders and libraries it may not import. */
function borders(folder, folders, libraries) {
  const patterns = libraries.map((names) => banned(names, `src/${folder}/ ${LIBRARY_RULES.get(names)}`));
  if (folders.length > 0) {
    patterns.push(
      banned(
        folders.map((name) => `**/${name}/**`),
        `src/${folder}/ may not import ${folders.map((name) => `src/${name}/`).join(', ')} (docs/architecture.md).`,
      ),
    );
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', '.tmp', 'node_modules', 'playwright-report', 'test-results', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react/no-danger': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render untrusted text as text.',
        },
        {
          selector: "CallExpression[callee.object.name='cy'][callee.property.name='on']",
          message:
            'Register canvas handlers with listen() (src/canvas/canvasListeners.ts), so class-only batches can set them aside.',
        },
      ],
    },
  },
  // The borders of docs/architecture.md, one block per folder: what each folder may not import.
  borders('domain', ['io', 'extract', 'store', 'canvas', 'panels', 'app'], [ui, canvas, validation]),
  borders('extract', ['io', 'store', 'canvas', 'panels', 'app'], [ui, canvas, validation]),
  borders('io', ['extract', 'store', 'canvas', 'panels', 'app'], [ui, canvas]),
  borders('store', ['io', 'extract', 'canvas', 'panels', 'app'], [canvas, validation]),
  borders('canvas', ['io', 'extract', 'panels', 'app'], [validation]),
  borders('panels', ['app'], [canvas, validation]),
  borders('app', [], [canvas, validation]),
);
