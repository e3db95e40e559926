/**
 * Shared Playwright fixtures. Import `test` and `expect` from here, not from '@playwright/test'.
 *
 * Isolation: Playwright gives every test a new browser context, which is an incognito-like
 * profile. IndexedDB, localStorage, sessionStorage, Cache Storage and service worker
 * registrations all live in the context, so each test starts from the seeded demo data
 * (and with no worker registered: e2e/legacy-worker.spec.ts makes one).
 * To test persistence, stay in the same context and `page.reload()`. To get a second,
 * independent visitor inside one test, call `freshApp()` again: it opens a new context.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeOptions {
  /** CSS selectors to restrict the scan to. */
  include?: readonly string[];
  /** CSS selectors to leave out of the scan. */
  exclude?: readonly string[];
  /** axe rule ids to skip; say why at the call site. */
  disableRules?: readonly string[];
}

/** Runs axe-core with the WCAG 2.x A/AA rules and fails with one readable line per violation. */
export async function expectNoAxeViolations(page: Page, opts: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  for (const selector of opts.include ?? []) builder = builder.include(selector);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  if (opts.disableRules?.length) builder = builder.disableRules([...opts.disableRules]);

  const { violations } = await builder.analyze();
  const lines = violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.map((part) => String(part)).join(' >> '));
    return `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help} -> ${targets.join(', ')}`;
  });
  expect(lines, `axe found ${lines.length} accessibility violation(s) on ${page.url()}`).toEqual([]);
}

export type ErrorPattern = string | RegExp;

export interface ErrorGuard {
  /** Accept page errors / console errors matching the pattern for the rest of this test. */
  allow(pattern: ErrorPattern): void;
  /** Also watch a context the test created itself (freshApp does this for you). */
  watch(context: BrowserContext): void;
}

interface Fixtures {
  /**
   * Auto fixture: the test fails if any page throws an uncaught error or logs console.error,
   * unless the message matches `allowedConsoleErrors` or `errorGuard.allow(...)`.
   */
  errorGuard: ErrorGuard;
  /**
   * Opens `path` (default '/') in a context with empty storage and waits for the `main`
   * landmark. The first call uses the test's own `page`; later calls open new contexts.
   */
  freshApp: (path?: string) => Promise<Page>;
}

interface Options {
  /** File- or project-level allow-list: `test.use({ allowedConsoleErrors: [/404/] })`. */
  allowedConsoleErrors: ErrorPattern[];
}

const matches = (text: string, pattern: ErrorPattern): boolean =>
  typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);

export const test = base.extend<Fixtures & Options>({
  allowedConsoleErrors: [[], { option: true }],

  errorGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const allowed: ErrorPattern[] = [...allowedConsoleErrors];
      const problems: string[] = [];

      const watch = (ctx: BrowserContext): void => {
        ctx.on('weberror', (webError) => {
          const error = webError.error();
          problems.push(`pageerror: ${error.stack ?? error.message}`);
        });
        ctx.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
      };
      watch(context);

      await use({ allow: (pattern) => void allowed.push(pattern), watch });

      const unexpected = problems.filter((problem) => !allowed.some((pattern) => matches(problem, pattern)));
      expect(unexpected, 'uncaught page errors or console errors during the test').toEqual([]);
    },
    { auto: true },
  ],

  freshApp: async ({ page, browser, baseURL, errorGuard }, use) => {
    const extraContexts: BrowserContext[] = [];
    let defaultPageUsed = false;

    await use(async (path = '/') => {
      let target = page;
      if (defaultPageUsed) {
        const context = await browser.newContext({ baseURL });
        errorGuard.watch(context);
        extraContexts.push(context);
        target = await context.newPage();
      }
      defaultPageUsed = true;
      await target.goto(path);
      await expect(target.getByRole('main')).toBeVisible();
      return target;
    });

    await Promise.all(extraContexts.map((context) => context.close()));
  },
});

