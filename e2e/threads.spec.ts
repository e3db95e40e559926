import type { Locator, Page } from '@playwright/test';
import {
  commentArticle,
  commentNumber,
  commentWithText,
  discussion,
  expect,
  expectNoAxeViolations,
  rememberGuestName,
  storedCopies,
  test,
  topComposer,
} from './fixtures';

/*
 * Discussion threads on the review page: replying at depth, spoilers, editing and deleting,
 * a closed review, sorting, the 5,000-comment thread, bad input and axe. Seeded content
 * (mocks/seed/her-threads.ts, large-thread.ts): Orbit & Quill's Her review has 35 comments
 * (one a deleted placeholder) nested up to depth 7; Beastly Reels is closed for comments.
 */

const ORBIT = 'her-2013-orbit-and-quill';
const BEASTLY = 'her-2013-beastly-reels';
const NERD_SIGNAL = 'her-2013-nerd-signal';
const BIG = 'the-great-her-debate-orbit-and-quill';
const GUEST = 'Ada Tester';

const heading = (page: Page): Locator => discussion(page).getByRole('heading', { level: 2 });
const ownButton = (article: Locator, name: string | RegExp): Locator =>
  // Replies nest inside the article: its own buttons come before theirs.
  article.getByRole('button', { name, exact: typeof name === 'string' }).first();

