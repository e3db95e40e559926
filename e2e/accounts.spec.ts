import type { Page } from '@playwright/test';
import { apiStatuses, DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, test } from './fixtures';

/*
 * Accounts in the browser: register, sign out, sign in again; one session per tab; and the
 * sign-in, register and settings pages are axe-clean, errors included.
 * Every demo account's password is "screening-room-demo" (mocks/seed/users.ts).
 */

const header = (page: Page) => page.getByRole('banner');
const accountButton = (page: Page, name: string) =>
  header(page).getByRole('button', { name: `${name}, your account` });

test('register, sign out, and sign in again, coming back to the same page each time', async ({
  freshApp,
}) => {
  const page = await freshApp('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Screening Room' })).toBeVisible();

  await header(page).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Username').fill('film-owl');
  await page.getByLabel('Display name').fill('Film Owl');
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('short');
  await expect(page.getByText('Password needs at least 10 characters.')).toBeVisible();
  await password.fill('owls watch films at night');
  await expect(page.getByText('This password meets the rules.')).toBeVisible();
  await page.getByLabel('Confirm password').fill('owls watch films at night');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/about$/);
  await expect(accountButton(page, 'Film Owl')).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Inbox' })).toBeVisible();

  // The session is this tab's: a reload keeps it.
  await page.reload();
  await expect(accountButton(page, 'Film Owl')).toBeVisible();

  await accountButton(page, 'Film Owl').click();
  await header(page).getByRole('button', { name: 'Sign out' }).click();
  const signInLink = header(page).getByRole('link', { name: 'Sign in' });
  await expect(signInLink).toBeFocused();
  await expect(accountButton(page, 'Film Owl')).toHaveCount(0);

  await signInLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signIn(page, 'Film-Owl', 'owls watch films at night');
  await expect(page).toHaveURL(/\/about$/);
  await expect(accountButton(page, 'Film Owl')).toBeVisible();

  // The profile link in the account menu leads to the new person's page.
  await accountButton(page, 'Film Owl').click();
  await header(page).getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Film Owl' })).toBeVisible();
  await expect(page.getByText('Film Owl has not commented yet.')).toBeVisible();
});

test('two tabs can be two different people; "remember me" is shared by tabs without their own', async ({
  freshApp,
}) => {
  const first = await freshApp('/sign-in');
  await signIn(first, 'nightbus42');
  await expect(accountButton(first, 'Callum Reyes')).toBeVisible();

  // A second tab of the same browser starts as a guest: the first tab's session is its own.
  const second = await first.context().newPage();
  await second.goto('/sign-in');
  await expect(second.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(header(second).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(second, 'vintage-static');
  await expect(accountButton(second, 'Ines Marchetti')).toBeVisible();

  await first.reload();
  await expect(accountButton(first, 'Callum Reyes')).toBeVisible();

  // Remembered: a third tab, with no session of its own, is that person too.
  const third = await first.context().newPage();
  await third.goto('/sign-in');
  await third.getByLabel('Username').fill('paperlantern');
  await third.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await third.getByRole('checkbox', { name: /Remember me/ }).check();
  await third.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(accountButton(third, 'Hana Ishikawa-Moore')).toBeVisible();

  const fourth = await first.context().newPage();
  await fourth.goto('/about');
  await expect(accountButton(fourth, 'Hana Ishikawa-Moore')).toBeVisible();
  await first.reload();
  await expect(accountButton(first, 'Callum Reyes')).toBeVisible();
});

test('the sign-in page is axe-clean, also when it shows errors', async ({ freshApp }) => {
  const page = await freshApp('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Username')).toBeFocused();
  await signIn(page, 'nightbus42', 'definitely not it');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong username or password' })).toBeVisible();
  expect(await apiStatuses(page, 'POST /auth/sign-in'), 'the backend refused the password').toEqual([401]);
  await expect(page.getByLabel('Username')).toHaveValue('nightbus42');
  await expectNoAxeViolations(page);
});

test('the register page is axe-clean, with its live rules and a taken username', async ({ freshApp }) => {
  const page = await freshApp('/register');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await expectNoAxeViolations(page);

  await page.getByLabel('Username').fill('nightbus42');
  await page.getByLabel('Display name').fill('Not Callum');
  await page.getByLabel('Password', { exact: true }).fill('a good long passphrase');
  await page.getByLabel('Confirm password').fill('a good long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Username')).toBeFocused();
  await expect(page.getByText('That username is taken. Choose another one.').first()).toBeVisible();
  expect(await apiStatuses(page, 'POST /auth/register'), 'the backend refused the username').toEqual([409]);
  await expectNoAxeViolations(page);
});

test('settings need an account, save a new display name, and are axe-clean', async ({ freshApp }) => {
  const page = await freshApp('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await signIn(page, 'kestrel-h');
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const name = page.getByLabel('Display name');
  await expect(name).toHaveValue('Kestrel Hayward');
  await expectNoAxeViolations(page);

  await name.fill('Kes Hayward');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Saved. Your display name is now “Kes Hayward”.')).toBeVisible();
  await expect(accountButton(page, 'Kes Hayward')).toBeVisible();

  await page.getByRole('radio', { name: /Daily digest/ }).check();
  await page.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(page.getByText('Notification settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /Daily digest/ })).toBeChecked();
  await expectNoAxeViolations(page);
});