/** A review card in a list (the index, related reviews), found by its exact title. */
export function reviewCard(scope: Page | Locator, title: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.getByRole('article').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** The comment-count link of a review card: "34 comments on “…”". */
export function commentCountLink(card: Locator): Locator {
  return card.getByRole('link', { name: /^[\d,]+ comments? on /i });
}

/** The index's live result count ("18 reviews", "2 reviews match “x”"), the only status inside main. */
export function resultCount(page: Page): Locator {
  return page.getByRole('main').getByRole('status');
}

/*
 * Discussion threads (threads, thread-permalinks and thread-resilience specs). Each comment is an
 * article named "Comment #12 by Ines, reply to Tobias, 3 replies" ("Deleted comment #12" once
 * deleted, "Linked comment: …" when a permalink points at it); replies nest inside their parent's.
 */

/** localStorage key of the guest's display name (src/lib/guest-identity.ts). */
export const GUEST_NAME_KEY = 'screening-room:guest-name';

/** Gives every page of the test's context a remembered guest name, so composers do not ask for one. */
export async function rememberGuestName(page: Page, name: string): Promise<void> {
  await page.context().addInitScript(
    ([key, value]) => {
      // Init scripts run in every document of the context, a new tab's about:blank too,
      // where touching localStorage throws (an opaque origin has none): only the app's own
      // pages need the name.
      try {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      } catch {
        // no storage in this document
      }
    },
    [GUEST_NAME_KEY, name] as const,
  );
}

/** The review page's discussion section. */
export function discussion(page: Page): Locator {
  return page.getByRole('region', { name: 'Discussion', exact: true });
}

/** The discussion's composer of a new top-level comment. */
export function topComposer(page: Page): Locator {
  return discussion(page).getByRole('textbox', { name: 'Your comment', exact: true });
}

/** The comment numbered `number` (live or deleted placeholder), anywhere under `scope`. */
export function commentArticle(scope: Page | Locator, number: number): Locator {
  return scope.getByRole('article', {
    name: new RegExp(`^(Linked comment: )?(Comment #${number} by |Deleted comment #${number}(,|$))`),
  });
}

/** The innermost comment showing `text`: its ancestors hold the text too, inside their replies. */
export function commentWithText(scope: Page | Locator, text: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  const holders = page.getByRole('article', { name: /^(Linked comment: )?(Comment|Deleted comment) #\d+/ });
  return scope
    .getByRole('article', { name: /^(Linked comment: )?(Comment|Deleted comment) #\d+/ })
    .filter({ hasText: text })
    .filter({ hasNot: holders.filter({ hasText: text }) });
}

/** The number in a comment article's name ("Comment #12 by …" → 12). */
export async function commentNumber(article: Locator): Promise<number> {
  const name = await article.evaluate((el) => {
    const labelId = el.getAttribute('aria-labelledby');
    return (labelId ? document.getElementById(labelId)?.textContent : null) ?? '';
  });
  const match = /#(\d+)/.exec(name);
  if (!match?.[1]) throw new Error(`no comment number in the article name "${name}"`);
  return Number(match[1]);
}

/**
 * How many comments the backend holds with exactly this text, read through the API from the
 * page: the newest 100 top-level comments of the review and the replies the page preloads.
 */
export async function storedCopies(page: Page, reviewSlug: string, body: string): Promise<number> {
  return page.evaluate(
    async ({ slug, text }) => {
      const response = await fetch(
        `/api/reviews/${encodeURIComponent(slug)}/comments?sort=newest&limit=100`,
        {
          headers: { Accept: 'application/json' },
        },
      );
      if (!response.ok) throw new Error(`GET comments answered ${response.status}`);
      const page = (await response.json()) as { items: { body: string }[] };
      return page.items.filter((comment) => comment.body === text).length;
    },
    { slug: reviewSlug, text: body },
  );
}

/*
 * Accounts. Every demo account's password is "screening-room-demo" (mocks/seed/users.ts).
 */

export const DEMO_PASSWORD = 'screening-room-demo';

/** sessionStorage key of the tab's session token (src/lib/session.ts). */
export const SESSION_KEY = 'screening-room:session';

/** Fills in and submits the sign-in form the page shows (it stays per tab: no "Remember me"). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/*
 * What this browser keeps of text not yet stored: drafts (src/lib/drafts.ts) and the outbox of
 * posts not confirmed (src/features/comments/lib/thread-session.ts), in localStorage.
 */

export const DRAFT_KEY_PREFIX = 'screening-room:draft:';
export const OUTBOX_KEY_PREFIX = 'screening-room:outbox:';

/** The `text` (drafts) or `body` (outbox posts) of every JSON entry under keys with these prefixes. */
export async function keptTexts(
  page: Page,
  keyPrefixes: readonly string[] = [DRAFT_KEY_PREFIX, OUTBOX_KEY_PREFIX],
): Promise<string[]> {
  return page.evaluate((prefixes) => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        const entry = value as { text?: unknown; body?: unknown };
        if (typeof entry.text === 'string') texts.push(entry.text);
        if (typeof entry.body === 'string') texts.push(entry.body);
      }
    };
    for (const key of Object.keys(localStorage)) {
      if (!prefixes.some((prefix) => key.startsWith(prefix))) continue;
      try {
        collect(JSON.parse(localStorage.getItem(key) ?? 'null'));
      } catch {
        // unreadable: not ours to judge here
      }
    }
    return texts;
  }, keyPrefixes);
}

/*
 * The API calls the app made. The embedded backend answers fetch inside the page, so no /api
 * request reaches the network and Playwright sees none (page.on('request'), routes), and the
 * browser logs no failed resource for an error answer. The client records each call instead,
 * as a user-timing measure "screening-room:api METHOD /path" (no /api, no query) with the
 * status in its detail (src/lib/api-client.ts). A navigation (goto, reload) starts afresh.
 */

export interface ApiCall {
  /** "METHOD /path", e.g. "POST /reviews/her-2013-orbit-and-quill/comments". */
  call: string;
  /** The answer's status; 0 when none came (network error, timeout, abort). */
  status: number;
}

const API_MEASURE_PREFIX = 'screening-room:api ';

/** Every API call this page made through the app's client since it loaded, in order. */
export async function apiCalls(page: Page): Promise<ApiCall[]> {
  return page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith(prefix))
        .map((entry) => {
          const detail: unknown = (entry as PerformanceMeasure).detail;
          const status =
            typeof detail === 'object' && detail !== null && 'status' in detail ? Number(detail.status) : -1;
          return { call: entry.name.slice(prefix.length), status };
        }),
    API_MEASURE_PREFIX,
  );
}

/** The statuses of this page's calls of `call` ("METHOD /path"), in order. */
export async function apiStatuses(page: Page, call: string): Promise<number[]> {
  return (await apiCalls(page)).filter((entry) => entry.call === call).map((entry) => entry.status);
}
