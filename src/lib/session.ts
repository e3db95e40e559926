import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { PublicUser, Session, SessionState } from '../contract/accounts';
import { ACCOUNT_PROBLEM_CODES, SESSION_HEADER, SESSION_SCHEME, sessionHeaders } from '../contract/constants';
import { addRequestHeaders, apiRequest, onApiError } from './api-client';

/**
 * Who is signed in, in this tab. Shared by every feature (import from here,
 * never from src/features/accounts): the token store, `useSession()`, links
 * to the sign-in page and a way to ask for sign-in in place.
 *
 * Where the token lives: a per-tab session in sessionStorage, so two tabs can
 * be two different people; with "remember me", in localStorage, shared by
 * every tab that has no session of its own. The per-tab one wins. Signing out
 * (or an expired session) in a tab that had its own session leaves a
 * "signed out" mark in that tab, so it does not quietly become whoever is
 * remembered: nobody should find themselves posting as someone else.
 *
 * Importing this module registers the Authorization header with the API
 * client and starts watching for `session-expired` answers, so boot code
 * (src/app/router.tsx) imports it before the first request.
 */

const KEY = 'screening-room:session';
/** In sessionStorage: this tab signed out; ignore the remembered session. */
const SIGNED_OUT = '-';

export type SessionUser = PublicUser;

/** Why the sign-in prompt is open (the accounts feature renders it). */
export interface SignInPrompt {
  /** A sentence saying why sign-in is needed, e.g. "Sign in to follow this thread." */
  reason: string | null;
}

export interface SessionSnapshot {
  /** The token this tab sends, or null for a guest. */
  token: string | null;
  /** True when the token comes from "remember me" (shared by tabs) rather than this tab. */
  remembered: boolean;
  /** The server said the session expired (or was ended) since this page loaded. */
  expired: boolean;
  /** Someone asked for an in-place sign-in (see requestSignIn). */
  prompt: SignInPrompt | null;
}

// Kept when storage refuses (private mode, quota): the session still holds for this page.
const memory: { tab: string | null; shared: string | null } = { tab: null, shared: null };
let storageWorks = true;

function read(area: 'tab' | 'shared'): string | null {
  if (storageWorks) {
    try {
      return (area === 'tab' ? sessionStorage : localStorage).getItem(KEY);
    } catch {
      storageWorks = false;
    }
  }
  return memory[area];
}

function write(area: 'tab' | 'shared', value: string | null): void {
  memory[area] = value;
  if (!storageWorks) return;
  try {
    const storage = area === 'tab' ? sessionStorage : localStorage;
    if (value === null) storage.removeItem(KEY);
    else storage.setItem(KEY, value);
  } catch {
    storageWorks = false;
  }
}

let expired = false;
let prompt: SignInPrompt | null = null;
let snapshot: SessionSnapshot | null = null;
const listeners = new Set<() => void>();

function compute(): SessionSnapshot {
  const tab = read('tab');
  const token = tab === SIGNED_OUT ? null : (tab ?? read('shared'));
  const remembered = tab === null && token !== null;
  if (
    snapshot &&
    snapshot.token === token &&
    snapshot.remembered === remembered &&
    snapshot.expired === expired &&
    snapshot.prompt === prompt
  ) {
    return snapshot;
  }
  return (snapshot = { token, remembered, expired, prompt });
}

function changed(): void {
  compute();
  for (const listener of [...listeners]) listener();
}

/** The token this tab sends, or null. */
export function getSessionToken(): string | null {
  return compute().token;
}

export function getSessionSnapshot(): SessionSnapshot {
  return compute();
}

