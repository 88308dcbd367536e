import { z } from 'zod';
import { zDay, zOptionalUuid } from '../../platform/validation.ts';
import { PARTICIPANTS } from './workshops.table.ts';

export const ZWorkshopInput = z.object({
  title: z.string().trim().min(3, 'validation.titleTooShort').max(200),
  heldOn: zDay(),
  place: z.string().trim().min(1, 'validation.required').min(2).max(200),
  organiser: z.string().trim().min(1, 'validation.required').min(2).max(200),
  participants: z.coerce
    .number({ error: 'validation.wholeNumber' })
    .int('validation.wholeNumber')
    .min(PARTICIPANTS.min, 'validation.wholeNumber')
    .max(PARTICIPANTS.max, 'validation.wholeNumber'),
  processId: zOptionalUuid(),
});
/** What the form sends. */
export type WorkshopForm = z.input<typeof ZWorkshopInput>;
/** What the use case receives, parsed at the edge. */
export type WorkshopInput = z.output<typeof ZWorkshopInput>;
