import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from './api-client';
import {
  dismissSessionExpired,
  forgetSessionToken,
  getSessionSnapshot,
  getSessionToken,
  registerHref,
  safeNextPath,
  signInHref,
  storeSessionToken,
  subscribeSession,
} from './session';

afterEach(() => {
  dismissSessionExpired();
  vi.unstubAllGlobals();
});

/** Another tab's write to localStorage, as this tab sees it. */
function otherTabWrites(key: string, value: string | null) {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

describe('session token store', () => {
  it('keeps a session in this tab only, unless remembered', () => {
    storeSessionToken('tab-token', false);
    expect(getSessionToken()).toBe('tab-token');
    expect(localStorage.length).toBe(0);

    storeSessionToken('shared-token', true);
    expect(getSessionSnapshot()).toMatchObject({ token: 'shared-token', remembered: true });
    expect(sessionStorage.length).toBe(0);
  });

  it('lets a tab’s own session win over a remembered one, and survive another tab changing it', () => {
    storeSessionToken('remembered', true);
    storeSessionToken('mine', false);
    const seen: (string | null)[] = [];
    const stop = subscribeSession(() => seen.push(getSessionToken()));
    otherTabWrites('screening-room:session', 'someone-else');
    stop();
    expect(getSessionToken()).toBe('mine');
    expect(seen.every((token) => token === 'mine')).toBe(true);
  });

  it('follows a remembered session that another tab changes, when this tab has none of its own', () => {
    storeSessionToken('first', true);
    const listener = vi.fn();
    const stop = subscribeSession(listener);
    otherTabWrites('screening-room:session', 'second');
    expect(getSessionToken()).toBe('second');
    expect(listener).toHaveBeenCalled();
    otherTabWrites('screening-room:session', null);
    expect(getSessionToken()).toBeNull();
    stop();
  });

  it('after signing out of its own session, a tab stays a guest even when someone is remembered', () => {
    storeSessionToken('remembered', true);
    storeSessionToken('mine', false);
    forgetSessionToken('signed-out');
    expect(getSessionToken()).toBeNull();
    // The remembered session belongs to the other tabs, untouched.
    expect(localStorage.getItem('screening-room:session')).toBe('remembered');
    expect(getSessionSnapshot().expired).toBe(false);
  });

  it('signing out of a remembered session ends it for every tab', () => {
    storeSessionToken('remembered', true);
    forgetSessionToken('signed-out');
    expect(localStorage.getItem('screening-room:session')).toBeNull();
    expect(getSessionToken()).toBeNull();
  });
});

describe('expired sessions', () => {
  const respond = (status: number, body: unknown) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
      ),
    );

  it('drops the token when the server says the session expired, and says so', async () => {
    storeSessionToken('old-token', false);
    respond(401, { status: 401, title: 'Signed out', code: 'session-expired' });
    await expect(
      apiRequest('/reviews/x/comments', 'comment', { method: 'POST', body: {} }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(getSessionToken()).toBeNull();
    expect(getSessionSnapshot().expired).toBe(true);
  });

  it('does not end a newer session when an answer about an older token arrives late', async () => {
    storeSessionToken('old-token', false);
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const request = apiRequest('/settings', 'settings', { method: 'PATCH', body: {} }).catch(() => undefined);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    storeSessionToken('new-token', false);
    answer(
      new Response(JSON.stringify({ status: 401, title: 'Signed out', code: 'session-expired' }), {
        status: 401,
      }),
    );
    await request;
    expect(getSessionToken()).toBe('new-token');
    expect(getSessionSnapshot().expired).toBe(false);
  });

  it('leaves other 401s alone', async () => {
    storeSessionToken('good-token', false);
    respond(401, { status: 401, title: 'Wrong username or password', code: 'invalid-credentials' });
    await apiRequest('/auth/sign-in', 'authResponse', { method: 'POST', body: {} }).catch(() => undefined);
    expect(getSessionToken()).toBe('good-token');
  });

  it('sends the session with every request', async () => {
    storeSessionToken('the-token', false);
    respond(200, { count: 0 });
    await apiRequest('/notifications/unread-count', 'unreadCount');
    const init = vi.mocked(fetch).mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer the-token');
  });
});

describe('sign-in links', () => {
  it.each([
    ['/reviews/her?comment=c1#comment-c1', '/reviews/her?comment=c1#comment-c1'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in?next=/x', '/'],
    ['', '/'],
    [null, '/'],
  ])('next %s → %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it('carries where to come back to, and leaves it out when it is home', () => {
    expect(signInHref('/inbox')).toBe('/sign-in?next=%2Finbox');
    expect(registerHref('/')).toBe('/register');
    expect(signInHref('https://evil.example/')).toBe('/sign-in');
  });
});
