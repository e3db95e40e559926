import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-weight.mjs');

/*
 * check-weight on a made-up build: an entry, a route, code the route's loader starts
 * alongside its data, and a backend that shares a zod chunk with that code.
 */

interface Chunk {
  file: string;
  /** Source files, repository-relative, as the chunk's source map lists them. */
  sources: string[];
  manifest: { isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
}

const CHUNKS: Record<string, Chunk> = {
  'index.html': {
    file: 'assets/entry.js',
    sources: ['src/main.tsx', 'node_modules/react-dom/index.js'],
    manifest: {
      isEntry: true,
      dynamicImports: [
        'src/app/routes/review.tsx',
        'src/app/routes/sign-in.tsx',
        'src/app/routes/review-page.tsx',
        'mocks/browser.ts',
      ],
    },
  },
  'src/app/routes/review.tsx': {
    file: 'assets/review.js',
    sources: ['src/app/routes/review.tsx'],
    manifest: { isDynamicEntry: true, imports: ['index.html'] },
  },
  'src/app/routes/review-page.tsx': {
    file: 'assets/review-page.js',
    sources: ['src/app/routes/review-page.tsx'],
    manifest: { isDynamicEntry: true, imports: ['index.html', '_markdown.js', '_zod.js'] },
  },
  // A module also imported statically elsewhere lands in a shared chunk, keyed by the chunk.
  '_markdown.js': { file: 'assets/markdown.js', sources: ['src/lib/markdown.ts'], manifest: {} },
  '_zod.js': { file: 'assets/zod.js', sources: ['node_modules/zod/index.js'], manifest: {} },
  'src/app/routes/sign-in.tsx': {
    file: 'assets/sign-in.js',
    sources: ['src/app/routes/sign-in.tsx'],
    manifest: { isDynamicEntry: true, imports: ['index.html', '_zod.js'] },
  },
  'mocks/browser.ts': {
    file: 'assets/backend.js',
    sources: ['mocks/browser.ts', 'node_modules/msw/index.js'],
    manifest: { isDynamicEntry: true, imports: ['_zod.js', 'index.html'] },
  },
};

let dir = '';
const gz: Record<string, number> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-weight-'));
  mkdirSync(path.join(dir, 'dist', 'assets'), { recursive: true });
  mkdirSync(path.join(dir, 'dist', '.vite'));
  const manifest: Record<string, object> = {};
  let seed = 1;
  for (const [key, chunk] of Object.entries(CHUNKS)) {
    // Text that does not compress to nothing, of a different size per chunk.
    const words = Array.from({ length: 200 * seed }, (_, i) => ((i * 7919 * seed) % 10007).toString(36));
    seed += 1;
    const code = `export const x=${JSON.stringify(words.join(' '))};\n`;
    writeFileSync(path.join(dir, 'dist', chunk.file), code);
    // Absolute source paths: the script reads them relative to the repository, wherever --dist is.
    const map = { version: 3, sources: chunk.sources.map((s) => path.join(ROOT, s)), mappings: 'AAAA' };
    writeFileSync(path.join(dir, 'dist', `${chunk.file}.map`), JSON.stringify(map));
    gz[key] = gzipSync(code).length;
    manifest[key] = { file: chunk.file, ...chunk.manifest };
  }
  writeFileSync(path.join(dir, 'dist', '.vite', 'manifest.json'), JSON.stringify(manifest));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(routes: object) {
  const budget = path.join(dir, 'budget.json');
  const json = path.join(dir, 'weight.json');
  rmSync(json, { force: true });
  writeFileSync(
    budget,
    JSON.stringify({ routes, backendModule: 'mocks/browser.ts', backendChunkGzipKB: 1000 }),
  );
  const result = spawnSync(
    process.execPath,
    [SCRIPT, '--dist', path.join(dir, 'dist'), '--budget', budget, '--json', json],
    { encoding: 'utf8' },
  );
  const figures = JSON.parse(readFileSync(json, 'utf8')) as {
    routes: { route: string; jsGzipKB: number; jsWithParallelGzipKB: number; parallelJs: string[] }[];
    backend: { js: string[]; jsGzipKB: number };
  };
  return { status: result.status, output: `${result.stdout}${result.stderr}`, figures };
}

const kb = (...keys: string[]) =>
  Number((keys.reduce((sum, key) => sum + (gz[key] ?? 0), 0) / 1024).toFixed(2));

describe('check-weight', () => {
  const review = {
    module: 'src/app/routes/review.tsx',
    jsGzipKB: 100,
    parallel: ['src/app/routes/review-page.tsx', 'src/lib/markdown.ts'],
    forbid: ['zod'],
  };

  it('budgets the static first load and reports, apart, what loads alongside the data', () => {
    const { status, figures, output } = run({ '/reviews/:slug': review });
    expect(status, output).toBe(0);
    const row = figures.routes.find((r) => r.route === '/reviews/:slug');
    expect(row?.jsGzipKB).toBe(kb('index.html', 'src/app/routes/review.tsx'));
    // The page and the markdown chunk count with parallel; the zod chunk does not: the backend loads it anyway.
    expect(row?.jsWithParallelGzipKB).toBe(
      kb('index.html', 'src/app/routes/review.tsx', 'src/app/routes/review-page.tsx', '_markdown.js'),
    );
    expect(row?.parallelJs.sort()).toEqual(['assets/markdown.js', 'assets/review-page.js']);
    // The backend is counted with the chunks it loads that the entry does not.
    expect(figures.backend.js.sort()).toEqual(['assets/backend.js', 'assets/zod.js']);
    // Unbudgeted lazy routes still get a row; code a route starts alongside its data does not.
    expect(figures.routes.map((r) => r.route)).toEqual(['/reviews/:slug', '(src/app/routes/sign-in.tsx)']);
  });

  it('fails a route whose static first load holds a package its budget forbids', () => {
    const { status, output } = run({
      '/reviews/:slug': review,
      '/sign-in': { module: 'src/app/routes/sign-in.tsx', jsGzipKB: 100, forbid: ['zod'] },
    });
    expect(status).toBe(1);
    expect(output).toContain('/sign-in loads zod first');
    expect(output).not.toContain('/reviews/:slug loads');
  });

  it('fails a route over its budget, and only warns when the budget is not enforced yet', () => {
    const tight = { ...review, jsGzipKB: 0.01 };
    expect(run({ '/reviews/:slug': tight }).status).toBe(1);
    const relaxed = run({ '/reviews/:slug': { ...tight, enforce: false, reason: 'later' } });
    expect(relaxed.status).toBe(0);
    expect(relaxed.output).toContain('not enforced yet: later');
  });
});
