// Code that runs inside the page (serialised by Playwright). No imports, no closures over Node values.
/* global window, document, requestAnimationFrame, MutationObserver, Element */

/**
 * Init script: observers registered before any app code runs, so nothing is missed.
 * window.__bench collects element timing ("first comment painted"), long tasks and
 * event timing entries, and offers helpers used by bench/run.mjs.
 */
export function installProbes(options) {
  if (window.__bench) return;
  const bench = {
    elements: [],
    longTasks: [],
    events: [],
    afterNextPaint() {
      // The message task runs after the frame the rAF callback belongs to has been painted.
      return new Promise((resolve) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      });
    },
  };
  window.__bench = bench;
  const observe = (type, extra, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // Entry type not supported by this browser: the figure stays empty.
    }
  };
  observe('element', {}, (e) =>
    bench.elements.push({
      id: e.identifier,
      time: e.renderTime || e.loadTime,
      text: (e.element?.textContent ?? '').slice(0, 20),
    }),
  );
  observe('longtask', {}, (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', { durationThreshold: 16 }, (e) =>
    bench.events.push({
      name: e.name,
      start: e.startTime,
      duration: e.duration,
      processingStart: e.processingStart,
      processingEnd: e.processingEnd,
      interactionId: e.interactionId,
    }),
  );
  if (options?.guestName) {
    try {
      if (!localStorage.getItem('screening-room:guest-name'))
        localStorage.setItem('screening-room:guest-name', options.guestName);
    } catch {
      // No storage: the composer asks for a name; the bench fills it in.
    }
  }
}

