import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUEST_TOKEN_HEADER, guestTokenSchema } from '../contract/comments';
import { apiRequest } from './api-client';
import { getGuestName, getGuestToken, setGuestName, subscribeGuestName } from './guest-identity';

afterEach(() => vi.restoreAllMocks());

describe('guest token', () => {
  it('is created once, well formed, kept in storage and stable', () => {
    const token = getGuestToken();
    expect(guestTokenSchema.safeParse(token).success).toBe(true);
    expect(getGuestToken()).toBe(token);
    expect(localStorage.getItem('screening-room:guest-token')).toBe(token);
  });

  it('is written back if storage lost it, and replaced if storage holds garbage', () => {
    const token = getGuestToken();
    localStorage.clear();
    expect(getGuestToken()).toBe(token);
    expect(localStorage.getItem('screening-room:guest-token')).toBe(token);
    localStorage.setItem('screening-room:guest-token', 'bad token!');
    const replaced = getGuestToken();
    expect(replaced).not.toBe('bad token!');
    expect(guestTokenSchema.safeParse(replaced).success).toBe(true);
  });

  it('goes with every API request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ count: 0 }));
    await apiRequest('/notifications/unread-count', 'unreadCount');
    const init = fetchSpy.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get(GUEST_TOKEN_HEADER)).toBe(getGuestToken());
  });
});

describe('guest display name', () => {
  it('is remembered cleaned, forgotten with null, and invalid names do not stick', () => {
    expect(getGuestName()).toBeNull();
    setGuestName('  Ada\tLovelace ');
    expect(getGuestName()).toBe('Ada Lovelace');
    setGuestName('x'.repeat(61));
    expect(getGuestName()).toBeNull();
    setGuestName('Ada');
    setGuestName(null);
    expect(getGuestName()).toBeNull();
    localStorage.setItem('screening-room:guest-name', '   ');
    expect(getGuestName()).toBeNull();
  });

  it('tells subscribers about changes here and in other tabs', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeGuestName(listener);
    setGuestName('Bo');
    expect(listener).toHaveBeenCalledTimes(1);
    localStorage.setItem('screening-room:guest-name', 'Other tab');
    window.dispatchEvent(new StorageEvent('storage', { key: 'screening-room:guest-name' }));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(getGuestName()).toBe('Other tab');
    unsubscribe();
    setGuestName('Cy');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
