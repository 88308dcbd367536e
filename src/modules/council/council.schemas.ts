import { z } from 'zod';

/** The council information system's OParl address (the System object) and the body to follow. */
export const ZCouncilSourceInput = z.object({
  systemUrl: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(500)
    .url('validation.url')
    .refine((u) => /^https?:\/\//i.test(u), 'validation.url'),
  bodyId: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((s) => s || null),
});
/** What the form sends. */
export type CouncilSourceForm = z.input<typeof ZCouncilSourceInput>;
/** What the use case receives, parsed at the edge. */
export type CouncilSourceInput = z.output<typeof ZCouncilSourceInput>;

/** A paper to link to (or unlink from) the record of the page. */
export const ZPaperLinkInput = z.object({
  paperId: z.string().uuid('validation.choice'),
});
export type PaperLinkInput = z.output<typeof ZPaperLinkInput>;

/** The search for a paper to link: a reference such as "1712345" or words of its name. */
export const ZPaperSearchQuery = z.object({
  vorlage: z.string().trim().max(200).optional().default(''),
});
