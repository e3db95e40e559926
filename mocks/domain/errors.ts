import type { z } from 'zod';

export type DomainErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;

/** Field path (dot-joined; '' for the whole body) to its messages, as problem bodies carry them. */
export type FieldErrors = Record<string, string[]>;

export interface DomainErrorInit {
  status: DomainErrorStatus;
  title: string;
  detail?: string;
  /** Stable machine-readable reason, e.g. `edit-window-closed`. */
  code?: string;
  fieldErrors?: FieldErrors;
  /** For 429: sent as Retry-After. */
  retryAfterSeconds?: number;
}

/**
 * A refusal the domain layer decides (not a crash). Handlers turn it into a
 * problem body (src/contract/problem.ts) with the same status, title, detail,
 * code and field errors.
 */
export class DomainError extends Error {
  readonly status: DomainErrorStatus;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly fieldErrors: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: DomainErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'DomainError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  static badRequest(
    title: string,
    detail?: string,
    code = 'bad-request',
    fieldErrors?: FieldErrors,
  ): DomainError {
    return new DomainError({ status: 400, title, detail, code, fieldErrors });
  }

  static unauthorized(title: string, detail?: string, code = 'unauthorized'): DomainError {
    return new DomainError({ status: 401, title, detail, code });
  }

  static forbidden(title: string, detail?: string, code = 'forbidden'): DomainError {
    return new DomainError({ status: 403, title, detail, code });
  }

  static notFound(title: string, detail?: string, code = 'not-found'): DomainError {
    return new DomainError({ status: 404, title, detail, code });
  }

  static conflict(title: string, detail?: string, code = 'conflict'): DomainError {
    return new DomainError({ status: 409, title, detail, code });
  }

  static gone(title: string, detail?: string, code = 'gone'): DomainError {
    return new DomainError({ status: 410, title, detail, code });
  }

  static unprocessable(
    title: string,
    detail?: string,
    code = 'unprocessable',
    fieldErrors?: FieldErrors,
  ): DomainError {
    return new DomainError({ status: 422, title, detail, code, fieldErrors });
  }

  static tooManyRequests(
    title: string,
    detail: string,
    retryAfterSeconds: number,
    code = 'too-many-requests',
  ): DomainError {
    return new DomainError({
      status: 429,
      title,
      detail,
      code,
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    });
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Zod issues as field messages: path joined with '.', '' for the body itself, messages in order, no duplicates. */
export function zodToFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    const list = (out[key] ??= []);
    const message =
      issue.code === 'unrecognized_keys'
        ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`
        : issue.message;
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
