import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { actionItems, meetingDecisions, reviewMeetings } from '../modules/meetings/meetings.table.ts';
import { projects } from '../modules/projects/projects.table.ts';
import { createReportTasks, DEFAULT_CALENDAR, periodBounds } from '../modules/reviews/cycles.service.ts';
import {
  type ReviewCycle,
  reportTasks,
  reviewCycles,
  reviewRollups,
  statusReports,
} from '../modules/reviews/reviews.table.ts';
import { addDays } from '../platform/dates.ts';

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The control side of the demo: report tasks for every office cycle, the departments' quarterly and the
 * CDO's half-yearly cycles of Bonn's calendar with the two department heads' roll-ups and the CDO's
 * reports, and review meetings with decisions and action items (one of them overdue).
 */
export async function seedReviewControl(
  db: Db,
  ctx: {
    tenantId: string;
    officeCycles: ReviewCycle[];
    currentQuarter: string;
    today: string;
    accountIds: Map<string, string>;
    unitIds: Map<string, string>;
  },
) {
  const { tenantId, officeCycles, currentQuarter, today, accountIds, unitIds } = ctx;
  const account = (email: string) => accountIds.get(email)!;
  // Closed cycles asked the projects that reported; the open one asks every active project.
  await db.execute(sql`
    insert into ${reportTasks} (tenant_id, cycle_id, project_id, created_at)
    select sr.tenant_id, sr.cycle_id, sr.project_id, rc.starts_on::timestamptz
    from ${statusReports} sr join ${reviewCycles} rc on rc.tenant_id = sr.tenant_id and rc.id = sr.cycle_id
    where sr.tenant_id = ${tenantId}
    on conflict do nothing`);
  const open = officeCycles.find((c) => c.period === currentQuarter)!;
  await createReportTasks(db, tenantId, open);

  // Department cycles per quarter, the CDO's per half-year; closed once their due date has passed.
  const halves = [
    ...new Set(
      officeCycles.map((c) => `${c.period.slice(0, 4)}-H${Number(c.period.slice(-1)) <= 2 ? 1 : 2}`),
    ),
  ];
  const levelRows = [
    ...officeCycles.map((c) => ({ period: c.period, level: 'department' as const })),
    ...halves.map((period) => ({ period, level: 'cdo' as const })),
  ].map(({ period, level }) => {
    const { startsOn, endsOn } = periodBounds(period);
    const dueOn = addDays(endsOn, DEFAULT_CALENDAR[level].dueDays);
    return {
      tenantId,
      period,
      level,
      startsOn,
      endsOn,
      dueOn,
      state: endsOn < today ? ('closed' as const) : ('planned' as const),
    };
  });
  const created = await db.insert(reviewCycles).values(levelRows).returning();

  // Roll-ups of the closed department cycles by the two department heads, which approve their offices'
  // reports for the CDO, and the CDO's half-yearly reports.
  const allProjects = await db
    .select({ id: projects.id, owner: projects.ownerOrgUnitId })
    .from(projects)
    .where(eq(projects.tenantId, tenantId));
  const offices = (codes: string[]) => new Set(codes.map((c) => unitIds.get(c)!));
  const heads = [
    { email: 'dezernat1@bonn.example', unit: 'I', offices: offices(['10', '12', '33']) },
    { email: 'dezernat4@bonn.example', unit: 'IV', offices: offices(['61', '66', '67']) },
  ];
  for (const cycle of created.filter((c) => c.state === 'closed')) {
    const officeCycle = officeCycles.find((c) => c.period === cycle.period);
    const submittedAt = new Date(`${addDays(cycle.dueOn, -3)}T10:00:00Z`);
    if (cycle.level === 'department' && officeCycle) {
      for (const head of heads) {
        const ids = allProjects.filter((p) => head.offices.has(p.owner)).map((p) => p.id);
        const approved = ids.length
          ? await db
              .update(statusReports)
              .set({ state: 'approved_department' })
              .where(
                and(
                  eq(statusReports.tenantId, tenantId),
                  eq(statusReports.cycleId, officeCycle.id),
                  inArray(statusReports.projectId, ids),
                  eq(statusReports.state, 'approved_office'),
                ),
              )
              .returning({ status: statusReports.overallStatus })
          : [];
        const critical = approved.filter((r) => r.status !== 'on_track').length;
        await db.insert(reviewRollups).values({
          tenantId,
          cycleId: cycle.id,
          orgUnitId: unitIds.get(head.unit)!,
          summary:
            critical === 0
              ? `Alle ${approved.length} Projekte des Dezernats liegen im Plan. Keine Entscheidungen für den CDO nötig.`
              : `${approved.length} Projekte berichtet, ${critical} davon gefährdet oder kritisch. Die Ämter haben Gegenmaßnahmen benannt; Personalengpässe bleiben das Hauptrisiko und gehen an den Verwaltungsvorstand.`,
          submittedBy: account(head.email),
          submittedAt,
        });
      }
    }
    if (cycle.level === 'cdo')
      await db.insert(reviewRollups).values({
        tenantId,
        cycleId: cycle.id,
        orgUnitId: null,
        summary: `Halbjahresbericht ${cycle.period}: Das Portfolio kommt planmäßig voran. Engpässe bei IT-Fachkräften verzögern einzelne Vorhaben; der Verwaltungsvorstand hat zusätzliche Stellen für das Amt für Digitalisierung und IT beschlossen.`,
        submittedBy: account('cdo@bonn.example'),
        submittedAt,
      });
  }

  // Review meetings of the last closed quarter: Dezernat I and the CDO round.
  const lastClosed = officeCycles.filter((c) => c.period !== currentQuarter).at(-1)!;
  const [dept] = await db
    .insert(reviewMeetings)
    .values({
      tenantId,
      level: 'department',
      orgUnitId: unitIds.get('I')!,
      cycleId: lastClosed.id,
      title: `Dezernatsrunde I – Digitalisierung ${lastClosed.period}`,
      heldOn: earlier(addDays(lastClosed.dueOn, 7), today),
      minutes:
        'Teilnehmende: Dezernent, Amtsleitungen 10, 12, 33, Stabsstelle Digitalisierung.\nBesprochen: Statusberichte des Quartals, Personalbedarf im Amt 12, Terminservice im Bürgeramt.',
      createdBy: account('dezernat1@bonn.example'),
    })
    .returning();
  await db.insert(meetingDecisions).values([
    {
      tenantId,
      meetingId: dept!.id,
      text: 'Das Amt 33 führt die Online-Terminvergabe in allen Bürgerbüros zum nächsten Quartal ein.',
    },
    {
      tenantId,
      meetingId: dept!.id,
      text: 'Zwei zusätzliche Stellen für das Amt 12 werden beim Verwaltungsvorstand beantragt.',
    },
  ]);
  const [cdoRound] = await db
    .insert(reviewMeetings)
    .values({
      tenantId,
      level: 'cdo',
      orgUnitId: null,
      cycleId: null,
      title: `CDO-Runde ${lastClosed.period}`,
      heldOn: earlier(addDays(lastClosed.dueOn, 21), today),
      minutes:
        'Portfoliostand, Abweichungen zwischen gemeldetem und berechnetem Zustand, Vorbereitung des Fortschrittsberichts.',
      createdBy: account('cdo@bonn.example'),
    })
    .returning();
  await db.insert(actionItems).values([
    {
      tenantId,
      meetingId: dept!.id,
      title: 'Stellenantrag für zwei IT-Fachkräfte vorbereiten',
      ownerAccountId: account('amt12@bonn.example'),
      dueOn: addDays(today, -5),
    },
    {
      tenantId,
      meetingId: dept!.id,
      title: 'Zeitplan der Online-Terminvergabe abstimmen',
      ownerAccountId: account('amt33@bonn.example'),
      dueOn: earlier(addDays(lastClosed.dueOn, 21), today),
      doneAt: new Date(`${earlier(addDays(lastClosed.dueOn, 18), today)}T08:00:00Z`),
      doneBy: account('amt33@bonn.example'),
    },
    {
      tenantId,
      meetingId: cdoRound!.id,
      title: 'Fortschrittsbericht an den Rat entwerfen',
      ownerAccountId: account('cdo@bonn.example'),
      dueOn: addDays(today, 10),
    },
    {
      tenantId,
      meetingId: cdoRound!.id,
      title: 'Abweichungen bei verspäteten Meilensteinen mit den Projektleitungen klären',
      ownerAccountId: account('leitung66@bonn.example'),
      dueOn: addDays(today, 2),
    },
  ]);
}
