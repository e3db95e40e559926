#!/usr/bin/env node
/* global window, document -- inside page.evaluate callbacks, which run in the page */
/**
 * `npm run bench`: the performance benchmark of issue 5, in real Chromium.
 *
 * Builds the production app into bench/.dist (skip with --no-build, which reuses it, or
 * dist/ when bench/.dist is missing), serves it with `vite preview` on a free port (with
 * the production CSP), creates the benchmark threads through the demo API
 * (POST /api/demo/generate-thread: 100, 1,000 and 10,000 comments, the last with a
 * 1,000-reply sub-thread), and drives Chromium through Playwright's library API:
 *
 *   1. open a thread (100 / 1,000 / 10,000): navigation → first comment painted (Element
 *      Timing on the comment numbers), → interactive (the discussion's thread-ready mark,
 *      composer and Reply usable, then 100 ms without a long task), JS heap after a forced
 *      GC; and the static floor: the same first screen saved as plain HTML with the app's
 *      CSS and no script, first comment painted. Warm: second navigation in one context
 *      (store filled, HTTP and code caches warm). Cold: a new browser profile whose
 *      IndexedDB already holds the filled store (a copy of a template profile) but whose
 *      HTTP and code caches are empty; its floor: a fresh context.
 *   2. post a comment into the 10,000 thread: click → the pending comment painted, → the
 *      backend's confirmation painted.
 *   3. collapse and expand the 1,000-reply sub-thread (after loading its replies): click →
 *      next paint.
 *   4. scroll the whole 10,000 thread (all pages loaded) top to bottom, one viewport per
 *      frame: long tasks over 50 ms and frames that missed their slot (gap > 1.5 frames).
 *   5. weight: scripts/check-weight.mjs on the same build.
 *
 * Each scenario runs once to warm up, then --repeats times (default 5; --quick: 2). Prints
 * a table, writes bench/results/<date>.json (…-quick.json for --quick), bench/results/latest.json
 * and bench/report.html. Budgets: bench/budget.json ("bench", and "routes" for weight).
 * Exit code 0 even when a budget fails, unless --strict; 2 when the bench itself fails.
 *
 * Options: --quick, --repeats <n>, --no-build, --strict, --only <open,post,collapse,scroll,weight>,
 * --out <dir> (build into <dir> and write the results and report there, leaving bench/ alone:
 * for comparing a change without touching the shared build or history)
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { HARDENED_CHROMIUM_ARGS, findChromium, needsHardenedFlags } from '../scripts/ensure-chromium.mjs';
import {
  armClick,
  awaitClick,
  captureStatic,
  generateThread,
  installProbes,
  lastClickEventDuration,
  loadTimings,
  scrollThrough,
  waitForBackend,
} from './lib/probes.mjs';
import { renderReport } from './lib/report.mjs';
import { droppedFrames, evaluate, formatValue, unansweredBudgets } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};

const QUICK = flag('--quick');
const STRICT = flag('--strict');
const REPEATS = Number(option('--repeats', QUICK ? 2 : 5));
const ONLY = new Set(String(option('--only', 'open,post,collapse,scroll,weight')).split(','));
const OUT = option('--out', null);
const BENCH_DIST = OUT ? path.resolve(OUT) : path.join(ROOT, 'bench', '.dist');
const DIST =
  flag('--no-build') && !existsSync(path.join(BENCH_DIST, 'index.html'))
    ? path.join(ROOT, 'dist')
    : BENCH_DIST;
const RESULTS_DIR = OUT ? path.join(BENCH_DIST, 'results') : path.join(ROOT, 'bench', 'results');
const REPORT_FILE = OUT ? path.join(BENCH_DIST, 'report.html') : path.join(ROOT, 'bench', 'report.html');
const BUDGET_FILE = path.join(ROOT, 'bench', 'budget.json');

const SIZES = [100, 1000, 10000];
const BIG = 10000;
const BIG_SUBTHREAD = 1000;
const VIEWPORT = { width: 1280, height: 800 };
const THREAD_READY_MARK = 'screening-room:thread-ready';
const QUIET_MS = 100;
const FRAME_MS = 1000 / 60;
const SCROLL_PASS_MAX_MS = 45_000;

const SCENARIOS = [
  {
    id: 'open',
    title: '1. Open a thread',
    description:
      'Navigation start → first comment painted and → interactive; JS heap after a forced GC. Static floor: the same first screen as plain HTML with the app CSS, no script. Warm: store filled, caches warm, second navigation in the same context. Cold: new profile holding the filled store, empty caches.',
  },
  {
    id: 'post',
    title: '2. Post a comment (10,000 thread)',
    description:
      'Click on “Post comment” → the pending comment painted, and → the backend’s confirmation painted.',
  },
  {
    id: 'collapse',
    title: '3. Collapse / expand a 1,000-reply sub-thread',
    description:
      'Click on “Hide replies” / “Show replies” → next paint, with the sub-thread’s replies loaded.',
  },
  {
    id: 'scroll',
    title: '4. Scroll the 10,000 thread',
    description:
      'All pages loaded, then top to bottom one viewport per animation frame: long tasks (> 50 ms) and frames that missed their slot (gap > 1.5 × 16.7 ms).',
  },
  {
    id: 'weight',
    title: '5. Weight',
    description: 'gzip KB each route loads first (scripts/check-weight.mjs); the msw backend chunk apart.',
  },
];

const T0 = Date.now();
const log = (message) =>
  process.stderr.write(`[bench ${((Date.now() - T0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

// ------------------------------------------------------------------------------ setup

function build() {
  log('building the production app into bench/.dist …');
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      BENCH_DIST,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function git(args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function machineInfo(browserVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpus: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: (git(['status', '--porcelain']) ?? '') !== '',
    loadAverageAtStart: os.loadavg().map((v) => Number(v.toFixed(2))),
  };
}

/**
 * Opens the app on `page` and creates the benchmark threads through the demo API (a store
 * that holds them already keeps them). Returns how long the backend took to answer, and the threads.
 */
