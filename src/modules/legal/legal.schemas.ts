import { z } from 'zod';

/** The statistics choice as the cookie page's (or the start page's) form sends it. */
export const ZConsentInput = z.object({
  choice: z.enum(['statistics', 'necessary']).catch('necessary'),
  back: z.string().max(2000).default('/cookies'),
});

/** A barrier reported from the accessibility statement. */
export const ZAccessibilityFeedbackInput = z.object({
  page: z.string().trim().max(500, 'validation.tooLong').default(''),
  message: z.string().trim().min(10, 'validation.tooShort').max(5000, 'validation.tooLong'),
  email: z
    .string()
    .trim()
    .max(254, 'validation.tooLong')
    .transform((v) => v || undefined)
    .pipe(z.email('validation.email').optional()),
});
export type AccessibilityFeedbackInput = z.output<typeof ZAccessibilityFeedbackInput>;

export const ZFeedbackAnswerInput = z.object({
  answer: z.string().trim().min(10, 'validation.tooShort').max(5000, 'validation.tooLong'),
});
export type FeedbackAnswerInput = z.output<typeof ZFeedbackAnswerInput>;
