import { z } from 'zod';
import { REPORTABLE_TYPES } from '../comments/comments.schemas.ts';
import { PROPOSAL_NUMBER } from '../proposals/proposals.schemas.ts';

const reason = z
  .string()
  .trim()
  .max(2000)
  .transform((v) => v || undefined);

/** A moderator's decision on the ticked proposals; the rules (a reason to hide, a known original) are the use case's. */
export const ZProposalDecision = z.object({
  ids: z.array(z.string().max(40)).max(500).default([]),
  action: z.enum(['publish', 'hide', 'duplicate']).catch('publish'),
  reason,
  duplicateOf: z
    .string()
    .trim()
    .max(20)
    .transform((v) => v || undefined),
  /**
   * "Mark as duplicate of V-…" beside one queued proposal's hint: that proposal and that original, whatever
   * else is ticked ("<id> <reference>").
   */
  pick: z
    .string()
    .max(80)
    .default('')
    .transform((v) => {
      const [id, number] = v.trim().split(' ');
      return id && /^[0-9a-f-]{36}$/i.test(id) && number && PROPOSAL_NUMBER.test(number)
        ? { id, duplicateOf: number }
        : undefined;
    }),
});

/** A moderator's decision on the ticked comments. */
export const ZCommentDecision = z.object({
  ids: z.array(z.string().max(40)).max(500).default([]),
  action: z.enum(['publish', 'hide']).catch('publish'),
  reason,
});

/** What a moderator does about one reported item: dismiss the reports, or hide the item. */
export const ZReportDecision = z.object({
  entityId: z.string().max(40),
  entityType: z.enum(REPORTABLE_TYPES).catch('proposal'),
  action: z.enum(['dismiss', 'hide']).catch('hide'),
  reason,
});
