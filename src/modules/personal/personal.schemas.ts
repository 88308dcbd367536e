import { z } from 'zod';

/** Deleting one's account: the password again, and a tick that says the person understood. */
export const ZDeleteAccountInput = z.object({
  password: z.string().min(1, 'validation.required').max(1000),
  understood: z.preprocess(
    (v) => v === 'on',
    z.literal(true, { error: 'personal.deleteUnderstoodRequired' }),
  ),
});
