import { translator } from '../../platform/i18n/i18n.ts';
import { type Lang, localePath } from '../../platform/i18n/langs.ts';
import type { Mail } from '../../platform/mail/mailer.ts';

/** Tells the author of a comment what moderation decided (accounts only, so the address is verified). */
export function commentModerationMail(
  to: { email: string; language: Lang },
  decision: 'publish' | 'hide',
  comment: { body: string; moderationReason: string | null; proposalId: string },
  city: string,
  baseUrl: string,
): Mail {
  const t = translator(to.language);
  const values = {
    city,
    excerpt: comment.body.length > 80 ? `${comment.body.slice(0, 80)}…` : comment.body,
    reason: comment.moderationReason ?? '',
  };
  const kind = decision === 'publish' ? 'published' : 'hidden';
  return {
    to: to.email,
    subject: t(`mail.comment.${kind}.subject`, values),
    text: `${t('mail.greeting')}\n\n${t(`mail.comment.${kind}.text`, values)}\n\n${baseUrl}${localePath(to.language, `/mitmachen/vorschlaege/${comment.proposalId}`)}\n\n${t('mail.signatureAccount', values)}\n`,
  };
}