async function prepareThreads(page, base) {
  await page.goto(`${base}/about`);
  const backendMs = await page.evaluate(waitForBackend, 60_000);
  const threads = {};
  for (const size of SIZES) {
    const t = Date.now();
    threads[size] = await page.evaluate(generateThread, {
      count: size,
      ...(size === BIG ? { bigSubthread: BIG_SUBTHREAD } : {}),
    });
    log(
      `thread of ${size} comments ready in ${Date.now() - t} ms (${threads[size].created ? 'generated' : 'existing'})`,
    );
  }
  return { backendMs, threads };
}

async function newContext(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(installProbes, { guestName: 'Bench Reader' });
  return context;
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 ** 2;
  } finally {
    await cdp.detach();
  }
}

// -------------------------------------------------------------------------- measuring

const metrics = [];
const notes = [];
const details = {};

/** Add a value to a metric (created on first use). */
function record(id, scenario, label, unit, value) {
  let metric = metrics.find((m) => m.id === id);
  if (!metric) {
    metric = { id, scenario, label, unit, values: [] };
    metrics.push(metric);
  }
  metric.values.push(round(value, 2));
}

/**
 * One measured open of a thread, warm or cold, against its static floor. `breakdown` adds where
 * the time to the first comment went (see loadTimings), under it in the table.
 */
