import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

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

/** The key for one purpose, derived apart from the signatures above (HKDF with its own label). */
const keyFor = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', secret, 'rathaus', `seal:${purpose}`, 32));

/**
 * `value` encrypted and authenticated (AES-256-GCM under a key for `purpose`), base64url: a link that
 * stands for a person's address without showing it in the address bar, the history or a server's log.
 */
export function encryptValue(secret: string, purpose: string, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The value encryptValue sealed, or undefined for a malformed, forged or differently purposed token. */
export function decryptValue(secret: string, purpose: string, token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{38,1200}$/.test(token)) return undefined;
  const raw = Buffer.from(token, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}
