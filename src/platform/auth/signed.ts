import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Capability links (confirm an address, manage or end notifications) carry an HMAC of what they grant, so
 * the link itself is the proof and nothing secret has to be stored.
 */
export function signValue(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url').slice(0, 32);
}

export function verifySigned(secret: string, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(signValue(secret, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** `value.signature` with the value base64url-encoded, safe in a URL path segment. */
export function sealValue(secret: string, purpose: string, value: string): string {
  return `${Buffer.from(value, 'utf8').toString('base64url')}.${signValue(secret, purpose, value)}`;
}

/** The value sealed by sealValue, or undefined when the token is malformed or forged. */
export function unsealValue(secret: string, purpose: string, token: string): string | undefined {
  const m = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return undefined;
  const value = Buffer.from(m[1]!, 'base64url').toString('utf8');
  return verifySigned(secret, purpose, value, m[2]!) ? value : undefined;
}
