import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../../mocks/seed/users';
import { sessionHeaders } from '../../contract/accounts';
import { getSessionSnapshot, getSessionToken, storeSessionToken } from '../../lib/session';
import { apiUrl, signInByApi } from '../../testing/api';
import { renderApp, setupTestBackend } from '../../testing/render-app';

// Real PBKDF2 (210,000 iterations) runs on every sign-in: keep them few, and give them time.
vi.setConfig({ testTimeout: 60_000 });

const backend = setupTestBackend();

let kestrel = '';
beforeAll(async () => {
  kestrel = (await signInByApi('kestrel-h')).token;
});

describe('signing in and out', () => {
  it('signs in from the header, comes back, shows who is signed in, and signs out', async () => {
    const { user, router } = renderApp('/about');
    await screen.findByRole('heading', { level: 1, name: 'About Screening Room' });
    const header = screen.getByRole('banner');

    await user.click(await within(header).findByRole('link', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/about')}`);

    // Usernames are not case-sensitive.
    await user.type(screen.getByLabelText('Username'), 'NightBus42');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'About Screening Room' });
    const account = await within(header).findByRole('button', { name: 'Callum Reyes, your account' });
    expect(within(header).getByRole('link', { name: /^Inbox/ })).toHaveAttribute('href', '/inbox');
    expect(within(header).queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    // Per tab unless "remember me": nothing shared with other tabs.
    expect(getSessionSnapshot()).toMatchObject({ remembered: false });
    expect(getSessionToken()).not.toBeNull();

    await user.click(account);
    expect(account).toHaveAttribute('aria-expanded', 'true');
    expect(within(header).getByRole('link', { name: 'Your profile' })).toHaveAttribute(
      'href',
      '/users/nightbus42',
    );
    await user.click(within(header).getByRole('button', { name: 'Sign out' }));

    const signIn = await within(header).findByRole('link', { name: 'Sign in' });
    await waitFor(() => expect(signIn).toHaveFocus());
    expect(within(header).getByRole('status')).toHaveTextContent('You have signed out.');
    expect(getSessionToken()).toBeNull();
  });

  it('keeps the username after a wrong password, says so in words and focuses the password', async () => {
    const { user, router } = renderApp('/sign-in?next=/settings');
    await user.type(await screen.findByLabelText('Username'), 'nightbus42');
    await user.type(screen.getByLabelText('Password'), 'not the password at all');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const form = screen.getByRole('form', { name: 'Sign in' });
    await waitFor(() =>
      expect(within(form).getByRole('alert')).toHaveTextContent(/Wrong username or password/),
    );
    expect(screen.getByLabelText('Username')).toHaveValue('nightbus42');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(getSessionToken()).toBeNull();
  });

  it('says how long to wait when sign-in is paused after too many attempts', async () => {
    backend().server.use(
      http.post('*/api/auth/sign-in', () =>
        HttpResponse.json(
          {
            status: 429,
            title: 'Too many attempts',
            detail: 'Too many wrong passwords for this account, so signing in to it is paused.',
            code: 'too-many-sign-in-attempts',
          },
          { status: 429, headers: { 'Retry-After': '840' } },
        ),
      ),
    );
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Username'), 'nightbus42');
    await user.type(screen.getByLabelText('Password'), 'whatever it is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Too many attempts — try again in 14 minutes.'));
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Username')).toHaveValue('nightbus42');
  });

  it('checks the fields before asking the server, and focuses the first one to fix', async () => {
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    const username = screen.getByLabelText('Username');
    expect(username).toHaveFocus();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription(/Enter your username/);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your password.');
  });
});

describe('registering', () => {
  it('shows the password rules live, and says when the username is taken', async () => {
    const { user, router } = renderApp('/register');
    await user.type(await screen.findByLabelText('Username'), 'NightBus42');
    await user.type(screen.getByLabelText('Display name'), 'Another Callum');
    const password = screen.getByLabelText('Password');
    await user.type(password, 'short');
    expect(password).toHaveAccessibleDescription(/Password needs at least 10 characters/);
    await user.type(password, ' but now long enough');
    expect(password).toHaveAccessibleDescription(/This password meets the rules/);

    await user.type(screen.getByLabelText('Confirm password'), 'short but now long enough');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAccessibleDescription(/That username is taken/));
    expect(username).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('That username is taken');
    expect(router.state.location.pathname).toBe('/register');
    expect(getSessionToken()).toBeNull();
  });

  it('refuses different passwords without asking the server', async () => {
    const { user } = renderApp('/register');
    await user.type(await screen.findByLabelText('Username'), 'someone-new');
    await user.type(screen.getByLabelText('Display name'), 'Someone New');
    await user.type(screen.getByLabelText('Password'), 'a perfectly fine passphrase');
    await user.type(screen.getByLabelText('Confirm password'), 'a perfectly fine passphrasE');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAccessibleDescription(/not the same/);
  });
});

