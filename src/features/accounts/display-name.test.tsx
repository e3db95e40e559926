import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionHeaders } from '../../contract/accounts';
import { commentSchema } from '../../contract/comments';
import { storeSessionToken } from '../../lib/session';
import { apiUrl, signInByApi } from '../../testing/api';
import { renderApp, setupTestBackend } from '../../testing/render-app';

// Real PBKDF2 runs on the sign-in: one, made once.
vi.setConfig({ testTimeout: 60_000 });

setupTestBackend();

const REVIEW = 'her-2013-orbit-and-quill';
let token = '';
beforeAll(async () => {
  token = (await signInByApi('paperlantern')).token;
});

describe('changing the display name', () => {
  it('shows the new name on a discussion already loaded, not only in the header', async () => {
    const posted = await fetch(apiUrl(`/reviews/${REVIEW}/comments`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...sessionHeaders(token) },
      body: JSON.stringify({ clientId: 'byline-check-0001', parentId: null, body: 'Checking my byline.' }),
    });
    expect(posted.status).toBe(201);
    const { number } = commentSchema.parse(await posted.json());
    storeSessionToken(token, false);

    // The discussion is loaded (and cached) with the old name…
    const { user, router } = renderApp(`/reviews/${REVIEW}?sort=newest`);
    const discussion = await screen.findByRole('region', { name: 'Discussion' }, { timeout: 15_000 });
    expect(
      await within(discussion).findByRole('article', { name: `Comment #${number} by Hana Ishikawa-Moore` }),
    ).toBeInTheDocument();

    // …the name changes in Settings…
    await act(() => router.navigate('/settings'));
    const name = await screen.findByLabelText('Display name');
    await user.clear(name);
    await user.type(name, 'Hana Moore');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Saved. Your display name is now “Hana Moore”.')).toBeInTheDocument();

    // …and back on the discussion (well within the cache's 30 s), the byline follows.
    await act(() => router.navigate(`/reviews/${REVIEW}?sort=newest`));
    const again = await screen.findByRole('region', { name: 'Discussion' });
    expect(
      await within(again).findByRole('article', { name: `Comment #${number} by Hana Moore` }),
    ).toBeInTheDocument();
    expect(within(again).queryByRole('article', { name: /by Hana Ishikawa-Moore$/ })).not.toBeInTheDocument();
  });
});
