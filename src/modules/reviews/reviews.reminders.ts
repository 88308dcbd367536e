import { addDays, currentDay } from '../../platform/dates.ts';
import type { Deps } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { accountContacts, listAccountsWithRole, listTenants, toTenantInfo } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { tasksWithReports } from './cycles.queries.ts';
import { missingRollups } from './cycles.service.ts';
import * as q from './reviews.queries.ts';

/** Days before the due date when leads are reminded of a status report. */
export const REMIND_DAYS_BEFORE = 7;

type ReminderDeps = Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>;

/**
 * The daily reminder job: for every open office-level cycle, leads of projects whose report task is open get
 * a reminder a week before the due date, and once it is overdue, the lead and the office head are told.
 * Each reminder goes out once (claimed in the reminders table before sending, released if the mail fails).
 */
export async function sendReportReminders(
  deps: ReminderDeps,
  opts: { today?: string; tenantId?: string } = {},
) {
  const { db } = deps.database;
  const tenants = new Map((await listTenants(db)).map((t) => [t.id, toTenantInfo(t)]));
  let sent = 0;
  for (const cycle of await q.openCyclesEverywhere(db)) {
    if (opts.tenantId && cycle.tenantId !== opts.tenantId) continue;
    const tenant = tenants.get(cycle.tenantId);
    if (!tenant) continue;
    // Due and overdue by the municipality's own calendar day.
    const today = opts.today ?? currentDay(tenant.timeZone);
    const soon = addDays(today, REMIND_DAYS_BEFORE);
    const kind = cycle.dueOn < today ? 'report_overdue' : cycle.dueOn <= soon ? 'report_upcoming' : undefined;
    if (!kind) continue;
    const [tasks, heads] = await Promise.all([
      tasksWithReports(db, cycle.tenantId, [cycle.id]),
      listAccountsWithRole(db, cycle.tenantId, 'office_head'),
    ]);
    const owed = tasks.filter((t) => !t.state || t.state === 'returned').map((t) => t.projectId);
    const missing = (await findProjectsByIds(db, cycle.tenantId, owed)).filter((p) => p.leadAccountId);
    for (const project of missing) {
      const key = { tenantId: cycle.tenantId, kind, cycleId: cycle.id, projectId: project.id } as const;
      if (!(await q.claimReminder(db, key)).length) continue;
      const ids = [project.leadAccountId!];
      if (kind === 'report_overdue')
        ids.push(...heads.filter((h) => h.orgUnitId === project.ownerOrgUnitId).map((h) => h.id));
      const to = await accountContacts(db, cycle.tenantId, ids);
      const values = {
        project: project.title,
        period: cycle.period,
        due: cycle.dueOn,
        city: tenant.cityName,
      };
      try {
        for (const person of to) {
          // Each in the language of their account.
          const t = translator(person.language);
          await deps.mailer.send({
            to: person.email,
            subject: t(`mail.reminder.${kind}.subject`, values),
            text: `${t('mail.greeting')}\n\n${t(`mail.reminder.${kind}.text`, values)}\n\n${deps.config.baseUrl}/intern/projekte/${project.id}\n\n${t('mail.signatureAccount', values)}\n`,
          });
        }
        sent += to.length;
      } catch (err) {
        deps.logger.error({ err, project: project.id }, 'reminder mail failed');
        await q.releaseReminder(db, key);
      }
    }
  }
  return { sent };
}

/**
 * Reminders for roll-ups: a week before a department cycle's due date and once it is overdue, the heads of
 * departments that have not summed up their offices yet; for a CDO cycle, the CDO team. Each once. From a
 * week before the due date, the heads of departments whose summary office heads have approved reports
 * after, once per summary.
 */
export async function sendRollupReminders(
  deps: ReminderDeps,
  opts: { today?: string; tenantId?: string } = {},
) {
  const { db } = deps.database;
  const tenants = new Map((await listTenants(db)).map((t) => [t.id, toTenantInfo(t)]));
  let sent = 0;
  for (const cycle of await q.openRollupCyclesEverywhere(db)) {
    if (opts.tenantId && cycle.tenantId !== opts.tenantId) continue;
    const tenant = tenants.get(cycle.tenantId);
    if (!tenant) continue;
    const today = opts.today ?? currentDay(tenant.timeZone);
    const soon = addDays(today, REMIND_DAYS_BEFORE);
    const due = cycle.dueOn < today ? 'rollup_overdue' : cycle.dueOn <= soon ? 'rollup_upcoming' : undefined;
    if (!due) continue;
    const missing = await missingRollups(db, cycle.tenantId, cycle);
    const subjects = missing.cdo
      ? [{ id: cycle.id, name: 'CDO', role: 'cdo' as const, unit: null, approvedSince: 0 }]
      : missing.departments.map((d) => ({ ...d, role: 'department_head' as const, unit: d.id }));
    for (const subject of subjects) {
      // A department that has summed up already hears of the reports approved after its summary instead.
      const kind = subject.approvedSince ? ('rollup_again' as const) : due;
      const key = { tenantId: cycle.tenantId, kind, cycleId: cycle.id, projectId: subject.id } as const;
      if (!(await q.claimReminder(db, key)).length) continue;
      const heads = (await listAccountsWithRole(db, cycle.tenantId, subject.role)).filter(
        (a) => subject.unit === null || a.orgUnitId === subject.unit,
      );
      const to = await accountContacts(
        db,
        cycle.tenantId,
        heads.map((h) => h.id),
      );
      const values = {
        unit: subject.name,
        period: cycle.period,
        due: cycle.dueOn,
        city: tenant.cityName,
        count: subject.approvedSince,
      };
      try {
        for (const person of to) {
          const t = translator(person.language);
          await deps.mailer.send({
            to: person.email,
            subject: t(`mail.reminder.${kind}.subject`, values),
            text: `${t('mail.greeting')}\n\n${t(`mail.reminder.${kind}.text`, values)}\n\n${deps.config.baseUrl}/intern/zyklen/${cycle.id}\n\n${t('mail.signatureAccount', values)}\n`,
          });
        }
        sent += to.length;
      } catch (err) {
        deps.logger.error({ err, cycle: cycle.id }, 'roll-up reminder failed');
        await q.releaseReminder(db, key);
      }
    }
  }
  return { sent };
}
