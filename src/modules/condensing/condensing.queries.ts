import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { proposals } from '../proposals/proposals.table.ts';
import { clusterRejections, clusterRuns } from './condensing.table.ts';

export function insertRun(db: DbOrTx, row: typeof clusterRuns.$inferInsert) {
  return db.insert(clusterRuns).values(row).returning();
}

export function updateRun(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof clusterRuns.$inferInsert>,
) {
  return db
    .update(clusterRuns)
    .set(patch)
    .where(and(eq(clusterRuns.tenantId, tenantId), eq(clusterRuns.id, id)))
    .returning();
}

export function findRun(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(clusterRuns)
    .where(and(eq(clusterRuns.tenantId, tenantId), eq(clusterRuns.id, id)));
}

/** The newest run for a process (or for all proposals when processId is undefined). */
export function latestRun(db: DbOrTx, tenantId: string, processId: string | undefined) {
  return db
    .select()
    .from(clusterRuns)
    .where(
      and(
        eq(clusterRuns.tenantId, tenantId),
        processId ? eq(clusterRuns.processId, processId) : isNull(clusterRuns.processId),
      ),
    )
    .orderBy(desc(clusterRuns.createdAt))
    .limit(1);
}

export function insertRejection(db: DbOrTx, row: typeof clusterRejections.$inferInsert) {
  return db.insert(clusterRejections).values(row).onConflictDoNothing();
}

export function rejections(db: DbOrTx, tenantId: string) {
  return db
    .select({ proposalIds: clusterRejections.proposalIds })
    .from(clusterRejections)
    .where(eq(clusterRejections.tenantId, tenantId));
}

/** The proposals among the ids that can still be condensed (published, not merged). */
export function stillCondensable(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: proposals.id, number: proposals.number, title: proposals.title })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        eq(proposals.state, 'published'),
        sql`${proposals.id} = any(${`{${ids.join(',')}}`}::uuid[])`,
      ),
    );
}

/** The title and text of proposals by id, for naming a group again after the team changed it. */
export function textsOf(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: proposals.id, title: proposals.title, body: proposals.body })
    .from(proposals)
    .where(
      and(eq(proposals.tenantId, tenantId), sql`${proposals.id} = any(${`{${ids.join(',')}}`}::uuid[])`),
    );
}

/** Categorised proposals (any state but hidden), newest first: what the category suggester learns from. */
export function categorisedExamples(db: DbOrTx, tenantId: string, limit: number) {
  return db
    .select({ title: proposals.title, body: proposals.body, fieldOfActionId: proposals.fieldOfActionId })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        sql`${proposals.fieldOfActionId} is not null`,
        sql`${proposals.state} <> 'hidden'`,
      ),
    )
    .orderBy(desc(proposals.createdAt))
    .limit(limit);
}

/** Proposals without a field of action (any state but hidden), oldest first. */
export function uncategorised(db: DbOrTx, tenantId: string, limit: number) {
  return db
    .select({
      id: proposals.id,
      number: proposals.number,
      title: proposals.title,
      body: proposals.body,
      language: proposals.language,
      state: proposals.state,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        sql`${proposals.fieldOfActionId} is null`,
        sql`${proposals.state} <> 'hidden'`,
      ),
    )
    .orderBy(proposals.createdAt)
    .limit(limit);
}

/**
 * Published proposals not yet condensed into an idea (optionally of one process), oldest first; those
 * entered together (an import) by number, so the same proposals always give the same clusters.
 */
export function condensable(db: DbOrTx, tenantId: string, processId: string | undefined, limit: number) {
  return db
    .select({ id: proposals.id, number: proposals.number, title: proposals.title, body: proposals.body })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        eq(proposals.state, 'published'),
        processId ? eq(proposals.processId, processId) : undefined,
      ),
    )
    .orderBy(proposals.createdAt, proposals.number)
    .limit(limit);
}
