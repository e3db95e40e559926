/**
 * What an unsubscribe link is for, read from its token, only to word the
 * question before the person confirms. The token is `<payload>.<signature>`
 * with a base64url JSON payload `{ s: subject }`, where the subject is a
 * subscription id, "replies" or "email". Reading it proves nothing: the
 * server checks the signature when the person confirms, and a token that
 * cannot be read here still gets the plain question.
 */
export type UnsubscribeTarget = 'subscription' | 'replies' | 'email' | 'unknown';

function decodeBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function unsubscribeTarget(token: string): UnsubscribeTarget {
  const [payload] = token.split('.');
  const json = payload ? decodeBase64Url(payload) : null;
  if (json === null) return 'unknown';
  try {
    const data: unknown = JSON.parse(json);
    if (typeof data !== 'object' || data === null || !('s' in data) || typeof data.s !== 'string') {
      return 'unknown';
    }
    if (data.s === 'replies' || data.s === 'email') return data.s;
    return data.s === '' ? 'unknown' : 'subscription';
  } catch {
    return 'unknown';
  }
}

const QUESTIONS: Record<UnsubscribeTarget, string> = {
  subscription: 'Unsubscribe from the discussion this email was about?',
  replies: 'Unsubscribe from notifications of replies to your comments?',
  email: 'Unsubscribe from all emails from Screening Room?',
  unknown: 'Unsubscribe from the emails this link came with?',
};

export function unsubscribeQuestion(token: string): string {
  return QUESTIONS[unsubscribeTarget(token)];
}
