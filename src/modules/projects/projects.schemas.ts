import { z } from 'zod';
import { zCheckbox, zDay, zOptionalDay, zOptionalMoney, zOptionalUuid } from '../../platform/validation.ts';
import { PROJECT_PHASES, VISIBILITIES } from './projects.table.ts';

const optionalDate = zOptionalDay();
const optionalUuid = zOptionalUuid();
const optionalMoney = zOptionalMoney();
const checkbox = zCheckbox();

export const ZCreateProjectInput = z
  .object({
    title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
    summary: z.string().trim().min(10, 'validation.tooShort').max(500),
    description: z.string().trim().max(10_000).default(''),
    fieldOfActionId: z.string().uuid('validation.choice'),
    ownerOrgUnitId: z.string().uuid('validation.choice'),
    leadAccountId: optionalUuid,
    ideaId: optionalUuid,
    phase: z.enum(PROJECT_PHASES, { error: 'validation.choice' }).default('planned'),
    visibility: z.enum(VISIBILITIES, { error: 'validation.choice' }).default('public'),
    startsOn: optionalDate,
    endsOn: optionalDate,
    budgetPlanned: optionalMoney,
    quickWin: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.endBeforeStart' });
  });
/** What the form sends. */
export type CreateProjectForm = z.input<typeof ZCreateProjectInput>;
/** What the use case receives, parsed at the edge. */
export type CreateProjectInput = z.output<typeof ZCreateProjectInput>;

export const ZAddMilestoneInput = z.object({
  title: z.string().trim().min(3, 'validation.tooShort').max(200),
  dueOn: zDay(),
});
/** What the form sends. */
export type AddMilestoneForm = z.input<typeof ZAddMilestoneInput>;
/** What the use case receives, parsed at the edge. */
export type AddMilestoneInput = z.output<typeof ZAddMilestoneInput>;

export const ZProjectFilter = z.object({
  q: z.string().trim().max(200).optional().default(''),
  pillar: z.string().max(60).optional().default(''),
  field: z.string().max(60).optional().default(''),
  office: z.string().max(60).optional().default(''),
  status: z.enum(['', 'on_track', 'at_risk', 'off_track', 'none']).optional().default('').catch(''),
  phase: z
    .enum(['', ...PROJECT_PHASES])
    .optional()
    .default('')
    .catch(''),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1).catch(1),
});
export type ProjectFilter = z.infer<typeof ZProjectFilter>;

/** The project's own facts as its lead keeps them; visibility and the quick-win flag are the CDO team's. */
export const ZUpdateProjectInput = z
  .object({
    title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
    summary: z.string().trim().min(10).max(500),
    description: z.string().trim().max(10_000).default(''),
    implementationPlan: z.string().trim().max(20_000).default(''),
    leadAccountId: optionalUuid,
    phase: z.enum(PROJECT_PHASES, { error: 'validation.choice' }),
    stopReason: z.string().trim().max(2000).default(''),
    startsOn: optionalDate,
    endsOn: optionalDate,
    visibility: z.enum(VISIBILITIES, { error: 'validation.choice' }),
    quickWin: checkbox.default(false),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.endBeforeStart' });
    if (v.phase === 'stopped' && v.stopReason.length < 10)
      ctx.addIssue({ code: 'custom', path: ['stopReason'], message: 'validation.stopReason' });
  });
/** What the form sends. */
export type UpdateProjectForm = z.input<typeof ZUpdateProjectInput>;
/** What the use case receives, parsed at the edge. */
export type UpdateProjectInput = z.output<typeof ZUpdateProjectInput>;

/** Ticking a milestone done (or open again). */
export const ZMilestoneDoneInput = z.object({ done: z.string().transform((v) => v === 'true') });

/** The goals and Smart City Charter guidelines a project serves (ticked boxes). */
export const ZStrategyLinksInput = z.object({
  goalIds: z.array(z.string().uuid('validation.choice')).max(200).default([]),
  guidelineIds: z.array(z.string().uuid('validation.choice')).max(20).default([]),
});
export type StrategyLinksInput = z.output<typeof ZStrategyLinksInput>;
