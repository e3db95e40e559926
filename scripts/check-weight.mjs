#!/usr/bin/env node
/**
 * `npm run check:weight`: how much JS and CSS each route makes the browser load first,
 * measured on the production build (dist/, after `vite build`), checked against
 * bench/budget.json.
 *
 * A route loads first: the entry chunk and its static imports, plus the route's lazy
 * module and its static imports (what Vite preloads for it). Sizes are gzip (level 6,
 * like most servers), summed per file. The budgets apply to that, the static first load.
 *
 * "With parallel" adds the code a route's loader starts alongside its data (the route's
 * "parallel" modules, and "parallelAtBoot": what src/main.tsx and the app shell start on every page): code
 * that renders only once the data is in. It is reported, not budgeted, because it never
 * stands in front of anything: no answer can come before the embedded backend has loaded
 * and started (on a first visit far larger than any of it), and the loader starts both at
 * once. Chunks the backend loads anyway are left out of it.
 *
 * The embedded backend (msw, the store, the demo content, and the zod contract it checks
 * requests with: everything its dynamic import loads that the entry does not) loads in
 * parallel with the app and is counted apart.
 *
 * Options:
 *   --breakdown      also show, per route, which packages the bytes come from (from the
 *                    source maps); shown anyway for a route over its budget
 *   --json <file>    write the figures as JSON too (the benchmark reads them)
 *   --dist <dir>     build to read (default dist)
 *   --budget <file>  budget file (default bench/budget.json)
 *
 * Budget file: { "routes": { "<route>": { "module": "src/app/routes/x.tsx", "jsGzipKB": n,
 * "cssGzipKB"?: n, "parallel"?: ["src/…"], "forbid"?: ["<npm package>"], "enforce"?: false,
 * "reason"?: "…" } }, "parallelAtBoot"?: ["src/…"], "backendModule": "mocks/browser.ts",
 * "backendChunkGzipKB": n }. "forbid" names packages that must not be in the route's static
 * first load (a guard that says what went wrong, before the budget does). A budget marked
 * "enforce": false is reported, not failed.
 * Exit code: 0 within budget (or not enforced), 1 over an enforced budget, 2 bad input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}
const DIST = path.resolve(ROOT, option('--dist', 'dist'));
const BUDGET_FILE = path.resolve(ROOT, option('--budget', 'bench/budget.json'));
const JSON_OUT = option('--json', null);
const SHOW_BREAKDOWN = process.argv.includes('--breakdown');

function fail(message) {
  console.error(`check-weight: ${message}`);
  process.exit(2);
}

const manifestFile = path.join(DIST, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  fail(
    `${path.relative(ROOT, manifestFile)} not found. Run \`npm run build\` first (vite.config.ts sets build.manifest).`,
  );
}
if (!existsSync(BUDGET_FILE)) fail(`${path.relative(ROOT, BUDGET_FILE)} not found.`);

/** @type {Record<string, { file: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) fail('the manifest has no entry chunk.');

/**
 * Keys reachable from `keys` through static imports (and dynamic ones too if asked),
 * not going through `loaded` (chunks already there, such as the entry's).
 */
function closure(keys, { dynamic = false, loaded = new Set() } = {}) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key] || loaded.has(key)) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
    if (dynamic) stack.push(...(manifest[key].dynamicImports ?? []));
  }
  return seen;
}

const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) {
    const full = path.join(DIST, file);
    if (!existsSync(full))
      fail(`${file} is in the manifest but not in ${path.relative(ROOT, DIST)}/: rebuild.`);
    gzipCache.set(file, gzipSync(readFileSync(full)).length);
  }
  return gzipCache.get(file);
}

/** The JS and CSS files of a set of manifest keys, with gzip sizes. */
function weigh(keys) {
  const js = [
    ...new Set([...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'))),
  ].sort();
  const css = [...new Set([...keys].flatMap((key) => manifest[key].css ?? []))].sort();
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);
  return { js, css, jsGzip: sum(js), cssGzip: sum(css) };
}

// ------------------------------------------------------------------ source-map breakdown

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, i) => [char, i]));

/** Decodes one mappings segment (base64 VLQ) into numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) return values;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A JS file's source map, parsed once; null without one. */
const mapCache = new Map();
function sourceMapOf(file) {
  if (!mapCache.has(file)) {
    const mapFile = path.join(DIST, `${file}.map`);
    const map = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : null;
    if (map) {
      // The source files, as paths relative to the repository (whatever --dist is).
      const base = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '');
      map.sources = (map.sources ?? []).map((source) =>
        source.startsWith('\0') || /^[a-z]+:/i.test(source)
          ? source
          : path.relative(ROOT, path.resolve(base, source)).split(path.sep).join('/'),
      );
    }
    mapCache.set(file, map);
  }
  return mapCache.get(file);
}

/** The source files a JS file was built from, repository-relative, from its source map; [] without one. */
const sourcesOf = (file) => sourceMapOf(file)?.sources ?? [];

