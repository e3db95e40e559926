import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { findChromium, HARDENED_CHROMIUM_ARGS } from '/work/main/scripts/ensure-chromium.mjs';
process.chdir('/work/main');
import net from 'node:net';
const port = await new Promise((r) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => r(p));
  });
});
const server = await preview({
  root: '/work/main',
  build: { outDir: 'bench/.dist' },
  preview: { port, strictPort: true, open: false },
  logLevel: 'warn',
});
const base = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...HARDENED_CHROMIUM_ARGS] });
console.log('browser', browser.version());
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(() => {
  window.__bench = { elements: [], longtasks: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__bench.elements.push({
        id: e.identifier,
        name: e.name,
        t: e.renderTime || e.loadTime,
        tag: e.element?.tagName,
        cls: e.element?.className,
      });
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__bench.longtasks.push({ s: e.startTime, d: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((ms) => {
    for (const m of ms)
      for (const n of m.addedNodes) {
        if (n.nodeType !== 1) continue;
        for (const el of [
          n,
          ...n.querySelectorAll(
            'article[data-row-key], article[data-row-key] header, article[data-row-key] header span',
          ),
        ]) {
          if (el.matches?.('article[data-row-key]'))
            el.setAttribute('elementtiming', 'article:' + el.dataset.rowKey);
          else if (el.matches?.('article header')) el.setAttribute('elementtiming', 'header');
          else if (el.matches?.('article header span')) el.setAttribute('elementtiming', 'span');
        }
      }
  }).observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
let t = Date.now();
await page.goto(base + '/about');
await page.getByRole('main').waitFor();
await page.evaluate(async () => {
  for (;;) {
    const r = await fetch('/api/status');
    if ((r.headers.get('content-type') || '').includes('json')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
});
console.log('about loaded', Date.now() - t);
for (const [count, big] of [
  [100, 0],
  [1000, 0],
  [10000, 1000],
]) {
  t = Date.now();
  const r = await page.evaluate(
    async ([count, big]) => {
      const res = await fetch('/api/demo/generate-thread', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ count, bigSubthread: big }),
      });
      return [res.status, await res.json()];
    },
    [count, big],
  );
  console.log('generate', count, Date.now() - t, JSON.stringify(r));
}
for (const count of [100, 1000, 10000]) {
  t = Date.now();
  await page.goto(`${base}/reviews/bench-thread-${count}`);
  await page.locator('article').first().waitFor();
  await page.waitForTimeout(1500);
  const data = await page.evaluate(() => ({
    b: window.__bench,
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    fcp: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
    articles: document.querySelectorAll('article').length,
  }));
  console.log(
    count,
    Date.now() - t,
    JSON.stringify({
      ...data,
      b: { elements: data.b.elements.slice(0, 8), n: data.b.elements.length, longtasks: data.b.longtasks },
    }),
  );
}
await browser.close();
await server.close();