function recordOpen(size, temperature, app, floor, { breakdown = false } = {}) {
  const n = size.toLocaleString('en-US');
  const id = `open.${size}.${temperature}`;
  record(`${id}.firstComment`, 'open', `${n}: first comment (${temperature})`, 'ms', app.firstComment);
  record(`${id}.interactive`, 'open', `${n}: interactive (${temperature})`, 'ms', app.interactive);
  if (breakdown) {
    const { backendReady, threadRequestStart, threadResponseEnd } = app.phases;
    record(
      `${id}.backendReady`,
      'open',
      `${n}: … of which navigation until the backend is ready`,
      'ms',
      backendReady,
    );
    if (threadRequestStart !== null && threadResponseEnd !== null) {
      record(
        `${id}.threadRequest`,
        'open',
        `${n}: … thread request (GET comments, fetch to answer)`,
        'ms',
        threadResponseEnd - threadRequestStart,
      );
      record(
        `${id}.render`,
        'open',
        `${n}: … answer → first comment painted`,
        'ms',
        app.firstComment - threadResponseEnd,
      );
    }
  }
  record(`${id}.floor`, 'open', `${n}: static floor (${temperature})`, 'ms', floor.firstComment);
  record(
    `${id}.ratio`,
    'open',
    `${n}: first comment ÷ floor (${temperature})`,
    '×',
    app.firstComment / floor.firstComment,
  );
}

async function timedOpen(page, url, needThread) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(loadTimings, {
    markName: THREAD_READY_MARK,
    quietMs: QUIET_MS,
    timeoutMs: 60_000,
    needThread,
  });
}

const threadUrl = (base, size) => `${base}/reviews/bench-thread-${size}`;
const staticUrl = (base, size) => `${base}/bench-static/thread-${size}.html`;

function writeStatic(size, captured) {
  const dir = path.join(DIST, 'bench-static');
  mkdirSync(dir, { recursive: true });
  const html = captured.html.replace(
    '</head>',
    `<link rel="stylesheet" href="/bench-static/thread-${size}.css">\n</head>`,
  );
  writeFileSync(path.join(dir, `thread-${size}.html`), html);
  writeFileSync(path.join(dir, `thread-${size}.css`), `${captured.css}\n`);
  return captured.comments;
}

async function scenarioOpenWarm(context, base) {
  const page = await context.newPage();
  details.staticComments = {};
  for (const size of SIZES) {
    for (let rep = 0; rep <= REPEATS; rep++) {
      const app = await timedOpen(page, threadUrl(base, size), true);
      if (rep === 0) details.staticComments[size] = writeStatic(size, await page.evaluate(captureStatic));
      const floor = await timedOpen(page, staticUrl(base, size), false);
      if (rep === 0) continue;
      recordOpen(size, 'warm', app, floor, { breakdown: true });
    }
    // The heap after load, on opens of their own after the timed ones: measuring it forces a
    // full garbage collection, which also drops V8's compiled code, so the open after it
    // would start like a first visit (about 150 ms slower on the 10,000 thread) while the
    // script-free floor would not, which skewed the ratio against the app.
    for (let rep = 0; rep < REPEATS; rep++) {
      await timedOpen(page, threadUrl(base, size), true);
      record(
        `open.${size}.warm.heap`,
        'open',
        `${size.toLocaleString('en-US')}: JS heap after load`,
        'MB',
        await heapMB(page),
      );
    }
    log(`open ${size} (warm) done`);
  }
  await page.close();
}

/** A user-data dir whose IndexedDB holds the filled store, and nothing else warm (see makeColdTemplate). */
async function launchProfile(dir) {
  const executablePath = findChromium() ?? undefined;
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    args: needsHardenedFlags() ? [...HARDENED_CHROMIUM_ARGS] : [],
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  });
  await context.addInitScript(installProbes, { guestName: 'Bench Reader' });
  return context;
}

/**
 * The profile cold runs start from: the demo store seeded and the benchmark threads made,
 * then the HTTP and code caches deleted. (Restoring IndexedDB through Playwright's
 * storageState took 5–12 s a run; a copy takes < 1 s.)
 */
async function makeColdTemplate(base) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'screening-bench-profile-'));
  const context = await launchProfile(dir);
  await prepareThreads(await context.newPage(), base);
  await context.close();
  for (const cache of [
    // A service worker's registrations, scripts and Cache Storage: none with the current build,
    // but builds before the in-page backend registered one (an older build benchmarked with
    // --no-build --out <dir>), and a run on such a build must start cold too.
    'Service Worker',
    'Cache',
    'Code Cache',
    'GPUCache',
    'DawnGraphiteCache',
    'DawnWebGPUCache',
  ]) {
    rmSync(path.join(dir, 'Default', cache), { recursive: true, force: true });
  }
  return dir;
}

