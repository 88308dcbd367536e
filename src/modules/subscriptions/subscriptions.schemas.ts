import { z } from 'zod';
import { FREQUENCIES } from './subscriptions.table.ts';

/** The "follow this proposal" form of a visitor: address, how often, consent. */
export const ZFollowInput = z.object({
  email: z.string().trim().min(1, 'validation.required').max(254).pipe(z.string().email('validation.email')),
  frequency: z.enum(FREQUENCIES, { error: 'validation.choice' }),
  consent: z.preprocess(
    (v) => v === 'on' || v === 'true' || v === true,
    // Not the proposal form's message: here the address is needed, so "leave it empty" is no way out.
    z.literal(true, { error: 'subscriptions.consentRequired' }),
  ),
});
/** What the form sends. */
export type FollowForm = z.input<typeof ZFollowInput>;
/** What the use case receives, parsed at the edge. */
export type FollowInput = z.output<typeof ZFollowInput>;

/** The manage page's buttons, and mail programs' one-click unsubscribe (RFC 8058). */
export const ZManageInput = z
  .object({
    'List-Unsubscribe': z.string(),
    action: z.string().max(20),
    frequency: z.enum(FREQUENCIES).optional().catch(undefined),
    subscriptionId: z.string().max(40),
  })
  .transform((v) => ({
    oneClick: v['List-Unsubscribe'] === 'One-Click',
    action: v.action,
    frequency: v.frequency,
    subscriptionId: v.subscriptionId,
  }));
