#!/usr/bin/env node
// Finds a Chromium that Playwright can drive and prints its path on stdout (logs go to stderr).
// Run directly, it provisions one when none is found:
//   Debian/Ubuntu as root: apt-get install -y chromium; otherwise: npx playwright install chromium.
// playwright.config.ts imports findChromium() (sync, never installs anything).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

const log = (message) => process.stderr.write(`[ensure-chromium] ${message}\n`);

/** Playwright's own browser cache, as resolved by the installed playwright-core. */
function playwrightCachePath() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ chromium: { executablePath(): string } }} */
    const playwright = require('playwright-core');
    const candidate = playwright.chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

// Ubuntu ships snap stubs at /usr/bin/chromium{,-browser} that exist but cannot run in a container.
function runs(executable) {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return result.status === 0 && /chrom/i.test(result.stdout);
}

/**
 * Sync lookup, no provisioning. Order: $CHROMIUM_PATH, Playwright's cache, system binaries.
 * @returns {string | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const cached = playwrightCachePath();
  if (cached) return cached;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate) && runs(candidate)) ?? null;
}

/** Whether Chromium should be started with the flags for root / CI / closed networks. */
export function needsHardenedFlags() {
  return process.env.CI === 'true' || process.env.CI === '1' || process.getuid?.() === 0;
}

export const HARDENED_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, env = process.env) {
  log(`$ ${command} ${args.join(' ')}`);
  // stdout of the child goes to our stderr: our stdout carries only the resulting path.
  const result = spawnSync(command, args, { stdio: ['inherit', process.stderr, 'inherit'], env });
  return result.status === 0;
}

function provision() {
  if (process.env.CHROMIUM_PATH) {
    log(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}" but no such file exists; looking elsewhere.`);
  }
  if (isDebianLike() && process.getuid?.() === 0 && hasCommand('apt-get')) {
    log('No Chromium found; installing Debian package "chromium" with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env)) {
      const found = findChromium();
      if (found) return found;
    }
    log("apt-get did not yield a working Chromium; trying Playwright's download.");
  }
  log('Trying: npx playwright install chromium');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const found = findChromium();
    if (found) return found;
  }
  return null;
}

function main() {
  const found = findChromium() ?? provision();
  if (!found) {
    process.stderr.write(
      [
        '',
        'ERROR: no Chromium available for the end-to-end tests, and none could be installed.',
        'Install one of these, then run the tests again:',
        '  - Debian/Ubuntu (as root):  apt-get install -y chromium',
        '  - any OS with internet:     npx playwright install chromium',
        '  - an existing Chrome/Chromium: export CHROMIUM_PATH=/path/to/chrome',
        'Or skip the browser tests locally with: node scripts/test-all.mjs --skip-e2e',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  process.stdout.write(`${found}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
