import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy (docs/security.md): scripts and workers only from the app's
 * own files, so text that slips into the page as markup still cannot run. Build only: the dev server
 * injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'", // Cytoscape and React set inline styles; styles cannot run code
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // A model endpoint on this machine (Add article, "Model"); a deployment that uses a hosted one adds
  // its origin here (docs/security.md). IPv6 [::1] cannot be written in a policy: use 127.0.0.1.
  "connect-src 'self' data: blob: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'actorgraph-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // A published site's mode (src/io/siteMode.ts); scripts/publish.ts sets it, the app's own build has none.
  define: { __ACTORGRAPH_SITE__: 'null' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: 'localhost' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
