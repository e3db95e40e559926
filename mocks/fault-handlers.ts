import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import {
  FAULT_STORAGE_KEY,
  createFaultInjector,
  describeFaults,
  resolveFaultConfig,
  type FaultConfig,
} from './faults';
import { problem } from './http';

/**
 * Puts a fault handler in front of `handlers` (see mocks/faults.ts for the switch).
 * It answers faults itself and lets every other request fall through to the real
 * handlers; for after-commit it runs them, discards their answer and fails.
 */
export function withFaults(handlers: RequestHandler[], config: FaultConfig | null): RequestHandler[] {
  if (!config) return handlers;
  const decide = createFaultInjector(config);

  const faults = http.all('*/api/*', async ({ request }) => {
    const decision = decide({ method: request.method, pathname: new URL(request.url).pathname });
    switch (decision.kind) {
      case 'none':
        return undefined;
      case 'network':
        return HttpResponse.error();
      case '500':
        return problem({
          status: 500,
          title: 'Something went wrong',
          detail: 'The server failed before doing anything (injected fault). Please try again.',
          code: 'fault-injected',
        });
      case '503':
        return problem(
          {
            status: 503,
            title: 'Service unavailable',
            detail: `The server is busy (injected fault). Try again in ${decision.retryAfterSeconds} s.`,
            code: 'fault-injected',
          },
          { headers: { 'Retry-After': String(decision.retryAfterSeconds) } },
        );
      case 'slow':
        await delay(decision.delayMs);
        return undefined;
      case 'hang':
        await delay(decision.delayMs);
        return HttpResponse.error();
      case 'after-commit':
        await getResponse(handlers, request.clone());
        return HttpResponse.error();
    }
  });
  return [faults, ...handlers];
}

/**
 * Reads the switch from the query string the page was loaded with (`search`) and the tab's
 * sessionStorage, remembers it, and says in the console when it is on. Storage that cannot
 * be used only loses the memory.
 */
export function loadFaultConfig(search: string): FaultConfig | null {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(FAULT_STORAGE_KEY);
  } catch {
    // sessionStorage blocked: the URL alone decides.
  }
  const { config, store } = resolveFaultConfig(search, stored, () => Math.floor(Math.random() * 2 ** 31));
  try {
    if (store === null) sessionStorage.removeItem(FAULT_STORAGE_KEY);
    else if (store !== undefined) sessionStorage.setItem(FAULT_STORAGE_KEY, store);
  } catch {
    // as above
  }
  if (config) console.warn(`[screening-room api] ${describeFaults(config)}`);
  return config;
}
