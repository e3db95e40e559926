import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { HARDENED_CHROMIUM_ARGS, findChromium, needsHardenedFlags } from './scripts/ensure-chromium.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
// PW_PORT lets a second run (another checkout, the benchmark) avoid a server already on 4173.
const PORT = Number(process.env.PW_PORT ?? 4173);
const BASE_URL = `http://localhost:${PORT}`;

// scripts/test-all.mjs builds in an earlier step and sets PW_REUSE_BUILD=1 so it is not built twice.
const REUSE_BUILD = process.env.PW_REUSE_BUILD === '1' && existsSync('dist/index.html');
const PREVIEW = `npm run preview -- --port ${PORT} --strictPort`;

// Resolved once in the runner; workers inherit the env var and skip the lookup.
const executablePath = findChromium() ?? undefined;
if (executablePath) process.env.CHROMIUM_PATH = executablePath;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/playwright.json' }],
    ...(CI ? [] : [['html', { open: 'never', outputFolder: 'playwright-report' }] as const]),
  ],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: needsHardenedFlags() ? [...HARDENED_CHROMIUM_ARGS] : [],
        },
      },
    },
  ],
  webServer: {
    command: REUSE_BUILD ? PREVIEW : `npm run build && ${PREVIEW}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
