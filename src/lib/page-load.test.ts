import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.resetModules();
});

describe('pageLoadSearch', () => {
  it('keeps the query string the page was loaded with after the URL changes (a redirect)', async () => {
    window.history.replaceState(null, '', '/inbox?faults=0.3&faultSeed=7');
    vi.resetModules();
    const { pageLoadSearch } = await import('./page-load');
    // What the router does to a guest on /inbox, before the backend's chunk has started.
    window.history.replaceState(null, '', `/sign-in?next=${encodeURIComponent('/inbox')}`);
    expect(window.location.search).not.toContain('faults');
    expect(pageLoadSearch()).toBe('?faults=0.3&faultSeed=7');
  });

  it('is empty for a page loaded without a query string', async () => {
    window.history.replaceState(null, '', '/about');
    vi.resetModules();
    const { pageLoadSearch } = await import('./page-load');
    window.history.replaceState(null, '', '/about?faults=1');
    expect(pageLoadSearch()).toBe('');
  });
});