/** "Discussion (1,234)" → 1234 */
async function shownCount(page: Page): Promise<number> {
  const text = (await heading(page).textContent()) ?? '';
  const match = /\(([\d,]+)\)/.exec(text);
  if (!match?.[1]) throw new Error(`no count in the discussion heading "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Numbers of the top-level comments, in the order shown. */
async function topLevelNumbers(page: Page): Promise<number[]> {
  const names = await discussion(page)
    .getByRole('article')
    .evaluateAll((articles) =>
      articles.map((article) => {
        const labelId = article.getAttribute('aria-labelledby');
        return (labelId ? document.getElementById(labelId)?.textContent : null) ?? '';
      }),
    );
  return names
    .filter((name) => /^(Comment|Deleted comment) #\d+/.test(name) && !name.includes(', reply to '))
    .map((name) => Number(/#(\d+)/.exec(name)?.[1]));
}

async function postTopLevel(page: Page, body: string): Promise<Locator> {
  await topComposer(page).fill(body);
  await discussion(page).getByRole('button', { name: 'Post comment', exact: true }).click();
  const posted = commentWithText(discussion(page), body);
  await expect(posted).toHaveAccessibleName(new RegExp(`^Comment #\\d+ by ${GUEST}`));
  return posted;
}

const unique = (label: string): string => `${label} ${Date.now().toString(36)}`;

test.describe('replying', () => {
  test('a guest replies three levels deep; after a reload each reply sits inside its parent, numbered in order', async ({
    freshApp,
  }) => {
    const page = await freshApp(`/reviews/${ORBIT}`);
    const thread = discussion(page);
    await expect(heading(page)).toHaveText(/^Discussion \(\d+\)$/);
    const before = await shownCount(page);

    const bram = commentArticle(thread, 13);
    await expect(bram).toHaveAccessibleName(/^Comment #13 by Bram, 2 replies$/);

    const bodies = [unique('First level reply'), unique('Second level reply'), unique('Third level reply')];
    const numbers: number[] = [];
    let parent = bram;
    let parentName = 'Bram';
    for (const [level, body] of bodies.entries()) {
      await ownButton(parent, 'Reply').click();
      const box = parent.getByRole('textbox', { name: `Reply to ${parentName}`, exact: true });
      await expect(box).toBeFocused();
      await box.fill(body);
      const nameField = parent.getByRole('textbox', { name: 'Your display name' });
      if (level === 0) {
        // Asked once; the browser remembers it for every composer after.
        await nameField.fill(GUEST);
      } else {
        await expect(nameField).toHaveCount(0);
        await expect(parent.getByText(`Posting as ${GUEST} (guest)`)).toBeVisible();
      }
      await parent.getByRole('button', { name: 'Post reply', exact: true }).click();

      const reply = commentWithText(parent, body);
      await expect(reply).toHaveAccessibleName(
        new RegExp(`^Comment #\\d+ by ${GUEST}, reply to ${parentName}$`),
      );
      await expect(box).toHaveCount(0);
      numbers.push(await commentNumber(reply));
      parent = reply;
      parentName = GUEST;
    }

    const [first = 0, second = 0, third = 0] = numbers;
    expect(first, 'a new comment numbers after every seeded one').toBeGreaterThan(13);
    expect([second, third], 'numbered in order of posting').toEqual([first + 1, first + 2]);
    await expect(heading(page)).toHaveText(`Discussion (${before + 3})`);

    await page.reload();
    const level1 = commentArticle(bram, first);
    const level2 = commentArticle(level1, second);
    const level3 = commentArticle(level2, third);
    await expect(level1).toHaveAccessibleName(`Comment #${first} by ${GUEST}, reply to Bram, 1 reply`);
    await expect(level2).toHaveAccessibleName(`Comment #${second} by ${GUEST}, reply to ${GUEST}, 1 reply`);
    await expect(level3).toHaveAccessibleName(`Comment #${third} by ${GUEST}, reply to ${GUEST}`);
    for (const [i, article] of [level1, level2, level3].entries()) {
      await expect(article).toBeVisible();
      await expect(article).toContainText(bodies[i] ?? '');
    }
    // Each lives only where it belongs: the second level is not also a direct reply of Bram's.
    await expect(thread.getByRole('article', { name: new RegExp(`^Comment #${second} by`) })).toHaveCount(1);
    await expect(heading(page)).toHaveText(`Discussion (${before + 3})`);
    await expect(bram).toHaveAccessibleName('Comment #13 by Bram, 3 replies');
  });
});

test.describe('spoilers', () => {
  const MARISOL = "Spoiler for anyone who hasn't seen it yet";
  const ENDING = 'all the OSes leave together';
  const KESTREL = 'No dialogue needed.';
  const ROOFTOP = 'the rooftop with Amy at dawn';

  test('a spoiler stays hidden (and out of the accessibility tree) until revealed; "show all" is remembered for the film', async ({
    freshApp,
  }) => {
    const page = await freshApp(`/reviews/${ORBIT}`);
    const thread = discussion(page);
    const marisol = commentWithText(thread, MARISOL);
    const kestrel = commentWithText(thread, KESTREL);
    await expect(marisol).toBeVisible();

    // Its own spoiler comes first; the replies nested inside it have theirs.
    const show = marisol.getByRole('button', { name: 'Show spoiler', exact: true }).first();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    const hidden = marisol.getByText(ENDING);
    await expect(hidden).toHaveAttribute('aria-hidden', 'true');
    await expect(hidden).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
    expect(await marisol.ariaSnapshot(), 'hidden text is not read out').not.toContain(ENDING);

    // The thread's own search does not give it away either.
    const search = thread.getByRole('searchbox', { name: 'Search this discussion' });
    await search.fill('OSes leave together');
    await expect(thread.getByText('No matches among the loaded comments.')).toBeVisible();
    await search.fill('');

    await show.click();
    await expect(marisol.getByRole('button', { name: 'Hide spoiler', exact: true }).first()).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(hidden).not.toHaveAttribute('aria-hidden', 'true');
    await expect(hidden).not.toHaveCSS('color', 'rgba(0, 0, 0, 0)');
    expect(await marisol.ariaSnapshot()).toContain(ENDING);
    // One at a time: the next comment's spoiler is still hidden.
    expect(await kestrel.ariaSnapshot()).not.toContain(ROOFTOP);

    const revealAll = thread.getByRole('button', { name: 'Show all spoilers for Her' });
    await expect(revealAll).toHaveAttribute('aria-pressed', 'false');
    await revealAll.click();
    await expect(revealAll).toHaveAttribute('aria-pressed', 'true');
    await expect(kestrel.getByRole('button', { name: 'Hide spoiler', exact: true })).toBeVisible();
    expect(await kestrel.ariaSnapshot()).toContain(ROOFTOP);

    await page.reload();
    await expect(revealAll).toHaveAttribute('aria-pressed', 'true');
    expect(await marisol.ariaSnapshot()).toContain(ENDING);
    expect(await kestrel.ariaSnapshot()).toContain(ROOFTOP);

    // Remembered for the film, so another review of Her shows its spoilers too.
    await page.goto(`/reviews/${NERD_SIGNAL}`);
    const sparky = commentWithText(discussion(page), 'Saw it at a preview last week');
    await expect(sparky.getByRole('button', { name: 'Hide spoiler', exact: true })).toBeVisible();
    expect(await sparky.ariaSnapshot()).toContain('every OS leaves at once');
  });
});

test.describe('editing and deleting your own comments', () => {
  test('an edit within the window replaces the text and marks the comment "edited", also after a reload', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(`/reviews/${ORBIT}`);
    const original = unique('Freshly posted and about to change');
    const posted = await postTopLevel(page, original);
    const number = await commentNumber(posted);
    const comment = commentArticle(discussion(page), number);
    await expect(comment.getByText(/^edited\b/)).toHaveCount(0);

    await ownButton(comment, /^Edit \(1[45] min left\)$/).click();
    const box = comment.getByRole('textbox', { name: `Edit comment #${number}` });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(original);
    const changed = unique('Changed my mind, **politely**');
    await box.fill(changed);
    await comment.getByRole('button', { name: 'Save changes' }).click();

    await expect(box).toHaveCount(0);
    await expect(comment.getByRole('strong')).toHaveText('politely');
    await expect(comment).not.toContainText(original);
    await expect(comment.getByText(/^edited\b/)).toBeVisible();

    await page.reload();
    await expect(comment.getByText(/^edited\b/)).toBeVisible();
    await expect(comment.getByRole('strong')).toHaveText('politely');
    await expect(comment).not.toContainText(original);
  });

  test('deleting your comment that has a reply leaves a "deleted" placeholder holding the reply', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(`/reviews/${ORBIT}`);
    const parentBody = unique('A comment I will regret');
    const replyBody = unique('A reply that must survive');
    const posted = await postTopLevel(page, parentBody);
    const parentNumber = await commentNumber(posted);
    const parent = commentArticle(discussion(page), parentNumber);

    await ownButton(parent, 'Reply').click();
    await parent.getByRole('textbox', { name: `Reply to ${GUEST}` }).fill(replyBody);
    await parent.getByRole('textbox', { name: `Reply to ${GUEST}` }).press('ControlOrMeta+Enter');
    const reply = commentWithText(parent, replyBody);
    await expect(reply).toHaveAccessibleName(new RegExp(`^Comment #\\d+ by ${GUEST}, reply to ${GUEST}$`));
    const replyNumber = await commentNumber(reply);
    const countBefore = await shownCount(page);

    await ownButton(parent, 'Delete').click();
    const confirm = parent.getByRole('group', { name: /^Delete this comment\?/ });
    await expect(confirm).toContainText('Its replies stay');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();

    const placeholder = commentArticle(discussion(page), parentNumber);
    await expect(placeholder).toHaveAccessibleName(`Deleted comment #${parentNumber}, 1 reply`);
    await expect(placeholder.getByText('This comment was deleted.')).toBeVisible();
    await expect(placeholder).not.toContainText(parentBody);
    await expect(commentArticle(placeholder, replyNumber)).toContainText(replyBody);
    await expect(heading(page)).toHaveText(`Discussion (${countBefore - 1})`);

    await page.reload();
    await expect(placeholder).toHaveAccessibleName(`Deleted comment #${parentNumber}, 1 reply`);
    await expect(placeholder).not.toContainText(parentBody);
    await expect(commentArticle(placeholder, replyNumber)).toContainText(replyBody);
    await expect(commentArticle(placeholder, replyNumber)).toHaveAccessibleName(
      `Comment #${replyNumber} by ${GUEST}, reply to a deleted comment`,
    );
    await expect(heading(page)).toHaveText(`Discussion (${countBefore - 1})`);
  });
});

