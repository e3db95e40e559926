import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Content-Security-Policy of the production build. The preview server sends it as a
 * header; the built index.html carries the same policy in a meta tag, minus the
 * directives a meta tag cannot hold, so a plain static host still gets most of it.
 * The dev server sends none: @vitejs/plugin-react's refresh preamble is an inline
 * script and Vite injects CSS as <style> elements, which this policy forbids.
 * No 'unsafe-inline' for styles: React sets `style` props through CSSOM, which CSP
 * allows; only `style="…"` in markup would need it, and the sanitizer drops those.
 */
const CSP: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};
/** Ignored (with a console warning) when delivered in a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const policy = (keep: (directive: string) => boolean) =>
  Object.entries(CSP)
    .filter(([directive]) => keep(directive))
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

export const CSP_HEADER = policy(() => true);
export const CSP_META = policy((directive) => !HEADER_ONLY.has(directive));

function cspMetaTag(): Plugin {
  return {
    name: 'screening-room:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> to put the CSP after.');
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // scripts/check-weight.mjs reads it to know what each route loads first.
    manifest: true,
    // The seed content and msw make the backend chunk large by design; it loads
    // in parallel with the app (see src/main.tsx), never in front of it.
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    // Generous: CI machines have 2 cores, and PBKDF2 and jsdom are slow there. Nothing is timed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest must not pick up Playwright specs or the benchmark.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'mocks/**/*.test.ts',
            'src/contract/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/contract/**'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
});
