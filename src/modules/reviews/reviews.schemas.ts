import { z } from 'zod';
import { STATUSES } from './reviews.table.ts';

/** A dimension's status (scope, time, budget, resources); may be left open. */
const dimension = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.enum(STATUSES, { error: 'validation.choice' }).optional());

export const ZSubmitStatusReportInput = z.object({
  cycleId: z.string().uuid('validation.choice'),
  overallStatus: z.enum(STATUSES, { error: 'validation.choice' }),
  progress: z.coerce
    .number({ error: 'validation.progress' })
    .int('validation.progress')
    .min(0, 'validation.progress')
    .max(100, 'validation.progress'),
  summary: z.string().trim().min(10, 'validation.tooShort').max(5000),
  scopeStatus: dimension,
  timeStatus: dimension,
  budgetStatus: dimension,
  resourcesStatus: dimension,
  nextSteps: z.string().trim().max(5000).default(''),
  risks: z.string().trim().max(5000).default(''),
  decisionNeeded: z.preprocess((v) => v === 'on' || v === true || v === 'true', z.boolean()).default(false),
});
export type SubmitStatusReportInput = z.input<typeof ZSubmitStatusReportInput>;

export const ZReviewReportInput = z
  .object({
    decision: z.enum(['approve', 'return'], { error: 'validation.choice' }),
    comment: z
      .string()
      .trim()
      .max(2000)
      .transform((v) => v || undefined)
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.commentRequired' });
  });
export type ReviewReportInput = z.input<typeof ZReviewReportInput>;

export const ZCreateCycleInput = z.object({
  period: z.string().regex(/^\d{4}-(Q[1-4]|H[12])$/, 'validation.period'),
  level: z.enum(['office', 'department', 'cdo']).default('office'),
  dueOn: z.iso.date('validation.date').optional(),
  open: z.boolean().default(true),
});
export type CreateCycleInput = z.input<typeof ZCreateCycleInput>;
