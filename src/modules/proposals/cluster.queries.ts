import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { clusterRejections, clusterRuns, proposals } from './proposals.table.ts';

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
