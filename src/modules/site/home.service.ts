import type { DbOrTx } from '../../db/client.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { addDays } from '../../platform/dates.ts';
import { listAgendas } from '../agendas/agendas.service.ts';
import { participationCounts } from '../comments/comments.service.ts';
import { activePortfolio } from '../delivery/delivery.service.ts';
import { listReviewMeetings, openActionItems } from '../meetings/meetings.service.ts';
import { accountCounts } from '../orgs/admin.service.ts';
import { findProjectsByIds, milestonesDueOfLead } from '../projects/projects.service.ts';
import { canModerateProposals, proposalStateCounts } from '../proposals/proposals.service.ts';
import {
  decisionsInOpenCycles,
  missingRollups,
  myReportTasks,
  owedInOpenCycles,
} from '../reviews/cycles.service.ts';
import { approvalQueue, latestApprovedRows, openCycles } from '../reviews/reviews.service.ts';

/** How far ahead a lead's start page looks for milestones. */
const MILESTONE_DAYS = 30;

/**
 * What each role finds first in the back office: the lead the reports they owe and milestones coming
 * up; the office head the reports waiting for approval; the department head the roll-ups due and the
 * meetings' open items; the CDO team the portfolio, the agenda and the decisions asked for; moderators
 * their queues; administrators the accounts. Someone with several roles gets every part.
 */
export async function staffHome(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const is = (...roles: string[]) => hasAnyRole(actor, roles);
  const isCdo = is('cdo');
  const [lead, office, department, cdo, moderation, admin] = await Promise.all([
    is('project_lead') ? leadPart(db, tenantId, actor, today) : undefined,
    is('office_head') ? officePart(db, tenantId, actor) : undefined,
    is('department_head') ? departmentPart(db, tenantId, actor, today) : undefined,
    isCdo ? cdoPart(db, tenantId, actor, today) : undefined,
    canModerateProposals(actor) && is('moderator', 'cdo') ? moderationPart(db, tenantId) : undefined,
    is('admin') ? accountCounts(db, tenantId, actor) : undefined,
  ]);
  return { lead, office, department, cdo, moderation, admin };
}

async function leadPart(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const [reports, milestones] = await Promise.all([
    myReportTasks(db, tenantId, actor, today),
    milestonesDueOfLead(db, tenantId, actor.accountId, addDays(today, MILESTONE_DAYS)),
  ]);
  return {
    reports,
    milestones: milestones.map((m) => ({ ...m, overdue: m.dueOn < today })),
    days: MILESTONE_DAYS,
  };
}

async function officePart(db: DbOrTx, tenantId: string, actor: Actor) {
  const queue = (await approvalQueue(db, tenantId, actor)).filter((q) => q.mayApprove);
  return {
    waiting: queue.map((q) => ({
      id: q.report.id,
      projectTitle: q.project.title,
      period: q.period,
      decisionNeeded: q.report.decisionNeeded,
    })),
  };
}

async function departmentPart(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const mine = new Set(
    actor.roles.filter((r) => r.role === 'department_head' && r.orgUnitId).map((r) => r.orgUnitId!),
  );
  const cycles = (await openCycles(db, tenantId)).filter((c) => c.level === 'department');
  const rollups = (
    await Promise.all(
      cycles.map(async (cycle) => {
        const missing = await missingRollups(db, tenantId, cycle);
        return missing.departments
          .filter((d) => mine.has(d.id))
          .map((d) => ({ cycleId: cycle.id, period: cycle.period, dueOn: cycle.dueOn, department: d.name }));
      }),
    )
  ).flat();
  const [meetings, items] = await Promise.all([
    listReviewMeetings(db, tenantId, actor),
    openActionItems(db, tenantId, actor, { today }),
  ]);
  return {
    rollups: rollups.map((r) => ({ ...r, overdue: r.dueOn < today })),
    meetings: meetings.slice(0, 3),
    openItems: items.length,
  };
}

async function cdoPart(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const [portfolio, statuses, owed, decisions, agendas, queue] = await Promise.all([
    activePortfolio(db, tenantId, today),
    latestApprovedRows(db, tenantId),
    owedInOpenCycles(db, tenantId),
    decisionsInOpenCycles(db, tenantId),
    listAgendas(db, tenantId, { adoptedOnly: false }),
    approvalQueue(db, tenantId, actor),
  ]);
  const active = new Set(portfolio.map((p) => p.id));
  const statusCount = { on_track: 0, at_risk: 0, off_track: 0, none: 0 };
  const reported = new Map(statuses.map((s) => [s.projectId, s.overallStatus]));
  for (const id of active) {
    const s = reported.get(id);
    if (s === 'on_track' || s === 'at_risk' || s === 'off_track') statusCount[s]++;
    else statusCount.none++;
  }
  const decisionProjects = await findProjectsByIds(
    db,
    tenantId,
    decisions.map((d) => d.projectId),
  );
  const year = Number(today.slice(0, 4));
  const agenda = agendas.find((a) => a.year === year + 1) ?? agendas.find((a) => a.year === year) ?? null;
  return {
    active: active.size,
    statusCount,
    owed: owed.length,
    overdue: owed.filter((o) => o.dueOn < today).length,
    waitingForOffices: queue.length,
    decisions: decisionProjects.map((p) => ({ id: p.id, title: p.title })),
    agenda: agenda ? { year: agenda.year, state: agenda.state } : null,
    nextAgendaYear: year + 1,
  };
}

async function moderationPart(db: DbOrTx, tenantId: string) {
  const [proposals, participation] = await Promise.all([
    proposalStateCounts(db, tenantId),
    participationCounts(db, tenantId),
  ]);
  return {
    proposals: proposals.submitted ?? 0,
    comments: participation.commentsSubmitted,
    reports: participation.reported,
  };
}

export type StaffHome = Awaited<ReturnType<typeof staffHome>>;
