import { z } from 'zod';
import { zDay, zOptionalUuid } from '../../platform/validation.ts';
import { REVIEW_LEVELS } from '../reviews/reviews.service.ts';

/** A review meeting: the level that met, its unit (office or department), the cycle and the minutes. */
export const ZMeetingInput = z.object({
  level: z.enum(REVIEW_LEVELS, { error: 'validation.choice' }),
  orgUnitId: zOptionalUuid(),
  cycleId: zOptionalUuid(),
  title: z.string().trim().min(3).max(200),
  heldOn: zDay(),
  minutes: z.string().trim().max(20_000).default(''),
});
export type MeetingInput = z.input<typeof ZMeetingInput>;

export const ZDecisionInput = z.object({
  text: z.string().trim().min(3).max(2000),
  projectId: zOptionalUuid(),
});
export type DecisionInput = z.input<typeof ZDecisionInput>;

export const ZActionItemInput = z.object({
  title: z.string().trim().min(3).max(500),
  ownerAccountId: z.string({ error: 'validation.required' }).uuid('validation.choice'),
  dueOn: zDay(),
  projectId: zOptionalUuid(),
});
export type ActionItemInput = z.input<typeof ZActionItemInput>;
