import { z } from 'zod';
import { zOptionalUuid } from '../../platform/validation.ts';

export const ZCommentInput = z.object({
  body: z.string().trim().min(3, 'validation.commentTooShort').max(2000),
  parentId: zOptionalUuid(),
});
export type CommentInput = z.input<typeof ZCommentInput>;

export const ZReportInput = z.object({
  entityType: z.enum(['proposal', 'comment'], { error: 'validation.choice' }),
  entityId: z.string().uuid('validation.choice'),
  reason: z.string().trim().min(3, 'validation.reportReason').max(500),
});
export type ReportInput = z.input<typeof ZReportInput>;
