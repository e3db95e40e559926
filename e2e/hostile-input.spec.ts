import type { BrowserContext, Locator, Page } from '@playwright/test';
import { displayNameSchema, stripControlChars } from '../src/contract/text';
import { HOSTILE_CORPUS, type HostilePayload } from '../src/lib/hostile-corpus';
import { discussion, expect, rememberGuestName, resultCount, signIn, test, topComposer } from './fixtures';

/*
 * Hostile input through the UI, in Chromium: every payload of src/lib/hostile-corpus.ts
 * (HTML, markdown links and images, mXSS, SVG, entity and Unicode tricks) is typed into
 * the comment composer, and the ones that fit into the display name (Settings) and the
 * reviews search box. Nothing may run and the stored text must be the text typed.
 *
 * "Nothing runs" is checked four ways:
 *   - traps: an init script replaces alert/confirm/prompt/print in the top window with
 *     functions that record the call in `window.__pwned` (every script payload calls one);
 *     in frames they stay real, so a payload that got an iframe to run shows as a dialog;
 *   - any dialog fails the test;
 *   - any request to an origin other than the app's fails the test;
 *   - the rendered comments hold no element or attribute that can run or load anything.
 * The production Content-Security-Policy would block inline handlers on its own, so these
 * tests bypass it: what they prove is that the rendering (markdown + sanitizer + React)
 * stops every payload, with CSP as a second wall rather than the only one.
 */
test.use({ bypassCSP: true, trace: 'off' });

const GUEST = 'Hostile Tester';
/** Reviews with few comments, one per batch of payloads: each batch stays under the thread's windowing threshold (150 rows), so every comment is in the DOM. */
const COMMENT_REVIEWS = [
  'moon-2009-orbit-and-quill',
  'ex-machina-2014-orbit-and-quill',
  'arrival-2016-orbit-and-quill',
] as const;

interface TrapWindow {
  __pwned?: string[];
}

/** What the trap, dialog and request watchers saw; empty while nothing ran. */
interface Alarms {
  events: string[];
}

/** Arms the traps for every page of the context. Call before the first navigation. */
async function armTraps(context: BrowserContext, appOrigin: string): Promise<Alarms> {
  const alarms: Alarms = { events: [] };
  await context.addInitScript(() => {
    if (window !== window.top) return;
    const trapWindow = window as Window & TrapWindow;
    const record =
      (what: string) =>
      (...args: unknown[]) => {
        (trapWindow.__pwned ??= []).push(`${what}(${args.map(String).join(', ')})`);
        return what === 'confirm' ? false : what === 'prompt' ? null : undefined;
      };
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, { value: record(name), configurable: true, writable: true });
    }
  });
  context.on('dialog', (dialog) => {
    alarms.events.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin) alarms.events.push(`request to a foreign origin: ${request.url()}`);
  });
  return alarms;
}

async function expectNothingRan(page: Page, alarms: Alarms, when: string): Promise<void> {
  const pwned = await page.evaluate(() => (window as Window & TrapWindow).__pwned ?? []);
  expect([...alarms.events, ...pwned], `something ran ${when}`).toEqual([]);
}

/** What the backend keeps of a comment body: control characters stripped, CR/CRLF as LF (src/contract/text.ts). */
const storedBody = (typed: string): string => stripControlChars(typed);

/**
 * Client-side navigation, as a link would do it: the page (with its traps) stays, and no
 * request of the page being left is cut off by an unload.
 */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** `count` items spread evenly over `list` (all of it when shorter), so every category is sampled. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]).filter(
    (item): item is T => item !== undefined,
  );
}

const sorted = (list: readonly string[]): string[] => [...list].sort();

// -------------------------------------------------------------------- comments

/** Every top-level comment body of a review, read through the API from the page. */
async function storedBodies(page: Page, slug: string): Promise<{ id: string; body: string }[]> {
  return page.evaluate(async (slug) => {
    const all: { id: string; body: string }[] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ sort: 'oldest', limit: '100' });
      if (cursor) params.set('cursor', cursor);
      const response = await fetch(`/api/reviews/${encodeURIComponent(slug)}/comments?${params}`, {
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`GET comments of ${slug} answered ${response.status}`);
      const page = (await response.json()) as {
        items: { id: string; body: string }[];
        nextCursor: string | null;
      };
      all.push(...page.items.map(({ id, body }) => ({ id, body })));
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }, slug);
}

/**
 * Anything inside the discussion that could run script or load something: elements, event
 * handler attributes, URL-bearing attributes, and links whose scheme is not http(s) or mailto.
 */
