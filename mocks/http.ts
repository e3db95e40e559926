import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod';
import type { Problem } from '../src/contract/problem';
import { DomainError, zodToFieldErrors } from './domain/errors';
import { StoreError } from './store/types';

/** Request bodies above this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Retry-After of a 503 for a store failure that has no known cause. */
export const UNKNOWN_STORE_ERROR_RETRY_SECONDS = 1;

export function problem(p: Problem, init?: { headers?: Record<string, string> }): Response {
  return HttpResponse.json(p, {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', ...init?.headers },
  });
}

export function json<T>(body: T, status = 200): Response {
  return HttpResponse.json(body as Parameters<typeof HttpResponse.json>[0], { status });
}

/** 204: done, nothing to say. */
export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

/** Validate a JSON body against the contract; any failure is a DomainError with field messages. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new DomainError({
      status: 413,
      title: 'Request too large',
      detail: `The request body is over ${MAX_BODY_BYTES / 1024} KB.`,
      code: 'body-too-large',
    });
  }
  let data: unknown;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new DomainError({
      status: 400,
      title: 'Malformed request',
      detail: 'The request body is not valid JSON.',
      code: 'malformed-json',
    });
  }
  return parseWith(schema, data, 'The request did not match what this endpoint accepts.');
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, detail: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new DomainError({
      status: 400,
      title: 'Invalid request',
      detail,
      code: 'invalid-request',
      fieldErrors: zodToFieldErrors(result.error),
    });
  }
  return result.data;
}

/** The request's query string. */
export function searchParamsOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

/**
 * The query string as one value a name, the first when a name repeats: the same rule as the
 * client's URL parsers (src/contract/params.ts), where Object.fromEntries would keep the last,
 * so `?sort=oldest&sort=newest` would show one order on the page and apply the other.
 */
export function queryOf(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of searchParamsOf(request)) if (!Object.hasOwn(query, name)) query[name] = value;
  return query;
}

export function toProblemResponse(error: unknown): Response {
  if (error instanceof DomainError) {
    return problem(
      {
        status: error.status,
        title: error.title,
        detail: error.detail,
        code: error.code,
        ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
      },
      error.retryAfterSeconds ? { headers: { 'Retry-After': String(error.retryAfterSeconds) } } : undefined,
    );
  }
  if (error instanceof StoreError && error.reason === 'constraint') {
    return problem({
      status: 409,
      title: 'Conflict',
      detail: 'That conflicts with something already saved. Reload and try again.',
      code: 'conflict',
    });
  }
  if (error instanceof StoreError) {
    const quota = error.reason === 'quota';
    return problem(
      {
        status: quota ? 507 : 503,
        title: quota ? 'Storage full' : 'Storage unavailable',
        detail: error.message,
        code: `store-${error.reason}`,
      },
      // Unclassified store trouble is likely to pass (see StoreError): say when to try again.
      error.reason === 'unknown'
        ? { headers: { 'Retry-After': String(UNKNOWN_STORE_ERROR_RETRY_SECONDS) } }
        : undefined,
    );
  }
  console.error('[screening-room api] unexpected error', error);
  return problem({
    status: 500,
    title: 'Something went wrong',
    detail: 'The app hit an unexpected error. Nothing you typed was lost; please try again.',
    code: 'internal',
  });
}

/** Wrap a resolver so every thrown error becomes a problem response. */
export function guarded<Params extends PathParams = PathParams>(
  fn: (info: Parameters<HttpResponseResolver<Params, DefaultBodyType>>[0]) => Promise<Response>,
): HttpResponseResolver<Params, DefaultBodyType> {
  return async (info) => {
    try {
      return await fn(info);
    } catch (error) {
      return toProblemResponse(error);
    }
  };
}
