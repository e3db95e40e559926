import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDomain as pslDomain } from 'tldts';
import type * as ToughCookie from 'tough-cookie';
import { CookieJar as PslJar } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDomain } from './tldts-lite';

// What tough-cookie passes (see tldts-lite.ts).
const OPTIONS = { allowIcannDomains: true, allowPrivateDomains: true };
const real = (host: string) => pslDomain(host, OPTIONS);

/** Hosts whose public suffix is one label, IPs, and names tldts refuses: the answers must be equal. */
const EXACT = [
  'localhost',
  '127.0.0.1',
  '192.168.0.10',
  '::1',
  '[::1]',
  '2001:db8::1',
  'example.com',
  'www.example.com',
  'a.b.example.com',
  'EXAMPLE.COM',
  'example.com.',
  '.example.com',
  'screening-room.dev',
  'xn--bcher-kva.example',
  'my_host.example.com',
  '1.2.3.4.example.com',
  '10.0.0.1.5',
  'com',
  'intranet',
  'a..b.com',
  '-bad.example.com',
  'bad-.example.com',
  'exa mple.com',
  '',
];

/** Hosts under a public suffix of two labels or more (ICANN and private sections). */
const LONGER_SUFFIX = [
  'example.co.uk',
  'www.example.co.uk',
  'me.github.io',
  'screening-room.pages.dev',
  'a.b.city.kawasaki.jp',
];

describe('tldts-lite getDomain', () => {
  it('answers as tldts for localhost, IP addresses, one-label suffixes and malformed names', () => {
    for (const host of EXACT) expect(getDomain(host), JSON.stringify(host)).toBe(real(host));
  });

  it('under a longer suffix answers a parent of the registrable domain, never a longer name', () => {
    for (const host of LONGER_SUFFIX) {
      const exact = real(host);
      const lite = getDomain(host);
      expect(exact, host).not.toBeNull();
      expect(lite, host).not.toBeNull();
      expect(exact === lite || exact?.endsWith(`.${lite}`), `${host}: ${lite} vs ${exact}`).toBe(true);
    }
  });
});

/**
 * tough-cookie's own module with `tldts` replaced by tldts-lite: the jar msw gets in the
 * browser build. (Its dist has no other import.)
 */
let tmp = '';
let LiteJar: typeof ToughCookie.CookieJar;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const dist = path.join(path.dirname(require.resolve('tough-cookie')), 'index.js');
  const source = readFileSync(dist, 'utf8');
  const lite = fileURLToPath(new URL('./tldts-lite.ts', import.meta.url));
  expect(source).toContain('from "tldts"');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tough-cookie-lite-'));
  const file = path.join(tmp, 'tough-cookie.mjs');
  writeFileSync(
    file,
    source
      .replace('from "tldts"', `from ${JSON.stringify(lite)}`)
      .replace(/^\/\/# sourceMappingURL=.*$/m, ''),
  );
  const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof ToughCookie;
  LiteJar = mod.CookieJar;
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('msw’s cookie jar on tldts-lite', () => {
  /** Set-Cookie headers a response from `origin` sends, then what the jar sends to each URL. */
  async function scenario(
    Jar: typeof ToughCookie.CookieJar,
    origin: string,
    cookies: string[],
    urls: string[],
  ) {
    const jar = new Jar();
    const accepted: boolean[] = [];
    for (const cookie of cookies) {
      accepted.push(
        await jar.setCookie(cookie, origin).then(
          () => true,
          () => false,
        ),
      );
    }
    const sent: Record<string, string> = {};
    for (const url of urls) sent[url] = await jar.getCookieString(url);
    return { accepted, sent };
  }

  const HOSTS = [
    'localhost',
    '127.0.0.1',
    'app.example.com',
    'www.example.co.uk',
    'screening-room.pages.dev',
    'me.github.io',
  ];

  it('holds and sends the same cookies as with tldts, for every kind of host', async () => {
    for (const host of HOSTS) {
      const ip = /^[\d.]+$/.test(host);
      const parent = ip ? '' : host.split('.').slice(1).join('.');
      const cookies = [
        'plain=1',
        'scoped=2; Path=/api',
        `own=3; Domain=${host}`,
        'secure=4; Secure',
        // A parent domain: accepted when it is not a public suffix (example.com), refused otherwise.
        ...(parent.includes('.') && real(parent) !== null ? [`parent=5; Domain=${parent}`] : []),
        `elsewhere=6; Domain=other.test`,
      ];
      const urls = [
        `http://${host}/`,
        `http://${host}/api/reviews`,
        `https://${host}/api/reviews`,
        ...(ip ? [] : [`http://sub.${host}/`]),
        ...(parent.includes('.') ? [`http://${parent}/`, `http://sibling.${parent}/`] : []),
        'http://other.test/',
      ];
      const origin = `http://${host}/api/session`;
      const [withPsl, withLite] = [
        await scenario(PslJar, origin, cookies, urls),
        await scenario(LiteJar, origin, cookies, urls),
      ];
      expect(withLite, host).toEqual(withPsl);
      expect(withPsl.sent[`http://${host}/api/reviews`], host).toContain('plain=1');
    }
  });

  it('differs only for a cookie whose Domain is a public suffix of two labels or more', async () => {
    const origin = 'http://www.example.co.uk/';
    const withPsl = await scenario(PslJar, origin, ['wide=1; Domain=co.uk'], ['http://www.example.co.uk/']);
    const withLite = await scenario(LiteJar, origin, ['wide=1; Domain=co.uk'], ['http://www.example.co.uk/']);
    expect(withPsl.accepted).toEqual([false]);
    // The lite jar keeps it: only a handler sending such a Set-Cookie could tell, and none sends cookies.
    expect(withLite.accepted).toEqual([true]);
    // A one-label suffix is refused by both.
    const com = await scenario(
      LiteJar,
      'http://app.example.com/',
      ['wide=1; Domain=com'],
      ['http://app.example.com/'],
    );
    expect(com.accepted).toEqual([false]);
  });
});
