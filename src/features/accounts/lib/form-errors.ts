import type { z } from 'zod';
import { ACCOUNT_PROBLEM_CODES } from '../../../contract/accounts';
import { ApiError, errorMessage } from '../../../lib/api-client';

/**
 * Errors of a form, in words: per field (shown next to it) and for the whole
 * form (shown in the summary). Client checks and server problems end up in
 * the same shape, so the form renders both the same way.
 */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string[]>>;
  /** Messages that belong to no field. */
  form: string[];
}

export const NO_ERRORS: FormErrors<never> = { fields: {}, form: [] };

/** The first field in `order` that has an error, to move focus to. */
export function firstInvalid<F extends string>(errors: FormErrors<F>, order: readonly F[]): F | null {
  return order.find((field) => (errors.fields[field]?.length ?? 0) > 0) ?? null;
}

function addTo<F extends string>(errors: FormErrors<F>, key: string, message: string, fields: readonly F[]) {
  const field = fields.find((f) => f === key);
  if (field) {
    const list = (errors.fields[field] ??= []);
    if (!list.includes(message)) list.push(message);
  } else if (!errors.form.includes(message)) {
    errors.form.push(message);
  }
}

/** Issues of a failed contract parse, by field (first path segment). */
export function errorsFromZod<F extends string>(error: z.ZodError, fields: readonly F[]): FormErrors<F> {
  const errors: FormErrors<F> = { fields: {}, form: [] };
  for (const issue of error.issues) addTo(errors, String(issue.path[0] ?? ''), issue.message, fields);
  return errors;
}

/** "4 minutes", "30 seconds": how long to wait, from Retry-After. */
export function formatWait(seconds: number): string {
  if (seconds >= 90) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const s = Math.max(1, Math.ceil(seconds));
  return `${s} second${s === 1 ? '' : 's'}`;
}

/**
 * A server answer as form errors. Field errors go next to their fields;
 * throttling says how long to wait; anything else becomes one sentence.
 */
export function errorsFromApi<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const errors: FormErrors<F> = { fields: {}, form: [] };
  if (error instanceof ApiError) {
    if (error.status === 429 && error.code === ACCOUNT_PROBLEM_CODES.tooManyAttempts) {
      errors.form.push(
        error.retryAfterSeconds !== undefined
          ? `Too many attempts — try again in ${formatWait(error.retryAfterSeconds)}.`
          : (error.problem.detail ?? 'Too many attempts — try again later.'),
      );
      return errors;
    }
    for (const [key, messages] of Object.entries(error.fieldErrors)) {
      for (const message of messages) addTo(errors, key, message, fields);
    }
    if (Object.keys(error.fieldErrors).length > 0) return errors;
  }
  errors.form.push(errorMessage(error));
  return errors;
}
