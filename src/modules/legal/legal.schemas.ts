import { z } from 'zod';

/** The statistics choice as the cookie page's (or the start page's) form sends it. */
export const ZConsentInput = z.object({
  choice: z.enum(['statistics', 'necessary']).catch('necessary'),
  back: z.string().max(2000).default('/cookies'),
});
