import { z } from 'zod';
import { zCheckbox, zOptionalMoney } from '../../platform/validation.ts';
import { PARTNER_KINDS } from '../orgs/orgs.service.ts';
import { VISIBILITIES } from '../projects/projects.service.ts';
import { BUDGET_YEARS, RISK_LEVELS } from './delivery.table.ts';

const optionalMoney = zOptionalMoney();
const checkbox = zCheckbox();

/** The partners of a project: existing ones ticked, and optionally a new one. */
export const ZProjectPartnersInput = z
  .object({
    partnerIds: z.array(z.string().uuid('validation.choice')).max(50).default([]),
    newName: z.string().trim().max(200).default(''),
    newKind: z
      .string()
      .default('')
      .transform((v) => v || undefined)
      .pipe(z.enum(PARTNER_KINDS, { error: 'validation.choice' }).optional()),
    newDigitalHub: checkbox.default(false),
  })
  .superRefine((v, ctx) => {
    if (v.newName && v.newName.length < 2)
      ctx.addIssue({ code: 'custom', path: ['newName'], message: 'validation.required' });
    if (v.newName && !v.newKind)
      ctx.addIssue({ code: 'custom', path: ['newKind'], message: 'validation.choice' });
  });
/** What the form sends. */
export type ProjectPartnersForm = z.input<typeof ZProjectPartnersInput>;
/** What the use case receives, parsed at the edge. */
export type ProjectPartnersInput = z.output<typeof ZProjectPartnersInput>;

const budgetYear = z.coerce
  .number({ error: 'validation.year' })
  .int('validation.year')
  .min(BUDGET_YEARS.min, 'validation.year')
  .max(BUDGET_YEARS.max, 'validation.year');

/**
 * A year's budget: an amount left empty keeps what the year has (nothing, for a new year), so correcting
 * the planned amount never wipes the spent one; at least one of them is given.
 */
export const ZBudgetYearInput = z
  .object({ year: budgetYear, planned: optionalMoney, spent: optionalMoney })
  .superRefine((v, ctx) => {
    if (v.planned === undefined && v.spent === undefined)
      ctx.addIssue({ code: 'custom', path: ['planned'], message: 'validation.budgetEmpty' });
  });
/** What the form sends. */
export type BudgetYearForm = z.input<typeof ZBudgetYearInput>;
/** What the use case receives, parsed at the edge. */
export type BudgetYearInput = z.output<typeof ZBudgetYearInput>;

const level = z.coerce
  .number({ error: 'validation.choice' })
  .int()
  .min(Math.min(...RISK_LEVELS), 'validation.choice')
  .max(Math.max(...RISK_LEVELS), 'validation.choice');

export const ZRiskInput = z.object({
  title: z.string().trim().min(3).max(300),
  probability: level,
  impact: level,
  mitigation: z.string().trim().max(2000).default(''),
});
/** What the form sends. */
export type RiskForm = z.input<typeof ZRiskInput>;
/** What the use case receives, parsed at the edge. */
export type RiskInput = z.output<typeof ZRiskInput>;

export const ZDependencyInput = z.object({
  dependsOnId: z.string({ error: 'validation.required' }).uuid('validation.choice'),
  note: z.string().trim().max(500).default(''),
});
/** What the form sends. */
export type DependencyForm = z.input<typeof ZDependencyInput>;
/** What the use case receives, parsed at the edge. */
export type DependencyInput = z.output<typeof ZDependencyInput>;

export const ZProjectUpdateInput = z.object({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(10_000),
  visibility: z.enum(VISIBILITIES, { error: 'validation.choice' }),
});
/** What the form sends. */
export type ProjectUpdateForm = z.input<typeof ZProjectUpdateInput>;
/** What the use case receives, parsed at the edge. */
export type ProjectUpdateInput = z.output<typeof ZProjectUpdateInput>;