/** Resolves when the embedded backend answers (its handlers are installed after the store is seeded). */
export async function waitForBackend(timeoutMs) {
  const start = performance.now();
  for (;;) {
    try {
      const response = await fetch('/api/status');
      if ((response.headers.get('content-type') ?? '').includes('json')) return performance.now() - start;
    } catch {
      // not yet
    }
    if (performance.now() - start > timeoutMs) throw new Error('the embedded backend did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** POST /api/demo/generate-thread from the page (the API answers it inside the page). */
export async function generateThread(input) {
  const response = await fetch('/api/demo/generate-thread', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`generate-thread ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/**
 * Timings of the page just loaded: first comment painted (element timing on the comment
 * numbers), first contentful paint, "thread ready" (the discussion's user-timing mark) and
 * interactive: the first moment after ready followed by `quietMs` without a long task, with
 * the composer and the first comment's Reply button usable.
 */
export async function loadTimings({ markName, quietMs, timeoutMs, needThread }) {
  const bench = window.__bench;
  const start = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const firstComment = () => {
    const times = bench.elements
      .filter((e) => e.id === 'comment')
      .map((e) => e.time)
      .filter((t) => t > 0);
    return times.length ? Math.min(...times) : null;
  };
  while (firstComment() === null) {
    if (performance.now() - start > timeoutMs) throw new Error('no comment was painted');
    await sleep(20);
  }
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  // Where the time goes, from the app's own user timing: the backend marks when it answers
  // (mocks/browser.ts), and the client measures each request from fetch to its answer
  // (src/lib/api-client.ts); the thread's first page is GET …/comments.
  const phases = () => {
    const ready = performance.getEntriesByName('screening-room:backend-ready', 'mark')[0];
    const thread = performance
      .getEntriesByType('measure')
      .find((m) => /^screening-room:api GET \/reviews\/[^/]+\/comments$/.test(m.name));
    return {
      backendReady: ready?.startTime ?? null,
      threadRequestStart: thread?.startTime ?? null,
      threadResponseEnd: thread ? thread.startTime + thread.duration : null,
    };
  };
  if (!needThread) return { firstComment: firstComment(), fcp, ready: null, interactive: null };

  let ready = null;
  while (ready === null) {
    ready = performance.getEntriesByName(markName, 'mark')[0]?.startTime ?? null;
    if (performance.now() - start > timeoutMs) throw new Error('the thread-ready mark never came');
    if (ready === null) await sleep(20);
  }
  const usable = () => {
    const composer = document.querySelector('#discussion textarea');
    const reply = [...document.querySelectorAll('article[data-row-key] button')].find(
      (b) => b.textContent === 'Reply',
    );
    return composer && !composer.disabled && reply && !reply.disabled;
  };
  // Usable at the first look: it was by the time of the mark (polling granularity aside).
  let usableAt = usable() ? ready : null;
  for (;;) {
    const now = performance.now();
    if (usableAt === null && usable()) usableAt = now;
    if (usableAt !== null) {
      // Interactive cannot come before the first comment is seen.
      let t = Math.max(ready, usableAt, firstComment() ?? 0);
      for (const task of [...bench.longTasks].sort((a, b) => a.start - b.start)) {
        const end = task.start + task.duration;
        if (end <= t) continue;
        if (task.start >= t + quietMs) break;
        t = end;
      }
      if (now >= t + quietMs)
        return { firstComment: firstComment(), fcp, ready, interactive: t, phases: phases() };
    }
    if (now - start > timeoutMs) throw new Error('the thread never became interactive');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * The page as a static document: same markup and stylesheets, no script. Inline style
 * attributes become classes (the preview server's CSP forbids inline styles), with
 * !important so they keep their precedence.
 */
export function captureStatic() {
  const doc = document.documentElement.cloneNode(true);
  doc
    .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], meta[http-equiv]')
    .forEach((n) => n.remove());
  const rules = new Map();
  let n = 0;
  doc.querySelectorAll('[style]').forEach((el) => {
    const style = el.getAttribute('style') ?? '';
    el.removeAttribute('style');
    if (!style.trim()) return;
    let cls = rules.get(style);
    if (!cls) {
      cls = `bench-s${n++}`;
      rules.set(style, cls);
    }
    el.classList.add(cls);
  });
  const css = [...rules.entries()]
    .map(([style, cls]) => {
      const decls = style
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => `${d} !important`)
        .join('; ');
      return `.${cls} { ${decls}; }`;
    })
    .join('\n');
  return {
    html: `<!doctype html>\n${doc.outerHTML}`,
    css,
    comments: doc.querySelectorAll('article[data-row-key]').length,
  };
}

/** Used JS heap is read by CDP (Runtime.getHeapUsage) after HeapProfiler.collectGarbage. */

/**
 * Arms the measurement of one click on `selector` (matched by closest()): resolves with
 * the click's timestamp, when `appeared()` first holds after it, and the paint after that.
 */
export function armClick({ selector, waitFor, timeoutMs }) {
  const bench = window.__bench;
  const conditions = {
    pendingShown: () => document.querySelector('#discussion article[data-pending]') !== null,
    pendingGone: () =>
      document.querySelector('#discussion article[data-pending]') === null &&
      document.querySelector('#discussion article[data-row-key^="client:"]') !== null,
    none: () => true,
  };
  const result = { clickAt: null, marks: {} };
  bench.pending = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`click on ${selector}: timed out`)), timeoutMs);
    let index = 0;
    const check = () => {
      while (index < waitFor.length && conditions[waitFor[index]]()) {
        const name = waitFor[index++];
        const seen = performance.now();
        result.marks[name] = { seen, painted: null };
        bench.afterNextPaint().then((t) => {
          result.marks[name].painted = t;
          // For the trace (bench/run.mjs adds up the main thread's CPU time between marks).
          performance.mark(`bench:${name}`);
          if (
            Object.values(result.marks).length === waitFor.length &&
            Object.values(result.marks).every((m) => m.painted !== null)
          ) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(result);
          }
        });
      }
    };
    const observer = new MutationObserver(() => {
      if (result.clickAt !== null) check();
    });
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest(selector)) return;
        result.clickAt = event.timeStamp;
        performance.mark('bench:click');
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        // Changes made by the click's own handlers are in the DOM by the next microtask.
        queueMicrotask(check);
        if (waitFor.length === 0) {
          bench.afterNextPaint().then((t) => {
            observer.disconnect();
            clearTimeout(timer);
            result.marks.paint = { seen: t, painted: t };
            performance.mark('bench:paint');
            resolve(result);
          });
        }
      },
      { capture: true, once: false },
    );
  });
  return true;
}

export function awaitClick() {
  return window.__bench.pending;
}

/** Event-timing duration (event → next paint, 8 ms granularity) of the last click. */
export function lastClickEventDuration() {
  const clicks = window.__bench.events.filter(
    (e) => e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown',
  );
  const last = clicks.filter((e) => e.name === 'click').at(-1);
  return last ? last.duration : null;
}

/**
 * Scroll the window from top to bottom, one viewport per animation frame; returns the
 * frame times and the long tasks (> 50 ms) meanwhile.
 */
export function scrollThrough({ maxMs }) {
  const bench = window.__bench;
  return new Promise((resolve) => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    const times = [];
    let startLong = null;
    let t0 = null;
    const step = (now) => {
      if (t0 === null) {
        t0 = now;
        startLong = now;
      }
      times.push(now);
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= bottom - 1 || now - t0 > maxMs) {
        // Let the last frame's tasks be reported.
        setTimeout(() => {
          const tasks = bench.longTasks.filter((t) => t.start >= startLong);
          resolve({
            ms: now - t0,
            frameTimes: times,
            longTasks: tasks.length,
            longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
            longTaskMs: tasks.reduce((s, t) => s + t.duration, 0),
            distance: window.scrollY,
            height: bottom,
            complete: window.scrollY >= bottom - 1,
          });
        }, 200);
        return;
      }
      window.scrollBy({ top: window.innerHeight, behavior: 'instant' });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
