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
/** What the form sends. */
export type MeetingForm = z.input<typeof ZMeetingInput>;
/** What the use case receives, parsed at the edge. */
export type MeetingInput = z.output<typeof ZMeetingInput>;

export const ZDecisionInput = z.object({
  text: z.string().trim().min(3).max(2000),
  projectId: zOptionalUuid(),
});
/** What the form sends. */
export type DecisionForm = z.input<typeof ZDecisionInput>;
/** What the use case receives, parsed at the edge. */
export type DecisionInput = z.output<typeof ZDecisionInput>;

export const ZActionItemInput = z.object({
  title: z.string().trim().min(3).max(500),
  ownerAccountId: z.string({ error: 'validation.required' }).uuid('validation.choice'),
  dueOn: zDay(),
  projectId: zOptionalUuid(),
});
/** What the form sends. */
export type ActionItemForm = z.input<typeof ZActionItemInput>;
/** What the use case receives, parsed at the edge. */
export type ActionItemInput = z.output<typeof ZActionItemInput>;

/** Ticking an action item off (or on again), from a list that sends where to go back to. */
export const ZItemDoneInput = z.object({
  done: z.string().transform((v) => v !== 'false'),
  back: z.string().max(500),
});