/** Who a source file belongs to: an npm package, or the app's own top folders. */
function ownerOf(source) {
  const normalized = source.replace(/\\/g, '/');
  const nm = normalized.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const parts = normalized.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  const local = normalized.replace(/^(\.\.\/)+/, '');
  const parts = local.split('/');
  if (parts[0] === 'src' && parts[1] === 'features') return parts.slice(0, 3).join('/');
  if (parts[0] === 'src' || parts[0] === 'mocks')
    return parts
      .slice(0, 2)
      .join('/')
      .replace(/\.[jt]sx?$/, '');
  return local.startsWith('\0') || local === '' ? '(bundler runtime)' : local;
}

/** Generated bytes of one JS file per owner, attributed through its source map. */
function bytesByOwner(file) {
  const code = readFileSync(path.join(DIST, file), 'utf8');
  const map = sourceMapOf(file);
  const owners = new Map();
  const add = (owner, n) => owners.set(owner, (owners.get(owner) ?? 0) + n);
  if (!map) {
    add('(no source map)', code.length);
    return owners;
  }
  const sources = map.sources.map(ownerOf);
  const lines = code.split('\n');
  const mappingLines = String(map.mappings ?? '').split(';');
  let sourceIndex = 0;
  for (const [lineNo, text] of lines.entries()) {
    const segments = (mappingLines[lineNo] ?? '').split(',').filter(Boolean);
    let column = 0;
    let lastColumn = 0;
    let lastOwner = '(unmapped)';
    for (const segment of segments) {
      const values = decodeSegment(segment);
      column += values[0] ?? 0;
      add(lastOwner, column - lastColumn);
      lastColumn = column;
      if (values.length >= 4) {
        sourceIndex += values[1];
        lastOwner = sources[sourceIndex] ?? '(unmapped)';
      } else {
        lastOwner = '(unmapped)';
      }
    }
    add(lastOwner, text.length + 1 - lastColumn);
  }
  return owners;
}

/** Estimated gzip bytes per owner over the given files: each file's gzip split by raw share. */
function breakdown(files) {
  const totals = new Map();
  for (const file of files) {
    const owners = bytesByOwner(file);
    const raw = [...owners.values()].reduce((a, b) => a + b, 0) || 1;
    const gz = gzipBytes(file);
    for (const [owner, bytes] of owners) totals.set(owner, (totals.get(owner) ?? 0) + (bytes / raw) * gz);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

// ---------------------------------------------------------------------------- figures

const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => `${kb(bytes).toFixed(1)} KB`;

const entryClosure = closure([entryKey]);
const backendKey = budget.backendModule ?? 'mocks/browser.ts';
const routeBudgets = budget.routes ?? {};

/** What the backend's import loads: it loads on every page, so its chunks cost nothing more. */
const backendClosure = manifest[backendKey]
  ? closure([backendKey], { dynamic: true, loaded: entryClosure })
  : new Set();

/**
 * The manifest keys of the chunks holding a source module: its own key when it is an
 * entry or a dynamic entry, else whichever chunks its source map lists it in (a module
 * that is also imported statically lands in a shared chunk, keyed by that chunk's name).
 */
function keysOf(module, where) {
  if (manifest[module]) return [module];
  const keys = Object.keys(manifest).filter((key) => {
    const file = manifest[key].file;
    return file.endsWith('.js') && sourcesOf(file).includes(module);
  });
  if (keys.length === 0) fail(`${where}: ${module} is in no chunk of the build.`);
  return keys;
}

const bootParallel = (budget.parallelAtBoot ?? []).flatMap((module) => keysOf(module, 'parallelAtBoot'));

const routes = Object.entries(routeBudgets).map(([route, spec]) => {
  if (!manifest[spec.module]) fail(`route ${route}: module ${spec.module} is not a chunk in the manifest.`);
  const parallel = (spec.parallel ?? []).flatMap((module) => keysOf(module, `route ${route}`));
  return { route, module: spec.module, spec, parallel };
});
// Lazy route modules nobody budgeted still get a row, so a new route shows up.
const parallelKeys = new Set(routes.flatMap((r) => r.parallel));
for (const key of manifest[entryKey].dynamicImports ?? []) {
  if (!key.startsWith('src/app/routes/') || parallelKeys.has(key)) continue;
  if (routes.some((r) => r.module === key)) continue;
  routes.push({ route: `(${key})`, module: key, spec: {}, parallel: [] });
}

const rows = routes.map(({ route, module, spec, parallel }) => {
  const first = new Set([...entryClosure, ...closure([module])]);
  const alongside = [...closure([...bootParallel, ...parallel])].filter(
    (key) => !first.has(key) && !backendClosure.has(key),
  );
  return {
    route,
    module,
    spec,
    ...weigh(first),
    withParallel: weigh(new Set([...first, ...alongside])),
    forbidden: (spec.forbid ?? []).filter((pkg) =>
      [...first].some((key) => sourcesOf(manifest[key].file).some((source) => ownerOf(source) === pkg)),
    ),
  };
});

const backend = weigh(backendClosure);

// ------------------------------------------------------------------------------ report

const problems = [];
const warnings = [];
function check(label, actualBytes, limitKB, spec) {
  if (typeof limitKB !== 'number') return '—';
  const over = kb(actualBytes) > limitKB;
  if (!over) return `ok (≤ ${limitKB} KB)`;
  const message = `${label} is ${fmt(actualBytes)} gzip, over its budget of ${limitKB} KB by ${(kb(actualBytes) - limitKB).toFixed(1)} KB`;
  if (spec?.enforce === false) {
    warnings.push(`${message} (not enforced yet: ${spec.reason ?? 'no reason given'})`);
    return `OVER (${limitKB} KB, not enforced)`;
  }
  problems.push(message);
  return `OVER (${limitKB} KB)`;
}

const table = [
  ['route', 'JS files', 'JS gzip', 'with parallel', 'CSS gzip', 'JS budget'],
  ...rows.map((row) => [
    row.route,
    String(row.js.length),
    fmt(row.jsGzip),
    row.withParallel.jsGzip > row.jsGzip ? fmt(row.withParallel.jsGzip) : '',
    fmt(row.cssGzip),
    [
      check(`Initial JS of ${row.route}`, row.jsGzip, row.spec.jsGzipKB, row.spec),
      typeof row.spec.cssGzipKB === 'number'
        ? `CSS ${check(`Initial CSS of ${row.route}`, row.cssGzip, row.spec.cssGzipKB, row.spec)}`
        : '',
    ]
      .filter(Boolean)
      .join(', '),
  ]),
  [
    `backend (${backendKey}, apart)`,
    String(backend.js.length),
    fmt(backend.jsGzip),
    '',
    fmt(backend.cssGzip),
    check('The backend chunk', backend.jsGzip, budget.backendChunkGzipKB, budget.backend ?? {}),
  ],
];
for (const row of rows) {
  if (row.forbidden.length === 0) continue;
  const message = `${row.route} loads ${row.forbidden.join(', ')} first, which its budget forbids ("forbid")`;
  if (row.spec.enforce === false) warnings.push(`${message} (not enforced yet)`);
  else problems.push(message);
}
const widths = table[0].map((_, col) => Math.max(...table.map((line) => line[col].length)));
const printLine = (line) =>
  console.log(
    line
      .map((cell, col) =>
        col === 0 || col === line.length - 1 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]),
      )
      .join('  ')
      .trimEnd(),
  );
