import type { Context } from 'hono';
import type { ClientErrorStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { AppError, type FieldError } from '../errors.ts';
import { fieldErrors } from '../validation.ts';

export type FormBody = Record<string, string | string[]>;

/**
 * Whether a text holds a control character. Form fields may hold tab and line breaks (`lineBreaks`);
 * addresses hold none.
 */
function hasControl(text: string, lineBreaks = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7f || (code < 0x20 && !(lineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d))))
      return true;
  }
  return false;
}

/** Sends Retry-After with a form shown again after a rate limit (the seconds the error carries). */
export function retryAfterHeader(c: Context, err: unknown) {
  if (err instanceof AppError && err.retryAfter) c.header('Retry-After', String(err.retryAfter));
}

/**
 * The parsed body of a form post (Hono keeps it, so every reader shares one parse). A body that does not
 * parse (a multipart without its end, say) is a 400, not a crash.
 */
export async function parsedBody(c: Context) {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new AppError('BAD_REQUEST', 'The form data could not be read.');
  }
}

/**
 * Parses a form post into strings (arrays for repeated fields); files are ignored here. A NUL or another
 * control character in a field is refused with 422 (the database would refuse it later, as a 500).
 */
export async function formBody(c: Context): Promise<FormBody> {
  const raw = await parsedBody(c);
  const out: FormBody = {};
  for (const [k, v] of Object.entries(raw)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
    const values = out[k];
    if (values !== undefined && (Array.isArray(values) ? values : [values]).some((v) => hasControl(v, true)))
      throw new AppError('VALIDATION_FAILED', `The field ${k.slice(0, 40)} contains a control character.`);
  }
  return out;
}

/** Uploaded files of a multipart form field (Hono keeps the parsed form, so this reads no body twice). */
export async function formFiles(c: Context, name: string): Promise<File[]> {
  const raw = (await parsedBody(c))[name];
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

const HERE = 'http://rathaus.invalid';

/**
 * Only paths on this site may be redirect targets, so a link cannot send a user elsewhere: anything a
 * browser might read as another origin (`//x`, `/\\x`, a scheme) falls back; control characters, which
 * browsers strip (`/<tab>/evil.example` becomes `//evil.example`) or which would split the header, are
 * refused with 422.
 */
export function safeBack(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value === '') return fallback;
  if (hasControl(value))
    throw new AppError('VALIDATION_FAILED', 'The return address contains control characters.');
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  try {
    if (new URL(value, HERE).origin !== HERE) return fallback;
  } catch {
    return fallback;
  }
  return value;
}

/** What a person typed into a form, kept as sent so a form with errors shows it again. */
export type FormValues = Record<string, string | string[]>;
export type FormErrors = Record<string, FieldError>;

type Def = {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  schema?: z.ZodType;
  shape?: unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema under refinements, defaults and pipes (where the form's field names are). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let cur: z.ZodType | undefined = schema;
  for (let i = 0; cur && i < 10; i++) {
    const def = defOf(cur);
    if (def.type === 'object') return (cur as unknown as { shape: Record<string, z.ZodType> }).shape;
    cur = def.innerType ?? def.in ?? def.schema;
  }
  return undefined;
}

/** Whether a field takes several values (checkboxes, multiple selects): an array under wrappers and pipes. */
function isList(schema: z.ZodType | undefined, depth = 0): boolean {
  if (!schema || depth > 10) return false;
  const def = defOf(schema);
  if (def.type === 'array') return true;
  if (def.type === 'pipe') return isList(def.in, depth + 1) || isList(def.out, depth + 1);
  return isList(def.innerType ?? def.schema, depth + 1);
}

/**
 * The values of the fields a form schema names, read from the body as sent: repeated fields as lists.
 * Keyed by the schema's keys; `names` maps a key to the form's field name where they differ (prefixed
 * ids on a page with several forms).
 */
export function formValues<S extends z.ZodType>(
  schema: S,
  body: FormBody,
  names: Record<string, string> = {},
): FormValuesOf<S> {
  const shape = objectShape(schema);
  if (!shape) throw new Error('formValues needs an object schema');
  // Lists for the fields whose schema is an array, text for the rest: the shape FormValuesOf<S> describes.
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const name = names[key] ?? key;
      return [key, isList(field) ? fields(body, name) : fieldValue(body, name)];
    }),
  ) as FormValuesOf<S>;
}

