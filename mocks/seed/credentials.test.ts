import { describe, expect, it, vi } from 'vitest';
import { needsRehash, verifyPassword } from '../domain/accounts';
import { seedCredentials } from './credentials';
import { buildSeed } from './index';
import { DEMO_PASSWORD, users } from './users';

// Real PBKDF2 at 210,000 iterations: about 50 ms a hash, many times that on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('seeded credentials', () => {
  it('every seeded account has exactly one hash, of DEMO_PASSWORD, at today’s iteration count', async () => {
    expect(seedCredentials.map((c) => c.userId).sort()).toEqual(users.map((u) => u.id).sort());
    expect(new Set(seedCredentials.map((c) => c.salt)).size).toBe(seedCredentials.length);
    const checks = await Promise.all(seedCredentials.map((c) => verifyPassword(DEMO_PASSWORD, c)));
    expect(checks.every(Boolean)).toBe(true);
    expect(seedCredentials.some(needsRehash)).toBe(false);
    const [first] = seedCredentials;
    if (!first) throw new Error('no seeded credentials');
    expect(await verifyPassword(`${DEMO_PASSWORD}!`, first)).toBe(false);
  });

  it('are part of the demo content', () => {
    expect(buildSeed().credentials).toHaveLength(users.length);
  });
});
