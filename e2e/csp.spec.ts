import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The production build runs under the Content-Security-Policy that vite.config.ts gives
 * the preview server (header) and the built index.html (meta tag). Every e2e spec runs
 * under it; this one checks the policy is there, that the app needs nothing it forbids,
 * and that it does block what it should.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineScriptRan?: boolean;
  }
}

const REVIEW = '/reviews/her-2013-orbit-and-quill';

/** Records every violation the page reports, from before the first script runs. */
async function recordViolations(page: Page): Promise<string[]> {
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleLines.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return consoleLines;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test('the app runs under the policy without violating it', async ({ page }) => {
  const consoleLines = await recordViolations(page);

  const response = await page.goto(REVIEW);
  const header = response?.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "worker-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(header, 'Content-Security-Policy response header').toContain(directive);
  }
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'.*worker-src 'self'/,
  );
  // No inline script in the built page: every <script> has a src.
  expect(await page.locator('script:not([src])').count()).toBe(0);

  // The review came from the in-browser API, which answers the page's fetch calls in the
  // page itself, with no service worker.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  const status = await page.evaluate(async () => {
    const res = await fetch('/api/status');
    return {
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      body: (await res.json()) as unknown,
    };
  });
  expect(status.body).toMatchObject({ storage: expect.stringMatching(/^(indexeddb|memory)$/) });
  expect(status.registrations).toBe(0);

  // The generated big thread: a windowed list, positioned through CSSOM styles.
  await page.goto('/reviews/the-great-her-debate-orbit-and-quill');
  await expect(page.getByRole('article', { name: /^Comment #\d+ by / }).first()).toBeVisible();
  await page.mouse.wheel(0, 5000);
  await expect(page.getByRole('article', { name: /^Comment #\d+ by / }).first()).toBeVisible();

  // Another route, reached through the client router, with its lazy chunk and CSS.
  await page.goto('/');
  await page.getByRole('link', { name: /about/i }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(consoleLines).toEqual([]);
});

test('the policy blocks an injected inline script and inline style attribute', async ({
  page,
  errorGuard,
}) => {
  errorGuard.allow(/Content Security Policy/);
  await recordViolations(page);
  await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<p id="csp-styled" style="color: rgb(255, 0, 0)">styled</p>';
    document.body.append(holder);
  });

  await expect
    .poll(() => violations(page))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^style-src-attr blocked inline/),
      ]),
    );
  expect(await page.evaluate(() => window.__inlineScriptRan)).toBeUndefined();
  expect(await page.locator('#csp-styled').evaluate((el) => getComputedStyle(el).color)).not.toBe(
    'rgb(255, 0, 0)',
  );
});
