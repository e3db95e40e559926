/**
 * What the browser build uses in place of tldts (vite.config.ts, liteTldts).
 *
 * Why: msw keeps a simulated cookie jar (tough-cookie), created when msw loads, and
 * tough-cookie asks tldts for a host's registrable domain. tldts carries the whole Public
 * Suffix List: 257 KB of the backend chunk (114 KB gzip, more than the rest of it together)
 * that every start downloads and parses.
 *
 * What tough-cookie (6.x) does with the answer, and why a list-free one is right here:
 * - It only calls getDomain(host, { allowIcannDomains, allowPrivateDomains }) — the export
 *   below; "localhost" and other special-use names it settles itself, before asking.
 * - MemoryCookieStore.findCookies lists the host and its parent domains down to the
 *   registrable one (permuteDomain), as places to look for cookies; every cookie found
 *   there then has to pass domainMatch / host-only checks against the request's host.
 * - setCookie rejects a cookie whose Domain attribute is a public suffix (getDomain null).
 * This module answers the last two labels, or null for IP addresses, one-label and
 * malformed names. That is the exact answer for localhost, IPs and every name under a
 * one-label suffix (example.com, screening-room.dev). Under a longer suffix (example.co.uk,
 * me.github.io, app.pages.dev) it answers a shorter domain (co.uk, github.io): the lookup
 * list grows by domains that can hold no cookie (the jar never stores one there unless a
 * response sets Domain=co.uk), so the cookies found are the same; and the jar would accept
 * a response's Set-Cookie with Domain=co.uk, which no handler here sends (they set no
 * cookies: sessions travel in a header). tldts-lite.test.ts runs tough-cookie on this module
 * and on tldts and compares what the jar holds and sends, host by host.
 */

const isIpv4 = (host: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
const isIpv6 = (host: string): boolean => /^\[?[0-9a-f:]*:[0-9a-f:]*\]?$/.test(host);

/** tldts's shallow hostname check: letters, digits, '-', '_' or non-ASCII; no empty or hyphen-edged label. */
function isValidHostname(host: string): boolean {
  if (host.length === 0 || host.length > 255) return false;
  return host
    .split('.')
    .every(
      (label) =>
        label.length > 0 &&
        label.length <= 63 &&
        !label.startsWith('-') &&
        !label.endsWith('-') &&
        [...label].every((c) => /[a-z0-9_-]/.test(c) || c.charCodeAt(0) > 127),
    );
}

/** The registrable domain of a host name as the last two labels; null for IPs, one label or a malformed name. */
export function getDomain(hostname: string): string | null {
  let host = hostname.toLowerCase();
  if (host.startsWith('.')) host = host.slice(1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (isIpv4(host) || isIpv6(host) || !isValidHostname(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
