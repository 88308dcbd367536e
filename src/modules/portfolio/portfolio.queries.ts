import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { afterKey, changedSince, pageRows as rows } from '../../db/keyset.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';

/** The status reports the public may see: approved by the office (or beyond). */
const APPROVED = sql`('approved_office', 'approved_department')`;

/**
 * Public projects for open data, by id: where they stand in the strategy, who leads them, their dates
 * and budget, the latest approved status and the proposals behind them.
 */
export function openDataProjects(db: DbOrTx, tenantId: string, { after, limit, since }: OpenDataPageRequest) {
  return rows(
    db,
    sql`
    select p.id, p.slug, p.title, p.summary, pi.key as pillar, f.key as field_of_action, o.name as owner_office,
           p.phase, p.starts_on::text as starts_on, p.ends_on::text as ends_on,
           p.budget_planned::text as budget_planned, p.budget_spent::text as budget_spent,
           case when p.quick_win then 'yes' else 'no' end as quick_win,
           s.overall_status as status, s.progress, s.period as status_period, s.reviewed_at as status_approved_at,
           i.number as idea,
           coalesce((select string_agg(pr.number, ';' order by pr.number) from idea_proposals ip
                     join proposals pr on pr.tenant_id = ip.tenant_id and pr.id = ip.proposal_id
                     where ip.tenant_id = p.tenant_id and ip.idea_id = p.idea_id and ip.unlinked_at is null
                       and pr.state in ('published', 'merged')), '') as proposals,
           p.created_at, greatest(p.updated_at, s.reviewed_at) as modified
    from projects p
    join fields_of_action f on f.tenant_id = p.tenant_id and f.id = p.field_of_action_id
    join pillars pi on pi.tenant_id = f.tenant_id and pi.id = f.pillar_id
    join org_units o on o.tenant_id = p.tenant_id and o.id = p.owner_org_unit_id
    left join ideas i on i.tenant_id = p.tenant_id and i.id = p.idea_id
    left join lateral (
      select r.overall_status, r.progress, c.period, r.reviewed_at from status_reports r
      join review_cycles c on c.tenant_id = r.tenant_id and c.id = r.cycle_id
      where r.tenant_id = p.tenant_id and r.project_id = p.id and r.state in ${APPROVED}
      order by c.ends_on desc limit 1) s on true
    where p.tenant_id = ${tenantId} and p.visibility = 'public' and ${afterKey([sql`p.id`], after)}
      ${changedSince(sql`greatest(p.updated_at, s.reviewed_at)`, since)}
    order by p.id
    limit ${limit}`,
  );
}

/** Milestones of public projects, by id; a milestone counts as changed when its project did (it may have just become public). */
export function openDataMilestones(
  db: DbOrTx,
  tenantId: string,
  { after, limit, since }: OpenDataPageRequest,
) {
  return rows(
    db,
    sql`
    select m.id, p.id as project_id, p.slug as project_slug, m.title, m.due_on::text as due_on,
           m.done_on::text as done_on, greatest(m.updated_at, p.updated_at) as modified
    from milestones m
    join projects p on p.tenant_id = m.tenant_id and p.id = m.project_id
    where m.tenant_id = ${tenantId} and p.visibility = 'public' and ${afterKey([sql`m.id`], after)}
      ${changedSince(sql`greatest(m.updated_at, p.updated_at)`, since)}
    order by m.id
    limit ${limit}`,
  );
}

/** Approved status reports of public projects, by id: never one the office has not approved. */
export function openDataStatuses(db: DbOrTx, tenantId: string, { after, limit, since }: OpenDataPageRequest) {
  return rows(
    db,
    sql`
    select r.id, p.id as project_id, p.slug as project_slug, c.period, c.starts_on::text as period_starts_on,
           c.ends_on::text as period_ends_on, r.overall_status, r.scope_status, r.time_status,
           r.budget_status, r.resources_status, r.progress, r.summary, r.next_steps,
           r.reviewed_at as approved_at
    from status_reports r
    join projects p on p.tenant_id = r.tenant_id and p.id = r.project_id
    join review_cycles c on c.tenant_id = r.tenant_id and c.id = r.cycle_id
    where r.tenant_id = ${tenantId} and p.visibility = 'public' and r.state in ${APPROVED}
      and ${afterKey([sql`r.id`], after)} ${changedSince(sql`greatest(r.reviewed_at, p.updated_at)`, since)}
    order by r.id
    limit ${limit}`,
  );
}

/** Budget planned and spent per project and calendar year (public projects), by project and year. */
export function openDataBudgets(db: DbOrTx, tenantId: string, { after, limit }: OpenDataPageRequest) {
  return rows(
    db,
    sql`
    select p.id as project_id, p.slug as project_slug, b.year, b.planned::text as planned, b.spent::text as spent
    from project_budgets b
    join projects p on p.tenant_id = b.tenant_id and p.id = b.project_id
    where b.tenant_id = ${tenantId} and p.visibility = 'public'
      and ${afterKey([sql`b.project_id`, sql`b.year`], after)}
    order by b.project_id, b.year
    limit ${limit}`,
  );
}