test.describe('a review closed for comments', () => {
  test('shows no composer and says comments are closed; the thread stays readable; the API refuses posts', async ({
    freshApp,
  }) => {
    const page = await freshApp(`/reviews/${BEASTLY}`);
    const thread = discussion(page);
    await expect(thread.getByText('Comments are closed for this review.')).toBeVisible();
    await expect(thread.getByRole('textbox')).toHaveCount(0);
    await expect(thread.getByRole('searchbox', { name: 'Search this discussion' })).toBeVisible();
    await expect(thread.getByRole('button', { name: /^Post/ })).toHaveCount(0);

    const first = commentWithText(thread, "Arcade Fire!! I didn't realise it was them");
    await expect(first).toBeVisible();
    await expect(first).toHaveAccessibleName(/^Comment #1 by Dara, 1 reply$/);
    await expect(commentWithText(first, 'Owen Pallett worked on it too')).toBeVisible();
    await expect(thread.getByRole('button', { name: 'Reply', exact: true })).toHaveCount(0);
    await expect(thread.getByRole('button', { name: 'Quote', exact: true })).toHaveCount(0);

    // The backend enforces it too.
    const answer = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/reviews/${slug}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Guest-Token': 'e2e-closed-review-guest-0001' },
        body: JSON.stringify({
          clientId: 'e2e-closed-0001',
          parentId: null,
          body: 'Let me in',
          guestName: 'Pat',
        }),
      });
      return { status: response.status, body: (await response.json()) as { detail?: string } };
    }, BEASTLY);
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toContain('closed for comments');
  });
});

