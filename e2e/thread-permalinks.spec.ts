import type { Locator, Page } from '@playwright/test';
import { THREAD_PAGE_SIZE } from '../src/contract/comments';
import { buildHerComments } from '../mocks/seed/her-threads';
import { largeThreadComments } from '../mocks/seed/large-thread';
import type { CommentRecord } from '../mocks/store/types';
import { commentArticle, discussion, expect, expectNoAxeViolations, test } from './fixtures';

/*
 * Permalinks (/reviews/<slug>?comment=<id>#comment-<id>) and the focused "Continue this thread"
 * view (/reviews/<slug>/thread/<id>). Which comments sit where is read from the seed itself
 * (mocks/seed): ids, numbers and nesting only; names come from the page.
 */

const ORBIT = 'her-2013-orbit-and-quill';
const BIG = 'the-great-her-debate-orbit-and-quill';

const permalink = (slug: string, id: string): string => `/reviews/${slug}?comment=${id}#comment-${id}`;
const threadView = (slug: string, id: string): string => `/reviews/${slug}/thread/${id}`;

/** The main discussion shows depths 0–7; deeper comments continue in a focused view. */
const LAST_LEVEL = 7;

/** Orbit & Quill's deepest comment (depth 7): its page preloads only three levels of replies. */
const orbitDeep = (() => {
  const found = buildHerComments().find((c) => c.body.startsWith('Told you. That scene gets me'));
  if (!found) throw new Error('the seeded Orbit & Quill thread changed: no "Told you." comment');
  return found;
})();

/** The generated 5,000-comment thread's structure: which comments are deep, and where. */
const big = (() => {
  const comments = largeThreadComments();
  const byId = new Map(comments.map((c) => [c.id, c]));
  const roots = comments.filter((c) => c.parentId === null).sort((a, b) => a.number - b.number);
  const firstPage = new Set(roots.slice(0, THREAD_PAGE_SIZE).map((c) => c.id));
  const chainTo = (comment: CommentRecord): CommentRecord[] => {
    const chain = [comment];
    for (let c = comment; c.parentId !== null;) {
      const parent = byId.get(c.parentId);
      if (!parent) throw new Error(`no parent ${c.parentId}`);
      chain.unshift(parent);
      c = parent;
    }
    return chain;
  };
  const rootNumber = (c: CommentRecord): number => chainTo(c)[0]?.number ?? 0;
  const deep = comments.filter((c) => c.depth > LAST_LEVEL + 1);
  // Near: under the earliest top-level comment that has one, so that comment is on screen at the top.
  const onFirstPage = deep
    .filter((c) => firstPage.has(chainTo(c)[0]?.id ?? ''))
    .sort((a, b) => rootNumber(a) - rootNumber(b) || b.depth - a.depth)[0];
  // Far: the deepest of all under a top-level comment the first page does not load.
  const beyondFirstPage = deep
    .filter((c) => !firstPage.has(chainTo(c)[0]?.id ?? ''))
    .sort((a, b) => b.depth - a.depth || a.number - b.number)[0];
  if (!onFirstPage || !beyondFirstPage) {
    throw new Error('the generated thread has no comment deeper than the view shows');
  }
  return { near: chainTo(onFirstPage), far: chainTo(beyondFirstPage) };
})();

function at(chain: readonly CommentRecord[], depth: number): CommentRecord {
  const comment = chain[depth];
  if (!comment) throw new Error(`the chain has no comment at depth ${depth}`);
  return comment;
}

