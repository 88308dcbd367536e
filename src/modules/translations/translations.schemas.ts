import { z } from 'zod';
import { zPageNumber } from '../../platform/validation.ts';

/**
 * Languages content is translated into: the portal's, and the city's own (German) for what residents
 * wrote in another language.
 */
export const TARGET_LANGS = ['de', 'en', 'tr', 'ar'] as const;

/** Languages the glossary gives fixed words for: the city's terms are German, so never into German. */
export const GLOSSARY_LANGS = ['en', 'tr', 'ar'] as const;

export const ZTranslationKey = z.object({
  type: z.string().regex(/^[a-z_]{1,40}$/),
  id: z.string().uuid(),
  field: z.string().regex(/^[a-zA-Z]{1,40}$/),
  lang: z.enum(TARGET_LANGS),
});
export type TranslationKey = z.output<typeof ZTranslationKey>;

/** A person's corrected (or confirmed) translation. */
export const ZReviewTranslationInput = z.object({
  text: z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong'),
});
export type ReviewTranslationInput = z.output<typeof ZReviewTranslationInput>;

export const ZTranslationListQuery = z.object({
  sprache: z.enum(TARGET_LANGS).optional().catch(undefined),
  /** The kind of record (a translatable subject's type). */
  art: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  seite: zPageNumber(),
  pruefen: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
});

export const ZGlossaryInput = z.object({
  lang: z.enum(GLOSSARY_LANGS, { error: 'validation.choice' }),
  term: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  translation: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type GlossaryInput = z.output<typeof ZGlossaryInput>;
