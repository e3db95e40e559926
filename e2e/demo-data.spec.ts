import type { Locator, Page } from '@playwright/test';
import { commentCountLink, expect, expectNoAxeViolations, reviewCard, test } from './fixtures';

/*
 * The demo data lives in IndexedDB: a change made through the API survives reloads and is
 * seen by another tab of the same browser; "Reset demo data" on About puts it back.
 */

const SLUG = 'her-2013-orbit-and-quill';
const TITLE = 'Her Is the Love Story Science Fiction Was Waiting For';
const LIST = '/?publication=orbit-and-quill';

/** The number at the start of a card's comment link: "34 comments on “…”" → 34. */
async function commentCount(link: Locator): Promise<number> {
  await expect(link).toBeVisible();
  const text = (await link.textContent()) ?? '';
  const match = /^\s*([\d,]+)\s+comments?\b/.exec(text);
  if (!match?.[1]) throw new Error(`No comment count in “${text}”`);
  return Number(match[1].replaceAll(',', ''));
}

const countText = (n: number) => new RegExp(`^${n.toLocaleString('en-GB')} comments? on `);

/** Posts a guest comment through the in-browser API, as the comments UI would. */
async function postGuestComment(
  page: Page,
  slug: string,
  body: string,
): Promise<{ status: number; id: unknown }> {
  return page.evaluate(
    async ({ slug, body }) => {
      const response = await fetch(`/api/reviews/${slug}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Guest-Token': 'e2e-guest-token-0123456789abcdef' },
        body: JSON.stringify({
          clientId: `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
          parentId: null,
          body,
          guestName: 'E2E Visitor',
        }),
      });
      const json = (await response.json()) as { id?: unknown };
      return { status: response.status, id: json.id };
    },
    { slug, body },
  );
}

async function openAbout(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Screening Room' })).toBeVisible();
}

test('a change persists across reloads and tabs, and "Reset demo data" restores the original', async ({
  freshApp,
}) => {
  const page = await freshApp(LIST);
  const card = commentCountLink(reviewCard(page, TITLE));
  const original = await commentCount(card);
  expect(original, 'the seeded thread has comments').toBeGreaterThan(0);

  const posted = await postGuestComment(page, SLUG, 'Persistence check from the end-to-end tests.');
  expect(posted.status).toBe(201);
  expect(typeof posted.id).toBe('string');

  await page.reload();
  await expect(card).toHaveText(countText(original + 1));

  // A second tab of the same browser reads the same IndexedDB.
  const second = await page.context().newPage();
  await second.goto(LIST);
  const secondCard = commentCountLink(reviewCard(second, TITLE));
  await expect(secondCard).toHaveText(countText(original + 1));

  // The review page agrees.
  await second.getByRole('link', { name: TITLE, exact: true }).click();
  await expect(
    second.getByRole('article', { name: TITLE }).getByRole('link', { name: /comments?$/ }),
  ).toHaveText(`${original + 1} comments`);

  await openAbout(page);
  // The first click only asks; Escape backs out and nothing is reset.
  const trigger = page.getByRole('button', { name: 'Reset demo data' });
  await trigger.click();
  const prompt = page.getByText(/^Reset the demo data\?/);
  await expect(prompt).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trigger).toBeFocused();
  await expect(page.getByText(/^Demo data restored/)).toHaveCount(0);

  await trigger.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(trigger).toBeFocused();
  await page.goto(LIST);
  await expect(card).toHaveText(countText(original + 1));

  // Now for real.
  await openAbout(page);
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.getByRole('button', { name: 'Yes, reset demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data restored' })).toHaveText(
    /^Demo data restored: 18 reviews, [\d,]+ comments\.$/,
  );
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toBeFocused();

  // Back on the index in this tab (client-side, from the refreshed cache) and after a reload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('18 reviews');
  await page.goto(LIST);
  await expect(card).toHaveText(countText(original));

  // And in the other tab.
  await second.goto(LIST);
  await expect(secondCard).toHaveText(countText(original));
});

test("a brand-new visitor (another context) does not see someone else's change", async ({ freshApp }) => {
  const page = await freshApp(LIST);
  const original = await commentCount(commentCountLink(reviewCard(page, TITLE)));
  expect((await postGuestComment(page, SLUG, 'Only this browser should see this.')).status).toBe(201);
  await page.reload();
  await expect(commentCountLink(reviewCard(page, TITLE))).toHaveText(countText(original + 1));

  const stranger = await freshApp(LIST);
  await expect(commentCountLink(reviewCard(stranger, TITLE))).toHaveText(countText(original));
});

test.describe('About page accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations in the ${colorScheme} scheme, confirm step and result shown`, async ({
      page,
      freshApp,
    }) => {
      await page.emulateMedia({ colorScheme });
      await freshApp('/about');
      await expect(page.getByRole('heading', { level: 1, name: 'About Screening Room' })).toBeVisible();
      await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Reset demo data' }).click();
      await expect(page.getByRole('button', { name: 'Yes, reset demo data' })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Yes, reset demo data' }).click();
      await expect(page.getByText(/^Demo data restored/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