async function dangerousMarkup(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const found: string[] = [];
    const forbidden =
      'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, template, ' +
      'noscript, math, img, picture, source, video, audio, track, marquee, form, select, ' +
      'foreignObject, animate, set, use, image, svg:not([aria-hidden="true"])';
    for (const el of Array.from(root.querySelectorAll(forbidden))) {
      // The composer is a form with a textarea: only what sits inside comments counts.
      if (el.closest('article')) found.push(`<${el.tagName.toLowerCase()}> in a comment`);
    }
    for (const el of Array.from(root.querySelectorAll('article *'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (
          name.startsWith('on') ||
          ['srcdoc', 'formaction', 'action', 'src', 'srcset', 'data', 'background', 'ping'].includes(name) ||
          name.includes(':')
        ) {
          found.push(`${name}="${attr.value}" on <${el.tagName.toLowerCase()}>`);
        }
        if (name === 'href' && el.tagName.toLowerCase() !== 'a')
          found.push(`href on <${el.tagName.toLowerCase()}>`);
        // Articles carry their depth as a style; nothing inside them has one of its own.
        if (name === 'style' && el.tagName.toLowerCase() !== 'article')
          found.push(`style="${attr.value}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    for (const anchor of Array.from(root.querySelectorAll<HTMLAnchorElement>('article a[href]'))) {
      if (!['http:', 'https:', 'mailto:'].includes(anchor.protocol))
        found.push(`link to ${anchor.getAttribute('href') ?? ''}`);
    }
    return found;
  });
}

test(`comment bodies: all ${HOSTILE_CORPUS.length} payloads typed into the composer run nothing and are stored as typed`, async ({
  page,
  baseURL,
}) => {
  // About a minute on a quiet 2-core machine; the backend confirms posts one by one.
  test.setTimeout(180_000);
  const alarms = await armTraps(page.context(), new URL(baseURL ?? '').origin);
  await rememberGuestName(page, GUEST);

  const batchSize = Math.ceil(HOSTILE_CORPUS.length / COMMENT_REVIEWS.length);
  expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(150);

  for (const [index, slug] of COMMENT_REVIEWS.entries()) {
    const batch = HOSTILE_CORPUS.slice(index * batchSize, (index + 1) * batchSize);
    if (index === 0) await page.goto(`/reviews/${slug}`);
    else await navigate(page, `/reviews/${slug}`);
    const thread = discussion(page);
    const composer = topComposer(page);
    const post = thread.getByRole('button', { name: 'Post comment', exact: true });
    await expect(composer).toBeEditable();
    const before = new Set((await storedBodies(page, slug)).map((c) => c.id));

    for (const [n, payload] of batch.entries()) {
      await composer.fill(payload.input);
      // Both ways the composer posts: the button, and Ctrl+Enter (much quicker to drive).
      if (n % 10 === 0) await post.click();
      else await composer.press('Control+Enter');
    }
    // Every post is confirmed: no "Your comment, sending/not sent" row is left.
    await expect(thread.getByRole('article', { name: /^Your comment/ })).toHaveCount(0, { timeout: 30_000 });
    await expect(thread.getByRole('article', { name: new RegExp(`^Comment #\\d+ by ${GUEST}`) })).toHaveCount(
      batch.length,
    );

    // Byte for byte what was typed (the few payloads holding control characters or a CR lose
    // those, as the contract says every text field does).
    const added = (await storedBodies(page, slug)).filter((c) => !before.has(c.id)).map((c) => c.body);
    expect(sorted(added), `stored bodies on ${slug}`).toEqual(sorted(batch.map((p) => storedBody(p.input))));

    expect(await dangerousMarkup(thread), `dangerous markup rendered on ${slug}`).toEqual([]);
    await expectNothingRan(page, alarms, `after posting batch ${index + 1} on ${slug}`);
  }

  // After a reload the comments render from the store, not from what this page posted.
  await page.reload();
  await expect(
    discussion(page).getByRole('article', { name: new RegExp(`^Comment #\\d+ by ${GUEST}`) }),
  ).not.toHaveCount(0);
  expect(await dangerousMarkup(discussion(page))).toEqual([]);
  await expectNothingRan(page, alarms, 'after reloading the last review');
});

// ---------------------------------------------------------------- display names

type NameCase =
  | { payload: HostilePayload; kind: 'accepted'; stored: string }
  | { payload: HostilePayload; kind: 'refused'; message: string };

function nameCases(): NameCase[] {
  return HOSTILE_CORPUS.map((payload): NameCase => {
    const parsed = displayNameSchema.safeParse(payload.input);
    return parsed.success
      ? { payload, kind: 'accepted', stored: parsed.data }
      : { payload, kind: 'refused', message: parsed.error.issues[0]?.message ?? '' };
  });
}

async function profileName(page: Page, username: string): Promise<string> {
  return page.evaluate(async (username) => {
    const response = await fetch(`/api/users/${encodeURIComponent(username)}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`GET profile answered ${response.status}`);
    return ((await response.json()) as { user: { displayName: string } }).user.displayName;
  }, username);
}

test('display names: payloads set in Settings are stored as typed and shown as text; refused ones say why', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const alarms = await armTraps(page.context(), new URL(baseURL ?? '').origin);
  const username = 'kestrel-h';
  const cases = nameCases();
  const accepted = cases.filter((c) => c.kind === 'accepted');
  // Every payload that fits in a name is accepted (247 of them); saving each takes a while, so
  // an even spread over the corpus, every category included.
  const tried = spread(accepted, 80);
  const refused = cases.filter((c) => c.kind === 'refused');

  await page.goto('/sign-in?next=%2Fsettings');
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const nameForm = page.getByRole('form', { name: 'Your name' });
  const field = nameForm.getByRole('textbox', { name: 'Display name' });
  const save = nameForm.getByRole('button', { name: 'Save name' });
  const saved = nameForm.getByRole('status');
  const accountMenu = (name: string) =>
    page.getByRole('banner').getByRole('button', { name: `${name}, your account`, exact: true });

  for (const [i, c] of tried.entries()) {
    await field.fill(c.payload.input);
    // Enter submits the form like the button does; the button is used now and then.
    if (i % 10 === 0) await save.click();
    else await field.press('Enter');
    // The status quotes the name the backend answered with, i.e. what it stored.
    await expect(saved, c.payload.id).toHaveText(`Saved. Your display name is now “${c.stored}”.`);
    if (c.stored === c.payload.input) await expect(field, c.payload.id).toHaveValue(c.payload.input);
    if (i % 10 === 0) {
      expect(await profileName(page, username), c.payload.id).toBe(c.stored);
      await expect(accountMenu(c.stored)).toBeVisible();
    }
  }
  expect(
    tried.filter((c) => c.stored === c.payload.input).length,
    'names stored exactly as typed',
  ).toBeGreaterThanOrEqual(60);
  await expectNothingRan(page, alarms, 'after saving display names');

  // Names the contract refuses (too long): the form says why in words and keeps the text typed.
  // (A one-line field turns typed line breaks into spaces, so these are payloads without any.)
  for (const c of spread(
    refused.filter((r) => !/[\r\n]/.test(r.payload.input)),
    4,
  )) {
    await field.fill(c.payload.input);
    await save.click();
    await expect(nameForm.getByText(c.message).first(), c.payload.id).toBeVisible();
    await expect(field).toHaveValue(c.payload.input);
  }

  // Where a name renders besides the header: a comment byline and the profile page.
  const slug = COMMENT_REVIEWS[0];
  await navigate(page, `/reviews/${slug}`);
  const thread = discussion(page);
  await topComposer(page).fill('A comment with a hostile byline.');
  await thread.getByRole('button', { name: 'Post comment', exact: true }).click();
  await expect(thread.getByRole('article', { name: /^Your comment/ })).toHaveCount(0);

  // A second tab of the same browser, as a guest reader, sees the byline as the store has it.
  const reader = await page.context().newPage();
  for (const c of accepted.filter((a) => /[<>]/.test(a.stored) && a.stored === a.payload.input).slice(0, 3)) {
    await navigate(page, '/settings');
    await field.fill(c.payload.input);
    await save.click();
    await expect(saved).toHaveText(`Saved. Your display name is now “${c.stored}”.`);
    await navigate(page, `/users/${username}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.stored);
    await expect(accountMenu(c.stored)).toBeVisible();

    await reader.goto(`/reviews/${slug}`);
    await expect(
      discussion(reader).getByRole('article', {
        name: new RegExp(`^Comment #\\d+ by ${escapeRegExp(c.stored)}`),
      }),
    ).toHaveCount(1);
    for (const shown of [page, reader]) {
      expect(await dangerousMarkup(shown.getByRole('main'))).toEqual([]);
      await expectNothingRan(shown, alarms, `showing the name ${c.payload.id}`);
    }
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ------------------------------------------------------------------- searching

test('search: payloads typed into the reviews search round-trip through the URL and render as text', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const alarms = await armTraps(page.context(), new URL(baseURL ?? '').origin);
  // The box is one line of at most 200 characters: payloads with line breaks cannot be typed.
  const typeable = HOSTILE_CORPUS.filter((p) => !/[\r\n]/.test(p.input) && p.input.length <= 200);
  const queries = spread(typeable, 150);
  expect(queries).toHaveLength(150);

  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search reviews' });
  const search = page
    .getByRole('search', { name: 'Reviews' })
    .getByRole('button', { name: 'Search', exact: true });
  const status = resultCount(page);

  for (const [i, payload] of queries.entries()) {
    const q = payload.input.trim();
    await box.fill(payload.input);
    if (i % 10 === 0) await search.click();
    else await box.press('Enter');
    await expect(page, payload.id).toHaveURL((url) => url.searchParams.get('q') === q);
    // The count names the query as plain text (a RegExp compares the raw text, spaces and all).
    await expect(status, payload.id).toHaveText(
      new RegExp(`^\\d+ reviews? match(es)? “${escapeRegExp(q)}”$`),
    );
    await expect(box, payload.id).toHaveValue(q);
  }
  expect(await dangerousMarkup(page.getByRole('main'))).toEqual([]);
  await expectNothingRan(page, alarms, 'after the searches');

  // A hostile query in the address bar renders the same way after a reload.
  await page.reload();
  await expect(status).toHaveText(/^\d+ reviews? match(es)? “/);
  await expectNothingRan(page, alarms, 'after reloading a search');
});
