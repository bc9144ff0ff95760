// Lint keeps the architecture's borders: see docs/architecture.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ui = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];
const canvas = ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'];
const validation = ['zod', 'zod/*'];
const banned = (names, message) => ({ group: names, message });

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
      ],
    },
  },
  // Everything outside the canvas: no Cytoscape. Everything outside io: no schema library.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/canvas/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(canvas, 'Only src/canvas/ imports Cytoscape.'),
            banned(validation, 'Untrusted data enters through src/io/ only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(canvas, 'Only src/canvas/ imports Cytoscape.'),
            banned(ui, 'src/io/ is plain TypeScript: no React or store.'),
            banned(
              ['**/store/**', '**/panels/**', '**/app/**', '**/canvas/**'],
              'src/io/ does not reach into the UI.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/canvas/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [banned(validation, 'Untrusted data enters through src/io/ only.')] },
      ],
    },
  },
  // The domain and the extractor are pure TypeScript: they run in Node, a worker and the browser.
  {
    files: ['src/domain/**/*.ts', 'src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(ui, 'src/domain/ is pure TypeScript: no React or Zustand.'),
            banned(canvas, 'src/domain/ is pure TypeScript: no Cytoscape.'),
            banned(validation, 'Validation lives in src/io/.'),
            banned(
              ['**/store/**', '**/panels/**', '**/app/**', '**/canvas/**', '**/io/**'],
              'src/domain/ depends on nothing else.',
            ),
          ],
        },
      ],
    },
  },
);