test.describe('sorting', () => {
  test('newest first reverses the top level, is in the URL and survives a reload', async ({ freshApp }) => {
    const page = await freshApp(`/reviews/${ORBIT}`);
    const sort = discussion(page).getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toHaveValue('oldest');
    await expect(commentArticle(discussion(page), 1)).toBeVisible();
    const oldest = await topLevelNumbers(page);
    expect(oldest.length).toBeGreaterThan(3);
    expect(oldest, 'oldest first: ascending numbers').toEqual([...oldest].sort((a, b) => a - b));

    await sort.selectOption('newest');
    await expect(page).toHaveURL(/[?&]sort=newest(&|#|$)/);
    const newest = [...oldest].sort((a, b) => b - a);
    await expect.poll(() => topLevelNumbers(page)).toEqual(newest);

    await page.reload();
    await expect(sort).toHaveValue('newest');
    await expect(commentArticle(discussion(page), newest[0] ?? 0)).toBeVisible();
    expect(await topLevelNumbers(page)).toEqual(newest);

    await sort.selectOption('oldest');
    await expect(page).not.toHaveURL(/sort=/);
    await expect.poll(() => topLevelNumbers(page)).toEqual(oldest);
  });
});

test.describe('the 5,000-comment thread', () => {
  interface PageItem {
    number: number;
    deleted: boolean;
    body: string;
    author: { name: string };
  }

  test('opens with its first comments and "Load more"; the thread search jumps to a match; loading more adds comments', async ({
    freshApp,
  }) => {
    const page = await freshApp(`/reviews/${BIG}`);
    const thread = discussion(page);
    await expect(heading(page)).toHaveText('Discussion (5,000)');
    await expect(commentArticle(thread, 1)).toBeVisible();
    await expect(commentArticle(thread, 2)).toBeVisible();
    const loadMore = thread.getByRole('button', { name: /^Load more comments \([\d,]+ remaining\)$/ });
    await expect(loadMore).toBeVisible();
    const searchArea = thread.getByRole('search', { name: 'This discussion' });
    const loaded = searchArea.getByText(/^Searches the [\d,]+ loaded comments\.$/);
    const loadedCount = async () => Number(((await loaded.textContent()) ?? '').replace(/\D/g, ''));
    const firstLoaded = await loadedCount();
    expect(firstLoaded, 'a page of top-level comments with their first replies').toBeGreaterThan(20);
    expect(firstLoaded, 'not the whole thread at once').toBeLessThan(5000);

    // A phrase only the last loaded comment has: its author's name and first words.
    const items = await page.evaluate(async (slug) => {
      const response = await fetch(`/api/reviews/${slug}/comments`);
      return ((await response.json()) as { items: PageItem[] }).items;
    }, BIG);
    const target = items.filter((item) => !item.deleted).at(-1);
    if (!target) throw new Error('the first page is empty');
    const phrase = `${target.author.name} ${target.body.split(/\s+/).slice(0, 6).join(' ')}`;
    const targetArticle = commentArticle(thread, target.number);
    await expect(targetArticle).not.toBeInViewport();

    const search = searchArea.getByRole('searchbox', { name: 'Search this discussion' });
    await search.fill(phrase);
    await expect(searchArea.getByText('1 match: press Enter to go to the first.')).toBeVisible();
    await search.press('Enter');
    await expect(searchArea.getByText('1 of 1', { exact: true })).toBeVisible();
    await expect(targetArticle).toBeInViewport();
    await expect(search).toBeFocused();

    await search.fill('');
    await expect(loaded).toBeVisible();
    const remainingBefore = Number(((await loadMore.textContent()) ?? '').replace(/\D/g, ''));
    await loadMore.click();
    await expect.poll(loadedCount).toBeGreaterThan(firstLoaded);
    await expect(loadMore).toHaveText(
      `Load more comments (${(remainingBefore - 20).toLocaleString('en')} remaining)`,
    );
  });
});

test.describe('bad input', () => {
  test('an empty or blank comment is refused in words; an over-long one shows the counter, is refused and kept', async ({
    page,
    freshApp,
  }) => {
    await rememberGuestName(page, GUEST);
    await freshApp(`/reviews/${ORBIT}`);
    const thread = discussion(page);
    const box = topComposer(page);
    const post = thread.getByRole('button', { name: 'Post comment', exact: true });

    await post.click();
    await expect(thread.getByRole('alert')).toHaveText('Comment cannot be empty.');
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-invalid', 'true');

    await box.fill('   \n\t  ');
    await post.click();
    await expect(thread.getByRole('alert')).toHaveText('Comment cannot be empty.');
    await expect(box).toHaveValue('   \n\t  ');

    const tooLong = `${'abcd '.repeat(1000)}x`; // 5,001 characters
    await box.fill(tooLong);
    await expect(thread.getByText('5,001 / 5,000 characters')).toBeVisible();
    await expect(thread.getByText('Too long by 1 character: shorten it to post.')).toBeVisible();
    await post.click();
    await expect(thread.getByRole('alert')).toHaveText('Comment is too long: the limit is 5,000 characters.');
    await expect(box).toHaveValue(tooLong);
    await expect(thread.getByRole('article', { name: /^Your comment/ })).toHaveCount(0);

    // The backend refuses it as well, with a problem in words.
    const refused = await page.evaluate(
      async ({ slug, body }) => {
        const response = await fetch(`/api/reviews/${slug}/comments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Guest-Token': 'e2e-bad-input-guest-00001' },
          body: JSON.stringify({ clientId: 'e2e-too-long-0001', parentId: null, body, guestName: 'Pat' }),
        });
        return { status: response.status, text: await response.text() };
      },
      { slug: ORBIT, body: tooLong },
    );
    expect([400, 413, 422]).toContain(refused.status);
    expect(refused.text).toContain('Comment is too long');

    // Exactly at the limit is fine.
    const atLimit = tooLong.slice(0, -1);
    await box.press('ControlOrMeta+End');
    await box.press('Backspace');
    await expect(thread.getByText('5,000 / 5,000 characters')).toBeVisible();
    await expect(thread.getByText(/^Too long by/)).toHaveCount(0);
    await post.click();
    await expect(box).toHaveValue('');
    await expect.poll(() => storedCopies(page, ORBIT, atLimit)).toBe(1);
    expect(await storedCopies(page, ORBIT, tooLong)).toBe(0);
  });
});

test.describe('threads accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations with the composers open, in Write and Preview (${colorScheme})`, async ({
      page,
      freshApp,
    }) => {
      await page.emulateMedia({ colorScheme });
      await freshApp(`/reviews/${ORBIT}`);
      const thread = discussion(page);
      await topComposer(page).fill(
        'A *careful* point, with a [link](https://example.com), `code`,\n\n> a quote\n\nand a ||hidden twist||.',
      );
      const first = commentArticle(thread, 1);
      await ownButton(first, 'Reply').click();
      await first.getByRole('textbox', { name: /^Reply to / }).fill('Replying with **bold** words.');
      await expectNoAxeViolations(page);

      const topForm = thread.getByRole('tablist', { name: 'Write or preview' }).first();
      await topForm.getByRole('tab', { name: 'Preview' }).click();
      const preview = thread.getByRole('tabpanel', { name: 'Preview' }).first();
      await expect(preview.getByRole('emphasis')).toHaveText('careful');
      await expect(preview.getByRole('button', { name: 'Show spoiler' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
