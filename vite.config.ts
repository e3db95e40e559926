import { fileURLToPath } from 'node:url';
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

/**
 * `<link rel="modulepreload">` for the embedded backend's chunk (mocks/browser.ts) and the
 * chunks it imports. src/main.tsx import()s it, which the browser discovers only once the
 * entry has been downloaded, parsed and run; the link starts the download (and compile) with
 * the entry's own, so the backend is ready sooner. A link, not a script: the CSP holds.
 */
function preloadBackend(): Plugin {
  let base = '/';
  return {
    name: 'screening-room:preload-backend',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return html;
        const backend = Object.values(bundle).find(
          (out) => out.type === 'chunk' && out.facadeModuleId?.endsWith('/mocks/browser.ts'),
        );
        if (!backend) throw new Error('No chunk holds mocks/browser.ts: nothing for the backend preload.');
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName)) return;
          files.push(fileName);
          const out = bundle[fileName];
          if (out?.type === 'chunk') out.imports.forEach(visit);
        };
        visit(backend.fileName);
        return files
          .filter((file) => !html.includes(`"${base}${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The browser build's msw gets tldts-lite in place of tldts (the Public Suffix List: most of
 * the backend chunk's weight); mocks/tldts-lite.ts says why that is exact for what msw's
 * cookie jar does here, and its test compares the two jars. Dev and tests keep tldts.
 */
function liteTldts(): Plugin {
  const lite = fileURLToPath(new URL('./mocks/tldts-lite.ts', import.meta.url));
  return {
    name: 'screening-room:tldts-lite',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'tldts' ? lite : null),
  };
}

/**
 * The preview server (the production server here) lets browsers keep the built assets:
 * their names carry a hash of their content (see build.rolldownOptions), so a file at a
 * given URL never changes. Without this, sirv answers `no-cache`, and every page load
 * revalidates each script and stylesheet with the server, one wave of round trips per
 * level of lazy imports, before any of them runs. index.html keeps `no-cache`: it names
 * the current assets. Any static host should do the same for /assets/.
 */
function immutableAssets(): Plugin {
  let prefix = '/assets/';
  return {
    name: 'screening-room:immutable-assets',
    configResolved(config) {
      prefix = `${config.base}${config.build.assetsDir}/`;
    },
    configurePreviewServer(server) {
      // Runs before Vite's static middleware, which keeps a Cache-Control header already set.
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith(prefix))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag(), preloadBackend(), liteTldts(), immutableAssets()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // scripts/check-weight.mjs reads it to know what each route loads first.
    manifest: true,
    // The seed content and msw make the backend chunk large by design; it loads
    // in parallel with the app (see src/main.tsx), never in front of it.
    chunkSizeWarningLimit: 900,
    // Only browsers without <link rel="modulepreload"> (Safari before 17) need the polyfill;
    // they still load everything, just without preloading. It would cost every page 0.3 KB.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Hashes only: every chunk's name is written into the preload lists and the import
        // statements of the chunks that load it, 0.4 KB on each page. The manifest and the
        // source maps still say what is in each file.
        entryFileNames: 'assets/[hash].js',
        chunkFileNames: 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        // No '-' or '_' in names, so none starts with a dash that a shell would read as an option.
        hashCharacters: 'base36',
        codeSplitting: {
          // Everything the entry imports statically (React, the router, React Query and the
          // app shell) goes in one chunk: every page loads all of it anyway, and one file
          // compresses better and needs no import/export glue between its parts.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
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
