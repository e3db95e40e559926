#!/usr/bin/env node
// `npm test`: typecheck, lint, format check, unit tests, production build, weight budget
// (bench/budget.json), Chromium, e2e against that build, in that order, stopping at the
// first failure. `--skip-e2e` stops after the weight budget.
// Ends with "N passed, N failed" summed from the Vitest and Playwright JSON reports,
// also written to test-results/summary.json for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright.json');
const SUMMARY_JSON = path.join(RESULTS, 'summary.json');

const args = new Set(process.argv.slice(2));
const skipE2e = args.has('--skip-e2e');
const unknown = [...args].filter((arg) => arg !== '--skip-e2e');
if (unknown.length) {
  console.error(`Unknown option(s): ${unknown.join(' ')}\nUsage: node scripts/test-all.mjs [--skip-e2e]`);
  process.exit(2);
}

const bin = (name) =>
  path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** @type {{ name: string, command: string, args: string[], captureStdout?: boolean, e2e?: boolean }[]} */
const steps = [
  { name: 'typecheck', command: bin('tsc'), args: ['-p', '.', '--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  {
    name: 'unit',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
  },
  { name: 'build', command: bin('vite'), args: ['build'] },
  { name: 'weight', command: process.execPath, args: [path.join(ROOT, 'scripts', 'check-weight.mjs')] },
  {
    name: 'chromium',
    command: process.execPath,
    args: [path.join(ROOT, 'scripts', 'ensure-chromium.mjs')],
    captureStdout: true,
    e2e: true,
  },
  { name: 'e2e', command: bin('playwright'), args: ['test'], e2e: true },
].filter((step) => !(skipE2e && step.e2e));

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const banner = (text) =>
  console.log(`\n${paint('1;36', `━━━ ${text} ${'━'.repeat(Math.max(3, 72 - text.length))}`)}`);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const vitest = readJson(VITEST_JSON);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
    // A file that fails to load has no failing test in it; count the file.
    failed += (vitest.testResults ?? []).filter(
      (file) => file.status === 'failed' && !file.assertionResults?.some((test) => test.status === 'failed'),
    ).length;
  }
  const playwright = readJson(PLAYWRIGHT_JSON);
  if (playwright?.stats) {
    passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
    failed += playwright.stats.unexpected ?? 0;
    skipped += playwright.stats.skipped ?? 0;
    // Errors outside any test (web server did not start, config error).
    failed += playwright.errors?.length ?? 0;
  }
  return { passed, failed, skipped };
}

mkdirSync(RESULTS, { recursive: true });
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON, SUMMARY_JSON]) rmSync(file, { force: true });

// The e2e step serves the build made by the build step instead of building again.
const env = { ...process.env, PW_REUSE_BUILD: '1' };
const timings = [];
let failedStep = null;

for (const [index, step] of steps.entries()) {
  banner(
    `[${index + 1}/${steps.length}] ${step.name}: ${path.basename(step.command)} ${step.args.join(' ')}`,
  );
  if (!existsSync(step.command)) {
    console.error(`${step.command} not found. Run \`npm install\` (or \`npm ci\`) first.`);
    failedStep = step.name;
    break;
  }
  const started = Date.now();
  const result = spawnSync(step.command, step.args, {
    cwd: ROOT,
    env,
    stdio: ['inherit', step.captureStdout ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  const elapsed = Date.now() - started;
  timings.push({ name: step.name, elapsed, ok: result.status === 0 });

  if (step.captureStdout && result.status === 0) {
    env.CHROMIUM_PATH = result.stdout.trim();
    console.log(`Chromium: ${env.CHROMIUM_PATH}`);
  }
  if (result.error) console.error(result.error.message);
  if (result.status !== 0) {
    const why = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    console.log(paint('1;31', `✖ ${step.name} failed (${why}) after ${seconds(elapsed)}`));
    failedStep = step.name;
    break;
  }
  console.log(paint('1;32', `✔ ${step.name} passed in ${seconds(elapsed)}`));
}

banner('summary');
for (const { name, elapsed, ok } of timings) {
  console.log(
    `  ${ok ? paint('32', '✔') : paint('31', '✖')} ${name.padEnd(10)} ${seconds(elapsed).padStart(8)}`,
  );
}
for (const step of steps.slice(timings.length)) console.log(`  - ${step.name.padEnd(10)}  not run`);
if (skipE2e) console.log('  (e2e skipped: --skip-e2e)');

const { passed, skipped, ...tally } = counts();
// A step that fails without a failing test (type error, lint, crash) still counts as a failure.
const failed = failedStep && tally.failed === 0 ? 1 : tally.failed;
writeFileSync(SUMMARY_JSON, `${JSON.stringify({ passed, failed, skipped, failedStep }, null, 2)}\n`);
if (failedStep) console.log(paint('1;31', `\nFAILED at step "${failedStep}"`));
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
