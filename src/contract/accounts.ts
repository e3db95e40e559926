import { z } from './zod';
import { userRoleSchema } from './comments';
import { PROFILE_PAGE_SIZE } from './constants';
import { charCount, displayNameSchema, hasLoneSurrogate } from './text';

/*
 * Accounts: registration, sign-in, sessions, profiles and settings.
 *
 * A session is an opaque token the client keeps (per tab in sessionStorage, or
 * in localStorage when "remember me" is ticked) and sends on every request as
 * `Authorization: Bearer <token>`. The backend stores only a hash of it.
 * A request without a valid session is a guest's (X-Guest-Token). An invalid or
 * expired token on a write answers 401 with code `session-expired` (keep the
 * draft, ask to sign in again, retry); on a read it is simply treated as a guest.
 */

/** Account roles (defined with the comment author, which carries them). */
export { userRoleSchema, type UserRole } from './comments';

// Without zod, in constants.ts (and params.ts), so code on the app's first load can use them.
export {
  ACCOUNT_PROBLEM_CODES,
  PROFILE_PAGE_SIZE,
  SESSION_HEADER,
  SESSION_SCHEME,
  sessionHeaders,
} from './constants';

/** How long a session lasts: 12 hours, or 30 days with "remember me". */
export const SESSION_HOURS = 12;
export const REMEMBERED_SESSION_DAYS = 30;

export const USERNAME_MIN_CHARS = 3;
export const USERNAME_MAX_CHARS = 30;
export const PASSWORD_MIN_CHARS = 10;
export const PASSWORD_MAX_CHARS = 128;

/**
 * Usernames are case-insensitive: the schema lower-cases them, so "Ada" and
 * "ada" are the same account (and the same when signing in).
 */
export const usernameSchema = z
  .string({ error: 'Username must be text.' })
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN_CHARS, `Username needs at least ${USERNAME_MIN_CHARS} characters.`)
  .max(USERNAME_MAX_CHARS, `Username is too long: the limit is ${USERNAME_MAX_CHARS} characters.`)
  .regex(/^[a-z0-9_-]+$/, 'Username may hold only letters a–z, digits, “-” and “_”.');

/**
 * Twenty of the most common passwords that are long enough to pass the length
 * rule (the shorter classics fail that already). Compared case-insensitively.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  '1234567890',
  '0123456789',
  '0987654321',
  '9876543210',
  '1111111111',
  '123456789a',
  '1234567891',
  '12345678910',
  '123123123123',
  'qwertyuiop',
  'qwerty1234',
  'qwerty123456',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'zaq12wsxcde',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'abcdefghij',
];

/**
 * What is wrong with a password, as messages for the form (empty when it is
 * fine). The client can call it to warn early; the backend enforces it.
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  const length = charCount(password);
  if (hasLoneSurrogate(password)) {
    problems.push('Password contains a broken character (a lone surrogate). Remove it and try again.');
  }
  if (length < PASSWORD_MIN_CHARS) {
    problems.push(`Password needs at least ${PASSWORD_MIN_CHARS} characters.`);
  } else if (length > PASSWORD_MAX_CHARS) {
    problems.push(`Password is too long: the limit is ${PASSWORD_MAX_CHARS} characters.`);
  } else if (new Set(password).size === 1) {
    problems.push('A password made of one repeated character is too easy to guess.');
  } else if (COMMON_PASSWORDS.includes(password.toLowerCase())) {
    problems.push('This is one of the most common passwords; choose one that is harder to guess.');
  }
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase()) {
    problems.push('Password must not be the same as your username.');
  }
  return problems;
}

/** A new password (length, not trivially guessable). Kept exactly as typed: no trimming. */
export const newPasswordSchema = z
  .string({ error: 'Password must be text.' })
  .superRefine((password, ctx) => {
    for (const message of passwordProblems(password)) ctx.addIssue({ code: 'custom', message });
  });

/** POST /api/auth/register. Signs the new account in: answers AuthResponse (201). */
export const registerBodySchema = z
  .strictObject({
    username: usernameSchema,
    displayName: displayNameSchema,
    password: newPasswordSchema,
    /** As on sign-in; defaults to a 12-hour session. */
    remember: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (body.password.trim().toLowerCase() === body.username) {
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'Password must not be the same as your username.',
      });
    }
  });
