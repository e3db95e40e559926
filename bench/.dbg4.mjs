import { preview } from 'vite';
import { chromium } from '@playwright/test';
import net from 'node:net';
import { findChromium, HARDENED_CHROMIUM_ARGS } from '/work/main/scripts/ensure-chromium.mjs';
const port = await new Promise((r)=>{const s=net.createServer();s.listen(0,'127.0.0.1',()=>{const p=s.address().port;s.close(()=>r(p));});});
const server = await preview({ root: '/work/main', build: { outDir: 'bench/.dist' }, preview: { port, strictPort: true, open: false }, logLevel: 'warn' });
const base = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: [...HARDENED_CHROMIUM_ARGS] });
let ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
let page = await ctx.newPage();
await page.goto(`${base}/about`);
await page.evaluate(async () => { for (;;) { const r = await fetch('/api/status'); if ((r.headers.get('content-type')||'').includes('json')) return; await new Promise(r=>setTimeout(r,100)); } });
await page.evaluate(async () => { await fetch('/api/demo/generate-thread', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count: 10000, bigSubthread: 1000 }) }); });
await page.goto(`${base}/reviews/bench-thread-10000`);
await page.locator('article[data-row-key]').first().waitFor();
let t = Date.now(); let n = 0;
const btn = page.getByRole('button', { name: /^Load more comments/ });
const more = page.getByRole('button', { name: /^(Load more comments|Loading comments)/ });
while (await more.count()) {
  const t1 = Date.now();
  const before = await more.textContent();
  if (/^Loading/.test(before)) { await page.waitForTimeout(20); continue; }
  await btn.evaluate((b) => b.click());
  await page.waitForFunction((before) => { const b = [...document.querySelectorAll('button')].find(b => /^Load more comments|^Loading comments/.test(b.textContent)); return !b || (/^Load more comments/.test(b.textContent) && b.textContent !== before); }, before, { timeout: 10000 }).catch(async (e) => { console.log('stuck', before, await more.allTextContents(), await page.locator('[role=alert]').allTextContents(), await page.evaluate(() => window.__lt.slice(-10))); throw e; });
  n++;
  if (n % 10 === 0) console.log(n, Date.now() - t1, 'ms', await page.evaluate(() => [document.querySelector('[data-mode=windowed]')?.style.height, window.__lt.slice(-5)]));
}
console.log('pages', n, 'total', Date.now() - t);
console.log(await page.evaluate(() => [document.documentElement.scrollHeight, window.__lt.length, JSON.stringify(window.__lt.slice(-20))]));
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForTimeout(500);
const r = await page.evaluate(() => new Promise((resolve) => {
  const lt0 = window.__lt.length; const gaps = []; let last = performance.now(); const t0 = last; let frames = 0;
  const step = (now) => { gaps.push(Math.round(now - last)); last = now; frames++;
    if (frames > 300) { resolve({ ms: Math.round(now - t0), y: scrollY, h: document.documentElement.scrollHeight, gaps, lts: window.__lt.slice(lt0) }); return; }
    scrollBy({ top: innerHeight, behavior: 'instant' }); requestAnimationFrame(step); };
  requestAnimationFrame(step);
}));
console.log(JSON.stringify(r));
await browser.close(); await server.close();
