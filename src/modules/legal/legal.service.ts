import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { addDays, currentDay } from '../../platform/dates.ts';
import { AppError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { formatDate, isLang, type Lang, translator } from '../../platform/i18n/i18n.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';
import { isUuid } from '../../platform/validation.ts';
import { accountContacts, listAccountsWithRole, listTenants } from '../orgs/orgs.service.ts';
import type { AccessibilityFeedbackInput, FeedbackAnswerInput } from './legal.schemas.ts';
import { accessibilityFeedback } from './legal.table.ts';

export const LEGAL_PERMISSIONS = {
  /** Answer barriers reported from the accessibility statement: the CDO team and administrators. */
  'accessibility:answer': ['cdo', 'admin'],
} as const satisfies Permissions;

/** A report must be answered within a month (BITV NRW); reminders go out a week before and when overdue. */
export const FEEDBACK_DAYS = 30;
export const FEEDBACK_REMIND_DAYS_BEFORE = 7;

/** Records a reported barrier with the day it must be answered by. */
export async function submitAccessibilityFeedback(
  db: DbOrTx,
  tenant: { id: string; timeZone: string },
  input: AccessibilityFeedbackInput,
  lang: Lang,
) {
  const [row] = await db
    .insert(accessibilityFeedback)
    .values({
      tenantId: tenant.id,
      page: input.page,
      message: input.message,
      email: input.email ?? null,
      lang,
      dueOn: addDays(currentDay(tenant.timeZone), FEEDBACK_DAYS),
    })
    .returning();
  return row!;
}

function requireAnswerer(actor: Actor | null): Actor {
  if (!granted(actor, LEGAL_PERMISSIONS, 'accessibility:answer'))
    throw new AppError('FORBIDDEN', 'Only the CDO team and administrators answer accessibility feedback.');
  return actor!;
}

/** Reported barriers, open ones first (the earliest due first), then the answered ones. */
export function listAccessibilityFeedback(db: DbOrTx, tenantId: string, actor: Actor | null) {
  requireAnswerer(actor);
  return db
    .select()
    .from(accessibilityFeedback)
    .where(eq(accessibilityFeedback.tenantId, tenantId))
    .orderBy(
      sql`${accessibilityFeedback.answeredAt} is not null`,
      asc(accessibilityFeedback.dueOn),
      desc(accessibilityFeedback.createdAt),
    )
    .limit(500);
}

/** Answers a report (audited); the person hears the answer in their language if they left an address. */
export async function answerAccessibilityFeedback(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenant: { id: string; cityName: string },
  actor: Actor | null,
  id: string,
  input: FeedbackAnswerInput,
  meta: RequestMeta = {},
) {
  const staff = requireAnswerer(actor);
  const db: Db = deps.database.db;
  if (!isUuid(id)) throw new AppError('NOT_FOUND', 'No such report.');
  const after = await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(accessibilityFeedback)
      .where(and(eq(accessibilityFeedback.tenantId, tenant.id), eq(accessibilityFeedback.id, id)));
    if (!before) throw new AppError('NOT_FOUND', 'No such report.');
    const [row] = await tx
      .update(accessibilityFeedback)
      .set({ answer: input.answer, answeredBy: staff.accountId, answeredAt: new Date() })
      .where(and(eq(accessibilityFeedback.tenantId, tenant.id), eq(accessibilityFeedback.id, id)))
      .returning();
    await recordAudit(tx, {
      tenantId: tenant.id,
      actorAccountId: staff.accountId,
      action: 'accessibility.answer',
      entityType: 'accessibility_feedback',
      entityId: id,
      before: { answer: before.answer },
      after: { answer: row!.answer },
      requestId: meta.requestId,
    });
    return row!;
  });
  if (after.email) {
    const t = translator(isLang(after.lang) ? after.lang : 'de');
    const values = {
      city: tenant.cityName,
      message: after.message.slice(0, 300),
      answer: after.answer ?? '',
    };
    await deps.mailer
      .send({
        to: after.email,
        subject: t('mail.accessibilityAnswer.subject', values),
        text: `${t('mail.greeting')}\n\n${t('mail.accessibilityAnswer.text', values)}\n\n${t('mail.signature', values)}\n`,
      })
      .catch((err) => deps.logger.error({ err, id }, 'accessibility answer mail failed'));
  }
  return after;
}

/**
 * Reminds the administrators and the CDO team of reports due within a week, and again of overdue ones —
 * each once, each person in their language.
 */
export async function remindAccessibilityFeedback(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  opts: { today?: string; tenantId?: string } = {},
) {
  const { db } = deps.database;
  let sent = 0;
  for (const tenant of await listTenants(db)) {
    if (opts.tenantId && tenant.id !== opts.tenantId) continue;
    const today = opts.today ?? currentDay(tenant.timeZone);
    for (const kind of ['overdue', 'upcoming'] as const) {
      const column =
        kind === 'overdue'
          ? accessibilityFeedback.remindedOverdueAt
          : accessibilityFeedback.remindedUpcomingAt;
      const due = await db
        .update(accessibilityFeedback)
        .set(kind === 'overdue' ? { remindedOverdueAt: new Date() } : { remindedUpcomingAt: new Date() })
        .where(
          and(
            eq(accessibilityFeedback.tenantId, tenant.id),
            isNull(accessibilityFeedback.answeredAt),
            isNull(column),
            kind === 'overdue'
              ? sql`${accessibilityFeedback.dueOn} < ${today}`
              : lte(accessibilityFeedback.dueOn, addDays(today, FEEDBACK_REMIND_DAYS_BEFORE)),
          ),
        )
        .returning();
      if (!due.length) continue;
      const ids = [
        ...(await listAccountsWithRole(db, tenant.id, 'admin')),
        ...(await listAccountsWithRole(db, tenant.id, 'cdo')),
      ].map((a) => a.id);
      for (const person of await accountContacts(db, tenant.id, ids)) {
        const t = translator(person.language);
        const values = {
          city: tenant.settings.cityName,
          count: due.length,
          due: formatDate(person.language, due[0]!.dueOn),
        };
        await deps.mailer
          .send({
            to: person.email,
            subject: t(`mail.accessibilityReminder.${kind}.subject`, values),
            text: `${t('mail.greeting')}\n\n${t(`mail.accessibilityReminder.${kind}.text`, values)}\n\n${deps.config.baseUrl}/intern/barrierefreiheit\n\n${t('mail.signatureAccount', values)}\n`,
          })
          .then(() => {
            sent++;
          })
          .catch((err) => deps.logger.error({ err }, 'accessibility reminder failed'));
      }
    }
  }
  return { sent };
}
