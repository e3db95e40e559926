import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROADCAST_CHANNEL_NAME, type BackendEvent } from '../contract/events';
import { subscribe } from './live-events';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL_NAME);
  cleanups.push(() => channel.close());
  return channel;
}

describe('live events', () => {
  it('hears events posted on the shared channel, and ignores malformed ones', async () => {
    const heard = vi.fn<(event: BackendEvent) => void>();
    cleanups.push(subscribe(heard));
    const tab = otherTab();
    tab.postMessage({ type: 'not-an-event' });
    tab.postMessage('garbage');
    const event: BackendEvent = { type: 'comment-created', reviewSlug: 'her', commentId: 'c1' };
    tab.postMessage(event);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(heard).toHaveBeenCalledWith(event);
  });

  it('stops telling a listener once it unsubscribes, while others still hear', async () => {
    const gone = vi.fn();
    const staying = vi.fn();
    const stop = subscribe(gone);
    cleanups.push(subscribe(staying));
    stop();
    otherTab().postMessage({ type: 'notifications-changed', userIds: ['u1'] });
    await vi.waitFor(() => expect(staying).toHaveBeenCalledTimes(1));
    expect(gone).not.toHaveBeenCalled();
  });
});
