import { lazyModule } from '../../lib/lazy-module';
import { useReady } from '../../lib/use-ready';

const promptModule = lazyModule(() => import('../../features/accounts/components/session-prompt'));
const loadPrompt = () => promptModule.load();

/**
 * The in-place sign-in prompt, off the first load: it shows nothing until the
 * server says a session expired or a feature asks for sign-in, which cannot
 * happen before the embedded backend (far larger) has loaded, so its code
 * loads alongside the page instead of in front of it. Not behind a Suspense
 * boundary: a fallback shown, even an empty one, holds back the page's own
 * content (see useReady).
 */
export function SessionPrompt() {
  const ready = useReady('prompt', () => promptModule.current !== undefined, loadPrompt);
  const Prompt = ready ? promptModule.current?.SessionPrompt : undefined;
  return Prompt ? <Prompt /> : null;
}
