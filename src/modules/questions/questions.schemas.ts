import { z } from 'zod';

export const QUESTION_VISIBILITIES = ['anonymous', 'named'] as const;

export const ZAskQuestionInput = z.object({
  body: z.string().trim().min(10, 'validation.tooShort').max(2000, 'validation.tooLong'),
  /** Anonymous unless the asker chooses otherwise. */
  askAs: z.enum(QUESTION_VISIBILITIES, { error: 'validation.choice' }).default('anonymous'),
});
/** What the form sends. */
export type AskQuestionForm = z.input<typeof ZAskQuestionInput>;
/** What the use case receives, parsed at the edge. */
export type AskQuestionInput = z.output<typeof ZAskQuestionInput>;

export const ZAnswerQuestionInput = z.object({
  answer: z.string().trim().min(20, 'validation.tooShort').max(10_000, 'validation.tooLong'),
});
export type AnswerQuestionInput = z.output<typeof ZAnswerQuestionInput>;

export const ZDeclineQuestionInput = z.object({
  reason: z.string().trim().min(5, 'validation.tooShort').max(1000, 'validation.tooLong'),
});
export type DeclineQuestionInput = z.output<typeof ZDeclineQuestionInput>;
