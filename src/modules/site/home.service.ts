import type { DbOrTx } from '../../db/client.ts';
import { type Actor, hasAnyRole } from '../../platform/auth/actor.ts';
import { addDays } from '../../platform/dates.ts';
import { listAgendas } from '../agendas/agendas.service.ts';
import { type CockpitBase, cockpitBase, portfolioSummary } from '../cockpit/cockpit.service.ts';
import { participationCounts } from '../comments/comments.service.ts';
import { listReviewMeetings, openActionItems } from '../meetings/meetings.service.ts';
import { accountCounts } from '../orgs/admin.service.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { milestonesDueOfLead } from '../projects/projects.service.ts';
import { canModerateProposals, proposalStateCounts } from '../proposals/proposals.service.ts';
import { myReportTasks, rollupsDueFor } from '../reviews/cycles.service.ts';
import { approvalQueue, countSubmittedReports } from '../reviews/reviews.service.ts';

/** How far ahead a lead's start page looks for milestones. */
const MILESTONE_DAYS = 30;

/**
 * What each role finds first in the back office: the lead the reports they owe and milestones coming
 * up; the office head the reports waiting for approval; the department head the roll-ups due and the
 * meetings' open items; the CDO team the portfolio, the agenda and the decisions asked for; moderators
 * their queues; administrators the accounts. Someone with several roles gets every part.
 */
export async function staffHome(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  today: string,
  /** The cockpit's reading of the portfolio, shared with the cockpit's readers (readCockpitBase). */
  portfolio: () => Promise<CockpitBase> = () => cockpitBase(db, tenantId, today),
) {
  const is = (...roles: string[]) => hasAnyRole(actor, roles);
  const isCdo = is('cdo');
  const [lead, office, department, cdo, moderation, admin] = await Promise.all([
    is('project_lead') ? leadPart(db, tenantId, actor, today) : undefined,
    is('office_head') ? officePart(db, tenantId, actor) : undefined,
    is('department_head') ? departmentPart(db, tenantId, actor, today) : undefined,
    isCdo ? cdoPart(db, tenantId, actor, today, portfolio()) : undefined,
    canModerateProposals(actor) && is('moderator', 'cdo') ? moderationPart(db, tenantId) : undefined,
    is('admin') ? accountCounts(db, tenantId, actor) : undefined,
  ]);
  return { lead, office, department, cdo, moderation, admin };
}

async function leadPart(db: DbOrTx, tenantId: string, actor: Actor, today: string) {
  const [reports, milestones, items] = await Promise.all([
    myReportTasks(db, tenantId, actor, today),
    milestonesDueOfLead(db, tenantId, actor.accountId, addDays(today, MILESTONE_DAYS)),
    openActionItems(db, tenantId, actor, { today }),
  ]);
  const mine = items.filter((i) => i.item.ownerAccountId === actor.accountId);
  return {
    reports,
    milestones: milestones.map((m) => ({ ...m, overdue: m.dueOn < today })),
    days: MILESTONE_DAYS,
    openItems: mine.length,
    overdueItems: mine.filter((i) => i.overdue).length,
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
  const mine = [
    ...new Set(
      actor.roles.filter((r) => r.role === 'department_head' && r.orgUnitId).map((r) => r.orgUnitId!),
    ),
  ];
  const [due, tree, meetings, items] = await Promise.all([
    rollupsDueFor(db, tenantId, mine),
    loadOrgTree(db, tenantId),
    listReviewMeetings(db, tenantId, actor),
    openActionItems(db, tenantId, actor, { today }),
  ]);
  return {
    rollups: due.map(({ cycle, departmentId, approvedSince }) => ({
      cycleId: cycle.id,
      approvedSince,
      period: cycle.period,
      dueOn: cycle.dueOn,
      department: tree.byId.get(departmentId)?.name ?? '',
      overdue: cycle.dueOn < today,
    })),
    meetings: meetings.slice(0, 3),
    openItems: items.length,
    overdueItems: items.filter((i) => i.overdue).length,
  };
}

async function cdoPart(
  db: DbOrTx,
  tenantId: string,
  actor: Actor,
  today: string,
  portfolio: Promise<CockpitBase>,
) {
  const [base, agendas, waitingForOffices, items] = await Promise.all([
    portfolio,
    listAgendas(db, tenantId, { adoptedOnly: false }),
    countSubmittedReports(db, tenantId),
    openActionItems(db, tenantId, actor, { today, all: true }),
  ]);
  const year = Number(today.slice(0, 4));
  const agenda = agendas.find((a) => a.year === year + 1) ?? agendas.find((a) => a.year === year) ?? null;
  return {
    // Reported status of the running projects, and where the facts look worse than what was reported.
    ...portfolioSummary(base),
    waitingForOffices,
    overdueItems: items.filter((i) => i.overdue).length,
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
