/*
 * The contract's names, codes and sizes, without zod. Code on the app's first load
 * imports them from here, so it does not load zod (25 KB gzip) before the page can
 * show anything; the schemas in the other contract files import them too, and
 * re-export them, so there is still one source for each.
 */

// ---------------------------------------------------------------- accounts

export const SESSION_HEADER = 'Authorization';
export const SESSION_SCHEME = 'Bearer';

/** The header that carries a session token: `{ Authorization: 'Bearer <token>' }`. */
export function sessionHeaders(token: string): Record<string, string> {
  return { [SESSION_HEADER]: `${SESSION_SCHEME} ${token}` };
}

export const PROFILE_PAGE_SIZE = 20;

/** `code` values of the problems the account endpoints answer. */
export const ACCOUNT_PROBLEM_CODES = {
  /** 409 on `username`. */
  usernameTaken: 'username-taken',
  /** 401: wrong username or password (deliberately not saying which). */
  invalidCredentials: 'invalid-credentials',
  /** 401: the session token is unknown or expired; sign in again and retry (drafts are kept). */
  sessionExpired: 'session-expired',
  /** 401: this needs an account; offer to sign in or register. */
  signInRequired: 'sign-in-required',
  /** 429 with Retry-After: too many failed sign-ins for this username. */
  tooManyAttempts: 'too-many-sign-in-attempts',
  /** 422 on `currentPassword`. */
  wrongPassword: 'wrong-password',
  /** 403: someone else's notifications, subscriptions or settings. */
  notYours: 'not-yours',
  /** 404 */
  userNotFound: 'user-not-found',
} as const;

// ---------------------------------------------------------------- comments

/**
 * Opaque per-browser id a guest sends with every request, so that the guest
 * can edit and delete their own comments. Never shown to anyone.
 */
export const GUEST_TOKEN_HEADER = 'X-Guest-Token';
export const GUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export const THREAD_SORTS = ['oldest', 'newest', 'replies'] as const;
export const THREAD_PAGE_SIZE = 20;
export const REPLIES_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

// ----------------------------------------------------------------- reviews

export const REVIEW_SORTS = ['newest', 'oldest'] as const;
export const REVIEWS_PAGE_SIZE = 12;

/** Bounds of the review list query: longer text or a page outside them falls back to the default. */
export const REVIEW_LIST_LIMITS = {
  /** A longer search is cut to this many UTF-16 units, not dropped. */
  qMaxChars: 200,
  /** tag, publication, film */
  filterMaxChars: 100,
  maxPage: 10_000,
  maxPageSize: 50,
} as const;

// ----------------------------------------------------------- notifications

export const NOTIFICATIONS_PAGE_SIZE = 20;

// ------------------------------------------------------------------ events

/** The BroadcastChannel the backend posts live events on (see events.ts). */
export const BROADCAST_CHANNEL_NAME = 'screening-room';
