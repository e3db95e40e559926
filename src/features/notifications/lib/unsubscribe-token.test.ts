import { describe, expect, it } from 'vitest';
import { unsubscribeQuestion, unsubscribeTarget } from './unsubscribe-token';

const token = (payload: unknown) =>
  `${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.signature`;

describe('unsubscribe token wording', () => {
  it('words the question after what the link stops', () => {
    expect(unsubscribeTarget(token({ s: 'replies', u: 'u1' }))).toBe('replies');
    expect(unsubscribeTarget(token({ s: 'email', u: 'u1' }))).toBe('email');
    expect(unsubscribeTarget(token({ s: 'sub-123', u: 'u1' }))).toBe('subscription');
    expect(unsubscribeQuestion(token({ s: 'sub-123', u: 'u1' }))).toBe(
      'Unsubscribe from the discussion this email was about?',
    );
  });

  it('still asks, plainly, about a token it cannot read', () => {
    for (const bad of ['', 'not base64!.x', `${btoa('not json')}.x`, token({ x: 1 }), token('s')]) {
      expect(unsubscribeTarget(bad)).toBe('unknown');
    }
    expect(unsubscribeQuestion('garbage')).toBe('Unsubscribe from the emails this link came with?');
  });

  it('reads non-ASCII payloads as UTF-8', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ s: 'sub-é', u: 'u1' }));
    const base64 = btoa(String.fromCharCode(...bytes)).replace(/=+$/, '');
    expect(unsubscribeTarget(`${base64}.sig`)).toBe('subscription');
  });
});
