import { z } from 'zod';
import { FREQUENCIES } from './subscriptions.table.ts';

/** The "follow this proposal" form of a visitor: address, how often, consent. */
export const ZFollowInput = z.object({
  email: z.string().trim().max(254).pipe(z.string().email('validation.email')),
  frequency: z.enum(FREQUENCIES, { error: 'validation.choice' }),
  consent: z.preprocess(
    (v) => v === 'on' || v === 'true' || v === true,
    z.literal(true, { error: 'validation.consentRequired' }),
  ),
});
export type FollowInput = z.input<typeof ZFollowInput>;

export const ZFrequency = z.enum(FREQUENCIES);
