import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { errorsFromApi, firstInvalid, formatWait } from './form-errors';

const FIELDS = ['username', 'password'] as const;

describe('form errors from the server', () => {
  it('puts field messages next to their fields and the rest in the summary', () => {
    const error = new ApiError({
      status: 400,
      title: 'Check the form',
      errors: { password: ['Password needs at least 10 characters.'], other: ['Something else.'] },
    });
    const errors = errorsFromApi(error, FIELDS);
    expect(errors.fields).toEqual({ password: ['Password needs at least 10 characters.'] });
    expect(errors.form).toEqual(['Something else.']);
    expect(firstInvalid(errors, FIELDS)).toBe('password');
  });

  it('says how long to wait from Retry-After', () => {
    const error = new ApiError(
      { status: 429, title: 'Too many attempts', code: 'too-many-sign-in-attempts' },
      { retryAfterSeconds: 900 },
    );
    expect(errorsFromApi(error, FIELDS).form).toEqual(['Too many attempts — try again in 15 minutes.']);
    expect(formatWait(4)).toBe('4 seconds');
    expect(formatWait(61)).toBe('61 seconds');
    expect(formatWait(91)).toBe('2 minutes');
  });

  it('turns anything else into one sentence', () => {
    const errors = errorsFromApi(new ApiError({ status: 500, title: 'The server had a problem' }), FIELDS);
    expect(errors).toEqual({ fields: {}, form: ['The server had a problem'] });
  });
});
