import type { Context } from 'hono';

export type FormBody = Record<string, string | string[]>;

/** Parses a form post into strings (arrays for repeated fields); files are ignored here. */
export async function formBody(c: Context): Promise<FormBody> {
  const raw = await c.req.parseBody({ all: true });
  const out: FormBody = {};
  for (const [k, v] of Object.entries(raw)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** Uploaded files of a multipart form field (Hono keeps the parsed form, so this reads no body twice). */
export async function formFiles(c: Context, name: string): Promise<File[]> {
  const raw = (await c.req.parseBody({ all: true }))[name];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.filter((v): v is File => v instanceof File && (v.size > 0 || v.name !== ''));
}

/** One value of a form field, or '' when missing. */
export function field(body: FormBody, name: string): string {
  const v = body[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** All values of a repeated field (checkboxes). */
export function fields(body: FormBody, name: string): string[] {
  const v = body[name];
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** Only same-site relative paths may be redirect targets, so a link cannot send a user elsewhere. */
export function safeBack(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return fallback;
  return value;
}
