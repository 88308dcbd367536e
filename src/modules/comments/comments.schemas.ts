import { z } from 'zod';
import { zOptionalUuid } from '../../platform/validation.ts';
import { REPORTABLE_TYPES } from './comments.table.ts';

export { REPORTABLE_TYPES };

export const ZCommentInput = z.object({
  body: z.string().trim().min(3, 'validation.commentTooShort').max(2000),
  parentId: zOptionalUuid(),
});
/** What the form sends. */
export type CommentForm = z.input<typeof ZCommentInput>;
/** What the use case receives, parsed at the edge. */
export type CommentInput = z.output<typeof ZCommentInput>;

export const ZReportInput = z.object({
  entityType: z.enum(REPORTABLE_TYPES, { error: 'validation.choice' }),
  entityId: z.string().uuid('validation.choice'),
  reason: z.string().trim().min(3, 'validation.reportReason').max(500),
});
/** What the form sends. */
export type ReportForm = z.input<typeof ZReportInput>;
/** What the use case receives, parsed at the edge. */
export type ReportInput = z.output<typeof ZReportInput>;

/** Supporting a proposal (with or without following it by mail), or withdrawing the support. */
export const ZSupportInput = z.object({
  action: z.string().max(20),
  notify: z.string().transform((v) => v === 'on'),
});

/** The comment a reply answers, if any (its text field carries that comment's id in its name). */
export const ZReplyTarget = z.object({ parentId: z.string().max(40) });

/** The item a report is about (its reason field carries the item's id in its name). */
export const ZReportTarget = z.object({ entityId: z.string().max(40) });
