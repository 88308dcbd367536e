import { isLang, type Lang, messageKey, translator } from '../../platform/i18n/i18n.ts';
import { localePath } from '../../platform/i18n/langs.ts';
import { type Mail, unsubscribeHeaders } from '../../platform/mail/mailer.ts';
import type { Proposal } from '../proposals/proposals.service.ts';
import type { Subscription } from './subscriptions.table.ts';

interface ProposalSummary {
  id: string;
  number: string;
  title: string;
}

interface PendingEvent {
  event: string;
  data: Record<string, string | number>;
}

/** The double opt-in mail: one link confirms; ignoring it deletes the address after 30 days. */
export function confirmationMail(
  s: Pick<Subscription, 'email' | 'lang' | 'role'>,
  p: ProposalSummary,
  city: string,
  baseUrl: string,
  paths: { confirm: string; manage: string },
): Mail {
  const t = translator(s.lang as Lang);
  const values = { city, title: p.title, number: p.number };
  return {
    to: s.email,
    subject: t('mail.confirm.subject', values),
    text: `${t('mail.greeting')}\n\n${t(s.role === 'author' ? 'mail.confirm.author' : 'mail.confirm.follower', values)}\n\n${baseUrl}${localePath(s.lang as Lang, paths.confirm)}\n\n${t('mail.confirm.ignore')}\n\n${t('mail.signature', values)}\n`,
    headers: unsubscribeHeaders(`${baseUrl}${paths.manage}`),
  };
}

function eventLine(lang: Lang, p: ProposalSummary, e: PendingEvent) {
  const t = translator(lang);
  // Event and status come from stored rows: checked against the messages rather than trusted.
  return t(messageKey(`mail.notify.event.${e.event}`), {
    ...e.data,
    ...(e.data.status ? { status: t(messageKey(`status.${e.data.status}`)) } : {}),
    ...(e.data.answerState ? { answerState: t(messageKey(`answer.state.${e.data.answerState}`)) } : {}),
    title: p.title,
    number: p.number,
  });
}

/** One subscription's news, sent right away. */
export function notificationMail(
  to: { email: string; lang: Lang },
  p: ProposalSummary,
  events: readonly PendingEvent[],
  city: string,
  baseUrl: string,
  managePath: string,
): Mail {
  const t = translator(to.lang);
  const lines = events.map((e) => `• ${eventLine(to.lang, p, e)}`).join('\n');
  return {
    to: to.email,
    subject: t('mail.notify.subject', { number: p.number, title: p.title }),
    text: `${t('mail.greeting')}\n\n${lines}\n\n${t('mail.notify.more')}\n${baseUrl}${localePath(to.lang, `/mitmachen/vorschlaege/${p.id}`)}\n\n${t('mail.notify.footer')}\n${baseUrl}${localePath(to.lang, managePath)}\n\n${t('mail.signature', { city })}\n`,
    headers: unsubscribeHeaders(`${baseUrl}${managePath}`),
  };
}

/** The weekly digest of one address: every followed proposal with what happened to it. */
export function digestMail(
  to: { email: string; lang: Lang },
  events: readonly (PendingEvent & { proposal: ProposalSummary })[],
  city: string,
  baseUrl: string,
  managePath: string,
): Mail {
  const t = translator(to.lang);
  const byProposal = new Map<string, (PendingEvent & { proposal: ProposalSummary })[]>();
  for (const e of events) byProposal.set(e.proposal.id, [...(byProposal.get(e.proposal.id) ?? []), e]);
  const blocks = [...byProposal.values()].map((list) => {
    const p = list[0]!.proposal;
    return `${p.title} (${p.number})\n${list.map((e) => `• ${eventLine(to.lang, p, e)}`).join('\n')}\n${baseUrl}${localePath(to.lang, `/mitmachen/vorschlaege/${p.id}`)}`;
  });
  return {
    to: to.email,
    subject: t('mail.digest.subject', { count: events.length, city }),
    text: `${t('mail.greeting')}\n\n${t('mail.digest.intro')}\n\n${blocks.join('\n\n')}\n\n${t('mail.notify.footer')}\n${baseUrl}${localePath(to.lang, managePath)}\n\n${t('mail.signature', { city })}\n`,
    headers: unsubscribeHeaders(`${baseUrl}${managePath}`),
  };
}

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
      ? `${baseUrl}${localePath(isLang(p.language) ? p.language : 'de', `/mitmachen/vorschlaege/${p.id}`)}`
      : original
        ? `${baseUrl}${localePath(isLang(p.language) ? p.language : 'de', `/mitmachen/vorschlaege/${original.id}`)}`
        : `${baseUrl}${localePath(isLang(p.language) ? p.language : 'de', '/mitmachen')}`;
  return {
    to: p.email,
    subject: t(`mail.moderation.${kind}.subject`, values),
    text: `${t('mail.greeting')}\n\n${t(`mail.moderation.${kind}.text`, values)}\n\n${link}\n\n${t('mail.notify.footer')}\n${baseUrl}${localePath(isLang(p.language) ? p.language : 'de', managePath)}\n\n${t('mail.signature', values)}\n`,
    headers: unsubscribeHeaders(`${baseUrl}${managePath}`),
  };
}
