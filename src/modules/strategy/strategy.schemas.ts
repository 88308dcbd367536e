import { z } from 'zod';
import { zDay, zOptionalUuid } from '../../platform/validation.ts';
import { KPI_DIRECTIONS } from './strategy.table.ts';

const optionalUuid = zOptionalUuid();

/** A number as people type it in German or English ("1.234,5" is not accepted; "1234,5" and "1234.5" are). */
const decimal = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = typeof v === 'number' ? v : Number(v.trim().replace(/\s/g, '').replace(',', '.'));
  if (typeof v === 'string' && !v.trim()) {
    ctx.addIssue({ code: 'custom', message: 'validation.required' });
    return z.NEVER;
  }
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: 'validation.number' });
    return z.NEVER;
  }
  return n;
});

const year = z.coerce
  .number({ error: 'validation.year' })
  .int('validation.year')
  .min(1990, 'validation.year')
  .max(2100, 'validation.year');

export const ZGoalInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  description: z.string().trim().max(2000).default(''),
  fieldOfActionId: z.string().uuid('validation.choice'),
  parentId: optionalUuid,
  guidelineIds: z.array(z.string().uuid('validation.choice')).max(4).default([]),
});
/** What the form sends. */
export type GoalForm = z.input<typeof ZGoalInput>;
/** What the use case receives, parsed at the edge. */
export type GoalInput = z.output<typeof ZGoalInput>;

export const ZKpiInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,60}$/, 'validation.key'),
  name: z.string().trim().min(1, 'validation.required').min(3).max(200),
  definition: z.string().trim().min(10).max(2000),
  unit: z.string().trim().min(1, 'validation.required').max(40),
  method: z.string().trim().min(1, 'validation.required').min(5).max(2000),
  source: z.string().trim().min(1, 'validation.required').min(2).max(500),
  baseline: decimal,
  baselineYear: year,
  target: decimal,
  targetYear: year,
  direction: z.enum(KPI_DIRECTIONS, { error: 'validation.choice' }),
  ownerOrgUnitId: optionalUuid,
  fieldOfActionId: optionalUuid,
  goalId: optionalUuid,
});
/** What the form sends. */
export type KpiForm = z.input<typeof ZKpiInput>;
/** What the use case receives, parsed at the edge. */
export type KpiInput = z.output<typeof ZKpiInput>;

export const ZMeasurementInput = z.object({
  measuredOn: zDay(),
  value: decimal,
  note: z.string().trim().max(500).default(''),
});
/** What the form sends. */
export type MeasurementForm = z.input<typeof ZMeasurementInput>;
/** What the use case receives, parsed at the edge. */
export type MeasurementInput = z.output<typeof ZMeasurementInput>;