function fieldValue(body: FormBody, name: string): string {
  const v = body[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** A form's fields as sent, by the schema's keys: lists for repeated fields, text for the rest. */
export type FormValuesOf<S extends z.ZodType> = {
  [K in keyof z.input<S>]-?: NonNullable<z.input<S>[K]> extends readonly unknown[] ? string[] : string;
};

/** Values (or messages) by the schema's keys ▸ by the form's field names, where a view names them differently. */
export function byFieldName<V>(values: Record<string, V>, names: Record<string, string>): Record<string, V> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [names[k] ?? k, v]));
}

/** Values of a form without repeated fields, as plain text (what views of such forms take). */
export function textValues(values: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}

/** How one form post goes: the use case, where success leads, how bad input is shown. */
export interface FormHandling<S extends z.ZodType, R> {
  /** The use case, given the typed input (the schema's output). */
  action(input: z.output<S>, values: FormValuesOf<S>): Promise<R>;
  /** Where success leads: a path to redirect to (303), or a response. */
  done(result: R): string | Response | Promise<string | Response>;
  /**
   * The page again, with the error summary, the messages at their fields (by form field name) and what
   * was typed (by the schema's keys).
   */
  failed(
    values: FormValuesOf<S>,
    errors: FormErrors,
    status: ClientErrorStatusCode,
  ): Response | Promise<Response>;
  /** Expected failures of the use case that show the form again, with their messages (default: invalid input). */
  recover?(err: AppError): FormErrors | undefined;
  /** Schema key ▸ form field name, where they differ. */
  names?: Record<string, string>;
  /** Values read by the route itself (a body read already, or fields under other names). */
  values?: FormValuesOf<S>;
  /**
   * The use case's own checks of what the schema cannot see (an address taken, a unit of the wrong kind),
   * asked for when the schema refuses the input too, so that every problem is told at once rather than
   * one after another. (When the schema accepts, the use case checks them itself.)
   */
  check?(values: FormValuesOf<S>): Promise<FormErrors>;
}

/** The default: invalid input (from the schema or the use case) shows the form again, nothing else does. */
const invalidInput = (err: AppError) => (err.code === 'VALIDATION_FAILED' ? err.fields : undefined);

/**
 * One typed way to handle a form post (POST ▸ redirect ▸ GET): read the fields the schema names, parse
 * them at the edge (`z.input` in, `z.output` out), run the use case with the typed value and redirect; on
 * bad input, from the schema or the use case, render the page again with the messages and the input kept.
 */
export async function handleForm<S extends z.ZodType, R>(
  c: Context,
  schema: S,
  h: FormHandling<S, R>,
): Promise<Response> {
  const names = h.names ?? {};
  const values = h.values ?? formValues(schema, await formBody(c), names);
  const toForm = (errors: FormErrors) => byFieldName(errors, names);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, values);
    const checked = h.check ? await h.check(values) : {};
    // In the form's order; the schema's message first where both found something.
    const merged: FormErrors = {};
    for (const key of new Set([...Object.keys(values), ...Object.keys(errors), ...Object.keys(checked)])) {
      const e = errors[key] ?? checked[key];
      if (e) merged[key] = e;
    }
    return h.failed(values, toForm(merged), 422);
  }
  let result: R;
  try {
    result = await h.action(parsed.data, values);
  } catch (err) {
    const errors = err instanceof AppError ? (h.recover ?? invalidInput)(err) : undefined;
    if (!errors) throw err;
    retryAfterHeader(c, err);
    return h.failed(
      values,
      toForm(errors),
      err instanceof AppError ? (err.status as ClientErrorStatusCode) : 422,
    );
  }
  const next = await h.done(result);
  return typeof next === 'string' ? c.redirect(next, 303) : next;
}

/**
 * A post without a form to show again (a button, a tick box): its fields read through a schema, typed;
 * anything malformed is a plain 422.
 */
export async function readForm<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const values = formValues(schema, await formBody(c));
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The form is not valid.', fieldErrors(parsed.error, values));
  return parsed.data;
}

/**
 * A form whose field names carry record ids (one select per listed proposal): the whole body parsed by a
 * schema that turns it into the typed input; anything malformed is a plain 422.
 */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const body = await formBody(c);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The form is not valid.', fieldErrors(parsed.error, body));
  return parsed.data;
}

/**
 * The fields of a post to send again from a confirmation page (everything but the CSRF token and the
 * confirmation itself), one pair per value.
 */
export async function repostFields(c: Context): Promise<[string, string][]> {
  const body = await formBody(c);
  return Object.entries(body)
    .filter(([k]) => k !== '_csrf' && k !== 'bestaetigt')
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x] as [string, string]));
}

/** Whether a post carries the confirmation of ui/confirm.tsx (`bestaetigt=ja`): an irreversible step asked first. */
export async function isConfirmed(c: Context): Promise<boolean> {
  return field(await formBody(c), 'bestaetigt') === 'ja';
}