async function scenarioOpenCold(browser, base) {
  const template = await makeColdTemplate(base);
  const scratch = path.join(os.tmpdir(), `screening-bench-run-${process.pid}`);
  try {
    for (const size of SIZES) {
      for (let rep = 0; rep <= REPEATS; rep++) {
        rmSync(scratch, { recursive: true, force: true });
        cpSync(template, scratch, { recursive: true });
        const appContext = await launchProfile(scratch);
        const app = await timedOpen(
          appContext.pages()[0] ?? (await appContext.newPage()),
          threadUrl(base, size),
          true,
        );
        await appContext.close();
        // The floor needs no stored data: a fresh context (empty caches) is as cold.
        const floorContext = await newContext(browser);
        const floor = await timedOpen(await floorContext.newPage(), staticUrl(base, size), false);
        await floorContext.close();
        if (rep === 0) continue;
        recordOpen(size, 'cold', app, floor);
      }
      log(`open ${size} (cold) done`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(template, { recursive: true, force: true });
  }
}

async function scenarioPost(context, base) {
  const page = await context.newPage();
  await timedOpen(page, threadUrl(base, BIG), true);
  const field = page.getByLabel('Your comment', { exact: true });
  const post = page.locator('#discussion').getByRole('button', { name: 'Post comment', exact: true });
  for (let rep = 0; rep <= REPEATS; rep++) {
    await field.fill(`Benchmark comment ${rep + 1}: posted by npm run bench at ${new Date().toISOString()}.`);
    await page.evaluate(armClick, {
      selector: '#discussion form button[type="submit"]',
      waitFor: ['pendingShown', 'pendingGone'],
      timeoutMs: 30_000,
    });
    const traced = await withTaskTrace(page, async () => {
      await post.click();
      return page.evaluate(awaitClick);
    });
    const result = traced.result;
    const eventDuration = await page.evaluate(lastClickEventDuration);
    // Let the confirmation's follow-up work (count sync, focus) finish before the next one.
    await page.waitForTimeout(300);
    if (rep === 0) continue;
    record(
      'post.onScreen',
      'post',
      'Post → comment on screen',
      'ms',
      result.marks.pendingShown.painted - result.clickAt,
    );
    record(
      'post.confirmed',
      'post',
      'Post → backend confirmation on screen',
      'ms',
      result.marks.pendingGone.painted - result.clickAt,
    );
    record(
      'post.onScreenCpu',
      'post',
      'Post → on screen: main-thread CPU time',
      'ms',
      traced.cpuBetween('bench:click', 'bench:pendingShown'),
    );
    if (eventDuration !== null)
      record('post.eventTiming', 'post', 'Post click, Event Timing duration', 'ms', eventDuration);
  }
  await page.close();
  log('post done');
}

/** Scroll from the top until a comment's row is rendered (the list is windowed), then put it at the top. */
async function revealComment(page, commentId) {
  const found = await page.evaluate(async (id) => {
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    window.scrollTo({ top: 0, behavior: 'instant' });
    await sleep(50);
    for (let i = 0; i < 2000; i++) {
      const el = document.getElementById(`comment-${id}`);
      if (el) {
        el.scrollIntoView({ block: 'start', behavior: 'instant' });
        await sleep(100);
        document.getElementById(`comment-${id}`)?.scrollIntoView({ block: 'start', behavior: 'instant' });
        return true;
      }
      if (window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1) return false;
      window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
      await sleep(30);
    }
    return false;
  }, commentId);
  if (!found) throw new Error(`comment ${commentId} is not in the thread`);
}

/** Load every reply of one sub-thread that the main view shows (“N more replies”), scrolling down through it. */
async function loadSubthread(page, rootId) {
  return page.evaluate(
    async ({ rootId, timeoutMs }) => {
      const start = performance.now();
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const rootIndex = Number(
        document.getElementById(`comment-${rootId}`)?.closest('[data-index]')?.getAttribute('data-index'),
      );
      if (!Number.isFinite(rootIndex)) throw new Error('the sub-thread root is not on screen');
      let clicks = 0;
      for (;;) {
        if (performance.now() - start > timeoutMs) return { clicks, complete: false };
        const rows = [...document.querySelectorAll('[data-mode="windowed"] > [data-index]')];
        const index = (row) => Number(row.getAttribute('data-index'));
        const end = rows.find(
          (row) => index(row) > rootIndex && row.style.getPropertyValue('--depth-wide').trim() === '0',
        );
        const endIndex = end ? index(end) : Infinity;
        const busy = rows.some((row) => /Loading replies/.test(row.textContent ?? ''));
        if (busy) {
          await sleep(20);
          continue;
        }
        const more = rows
          .filter((row) => index(row) > rootIndex && index(row) < endIndex)
          .map((row) =>
            [...row.querySelectorAll('button')].find(
              (b) => /more repl/.test(b.textContent ?? '') && !b.disabled,
            ),
          )
          .find(Boolean);
        if (more) {
          more.click();
          clicks++;
          await sleep(30);
          continue;
        }
        if (end && end.getBoundingClientRect().top < window.innerHeight) return { clicks, complete: true };
        window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
        await sleep(50);
      }
    },
    { rootId, timeoutMs: 120_000 },
  );
}

async function scenarioCollapse(context, base, rootId) {
  const page = await context.newPage();
  await timedOpen(page, threadUrl(base, BIG), true);
  await revealComment(page, rootId);
  const loaded = await loadSubthread(page, rootId);
  log(
    `collapse: sub-thread loaded with ${loaded.clicks} “more replies” clicks${loaded.complete ? '' : ' (stopped by the time limit)'}`,
  );
  const rowCount = () =>
    page.evaluate(() =>
      Number(document.querySelector('[data-mode="windowed"]')?.getAttribute('data-rows') ?? NaN),
    );
  await revealComment(page, rootId);
  await page.waitForTimeout(300);
  const toggle = page
    .locator(`#comment-${rootId}`)
    .getByRole('button', { name: /^(Hide|Show) replies$/ })
    .first();
  const rowsBefore = await rowCount();
  let rowsHidden = null;
  for (let rep = 0; rep <= REPEATS; rep++) {
    for (const action of ['hide', 'show']) {
      await page.evaluate(armClick, {
        selector: `#comment-${rootId} button[aria-expanded]`,
        waitFor: [],
        timeoutMs: 30_000,
      });
      const traced = await withTaskTrace(page, async () => {
        await toggle.click();
        return page.evaluate(awaitClick);
      });
      const result = traced.result;
      const eventDuration = await page.evaluate(lastClickEventDuration);
      if (action === 'hide') rowsHidden = rowsBefore - (await rowCount());
      await page.waitForTimeout(200);
      if (rep === 0) continue;
      const what = action === 'hide' ? 'Collapse' : 'Expand';
      record(
        `collapse.${action}`,
        'collapse',
        `${what} → next paint`,
        'ms',
        result.marks.paint.painted - result.clickAt,
      );
      record(
        `collapse.${action}.cpu`,
        'collapse',
        `${what} → next paint: main-thread CPU time`,
        'ms',
        traced.cpuBetween('bench:click', 'bench:paint'),
      );
      if (eventDuration !== null)
        record(
          `collapse.${action}.eventTiming`,
          'collapse',
          `${what}, Event Timing duration`,
          'ms',
          eventDuration,
        );
    }
  }
  details.collapse = {
    rootId,
    moreRepliesClicks: loaded.clicks,
    loadedAll: loaded.complete,
    rowsBefore,
    rowsHidden,
  };
  await page.close();
  log(`collapse done (${rowsHidden} rows hidden)`);
}

async function loadAllPages(page) {
  return page.evaluate(async (timeoutMs) => {
    const start = performance.now();
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    const button = () =>
      [...document.querySelectorAll('#discussion button')].find((b) =>
        /^(Load more comments|Loading comments)/.test(b.textContent ?? ''),
      );
    let pages = 1;
    for (;;) {
      if (performance.now() - start > timeoutMs)
        return { pages, complete: false, ms: performance.now() - start };
      const b = button();
      if (!b) return { pages, complete: true, ms: performance.now() - start };
      if (b.disabled || /^Loading/.test(b.textContent ?? '')) {
        await sleep(15);
        continue;
      }
      const before = b.textContent;
      b.click();
      pages++;
      while (button()?.textContent === before) await sleep(10);
    }
  }, 180_000);
}

/**
 * Runs `fn` while Chromium traces its top-level tasks, and says which tasks of the page's
 * main thread ran over 50 ms, by wall clock and by the thread's own CPU time. The second
 * is what the page itself spent: on a busy machine the OS hands the CPU to other
 * processes in the middle of a task, which the Long Tasks API counts as the page's.
 */
async function withTaskTrace(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata'],
      recordMode: 'recordContinuously',
    },
    transferMode: 'ReportEvents',
  });
  let result;
  try {
    result = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || names.get(thread) !== 'CrRendererMain')
      continue;
    const list = byThread.get(thread) ?? [];
    list.push({ ts: e.ts, dur: e.dur, tdur: e.tdur ?? e.dur });
    byThread.set(thread, list);
  }
  // The page's main thread is the busiest renderer main thread of the trace.
  const total = (list) => list.reduce((n, e) => n + e.dur, 0);
  const tasks = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  const marks = new Map();
  for (const e of events)
    if (typeof e.name === 'string' && e.name.startsWith('bench:')) marks.set(e.name, e.ts);
  return {
    result,
    /** Main-thread CPU ms of the tasks that overlap the span between two user-timing marks. */
    cpuBetween(from, to) {
      const start = marks.get(from);
      const end = marks.get(to);
      if (start === undefined || end === undefined) return null;
      return tasks.filter((t) => t.ts < end && t.ts + t.dur > start).reduce((n, t) => n + t.tdur, 0) / 1000;
    },
    tasks: {
      overWall: tasks.filter((e) => e.dur > 50_000).length,
      overCpu: tasks.filter((e) => e.tdur > 50_000).length,
      longestWallMs: Math.max(0, ...tasks.map((e) => e.dur)) / 1000,
      longestCpuMs: Math.max(0, ...tasks.map((e) => e.tdur)) / 1000,
    },
  };
}

