import { addDays, currentDay } from '../../platform/dates.ts';
import type { Deps } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { accountContacts, listTenants, toTenantInfo } from '../orgs/orgs.service.ts';
import { claimItemReminders, releaseItemReminder } from './meetings.queries.ts';

type ReminderDeps = Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>;

/** Days before its due date when the owner of an action item is reminded. */
export const ITEM_REMIND_DAYS_BEFORE = 3;

/**
 * Reminders for action items from review meetings: the owner three days before the due date, and once it
 * is overdue. Each goes out once (marked on the item before sending, unmarked if the mail fails).
 */
export async function sendActionItemReminders(
  deps: ReminderDeps,
  opts: { today?: string; tenantId?: string } = {},
) {
  const { db } = deps.database;
  const tenants = (await listTenants(db))
    .map(toTenantInfo)
    .filter((t) => !opts.tenantId || t.id === opts.tenantId);
  let sent = 0;
  for (const tenant of tenants)
    for (const kind of ['overdue', 'upcoming'] as const) {
      // Due and overdue by the municipality's own calendar day.
      const today = opts.today ?? currentDay(tenant.timeZone);
      const soon = addDays(today, ITEM_REMIND_DAYS_BEFORE);
      for (const item of await claimItemReminders(db, kind, today, soon, tenant.id)) {
        const [owner] = await accountContacts(db, item.tenantId, [item.ownerAccountId]);
        if (!owner) continue;
        const t = translator(owner.language);
        const values = { title: item.title, due: item.dueOn, city: tenant.cityName };
        try {
          await deps.mailer.send({
            to: owner.email,
            subject: t(`mail.reminder.item_${kind}.subject`, values),
            text: `${t('mail.greeting')}\n\n${t(`mail.reminder.item_${kind}.text`, values)}\n\n${deps.config.baseUrl}/intern/besprechungen/${item.meetingId}\n\n${t('mail.signatureAccount', values)}\n`,
          });
          sent++;
        } catch (err) {
          deps.logger.error({ err, item: item.id }, 'action item reminder failed');
          await releaseItemReminder(db, item.tenantId, item.id, kind);
        }
      }
    }
  return { sent };
}