describe('settings', () => {
  it('sends a guest to sign in, and back afterwards', async () => {
    const { router } = renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/settings')}`);
  });

  it('saves a new display name, says so, and the header follows', async () => {
    storeSessionToken(kestrel, false);
    const { user } = renderApp('/settings');
    // The real header replaces the loading one once the first route's code is in.
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    const header = screen.getByRole('banner');
    await within(header).findByRole('button', { name: 'Kestrel Hayward, your account' });

    const name = await screen.findByLabelText('Display name');
    expect(name).toHaveValue('Kestrel Hayward');
    await user.clear(name);
    await user.type(name, '  Kes   Hayward ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    expect(await screen.findByText('Saved. Your display name is now “Kes Hayward”.')).toBeInTheDocument();
    expect(name).toHaveValue('Kes Hayward');
    expect(
      await within(header).findByRole('button', { name: 'Kes Hayward, your account' }),
    ).toBeInTheDocument();
  });

  it('saves notification preferences, and says so', async () => {
    storeSessionToken(kestrel, false);
    const { user } = renderApp('/settings');
    const replies = await screen.findByRole('checkbox', {
      name: /Tell me when someone replies to my comments/,
    });
    expect(replies).toBeChecked();
    const frequency = screen.getByRole('group', { name: 'Email me about new notifications' });
    expect(within(frequency).getByRole('radio', { name: /Immediately/ })).toBeChecked();

    await user.click(replies);
    await user.click(within(frequency).getByRole('radio', { name: /Daily digest/ }));
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByText('Notification settings saved.')).toBeInTheDocument();

    const saved = await fetch(apiUrl('/settings'), { headers: sessionHeaders(kestrel) });
    expect(await saved.json()).toMatchObject({ notifyOnReplies: false, emailFrequency: 'daily' });
  });

  it('says which field is wrong when the current password is not right', async () => {
    storeSessionToken(kestrel, false);
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Current password'), 'not my password');
    await user.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await user.type(screen.getByLabelText('Confirm new password'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveAccessibleDescription(/not your current password/));
    expect(current).toHaveFocus();
  });
});

describe('an expired session', () => {
  it('is forgotten, and sign-in is offered in place without leaving the page', async () => {
    storeSessionToken('this-token-is-not-known-to-the-server', false);
    const { user, router } = renderApp('/inbox');
    // The inbox asks with the dead token: the server treats it as a guest, and the page says so.
    expect(await screen.findByText(/You are not signed in/)).toBeInTheDocument();
    expect(getSessionToken()).toBeNull();
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session expired — sign in again');

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    const username = await screen.findByLabelText('Username');
    await waitFor(() => expect(username).toHaveFocus());
    expect(router.state.location.pathname).toBe('/inbox');

    // Signing in there keeps the page, and it shows the person's inbox.
    await user.type(username, 'kestrel-h');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByText(/^Signed in as Kes(trel)? Hayward\. Carry on/)).toBeInTheDocument();
    expect(await screen.findByText('Your inbox is empty.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
  });
});

describe('profile', () => {
  it('shows who someone is and their comments, linking to each', async () => {
    renderApp('/users/nightbus42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Callum Reyes' })).toBeInTheDocument();
    expect(screen.getByText('@nightbus42')).toBeInTheDocument();
    expect(screen.getByText('Reader')).toBeInTheDocument();
    const comments = screen.getByRole('region', { name: 'Comments' });
    const links = within(comments).getAllByRole('link', { name: /^Comment #\d+ on / });
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/reviews\/[^?]+\?comment=.+#comment-/));
  });

  it('is a not-found page for an unknown username', async () => {
    renderApp('/users/nobody-by-this-name');
    expect(await screen.findByRole('heading', { level: 1, name: 'User not found' })).toBeInTheDocument();
    expect(screen.getByText(/Nobody here has the username “nobody-by-this-name”/)).toBeInTheDocument();
  });
});
