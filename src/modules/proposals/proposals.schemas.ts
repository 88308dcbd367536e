import { z } from 'zod';
import { FREQUENCIES } from '../../platform/mail/mailer.ts';
import { zOptionalText, zOptionalUuid } from '../../platform/validation.ts';
import { ANSWER_STATES, AUTHOR_KINDS } from './proposals.table.ts';

/** A proposal as typed into /mitmachen or posted to the API. */
export const ZSubmitProposalInput = z
  .object({
    title: z.string().trim().min(5, 'validation.titleTooShort').max(200),
    body: z.string().trim().min(20, 'validation.bodyTooShort').max(5000),
    authorKind: z.enum(AUTHOR_KINDS, { error: 'validation.authorKind' }),
    organisationName: zOptionalText(200),
    /** Where the proposal applies (a street, a district, a building), in the author's words. */
    place: zOptionalText(200),
    email: z
      .string()
      .trim()
      .max(254)
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.string().email('validation.email').optional())
      .optional(),
    fieldOfActionId: zOptionalUuid(),
    /** Consent to processing the personal data given (the e-mail address), checkbox value "on". */
    consent: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.email && !v.consent)
      ctx.addIssue({ code: 'custom', path: ['consent'], message: 'validation.consentRequired' });
    if (['company', 'startup', 'science', 'authority', 'ngo'].includes(v.authorKind) && !v.organisationName) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationName'],
        message: 'validation.organisationRequired',
      });
    }
  });
/** What the form sends. */
export type SubmitProposalForm = z.input<typeof ZSubmitProposalInput>;
/** What the use case receives, parsed at the edge. */
export type SubmitProposalInput = z.output<typeof ZSubmitProposalInput>;

/** How the public list of proposals can be ordered. */
export const PROPOSAL_SORTS = ['newest', 'supported', 'commented', 'relevance'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

/** Where a public proposal stands, as the list filters it: still open, condensed, or the city's answer. */
export const PROPOSAL_STANDINGS = ['open', 'merged', ...ANSWER_STATES.filter((s) => s !== 'merged')] as const;
export type ProposalStanding = (typeof PROPOSAL_STANDINGS)[number];

/** A proposal's number as Rathaus gives it (`V-7K3M9Q`) or an import brought it (`RAD-B3953`). */
export const PROPOSAL_NUMBER = /^[A-Z]{1,8}-[A-Z0-9]{3,16}$/i;

/** The longest search the proposal list takes (its box takes no more). */
export const SEARCH_MAX = 200;

/** The public list's search, filters, order and page (query string); anything unknown falls back. */
export const ZProposalListQuery = z.object({
  // Longer words than fit are cut, not dropped with the rest of the address; a bad field falls back alone.
  q: z
    .string()
    .trim()
    .optional()
    .default('')
    .transform((v) => v.slice(0, SEARCH_MAX).trim()),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1).catch(1),
  process: z.string().max(100).optional().catch(undefined),
  field: z.string().max(60).optional().catch(undefined),
  state: z.enum(PROPOSAL_STANDINGS).optional().catch(undefined),
  author: z.enum(AUTHOR_KINDS).optional().catch(undefined),
  sort: z.enum(PROPOSAL_SORTS).optional().catch(undefined),
});

/** Filters of the moderation queue (query string). */
export const ZModerationQuery = z.object({
  state: z.enum(['submitted', 'hidden']).optional().default('submitted'),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
  q: z.string().trim().max(200).optional(),
  authorKind: z.string().max(20).optional(),
  language: z.string().max(10).optional(),
  field: z.string().max(40).optional(),
  process: z.string().max(100).optional(),
  workshop: z.string().max(40).optional(),
});

/** The steps of submitting around the proposal itself: staged files, spam defence, confirmation, mail. */
export const ZSubmitSteps = z.object({
  /** The token under which files of this submission are staged (kept across steps). */
  uploads: z.string().transform((v) => (/^[A-Za-z0-9_-]{24}$/.test(v) ? v : undefined)),
  /** The honeypot: people leave it empty. */
  website: z.string(),
  /** The signed render time of the form. */
  _t: z.string().max(500),
  confirmed: z.string().transform((v) => v === '1'),
  edit: z.string().transform((v) => v === '1'),
  /** How often the author wants mail about the proposal. */
  notify: z.enum(FREQUENCIES).catch('immediate'),
});

/** The city's answer on a proposal: where it stands, and a text the author and followers can read. */
export const ZAnswerInput = z.object({
  answerState: z.enum(ANSWER_STATES, { error: 'validation.choice' }),
  answerText: z.string().trim().min(20, 'validation.tooShort').max(4000, 'validation.tooLong'),
});
export type AnswerInput = z.output<typeof ZAnswerInput>;
