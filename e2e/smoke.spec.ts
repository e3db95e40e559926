import { expect, expectNoAxeViolations, test } from './fixtures';

test('home page loads with one h1, a main landmark and no axe violations', async ({ freshApp }) => {
  const page = await freshApp('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page).toHaveTitle(/\S/);
  await expectNoAxeViolations(page);
});