/** For useSyncExternalStore: changes in this tab, and a remembered session changing in another. */
export function subscribeSession(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function onStorage(event: StorageEvent): void {
  if (event.key === KEY || event.key === null) changed();
}

/** After sign-in or registration: this tab only, or remembered for every tab without its own. */
export function storeSessionToken(token: string, remember: boolean): void {
  if (remember) {
    write('shared', token);
    write('tab', null);
  } else {
    write('tab', token);
  }
  expired = false;
  prompt = null;
  changed();
}

/** Sign-out, or the server said the session is over: this tab becomes a guest. */
export function forgetSessionToken(reason: 'signed-out' | 'expired'): void {
  const current = compute();
  if (current.token !== null) {
    // A remembered session that ended is over for every tab that uses it.
    if (current.remembered) write('shared', null);
    else write('tab', SIGNED_OUT);
  }
  expired = reason === 'expired' && current.token !== null;
  changed();
}

/** Forget `token` if it is still the one this tab sends (a late answer must not end a newer session). */
export function expireSessionToken(token: string): void {
  if (compute().token === token) forgetSessionToken('expired');
}

/** The "session expired" notice was seen and dismissed. */
export function dismissSessionExpired(): void {
  if (!expired) return;
  expired = false;
  changed();
}

/**
 * Ask the person to sign in without leaving the page (the accounts feature
 * shows a sign-in panel; what they were typing stays on screen).
 */
export function requestSignIn(reason: string | null = null): void {
  prompt = { reason };
  changed();
}

export function closeSignInPrompt(): void {
  if (prompt === null) return;
  prompt = null;
  changed();
}

export function useSessionSnapshot(): SessionSnapshot {
  return useSyncExternalStore(subscribeSession, getSessionSnapshot, getSessionSnapshot);
}

// ------------------------------------------------------------------ links

const AUTH_PATHS = ['/sign-in', '/register'];

/**
 * A `next` value made safe to navigate to: only a path on this site (no
 * scheme, no `//host`, no backslash tricks); anything else, or the sign-in
 * pages themselves, becomes "/".
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  try {
    const base = 'https://screening-room.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return '/';
    if (AUTH_PATHS.includes(url.pathname)) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

function withNext(path: string, next: string | undefined): string {
  const safe = next === undefined ? '/' : safeNextPath(next);
  return safe === '/' ? path : `${path}?next=${encodeURIComponent(safe)}`;
}

/** `/sign-in?next=<here>`: after signing in, the person comes back to `next`. */
export function signInHref(next?: string): string {
  return withNext('/sign-in', next);
}

export function registerHref(next?: string): string {
  return withNext('/register', next);
}

// ---------------------------------------------------------------- queries

export const sessionKeys = { all: ['session'] as const };

const GUEST_STATE: SessionState = { session: null, expired: false };

export async function getSessionState(signal?: AbortSignal): Promise<SessionState> {
  const token = getSessionToken();
  if (token === null) return GUEST_STATE;
  const state = await apiRequest('/auth/session', 'sessionState', { signal });
  if (state.expired) expireSessionToken(token);
  return state;
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => getSessionState(signal),
    staleTime: 60_000,
  });

export type SessionStatus = 'pending' | 'guest' | 'signed-in';

export interface SessionView {
  /** 'pending' while a token is being checked: render neither "Sign in" nor the account yet. */
  status: SessionStatus;
  user: SessionUser | null;
  session: Session | null;
}

const GUEST_VIEW: SessionView = { status: 'guest', user: null, session: null };
const PENDING_VIEW: SessionView = { status: 'pending', user: null, session: null };

/** Who is signed in, in this tab. Never suspends. */
export function useSession(): SessionView {
  const { token } = useSessionSnapshot();
  const query = useQuery(sessionQueryOptions());
  if (token === null) return GUEST_VIEW;
  const session = query.data?.session ?? null;
  if (session) return { status: 'signed-in', user: session.user, session };
  if (query.isPending || query.isFetching || query.isError) return PENDING_VIEW;
  return GUEST_VIEW;
}

// ------------------------------------------------------------ wiring

addRequestHeaders((): Record<string, string> => {
  const token = getSessionToken();
  return token === null ? {} : sessionHeaders(token);
});

const SENT_PREFIX = `${SESSION_SCHEME} `;

onApiError((error, request) => {
  if (error.status !== 401) return;
  // `sign-in-required` while a token was sent: the server did not accept the token either.
  if (
    error.code !== ACCOUNT_PROBLEM_CODES.sessionExpired &&
    error.code !== ACCOUNT_PROBLEM_CODES.signInRequired
  ) {
    return;
  }
  const sent = request.headers[SESSION_HEADER];
  if (sent?.startsWith(SENT_PREFIX)) expireSessionToken(sent.slice(SENT_PREFIX.length));
});
