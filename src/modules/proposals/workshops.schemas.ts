import { z } from 'zod';

export const ZWorkshopInput = z.object({
  title: z.string().trim().min(3, 'validation.titleTooShort').max(200),
  heldOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
    .refine((v) => !Number.isNaN(Date.parse(v)), 'validation.date'),
  place: z.string().trim().min(2, 'validation.required').max(200),
  organiser: z.string().trim().min(2, 'validation.required').max(200),
  participants: z.coerce
    .number({ error: 'validation.wholeNumber' })
    .int('validation.wholeNumber')
    .min(1, 'validation.wholeNumber')
    .max(100_000, 'validation.wholeNumber'),
  processId: z
    .string()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().uuid('validation.choice').optional())
    .optional(),
});
export type WorkshopInput = z.input<typeof ZWorkshopInput>;