async function scenarioScroll(context, base) {
  const page = await context.newPage();
  await timedOpen(page, threadUrl(base, BIG), true);
  const loaded = await loadAllPages(page);
  const rows = await page.evaluate(() =>
    Number(document.querySelector('[data-mode="windowed"]')?.getAttribute('data-rows') ?? NaN),
  );
  log(`scroll: ${loaded.pages} pages, ${rows} rows loaded in ${Math.round(loaded.ms)} ms`);
  const passes = [];
  for (let rep = 0; rep <= REPEATS; rep++) {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(500);
    // The warm-up only needs the code paths hot; a measured pass stops at SCROLL_PASS_MAX_MS (a
    // full pass takes 25–40 s on an idle 2-core machine) so a busy machine cannot stretch the run.
    const { result: pass, tasks } = await withTaskTrace(page, () =>
      page.evaluate(scrollThrough, { maxMs: rep === 0 ? 10_000 : SCROLL_PASS_MAX_MS }),
    );
    const { frameTimes, ...summary } = pass;
    Object.assign(pass, summary, {
      frames: frameTimes.length,
      dropped: droppedFrames(frameTimes, FRAME_MS, 1.5),
    });
    delete pass.frameTimes;
    if (rep > 0 && !pass.complete) {
      notes.push(
        `Scroll pass ${rep} stopped after ${Math.round(pass.ms / 1000)} s at ${Math.round((100 * pass.distance) / pass.height)} % of the thread (machine too slow or busy for a full pass).`,
      );
    }
    passes.push({ ...pass, tasks });
    log(
      `scroll pass ${rep}: ${Math.round(pass.ms)} ms, ${pass.frames} frames, ${pass.longTasks} long tasks ` +
        `(${tasks.overCpu} over 50 ms of CPU time), ${pass.dropped} dropped`,
    );
    if (rep === 0) continue;
    record(
      'scroll.longTasks',
      'scroll',
      'Long tasks > 50 ms (Long Tasks API, wall clock)',
      'count',
      pass.longTasks,
    );
    record('scroll.longTasksCpu', 'scroll', 'Tasks > 50 ms of main-thread CPU time', 'count', tasks.overCpu);
    record('scroll.longestTask', 'scroll', 'Longest task (wall clock)', 'ms', pass.longestTask);
    record('scroll.longestTaskCpu', 'scroll', 'Longest task (CPU time)', 'ms', tasks.longestCpuMs);
    record('scroll.droppedFrames', 'scroll', 'Dropped frames', 'count', pass.dropped);
    record(
      'scroll.droppedShare',
      'scroll',
      'Dropped frames, share of frames',
      '%',
      (100 * pass.dropped) / Math.max(1, pass.frames),
    );
    record('scroll.duration', 'scroll', 'Pass duration', 'ms', pass.ms);
  }
  details.scroll = {
    pages: loaded.pages,
    rows,
    loadAllMs: round(loaded.ms, 0),
    passes: passes.map((p) => ({ ...p, ms: round(p.ms, 0) })),
  };
  await page.close();
}

