import { z } from 'zod';
import { zOptionalUrl } from '../../platform/validation.ts';

const optionalUrl = zOptionalUrl();

export const ZServiceInput = z.object({
  // In the form's order: the error summary lists the fields as the schema does.
  name: z.string().trim().min(1, 'validation.required').min(3, 'validation.tooShort').max(300),
  leikaKey: z
    .string()
    .trim()
    .regex(/^\d{14}$/, 'services.leikaFormat'),
  officeId: z.string().uuid('validation.choice'),
  url: optionalUrl,
  level: z.coerce.number({ error: 'validation.choice' }).int('validation.choice').min(0, 'validation.choice'),
  // A long list of projects is offered as a select beside the chosen ones; its "none" sends ''.
  projectIds: z
    .array(z.string())
    .transform((ids) => ids.filter((id) => id !== ''))
    .pipe(z.array(z.string().uuid('validation.choice')).max(50))
    .default([]),
});
/** The service form as sent. */
export type ServiceForm = z.input<typeof ZServiceInput>;
/** A service as the use cases receive it, parsed at the edge. */
export type ServiceInput = z.output<typeof ZServiceInput>;
