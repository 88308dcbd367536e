import { z } from 'zod';
import { zDay, zOptionalUrl } from '../../platform/validation.ts';

export const ZAgendaVersionInput = z.object({
  title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
  introduction: z.string().trim().min(20).max(10_000),
  note: z.string().trim().max(500).default(''),
  // A city's long list adds one more through a select beside the boxes; its "none" sends ''.
  items: z
    .array(z.string())
    .transform((keys) => keys.filter((k) => k !== ''))
    .pipe(
      z
        .array(z.string().regex(/^(idea|project):[0-9a-f-]{36}$/i, 'validation.choice'))
        .min(1, 'validation.selectOne')
        .max(300),
    ),
});
/** What the form sends. */
export type AgendaVersionForm = z.input<typeof ZAgendaVersionInput>;
/** What the use case receives, parsed at the edge. */
export type AgendaVersionInput = z.output<typeof ZAgendaVersionInput>;

const optionalUrl = zOptionalUrl();

export const ZDecisionInput = z.object({
  decisionDate: zDay(),
  decisionReference: z.string().trim().min(1, 'validation.required').min(2).max(100),
  decidedText: z.string().trim().min(10).max(10_000),
  councilDocumentUrl: optionalUrl,
});
/** What the form sends. */
export type DecisionForm = z.input<typeof ZDecisionInput>;
/** What the use case receives, parsed at the edge. */
export type DecisionInput = z.output<typeof ZDecisionInput>;
