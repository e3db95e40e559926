import { defineConfig, devices } from '@playwright/test';
import { HARDENED_CHROMIUM_ARGS, findChromium, needsHardenedFlags } from './scripts/ensure-chromium.mjs';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const PORT = 4173;
const BASE_URL = `http://localhost:${PORT}`;

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
    command: `npm run build && npm run preview -- --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