function scenarioWeight() {
  const out = path.join(DIST, 'weight.json');
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'check-weight.mjs'),
      '--dist',
      path.relative(ROOT, DIST),
      '--json',
      path.relative(ROOT, out),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!existsSync(out)) throw new Error(`check-weight wrote no JSON:\n${result.stderr}`);
  const weight = JSON.parse(readFileSync(out, 'utf8'));
  // The routes bench/budget.json names; the others (and CSS) are in the JSON details.
  for (const route of weight.routes.filter((r) => !r.route.startsWith('('))) {
    record(`weight.${route.route}.js`, 'weight', `${route.route}: initial JS (gzip)`, 'KB', route.jsGzipKB);
  }
  record(
    'weight.backend.js',
    'weight',
    'backend chunk (msw, store, demo content), apart',
    'KB',
    weight.backend.jsGzipKB,
  );
  details.weight = weight;
}

// ----------------------------------------------------------------------------- output

function budgetsFrom(file) {
  const all = JSON.parse(readFileSync(file, 'utf8'));
  const budgets = {};
  for (const [id, spec] of Object.entries(all.bench ?? {})) {
    if (id === 'note' || typeof spec !== 'object' || spec === null) continue;
    budgets[id] = spec;
  }
  // The weight budgets are the ones `npm test` checks: one source.
  for (const [route, spec] of Object.entries(all.routes ?? {})) {
    if (typeof spec.jsGzipKB === 'number') budgets[`weight.${route}.js`] = { max: spec.jsGzipKB };
    if (typeof spec.cssGzipKB === 'number') budgets[`weight.${route}.css`] = { max: spec.cssGzipKB };
  }
  if (typeof all.backendChunkGzipKB === 'number')
    budgets['weight.backend.js'] = { max: all.backendChunkGzipKB };
  return budgets;
}

