import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_AGE_MS = 24 * 3600_000;

/** A signed render timestamp for a public form (no cookie needed): `time.signature`. */
export function issueFormToken(secret: string, now = Date.now()): string {
  return `${now}.${sign(secret, now)}`;
}

export type FormTiming = 'ok' | 'too-fast' | 'invalid';

/** Checks a token from issueFormToken: forged, missing or a day old ▸ invalid; sooner than minFillMs ▸ too-fast. */
export function checkFormToken(
  secret: string,
  token: string | undefined,
  minFillMs: number,
  now = Date.now(),
): FormTiming {
  const m = /^(\d{10,16})\.([A-Za-z0-9_-]{20,})$/.exec(token ?? '');
  if (!m) return 'invalid';
  const issued = Number(m[1]);
  const expected = Buffer.from(sign(secret, issued));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issued > MAX_AGE_MS || issued > now + 60_000) return 'invalid';
  return now - issued < minFillMs ? 'too-fast' : 'ok';
}

function sign(secret: string, time: number) {
  return createHmac('sha256', secret).update(`form:${time}`).digest('base64url').slice(0, 32);
}
