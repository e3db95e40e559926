import type { z } from 'zod';
import { loadContract, type LazyContract } from './lazy-contract';
import type { Problem } from '../contract/problem';

/**
 * The one way the client talks to the API. It waits for the embedded backend
 * (msw answering fetch in the page) before the first request, validates every response
 * against the shared contract, and turns every failure into an ApiError that
 * carries a sentence a person can read.
 *
 * Callers name the answer they expect (a key of responseSchemas in
 * src/contract/responses.ts) rather than pass a schema: the schemas come in
 * with the contract's lazily loaded part, which no answer can beat, because
 * the backend that answers imports it too. So zod stays off the first load.
 */

type ResponseSchemas = LazyContract['responseSchemas'];
export type ResponseKey = keyof ResponseSchemas;
export type ResponseOf<K extends ResponseKey> = z.output<ResponseSchemas[K]>;

let ready: Promise<unknown> = Promise.resolve();

/** Called once at boot with the promise that resolves when the backend answers. */
export function setApiReady(promise: Promise<unknown>): void {
  ready = promise;
}

type HeaderProvider = () => Record<string, string>;
const headerProviders: HeaderProvider[] = [];

/** Lets features (accounts, guest identity) add headers to every request. */
export function addRequestHeaders(provider: HeaderProvider): () => void {
  headerProviders.push(provider);
  return () => {
    const i = headerProviders.indexOf(provider);
    if (i >= 0) headerProviders.splice(i, 1);
  };
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** From the Retry-After header (429, 503), in seconds; undefined when absent. */
  readonly retryAfterSeconds: number | undefined;
  constructor(problem: Problem, init: { retryAfterSeconds?: number } = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
  /** Field path → messages, for forms. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
  get code(): string | undefined {
    return this.problem.code;
  }
}

type ErrorListener = (error: ApiError, request: { headers: Readonly<Record<string, string>> }) => void;
const errorListeners = new Set<ErrorListener>();

/**
 * Hear every error response (with the headers the request carried), e.g. so
 * the session can drop a token the server says has expired, whoever asked.
 */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => void errorListeners.delete(listener);
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** status 0: the request never got an answer (offline, worker gone, aborted by a fault). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** How many field messages a sentence lists before it says how many more there are. */
const FIELD_MESSAGES_SHOWN = 3;

/** A message as a sentence: trimmed, ending in a full stop unless it has its own. */
const asSentence = (message: string) => {
  const text = message.trim();
  return text === '' || /[.!?…]$/.test(text) ? text : `${text}.`;
};

/**
 * A problem's field messages in words, without their field names (each message
 * names what it is about, e.g. "Comment must be text."): the first one, or a
 * short list when several; undefined when it has none.
 */
export function fieldErrorWords(errors: Problem['errors']): string | undefined {
  const messages = [
    ...new Set(
      Object.values(errors ?? {})
        .flat()
        .map(asSentence),
    ),
  ].filter(Boolean);
  if (messages.length === 0) return undefined;
  const shown = messages.slice(0, FIELD_MESSAGES_SHOWN).join(' ');
  const more = messages.length - FIELD_MESSAGES_SHOWN;
  return more > 0 ? `${shown} And ${more} more.` : shown;
}

/**
 * What went wrong, in words, without the problem's title. A 400 with field
 * messages is a request the contract refused, whose detail only says so ("The
 * request did not match what this endpoint accepts."): its field messages say
 * what was wrong. Other problems (a 409, a 422 on a field) carry a detail
 * written for the case, which says more than the field's message.
 */
export function problemWords(problem: Problem): string {
  const fields = problem.status === 400 ? fieldErrorWords(problem.errors) : undefined;
  return fields ?? problem.detail ?? fieldErrorWords(problem.errors) ?? problem.title;
}

/** A sentence for any error, for places that have nowhere better to put it. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const words = problemWords(error.problem);
    return words === error.problem.title ? words : `${error.problem.title}: ${words}`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  params?: URLSearchParams | Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** How long to wait for the whole answer; defaults to READ_TIMEOUT_MS for GET, else WRITE_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** A request that hangs gives up after this, so nothing waits forever on a server that will not answer. */
export const READ_TIMEOUT_MS = 20_000;
export const WRITE_TIMEOUT_MS = 15_000;

const timeoutError = () =>
  new ApiError({
    status: 0,
    title: 'The server took too long to answer',
    detail: 'No answer came in time. Check your connection and try again.',
    code: 'timeout',
  });

function buildUrl(path: string, params: RequestOptions['params']): string {
  const search =
    params instanceof URLSearchParams
      ? params
      : new URLSearchParams(
          Object.entries(params ?? {}).flatMap(([k, v]) =>
            v === undefined || v === '' ? [] : [[k, String(v)]],
          ),
        );
  const query = search.toString();
  return `/api${path}${query ? `?${query}` : ''}`;
}

const reasonText = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

async function readProblem(response: Response, contract: LazyContract): Promise<Problem> {
  try {
    const parsed = contract.problemSchema.safeParse(await response.json());
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through to a generic problem
  }
  return {
    status: response.status,
    title: response.status >= 500 ? 'The server had a problem' : `Request failed (${response.status})`,
    detail: response.statusText || undefined,
  };
}

export async function apiRequest<K extends ResponseKey>(
  path: string,
  expected: K,
  options: RequestOptions = {},
): Promise<ResponseOf<K>> {
  const [backend, contract] = await Promise.allSettled([ready, loadContract()]);
  if (backend.status === 'rejected') {
    throw new ApiError({
      status: 0,
      title: 'The app could not start its built-in server',
      detail: reasonText(backend.reason),
      code: 'backend-unavailable',
    });
  }
  if (contract.status === 'rejected') {
    throw new ApiError({
      status: 0,
      title: 'Part of the app did not load',
      detail: `${reasonText(contract.reason)} Reloading the page may help.`,
      code: 'app-load-failed',
    });
  }
  const schemas = contract.value;
  const headers: Record<string, string> = { Accept: 'application/json' };
  for (const provide of headerProviders) Object.assign(headers, provide());
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  const method = options.method ?? 'GET';
  const startedAt = performance.now();
  // One controller for both the caller's signal and the timeout: plain AbortController and
  // setTimeout work everywhere (AbortSignal.any does not), and the timer can be cleared.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    options.timeoutMs ?? (method === 'GET' ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS),
  );
  const forwardAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) forwardAbort();
  else options.signal?.addEventListener('abort', forwardAbort, { once: true });

  let response: Response;
  let data: unknown;
  try {
    try {
      response = await fetch(buildUrl(path, options.params), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
      });
    } catch (error) {
      measureRequest(method, path, startedAt, 0);
      if (timedOut) throw timeoutError();
      if (options.signal?.aborted) throw error;
      throw new ApiError({
        status: 0,
        title: 'No connection',
        detail: 'The request did not reach the server. Check your connection and try again.',
        code: 'network',
      });
    }
    measureRequest(method, path, startedAt, response.status);
    if (!response.ok) {
      const error = new ApiError(await readProblem(response, schemas), {
        retryAfterSeconds: retryAfterOf(response),
      });
      for (const listener of errorListeners) {
        try {
          listener(error, { headers });
        } catch (listenerError) {
          console.warn('[api] error listener failed', listenerError);
        }
      }
      throw error;
    }
    try {
      data = response.status === 204 ? undefined : await response.json();
    } catch (error) {
      if (timedOut) throw timeoutError();
      throw error;
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
  // As a mapped type, indexing by a generic key gives that key's schema, not a union of all of them.
  const bySchemaKey: { [P in ResponseKey]: z.ZodType<ResponseOf<P>> } = schemas.responseSchemas;
  const parsed = bySchemaKey[expected].safeParse(data);
  if (!parsed.success) {
    throw new ApiError({
      status: 502,
      title: 'Unexpected answer from the server',
      detail: 'The server answered in a shape this page does not understand. Reloading may help.',
      code: 'bad-response',
    });
  }
  return parsed.data;
}

/**
 * A user-timing entry per request, from the call to fetch to its answer (status 0: none
 * came), with the status in `detail`. Requests answered in the page leave no
 * resource-timing entry and never reach the network, so this is what the benchmark
 * (bench/lib/probes.mjs), the e2e tests and a DevTools performance profile see of them.
 */
function measureRequest(method: string, path: string, start: number, status: number): void {
  try {
    performance.measure(`screening-room:api ${method} ${path}`, {
      start,
      end: performance.now(),
      detail: { status },
    });
  } catch {
    // No User Timing Level 3 (measure options): nothing to record.
  }
}