function printTable(evaluated) {
  const header = ['scenario', 'metric', 'median', 'min', 'max', 'budget', 'result'];
  const lines = evaluated.map((m) => [
    m.scenario,
    m.label,
    formatValue(m.median, m.unit),
    formatValue(m.min, m.unit),
    formatValue(m.max, m.unit),
    m.budget ? `≤ ${formatValue(m.budget.max, m.unit)}` : '',
    m.verdict ?? '',
  ]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((l) => l[i].length)));
  const fmt = (line) =>
    line.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

function loadHistory(current) {
  if (!existsSync(RESULTS_DIR)) return [current];
  const runs = readdirSync(RESULTS_DIR)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(path.join(RESULTS_DIR, f), 'utf8')))
    .filter((run) => run.date !== current.date && !run.options?.quick);
  return [...runs, current]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((run) => ({ date: run.date.slice(0, 10), metrics: run.metrics }));
}

// ------------------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  if (!flag('--no-build')) build();
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error(`${path.relative(ROOT, DIST)}/ has no build; drop --no-build.`);

  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: path.relative(ROOT, DIST) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const base = `http://127.0.0.1:${port}`;
  const executablePath = findChromium() ?? undefined;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: needsHardenedFlags() ? [...HARDENED_CHROMIUM_ARGS] : [],
  });
  const machine = machineInfo(browser.version());
  log(
    `serving ${path.relative(ROOT, DIST)}/ at ${base}; Chromium ${browser.version()}; ${REPEATS} repeats after a warm-up`,
  );
  if (os.loadavg()[0] > os.cpus().length) {
    notes.push(
      `The machine was busy when the run started (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs): figures are noisier and slower than on an idle machine.`,
    );
  }

  try {
    const context = await newContext(browser);
    const setup = await context.newPage();
    const { backendMs, threads } = await prepareThreads(setup, base);
    details.threads = threads;
    details.firstVisitBackendReadyMs = round(backendMs, 0);
    await setup.close();

    if (ONLY.has('weight')) scenarioWeight();
    if (ONLY.has('open')) {
      await scenarioOpenWarm(context, base);
      await scenarioOpenCold(browser, base);
    }
    if (ONLY.has('post')) await scenarioPost(context, base);
    if (ONLY.has('collapse')) {
      const rootId = threads[BIG]?.bigSubthreadRootId;
      if (rootId) await scenarioCollapse(context, base, rootId);
      else notes.push('The 10,000 thread has no big sub-thread: collapse/expand not measured.');
    }
    if (ONLY.has('scroll')) await scenarioScroll(context, base);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const budgets = budgetsFrom(BUDGET_FILE);
  const order = SCENARIOS.map((scenario) => scenario.id);
  const evaluated = evaluate(
    [...metrics].sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario)),
    budgets,
  );
  for (const id of unansweredBudgets(metrics, budgets)) {
    if (!id.startsWith('weight.') || ONLY.has('weight'))
      notes.push(`Budget "${id}" has no measurement in this run.`);
  }
  machine.loadAverageAtEnd = os.loadavg().map((v) => Number(v.toFixed(2)));
  const day = new Date().toISOString().slice(0, 10);
  const run = {
    date: new Date().toISOString(),
    machine,
    options: {
      quick: QUICK,
      repeats: REPEATS,
      only: [...ONLY],
      viewport: VIEWPORT,
      dist: path.relative(ROOT, DIST),
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    scenarios: SCENARIOS.filter((s) => ONLY.has(s.id)),
    metrics: evaluated,
    notes,
    details,
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(run, null, 2)}\n`;
  const dated = path.join(RESULTS_DIR, `${day}${QUICK ? '-quick' : ''}.json`);
  writeFileSync(dated, json);
  writeFileSync(path.join(RESULTS_DIR, 'latest.json'), json);
  writeFileSync(REPORT_FILE, renderReport(run, QUICK ? [] : loadHistory(run)));

  console.log(
    `\nScreening Room benchmark, ${machine.date} — ${machine.cpus}, ${machine.memory}, Chromium ${machine.chromium}, ${REPEATS} repeats (median, min, max)\n`,
  );
  printTable(evaluated);
  for (const note of notes) console.log(`\nnote: ${note}`);
  const failed = evaluated.filter((m) => m.verdict === 'fail');
  console.log(
    `\n${evaluated.filter((m) => m.budget).length - failed.length} of ${evaluated.filter((m) => m.budget).length} budgets met. ` +
      `Wrote ${path.relative(ROOT, dated)}, ${path.relative(ROOT, path.join(RESULTS_DIR, 'latest.json'))}, ${path.relative(ROOT, REPORT_FILE)} (${run.durationSeconds} s).`,
  );
  if (failed.length && STRICT) process.exit(1);
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(2);
});