/** A permalink's target: highlighted (name, aria-current, visible label), focused and on screen. */
async function expectLinked(page: Page, article: Locator): Promise<void> {
  await expect(article).toHaveAccessibleName(/^Linked comment: Comment #\d+ by /);
  await expect(article).toHaveAttribute('aria-current', 'true');
  await expect(article.getByText('Linked comment', { exact: true }).first()).toBeVisible();
  await expect(article).toBeFocused();
  await expect(article).toBeInViewport();
  // Only one comment is the linked one.
  await expect(page.getByRole('article', { name: /^Linked comment: / })).toHaveCount(1);
}

test.describe('permalinks', () => {
  test('a permalink to a deep comment not loaded yet expands its thread, scrolls to it, focuses and highlights it', async ({
    page,
    freshApp,
    baseURL,
  }) => {
    // Without the link, the comment is hidden behind "more replies" (three levels are preloaded).
    await freshApp(`/reviews/${ORBIT}`);
    await expect(commentArticle(discussion(page), 1)).toBeVisible();
    await expect(commentArticle(discussion(page), orbitDeep.number)).toHaveCount(0);

    const linked = await freshApp(permalink(ORBIT, orbitDeep.id));
    const target = commentArticle(discussion(linked), orbitDeep.number);
    await expectLinked(linked, target);
    await expect(target).toContainText('Told you. That scene gets me every single time.');
    // Deeper than the indentation goes: it says whom it answers.
    await expect(target.getByText(/^in reply to /)).toBeVisible();
    await expect(target.getByText(/^in reply to /)).toHaveText('in reply to Ines Marchetti');
    // Inside its ancestors, all the way up to the top-level comment.
    await expect(commentArticle(commentArticle(discussion(linked), 1), orbitDeep.number)).toBeVisible();

    // Its "Copy link" gives the same address.
    await linked.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await target.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(target.getByRole('button', { name: 'Link copied', exact: true })).toBeVisible();
    const copied = await linked.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL ?? ''}${permalink(ORBIT, orbitDeep.id)}`);
  });

  test('a permalink to a comment collapsed earlier in the visit expands what hides it', async ({
    freshApp,
  }) => {
    const chain = big.near;
    const viewRoot = at(chain, LAST_LEVEL);
    const root = at(chain, 0);
    const linkedComment = at(chain, LAST_LEVEL - 1);

    const page = await freshApp(threadView(BIG, viewRoot.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^Thread from comment #${viewRoot.number} by `),
    );
    await page.getByRole('link', { name: 'Back to the full discussion' }).click();
    await expect(page).toHaveURL(new RegExp(`/reviews/${BIG}#discussion$`));

    // Collapse the top-level comment: the whole chain is out of sight.
    const rootArticle = commentArticle(discussion(page), root.number);
    const toggle = rootArticle.getByRole('button', { name: 'Hide replies', exact: true }).first();
    await toggle.click();
    await expect(
      rootArticle.getByRole('button', { name: 'Show replies', exact: true }).first(),
    ).toHaveAttribute('aria-expanded', 'false');
    await expect(rootArticle.getByText(/^[\d,]+ replies hidden$/)).toBeVisible();
    await expect(commentArticle(discussion(page), at(chain, 1).number)).toHaveCount(0);

    // Back in the focused view, its trail links to the comments above it.
    await page.goBack();
    const trail = page.getByRole('navigation', { name: 'Earlier in this thread' });
    await trail.getByRole('link', { name: new RegExp(`^#${linkedComment.number} `) }).click();
    await expect(page).toHaveURL(
      new RegExp(`/reviews/${BIG}\\?comment=${linkedComment.id}#comment-${linkedComment.id}$`),
    );

    const target = commentArticle(discussion(page), linkedComment.number);
    await expectLinked(page, target);
    // The top-level comment was opened again (it is drawn once scrolled back to the top of the list).
    await discussion(page).getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await expect(
      rootArticle.getByRole('button', { name: 'Hide replies', exact: true }).first(),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  test('a permalink deeper than the discussion shows, on a page not loaded, opens the focused view at it', async ({
    freshApp,
  }) => {
    const chain = big.far;
    const deep = chain[chain.length - 1];
    if (!deep) throw new Error('empty chain');
    const viewRoot = at(chain, LAST_LEVEL);

    const page = await freshApp(permalink(BIG, deep.id));
    await expect(page).toHaveURL(
      new RegExp(`/reviews/${BIG}/thread/${viewRoot.id}\\?comment=${deep.id}#comment-${deep.id}$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^Thread from comment #${viewRoot.number} by `),
    );
    const target = commentArticle(page.getByRole('main'), deep.number);
    await expectLinked(page, target);
    // The comments above the view are a trail of links back into the discussion.
    const trail = page.getByRole('navigation', { name: 'Earlier in this thread' });
    await expect(trail.getByRole('link', { name: new RegExp(`^#${at(chain, 0).number} `) })).toHaveAttribute(
      'href',
      permalink(BIG, at(chain, 0).id),
    );

    await page.reload();
    await expectLinked(page, commentArticle(page.getByRole('main'), deep.number));
  });
});

test.describe('continue this thread', () => {
  test('below the last level a comment offers "Continue this thread", which opens its own URL and survives a reload', async ({
    freshApp,
  }) => {
    const chain = big.near;
    const last = at(chain, LAST_LEVEL);
    const next = at(chain, LAST_LEVEL + 1);

    const page = await freshApp(permalink(BIG, last.id));
    const lastArticle = commentArticle(discussion(page), last.number);
    await expectLinked(page, lastArticle);
    // Its replies are not drawn here, one level too deep.
    await expect(commentArticle(page.getByRole('main'), next.number)).toHaveCount(0);

    const continueLink = discussion(page).getByRole('link', { name: /^Continue this thread/ });
    await expect(continueLink).toHaveCount(1);
    await expect(continueLink).toHaveAttribute('href', threadView(BIG, last.id));
    await continueLink.click();

    await expect(page).toHaveURL(new RegExp(`/reviews/${BIG}/thread/${last.id}$`));
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(new RegExp(`^Thread from comment #${last.number} by `));
    const main = page.getByRole('main');
    await expect(commentArticle(main, last.number)).toBeVisible();
    await expect(commentArticle(commentArticle(main, last.number), next.number)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Earlier in this thread' })).toBeVisible();

    await page.reload();
    await expect(title).toHaveText(new RegExp(`^Thread from comment #${last.number} by `));
    await expect(commentArticle(commentArticle(main, last.number), next.number)).toBeVisible();

    await page.getByRole('link', { name: 'Back to the full discussion' }).click();
    await expect(page).toHaveURL(new RegExp(`/reviews/${BIG}#discussion$`));
    await expect(discussion(page).getByRole('heading', { level: 2 })).toHaveText('Discussion (5,000)');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the focused view has no axe violations (${colorScheme})`, async ({ page, freshApp }) => {
      await page.emulateMedia({ colorScheme });
      const chain = big.far;
      const viewRoot = at(chain, LAST_LEVEL);
      await freshApp(threadView(BIG, viewRoot.id));
      await expect(commentArticle(page.getByRole('main'), at(chain, LAST_LEVEL + 1).number)).toBeVisible();
      await commentArticle(page.getByRole('main'), viewRoot.number)
        .getByRole('button', { name: 'Reply', exact: true })
        .first()
        .click();
      await expect(page.getByRole('textbox', { name: /^Reply to / })).toBeFocused();
      await expectNoAxeViolations(page);
    });
  }
});
