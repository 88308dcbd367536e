import { z } from 'zod';

export const ZAgendaVersionInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  introduction: z.string().trim().min(20, 'validation.bodyTooShort').max(10_000),
  note: z.string().trim().max(500).default(''),
  items: z
    .array(z.string().regex(/^(idea|project):[0-9a-f-]{36}$/i, 'validation.choice'))
    .min(1, 'validation.selectOne')
    .max(300),
});
export type AgendaVersionInput = z.input<typeof ZAgendaVersionInput>;

const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.string().url('validation.url').startsWith('http', 'validation.url').optional())
  .optional();

export const ZDecisionInput = z.object({
  decisionDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
    .refine((v) => !Number.isNaN(Date.parse(v)), 'validation.date'),
  decisionReference: z.string().trim().min(2, 'validation.required').max(100),
  decidedText: z.string().trim().min(10, 'validation.bodyTooShort').max(10_000),
  councilDocumentUrl: optionalUrl,
  oparlUrl: optionalUrl,
});
export type DecisionInput = z.input<typeof ZDecisionInput>;