export type RegisterBody = z.infer<typeof registerBodySchema>;
export type RegisterInput = z.input<typeof registerBodySchema>;

/** POST /api/auth/sign-in. `remember`: 30-day session instead of 12 hours. */
export const signInBodySchema = z.strictObject({
  username: z
    .string({ error: 'Username must be text.' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter your username.')
    .max(200, 'Username is too long.'),
  password: z
    .string({ error: 'Password must be text.' })
    .min(1, 'Enter your password.')
    .max(1024, 'Password is too long.'),
  remember: z.boolean().default(false),
});
export type SignInBody = z.infer<typeof signInBodySchema>;
export type SignInInput = z.input<typeof signInBodySchema>;

const isoSchema = z.iso.datetime();

/** An account as everyone may see it. */
export const publicUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: userRoleSchema,
  joinedAt: isoSchema,
});
export type PublicUser = z.infer<typeof publicUserSchema>;

/** Who is signed in, and until when. */
export const sessionSchema = z.object({
  user: publicUserSchema,
  expiresAt: isoSchema,
  remember: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Register and sign-in answer the session with its token (shown once; keep it client-side). */
export const authResponseSchema = sessionSchema.extend({ token: z.string() });
export type AuthResponse = z.infer<typeof authResponseSchema>;

/**
 * GET /api/auth/session: always 200. `session` is null for a guest; `expired`
 * is true when a token was sent but is unknown or expired (drop it).
 */
export const sessionStateSchema = z.object({
  session: sessionSchema.nullable(),
  expired: z.boolean(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

/** POST /api/auth/sign-out takes no body (or `{}`); answers 204. Idempotent. */
export const signOutBodySchema = z.strictObject({}).optional();

// ---------------------------------------------------------------- settings

export const EMAIL_FREQUENCIES = ['immediately', 'daily', 'off'] as const;
export const emailFrequencySchema = z.enum(EMAIL_FREQUENCIES);
export type EmailFrequency = z.infer<typeof emailFrequencySchema>;

/** GET /api/settings (signed in only: 401 otherwise). */
export const settingsSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  /** The simulated address emails go to. */
  email: z.string(),
  /** Notify me of replies to my comments (default on). */
  notifyOnReplies: z.boolean(),
  /** Emails for notifications: each at once, one digest a day, or none (default immediately). */
  emailFrequency: emailFrequencySchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * PATCH /api/settings: any subset; a password change needs both
 * `currentPassword` and `newPassword`. Answers the new Settings. Changing the
 * password signs out every other session of the account.
 */
export const settingsUpdateSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    currentPassword: z
      .string({ error: 'Password must be text.' })
      .min(1, 'Enter your current password.')
      .max(1024, 'Password is too long.')
      .optional(),
    newPassword: newPasswordSchema.optional(),
    notifyOnReplies: z.boolean().optional(),
    emailFrequency: emailFrequencySchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.newPassword !== undefined && body.currentPassword === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentPassword'],
        message: 'Enter your current password to set a new one.',
      });
    }
    if (body.currentPassword !== undefined && body.newPassword === undefined) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Enter the new password.' });
    }
  });
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
export type SettingsUpdateInput = z.input<typeof settingsUpdateSchema>;

// ----------------------------------------------------------------- profile

export const profileQuerySchema = z.object({
  cursor: z.string().min(1).max(500).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).catch(PROFILE_PAGE_SIZE).default(PROFILE_PAGE_SIZE),
});
export type ProfileQuery = z.infer<typeof profileQuerySchema>;

/** One of a user's comments on their profile (live and visible ones only). */
export const profileCommentSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  reviewSlug: z.string(),
  reviewTitle: z.string(),
  /** Plain text, spoilers replaced by "[spoiler]": escape it when rendering. */
  excerpt: z.string(),
  createdAt: isoSchema,
  /** `/reviews/<slug>?comment=<id>#comment-<id>` */
  link: z.string(),
});
export type ProfileComment = z.infer<typeof profileCommentSchema>;

/** GET /api/users/:username?cursor&limit: the profile and its comments, newest first. */
export const profileSchema = z.object({
  user: publicUserSchema,
  commentCount: z.number().int().nonnegative(),
  comments: z.array(profileCommentSchema),
  /** null on the last page. */
  nextCursor: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