console.log(
  `Weight of the production build (${path.relative(ROOT, DIST)}/), gzip, what each route loads first\n` +
    '("with parallel": also the code its loader starts alongside the data; budgets are on "JS gzip"):\n',
);
printLine(table[0]);
printLine(widths.map((w) => '-'.repeat(w)));
table.slice(1).forEach(printLine);

const overRoutes = new Set(
  rows
    .filter((row) => typeof row.spec.jsGzipKB === 'number' && kb(row.jsGzip) > row.spec.jsGzipKB)
    .map((row) => row.route),
);
for (const row of rows) {
  if (!SHOW_BREAKDOWN && !overRoutes.has(row.route)) continue;
  console.log(
    `\n${row.route}: where the ${fmt(row.jsGzip)} of JS come from (gzip, estimated from source maps)`,
  );
  for (const [owner, bytes] of breakdown(row.js).slice(0, 20)) {
    if (bytes < 200) break;
    console.log(`  ${owner.padEnd(44)} ${fmt(bytes).padStart(9)}`);
  }
}
if (SHOW_BREAKDOWN && backend.js.length) {
  console.log(`\nbackend: where the ${fmt(backend.jsGzip)} come from`);
  for (const [owner, bytes] of breakdown(backend.js).slice(0, 15))
    console.log(`  ${owner.padEnd(44)} ${fmt(bytes).padStart(9)}`);
}

if (JSON_OUT) {
  const out = {
    measuredAt: new Date().toISOString(),
    routes: rows.map((row) => ({
      route: row.route,
      module: row.module,
      js: row.js,
      css: row.css,
      jsGzipKB: Number(kb(row.jsGzip).toFixed(2)),
      parallelJs: row.withParallel.js.filter((file) => !row.js.includes(file)),
      jsWithParallelGzipKB: Number(kb(row.withParallel.jsGzip).toFixed(2)),
      cssGzipKB: Number(kb(row.cssGzip).toFixed(2)),
      jsBudgetKB: row.spec.jsGzipKB ?? null,
      enforced: row.spec.enforce !== false,
    })),
    backend: {
      js: backend.js,
      jsGzipKB: Number(kb(backend.jsGzip).toFixed(2)),
      budgetKB: budget.backendChunkGzipKB ?? null,
    },
  };
  writeFileSync(path.resolve(ROOT, JSON_OUT), `${JSON.stringify(out, null, 2)}\n`);
}

console.log('');
for (const warning of warnings) console.log(`warning: ${warning}`);
if (problems.length) {
  for (const problem of problems) console.error(`error: ${problem}`);
  console.error(
    `\nWeight budget exceeded (${path.relative(ROOT, BUDGET_FILE)}). Find what grew with --breakdown; ` +
      'lazy-load it or move it out of the entry, or raise the budget in a reviewed change that says why.',
  );
  process.exit(1);
}
console.log(warnings.length ? 'Within the enforced budgets.' : 'Within budget.');
