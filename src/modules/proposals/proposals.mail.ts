import { isLang, translator } from '../../platform/i18n/i18n.ts';
import { type Mail, unsubscribeHeaders } from '../../platform/mail/mailer.ts';
import type { Proposal } from './proposals.table.ts';

/** The mail that tells an author what moderation decided, in the proposal's language (German otherwise). */
export function moderationMail(
  p: Proposal,
  original: Proposal | undefined,
  city: string,
  baseUrl: string,
  managePath: string,
): Mail | undefined {
  if (!p.email) return undefined;
  const t = translator(isLang(p.language) ? p.language : 'de');
  const values = {
    city,
    title: p.title,
    number: p.number,
    reason: p.moderationReason ?? '',
    original: original?.title ?? '',
    originalNumber: original?.number ?? '',
  };
  const kind = p.state === 'published' ? 'published' : original ? 'duplicate' : 'hidden';
  const link =
    kind === 'published'
      ? `${baseUrl}/mitmachen/vorschlaege/${p.id}`
      : original
        ? `${baseUrl}/mitmachen/vorschlaege/${original.id}`
        : `${baseUrl}/mitmachen`;
  return {
    to: p.email,
    subject: t(`mail.moderation.${kind}.subject`, values),
    text: `${t('mail.greeting')}\n\n${t(`mail.moderation.${kind}.text`, values)}\n\n${link}\n\n${t('mail.notify.footer')}\n${baseUrl}${managePath}\n\n${t('mail.signature', values)}\n`,
    headers: unsubscribeHeaders(`${baseUrl}${managePath}`),
  };
}

/** Tells the author of a comment what moderation decided (accounts only, so the address is verified). */
export function commentModerationMail(
  to: string,
  decision: 'publish' | 'hide',
  comment: { body: string; moderationReason: string | null; proposalId: string },
  city: string,
  baseUrl: string,
): Mail {
  const t = translator('de');
  const values = {
    city,
    excerpt: comment.body.length > 80 ? `${comment.body.slice(0, 80)}…` : comment.body,
    reason: comment.moderationReason ?? '',
  };
  const kind = decision === 'publish' ? 'published' : 'hidden';
  return {
    to,
    subject: t(`mail.comment.${kind}.subject`, values),
    text: `${t('mail.greeting')}\n\n${t(`mail.comment.${kind}.text`, values)}\n\n${baseUrl}/mitmachen/vorschlaege/${comment.proposalId}\n\n${t('mail.signatureAccount', values)}\n`,
  };
}
