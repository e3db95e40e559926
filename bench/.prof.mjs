import { preview } from 'vite';
import { chromium } from '@playwright/test';
import net from 'node:net';
import fs from 'node:fs';
import { findChromium, HARDENED_CHROMIUM_ARGS } from '/work/main/scripts/ensure-chromium.mjs';
const OUT = process.argv[2] ?? 'bench/.dist-prof';
const STEPS = Number(process.argv[3] ?? 100);
const PAGES = Number(process.argv[4] ?? 200);
const port = await new Promise((r)=>{const s=net.createServer();s.listen(0,'127.0.0.1',()=>{const p=s.address().port;s.close(()=>r(p));});});
const server = await preview({ root: '/work/main', build: { outDir: OUT }, preview: { port, strictPort: true, open: false }, logLevel: 'warn' });
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
let n = 0;
const more = page.getByRole('button', { name: /^(Load more comments|Loading comments)/ });
while (n < PAGES && await more.count()) {
  const before = await more.textContent();
  if (/^Loading/.test(before)) { await page.waitForTimeout(20); continue; }
  await more.evaluate((b) => b.click());
  await page.waitForFunction((before) => { const b = [...document.querySelectorAll('button')].find(b => /^Load more comments|^Loading comments/.test(b.textContent)); return !b || (/^Load more comments/.test(b.textContent) && b.textContent !== before); }, before);
  n++;
}
console.log('pages', n, await page.evaluate(() => document.documentElement.scrollHeight));
await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
await page.waitForTimeout(1000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
const r = await page.evaluate((STEPS) => new Promise((resolve) => {
  const lt0 = window.__lt.length; let last = performance.now(); const t0 = last; let frames = 0; const gaps = [];
  const step = (now) => { gaps.push(Math.round(now - last)); last = now; frames++;
    if (frames > STEPS || scrollY >= document.documentElement.scrollHeight - innerHeight - 1) { resolve({ ms: Math.round(now - t0), y: scrollY, frames, dropped: gaps.filter(g => g > 25).length, lts: window.__lt.slice(lt0) }); return; }
    scrollBy({ top: innerHeight, behavior: 'instant' }); requestAnimationFrame(step); };
  requestAnimationFrame(step);
}), STEPS);
const cov = await cdp.send('Profiler.takePreciseCoverage');
const counts = [];
for (const script of cov.result) for (const fn of script.functions) { const c = fn.ranges[0]?.count ?? 0; if (c > 0) counts.push([c, fn.functionName, script.url.split('/').pop()]); }
counts.sort((a, b) => b[0] - a[0]);
console.log('--- call counts'); console.log(counts.filter(c => /VirtualThread|CommentItem|RowView|checkIfContextChanged|renderWithHooks|flushSync|notify|resizeItem|measureElement|getMeasurements|CommentBody|performSyncWorkOnRoot|beginWork|checkScheduledUpdateOrContext|markdownToReact|useThreadView|readContext/.test(c[1])).slice(0, 40).map(c => c.join(' ')).join('\n'));
const { profile } = await cdp.send('Profiler.stop');
fs.writeFileSync('/tmp/bx/scroll.cpuprofile', JSON.stringify(profile));
console.log(JSON.stringify({ ...r, ltCount: r.lts.length, ltSum: r.lts.reduce((a, x) => a + x[1], 0), ltMax: Math.max(0, ...r.lts.map(x => x[1])), lts: undefined }));
// self time by function
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const node = byId.get(samples[i]); const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
// inclusive time by function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < samples.length; i++) { const seen = new Set(); let id = samples[i]; while (id !== undefined) { const node = byId.get(id); const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`; if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000); } id = parent.get(id); } }
console.log('--- inclusive'); console.log([...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
await browser.close(); await server.close();
