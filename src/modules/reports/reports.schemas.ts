import { z } from 'zod';

export const ZCreateProgressReportInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  cycleId: z.string().uuid('validation.choice'),
  summary: z.string().trim().min(20, 'validation.tooShort').max(10_000),
});
/** What the form sends. */
export type CreateProgressReportForm = z.input<typeof ZCreateProgressReportInput>;
/** What the use case receives, parsed at the edge. */
export type CreateProgressReportInput = z.output<typeof ZCreateProgressReportInput>;

/** A draft's title and introduction, edited. */
export const ZUpdateProgressReportInput = ZCreateProgressReportInput.pick({ title: true, summary: true });
/** What the form sends. */
export type UpdateProgressReportForm = z.input<typeof ZUpdateProgressReportInput>;
/** What the use case receives, parsed at the edge. */
export type UpdateProgressReportInput = z.output<typeof ZUpdateProgressReportInput>;
