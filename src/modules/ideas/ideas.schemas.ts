import { z } from 'zod';
import { zOptionalUuid } from '../../platform/validation.ts';

export const ZCreateIdeaInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  description: z.string().trim().max(5000).default(''),
  fieldOfActionId: zOptionalUuid(),
  proposalIds: z.array(z.string().uuid()).min(1, 'validation.selectOne').max(500),
});
export type CreateIdeaInput = z.input<typeof ZCreateIdeaInput>;
