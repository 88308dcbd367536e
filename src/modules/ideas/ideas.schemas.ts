import { z } from 'zod';
import { zOptionalUuid } from '../../platform/validation.ts';

export const ZCreateIdeaInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  description: z.string().trim().max(5000).default(''),
  fieldOfActionId: zOptionalUuid(),
  proposalIds: z.array(z.string().uuid()).min(1, 'validation.selectOne').max(500),
});
/** What the form sends. */
export type CreateIdeaForm = z.input<typeof ZCreateIdeaInput>;
/** What the use case receives, parsed at the edge. */
export type CreateIdeaInput = z.output<typeof ZCreateIdeaInput>;

/** The new-idea page as sent: the idea's fields, the search, the ticked proposals and which button. */
export const ZNewIdeaPage = z.object({
  title: z.string(),
  description: z.string(),
  fieldOfActionId: z.string(),
  q: z.string().max(200),
  proposalIds: z.array(z.string()).transform((ids) => ids.filter((id) => z.uuid().safeParse(id).success)),
  action: z.string(),
  zurueck: z.string(),
});

/** Releasing one proposal from an idea (undoing its merge). */
export const ZReleaseInput = z.object({ proposalId: z.string().max(40) });
