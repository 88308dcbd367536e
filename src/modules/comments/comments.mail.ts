import { translator } from '../../platform/i18n/i18n.ts';
import type { Mail } from '../../platform/mail/mailer.ts';

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
