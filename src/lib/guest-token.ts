import { GUEST_TOKEN_HEADER, GUEST_TOKEN_PATTERN } from '../contract/constants';
import { addRequestHeaders } from './api-client';

/**
 * This browser's guest token: opaque, kept in localStorage, sent with every
 * request so the backend can let the guest edit and delete their own comments.
 * Importing this module registers the header with the API client, so the
 * comments API imports it before its first request. The guest's display name
 * lives in guest-identity.ts, which needs the contract's zod schemas.
 */

const TOKEN_KEY = 'screening-room:guest-token';

let memoryToken: string | null = null;

function randomToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Storage may refuse (private mode, quota): the token then holds in memory for this page.
function readStored(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function store(token: string): void {
  try {
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // kept in memoryToken
  }
}

/**
 * This browser's guest token, created on first use. A stored value that is
 * not a well-formed token is replaced; one kept in memory is written back if
 * storage lost it, so the browser keeps owning its comments.
 */
export function getGuestToken(): string {
  const stored = readStored();
  if (stored !== null && GUEST_TOKEN_PATTERN.test(stored)) {
    memoryToken = stored;
    return stored;
  }
  memoryToken ??= randomToken();
  store(memoryToken);
  return memoryToken;
}

addRequestHeaders(() => ({ [GUEST_TOKEN_HEADER]: getGuestToken() }));
