/*
 * Byte helpers for the Web Crypto code (standard APIs only: runs in browsers,
 * service workers and Node 20+).
 */

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws on malformed input. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on malformed input. */
/**
 * Strict: only the canonical encoding is accepted. The last character of a
 * base64 string carries unused bits, so several spellings decode to the same
 * bytes; accepting them all would let a tampered token still verify.
 */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('Not base64url');
  const bytes = base64ToBytes(text.replace(/-/g, '+').replace(/_/g, '/'));
  if (bytesToBase64Url(bytes) !== text) throw new Error('Not canonical base64url');
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** An unguessable id with a readable prefix, e.g. `n-3kR…`. */
export function randomId(prefix: string): string {
  return `${prefix}-${bytesToBase64Url(randomBytes(12))}`;
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/**
 * Equal-length byte arrays compared without stopping at the first difference,
 * so the time taken does not tell how much of a guess was right.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
