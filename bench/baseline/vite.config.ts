// The baseline page is its own small app, built by the bench next to the real one.
import react from '@vitejs/plugin-react';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022' },
  logLevel: 'warn',
});
