import type { ComponentType } from 'react';
import { lazyModule } from '../../lib/lazy-module';
import { useReady } from '../../lib/use-ready';

/**
 * A part of the app shell kept off every page's first load: it renders nothing until
 * its code is in, which it starts fetching on the first render. For parts with
 * nothing to say before the embedded backend (far larger) has started, or little:
 * the fault banner's first guess comes from the URL and the tab's memory. Not behind
 * a Suspense boundary: a fallback shown, even an empty one, holds back the page's own
 * content (see useReady).
 */
function lazyShellPart(key: string, load: () => Promise<ComponentType>): ComponentType {
  const part = lazyModule(load);
  function LazyShellPart() {
    const ready = useReady(key, () => part.current !== undefined, part.load);
    const Part = ready ? part.current : undefined;
    return Part ? <Part /> : null;
  }
  return LazyShellPart;
}

/** The in-place sign-in prompt: shows once the server says a session expired or a feature asks. */
export const SessionPrompt = lazyShellPart(
  'session-prompt',
  async () => (await import('../../features/accounts/components/session-prompt')).SessionPrompt,
);

/** Says so on every page while fault injection is on. */
export const FaultBanner = lazyShellPart(
  'fault-banner',
  async () => (await import('../../features/about/components/fault-banner')).FaultBanner,
);
