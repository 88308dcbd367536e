import { z } from 'zod';
import { AppError, type FieldError } from './errors.ts';
import { isMessageKey } from './i18n/i18n.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a URL or a form can be a row id (a malformed one is simply "not found"). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Maps zod issues to field errors whose messages are i18n keys (`validation.*`). Given the input, a text
 * field left empty is asked for ("Bitte füllen Sie dieses Feld aus.") rather than called too short
 * (validation.tooShort).
 */
export function fieldErrors(error: z.ZodError, input?: unknown): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_form';
    if (out[field]) continue;
    const error = toFieldError(issue);
    // "Mindestens 3 Zeichen" for a field left empty: ask for it instead. A module's own message stays
    // ("Der Titel braucht mindestens 5 Zeichen."): it names the field in the error summary.
    out[field] =
      error.key === 'validation.tooShort' && isEmptyText(valueAt(input, issue.path))
        ? { key: 'validation.required' }
        : error;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const isEmptyText = (v: unknown) => typeof v === 'string' && v.trim() === '';

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  // A schema's own message is an i18n key (validation.…, or a module's key such as services.leikaFormat);
  // the limits of a length or size check go with it, for the texts that name them.
  if (isMessageKey(issue.message)) {
    const values: Record<string, number> = {};
    if (issue.code === 'too_small') values.min = Number(issue.minimum);
    if (issue.code === 'too_big') values.max = Number(issue.maximum);
    return Object.keys(values).length ? { key: issue.message, values } : { key: issue.message };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', values: { min: Number(issue.minimum) } };
      }
      return { key: 'validation.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
      return { key: 'validation.tooBig', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'date') return { key: 'validation.date' };
      return { key: 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'invalid_type':
      return issue.input === undefined ? { key: 'validation.required' } : { key: 'validation.format' };
    default:
      return { key: 'validation.format' };
  }
}

/** Parses input with a schema or throws VALIDATION_FAILED carrying field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const res = schema.safeParse(input);
  if (!res.success)
    throw new AppError('VALIDATION_FAILED', 'The input is not valid.', fieldErrors(res.error, input));
  return res.data;
}

/**
 * The years a date of the city's work may fall in (as budget years and KPI years): 0001-01-01 or
 * 9999-12-31 typed by mistake would otherwise be published and counted as overdue for centuries.
 */
export const DAY_YEARS = { min: 1990, max: 2100 } as const;

const withinYears = (v: string) => {
  const year = Number(v.slice(0, 4));
  return year >= DAY_YEARS.min && year <= DAY_YEARS.max;
};

/** A calendar date as a date input sends it (YYYY-MM-DD) that exists, between 1990 and 2100. */
export const zDay = () =>
  z.string().trim().pipe(z.iso.date('validation.date')).refine(withinYears, 'validation.dateRange');

/** An optional reference from a select ('' = none). */
export const zOptionalUuid = () =>
  z
    .string()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().uuid('validation.choice').optional())
    .optional();

/** An optional web address ('' = none); only http(s). */
export const zOptionalUrl = () =>
  z
    .string()
    .trim()
    .max(500)
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().url('validation.url').startsWith('http', 'validation.url').optional())
    .optional();

/** An optional line of text ('' = none). */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** An optional e-mail address ('' = none). */
export const zOptionalEmail = () =>
  z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().email('validation.email').optional())
    .optional();

/** An optional calendar day from a date input ('' = none), between 1990 and 2100. */
export const zOptionalDay = () =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.iso.date('validation.date').refine(withinYears, 'validation.dateRange').optional())
    .optional();

/**
 * An amount in euros as people type it, in German or English notation: "125.000,50", "125,000.50",
 * "125000.5", "2,5", "1.500". A separator followed by one or two digits at the end marks the cents; one
 * followed by groups of three digits separates thousands (euros have no third decimal, so "1,500" and
 * "1.500" are both fifteen hundred). Anything else is left as typed, for the schema to refuse.
 */
export function normalizeAmount(typed: string): string {
  const v = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const m = /^(\d{1,3}(?:([.,])\d{3}(?:\2\d{3})*)?|\d+)(?:([.,])(\d{1,2}))?$/.exec(v);
  if (!m) return typed;
  const [, whole, thousands, decimal, cents] = m;
  if (thousands && decimal && thousands === decimal) return typed;
  const digits = whole!.replace(/[.,]/g, '');
  return cents === undefined ? digits : `${digits}.${cents}`;
}

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** An amount in euros as people type it (see normalizeAmount), kept exact as a decimal string; '' is zero. */
export const zMoney = () =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? '0' : normalizeAmount(v)))
    .pipe(z.string().regex(AMOUNT, 'validation.money'));

/** An optional amount in euros ('' = none), kept exact as a decimal string. */
export const zOptionalMoney = () =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : normalizeAmount(v)))
    .pipe(z.string().regex(AMOUNT, 'validation.money').optional())
    .optional();

/** A checkbox: ticked ('on') or not (absent). */
export const zCheckbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A form whose input was read otherwise (record ids in field names): nothing more to parse. */
export const ZNoFields = z.object({});

/** A list's page in an address (`?seite=2`): a missing or malformed one is the first. */
export const zPageNumber = () => z.coerce.number().int().min(1).max(100_000).catch(1);

/** Every field of a raw form body as text (a repeated field: its first value), for forms whose field names carry ids. */
export const ZTextBody = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((body) =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v])),
  );
