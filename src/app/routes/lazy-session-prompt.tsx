import { lazy, Suspense } from 'react';

const Prompt = lazy(async () => ({
  default: (await import('../../features/accounts/components/session-prompt')).SessionPrompt,
}));

/**
 * The in-place sign-in prompt, off the first load: it shows nothing until the
 * server says a session expired or a feature asks for sign-in, which cannot
 * happen before the embedded backend (far larger) has loaded, so its code
 * loads alongside the page instead of in front of it.
 */
export function SessionPrompt() {
  return (
    <Suspense fallback={null}>
      <Prompt />
    </Suspense>
  );
}
