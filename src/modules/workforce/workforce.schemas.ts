import { z } from 'zod';
import { zDay, zOptionalUuid } from '../../platform/validation.ts';
import { DIGITAL_STATES, TRAINING_KINDS } from './workforce.table.ts';

export const ZProcessInput = z.object({
  officeId: z.string().uuid('validation.choice'),
  name: z.string().trim().min(1, 'validation.required').min(3).max(200),
  description: z.string().trim().max(2000).default(''),
  digitalState: z.enum(DIGITAL_STATES, { error: 'validation.choice' }),
  redesigned: z.preprocess((v) => v === 'on' || v === true || v === 'true', z.boolean()),
  projectId: zOptionalUuid(),
});
/** What the form sends. */
export type ProcessForm = z.input<typeof ZProcessInput>;
/** What the use case receives, parsed at the edge. */
export type ProcessInput = z.output<typeof ZProcessInput>;

export const ZTrainingInput = z.object({
  title: z.string().trim().min(1, 'validation.required').min(3).max(200),
  kind: z.enum(TRAINING_KINDS, { error: 'validation.choice' }),
  heldOn: zDay(),
  provider: z.string().trim().max(200).default(''),
  accountIds: z.array(z.string().uuid('validation.choice')).max(1000).default([]),
});
/** What the form sends. */
export type TrainingForm = z.input<typeof ZTrainingInput>;
/** What the use case receives, parsed at the edge. */
export type TrainingInput = z.output<typeof ZTrainingInput>;
