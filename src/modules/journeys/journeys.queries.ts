import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { participationProcesses, proposals } from '../proposals/proposals.table.ts';
import { workshopProposals, workshops } from '../workshops/workshops.table.ts';

/** Published and merged proposals for open data, in a stable order, with the ideas they went into. */
export function openDataPage(db: DbOrTx, tenantId: string, offset: number, limit: number) {
  return db.execute<Record<string, unknown>>(sql`
    select p.id, p.number, p.title, p.body, p.author_kind, p.organisation_name, f.key as field_of_action,
           pr.slug as process, pr.attribution, p.language, p.state, p.created_at, p.published_at, p.source_url,
           p.place, w.title as workshop, p.answer_state, p.answer_text as answer, p.answered_at,
           (select count(*)::int from supports s where s.tenant_id = p.tenant_id and s.proposal_id = p.id)
             as support_count,
           (select count(*)::int from comments c
             where c.tenant_id = p.tenant_id and c.proposal_id = p.id and c.state = 'published') as comment_count,
           coalesce((select string_agg(i.number, ';' order by i.number) from idea_proposals ip
                     join ideas i on i.tenant_id = ip.tenant_id and i.id = ip.idea_id
                     where ip.tenant_id = p.tenant_id and ip.proposal_id = p.id and ip.unlinked_at is null), '')
             as ideas
    from ${proposals} p
    left join fields_of_action f on f.tenant_id = p.tenant_id and f.id = p.field_of_action_id
    left join ${participationProcesses} pr on pr.tenant_id = p.tenant_id and pr.id = p.process_id
    left join ${workshopProposals} wp on wp.tenant_id = p.tenant_id and wp.proposal_id = p.id
    left join ${workshops} w on w.tenant_id = wp.tenant_id and w.id = wp.workshop_id
    where p.tenant_id = ${tenantId} and p.state in ('published', 'merged')
    order by p.created_at, p.id
    limit ${limit} offset ${offset}`);
}
