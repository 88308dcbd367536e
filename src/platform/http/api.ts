import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import { LANGS } from '../i18n/langs.ts';
import { type ShownText, textOrigin } from '../translation/translation.ts';
import { fieldErrors } from '../validation.ts';
import type { AppEnv } from './types.ts';

/** The /api/v1 app; invalid parameters become a VALIDATION_FAILED problem document. */
export function createApiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new AppError(
          'VALIDATION_FAILED',
          'The request parameters are not valid.',
          fieldErrors(result.error),
        );
    },
  });
}
export type ApiApp = ReturnType<typeof createApiApp>;

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const problemResponses = {
  400: { description: 'Invalid parameters', content: { 'application/problem+json': { schema: ZProblem } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: ZProblem } } },
  422: { description: 'Invalid parameters', content: { 'application/problem+json': { schema: ZProblem } } },
} as const;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ description: 'Page number, from 1' }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: 'Items per page (at most 100)' }),
});

/**
 * The language of the texts an answer carries: `?lang=`, else the request's `Accept-Language`, else
 * German. Texts without a current translation come as written (see `translations`).
 */
export const ZLangQuery = z.object({
  lang: z.enum(LANGS).optional().openapi({
    description:
      'Language of the texts: de, en, tr or ar. Without it, the first of these in Accept-Language, else German. Where no current translation exists, the original is returned.',
  }),
});

/** `?modified_since=`: only records changed at or after this moment (a day means its start in UTC). */
export const ZModifiedSinceQuery = z.object({
  modified_since: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .transform((v) => (v === undefined ? undefined : new Date(v)))
    .openapi({
      description:
        'Only what changed at or after this moment: a date (2026-07-01) or a date-time in ISO 8601 with its offset (2026-07-01T12:00:00Z)',
      type: 'string',
    }),
});

/** Where one returned text comes from: the original, or a translation (machine or person) of it. */
export const ZTextProvenance = z
  .object({
    lang: z.string().openapi({ description: 'Language of the returned text (ISO 639-1)' }),
    origin: z.enum(['original', 'machine', 'human']).openapi({
      description:
        'original: as written; machine: machine-translated, not reviewed; human: by or reviewed by a person',
    }),
    provider: z
      .string()
      .nullable()
      .openapi({ description: 'The machine translation service (deepl, libretranslate)' }),
    originalLang: z
      .string()
      .nullable()
      .openapi({ description: 'Language of the original, for a translation' }),
  })
  .openapi('TextProvenance');

/** The provenance of each text field of a record, as `ZTextProvenance` describes it. */
export function textProvenance<F extends string>(
  shown: Record<F, ShownText>,
): Record<F, z.infer<typeof ZTextProvenance>> {
  return Object.fromEntries(
    (Object.entries(shown) as [F, ShownText][]).map(([field, s]) => [
      field,
      {
        lang: s.lang,
        origin: textOrigin(s),
        provider: s.provider,
        originalLang: (s as ShownText).original?.lang ?? null,
      },
    ]),
  ) as Record<F, z.infer<typeof ZTextProvenance>>;
}

/**
 * A list's page numbers. `totalIsLowerBound`: a search matched more than it counted (`total` is one more
 * than the counted bound), so the pages reach as far as was counted and the meta says so.
 */
export function pageMeta(page: number, pageSize: number, total: number, totalIsLowerBound = false) {
  const counted = totalIsLowerBound ? total - 1 : total;
  return {
    page,
    pageSize,
    total,
    pages: Math.max(1, Math.ceil(counted / pageSize)),
    ...(totalIsLowerBound ? { totalIsLowerBound } : {}),
  };
}

export const ZPageMeta = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
    totalIsLowerBound: z.boolean().optional().openapi({
      description:
        'Present (true) when a full-text search matched more proposals than it counts: `total` then means "at least", and the matches come newest first.',
    }),
  })
  .openapi('PageMeta');
