import { z } from 'zod';
import { CADENCES, DUE_DAYS, PROGRESS, STATUSES } from './reviews.table.ts';

/** A dimension's status (scope, time, budget, resources); may be left open. */
const dimension = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.enum(STATUSES, { error: 'validation.choice' }).optional());

export const ZSubmitStatusReportInput = z.object({
  cycleId: z.string().uuid('validation.choice'),
  overallStatus: z.enum(STATUSES, { error: 'validation.overallStatus' }),
  // An empty field is no progress of 0 % (a number coerced from "" would be).
  progress: z
    .union([z.string(), z.number()], { error: 'validation.progress' })
    .transform((v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : v))
    .pipe(
      z
        .number({ error: 'validation.progress' })
        .int('validation.progress')
        .min(PROGRESS.min, 'validation.progress')
        .max(PROGRESS.max, 'validation.progress'),
    ),
  summary: z.string().trim().min(10, 'validation.tooShort').max(5000),
  scopeStatus: dimension,
  timeStatus: dimension,
  budgetStatus: dimension,
  resourcesStatus: dimension,
  nextSteps: z.string().trim().max(5000).default(''),
  risks: z.string().trim().max(5000).default(''),
  decisionNeeded: z.preprocess((v) => v === 'on' || v === true || v === 'true', z.boolean()).default(false),
});
/** What the form sends. */
export type SubmitStatusReportForm = z.input<typeof ZSubmitStatusReportInput>;
/** What the use case receives, parsed at the edge. */
export type SubmitStatusReportInput = z.output<typeof ZSubmitStatusReportInput>;

export const ZReviewReportInput = z
  .object({
    decision: z.enum(['approve', 'return'], { error: 'approval.chooseDecision' }),
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
/** What the form sends. */
export type ReviewReportForm = z.input<typeof ZReviewReportInput>;
/** What the use case receives, parsed at the edge. */
export type ReviewReportInput = z.output<typeof ZReviewReportInput>;

export const ZCreateCycleInput = z.object({
  period: z.string().regex(/^\d{4}-(Q[1-4]|H[12])$/, 'validation.period'),
  level: z.enum(['office', 'department', 'cdo']).default('office'),
  dueOn: z.iso.date('validation.date').optional(),
  open: z.boolean().default(true),
});
/** What the form sends. */
export type CreateCycleForm = z.input<typeof ZCreateCycleInput>;
/** What the use case receives, parsed at the edge. */
export type CreateCycleInput = z.output<typeof ZCreateCycleInput>;

const dueDays = z.coerce
  .number({ error: 'validation.dueDays' })
  .int('validation.dueDays')
  .min(DUE_DAYS.min, 'validation.dueDays')
  .max(DUE_DAYS.max, 'validation.dueDays');
const cadence = z.enum(CADENCES, { error: 'validation.choice' });
const cadenceRank = { quarterly: 0, semiannual: 1 } as const;

/** The review calendar: offices report first, departments roll up after them, the CDO last. */
export const ZCalendarInput = z
  .object({
    officeCadence: cadence,
    officeDueDays: dueDays,
    departmentCadence: cadence,
    departmentDueDays: dueDays,
    cdoCadence: cadence,
    cdoDueDays: dueDays,
  })
  .superRefine((v, ctx) => {
    if (v.departmentDueDays <= v.officeDueDays)
      ctx.addIssue({ code: 'custom', path: ['departmentDueDays'], message: 'validation.dueAfterOffice' });
    if (v.cdoDueDays <= v.departmentDueDays)
      ctx.addIssue({ code: 'custom', path: ['cdoDueDays'], message: 'validation.dueAfterDepartment' });
    if (cadenceRank[v.departmentCadence] < cadenceRank[v.officeCadence])
      ctx.addIssue({ code: 'custom', path: ['departmentCadence'], message: 'validation.cadenceOrder' });
    if (cadenceRank[v.cdoCadence] < cadenceRank[v.departmentCadence])
      ctx.addIssue({ code: 'custom', path: ['cdoCadence'], message: 'validation.cadenceOrder' });
  });
/** What the form sends. */
export type CalendarForm = z.input<typeof ZCalendarInput>;
/** What the use case receives, parsed at the edge. */
export type CalendarInput = z.output<typeof ZCalendarInput>;

export const ZPlanYearInput = z.object({
  year: z.coerce
    .number({ error: 'validation.year' })
    .int('validation.year')
    .min(1990, 'validation.year')
    .max(2100, 'validation.year'),
});
export type PlanYearInput = z.output<typeof ZPlanYearInput>;

/** Which unit a roll-up form is for (the CDO's has none). */
export const ZRollupUnit = z.object({ orgUnitId: z.string().max(40) });

export const ZRollupInput = z.object({
  orgUnitId: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().uuid('validation.choice').optional()),
  summary: z.string().trim().min(10).max(5000),
});
/** What the form sends. */
export type RollupForm = z.input<typeof ZRollupInput>;
/** What the use case receives, parsed at the edge. */
export type RollupInput = z.output<typeof ZRollupInput>;
