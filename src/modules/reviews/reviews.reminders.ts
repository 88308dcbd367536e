import type { Deps } from '../../platform/http/types.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { accountContacts, listAccountsWithRole, listTenants, toTenantInfo } from '../orgs/orgs.service.ts';
import { listProjects } from '../projects/projects.service.ts';
import * as q from './reviews.queries.ts';

/** Days before the due date when leads are reminded of a status report. */
export const REMIND_DAYS_BEFORE = 7;

type ReminderDeps = Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>;

/**
 * The daily reminder job: for every open review cycle, leads of active projects whose report is not in get
 * a reminder a week before the due date, and once it is overdue, the lead and the office head are told.
 * Each reminder goes out once (claimed in the reminders table before sending, released if the mail fails).
 */
export async function sendReportReminders(
  deps: ReminderDeps,
  opts: { today?: string; tenantId?: string } = {},
) {
  const { db } = deps.database;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const soon = new Date(Date.parse(today) + REMIND_DAYS_BEFORE * 86_400_000).toISOString().slice(0, 10);
  const tenants = new Map((await listTenants(db)).map((t) => [t.id, toTenantInfo(t)]));
  let sent = 0;
  for (const cycle of await q.openCyclesEverywhere(db)) {
    if (opts.tenantId && cycle.tenantId !== opts.tenantId) continue;
    const kind = cycle.dueOn < today ? 'report_overdue' : cycle.dueOn <= soon ? 'report_upcoming' : undefined;
    if (!kind) continue;
    const tenant = tenants.get(cycle.tenantId);
    if (!tenant) continue;
    const [projects, reports, heads] = await Promise.all([
      listProjects(db, cycle.tenantId, { publicOnly: false, limit: 100_000, offset: 0 }),
      q.reportsOfCycle(db, cycle.tenantId, cycle.id),
      listAccountsWithRole(db, cycle.tenantId, 'office_head'),
    ]);
    const done = new Set(reports.filter((r) => r.state !== 'returned').map((r) => r.projectId));
    const missing = projects.rows.filter(
      (p) => (p.phase === 'planned' || p.phase === 'in_progress') && !done.has(p.id) && p.leadAccountId,
    );
    for (const project of missing) {
      const key = { tenantId: cycle.tenantId, kind, cycleId: cycle.id, projectId: project.id } as const;
      if (!(await q.claimReminder(db, key)).length) continue;
      const ids = [project.leadAccountId!];
      if (kind === 'report_overdue')
        ids.push(...heads.filter((h) => h.orgUnitId === project.ownerOrgUnitId).map((h) => h.id));
      const to = await accountContacts(db, cycle.tenantId, ids);
      const t = translator('de');
      const values = {
        project: project.title,
        period: cycle.period,
        due: cycle.dueOn,
        city: tenant.cityName,
      };
      try {
        for (const person of to)
          await deps.mailer.send({
            to: person.email,
            subject: t(`mail.reminder.${kind}.subject`, values),
            text: `${t('mail.greeting')}\n\n${t(`mail.reminder.${kind}.text`, values)}\n\n${deps.config.baseUrl}/intern/projekte/${project.id}\n\n${t('mail.signatureAccount', values)}\n`,
          });
        sent += to.length;
      } catch (err) {
        deps.logger.error({ err, project: project.id }, 'reminder mail failed');
        await q.releaseReminder(db, key);
      }
    }
  }
  return { sent };
}
