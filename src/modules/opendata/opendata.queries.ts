import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { openDataVersions } from './opendata.table.ts';

/**
 * Records what a download now holds and answers since when: the old moment while the digest is the
 * same, now when it differs.
 */
export async function recordVersion(
  db: DbOrTx,
  tenantId: string,
  v: { file: string; digest: string; rows: number; bytes: number },
): Promise<Date> {
  const [row] = await db
    .insert(openDataVersions)
    .values({ tenantId, ...v })
    .onConflictDoUpdate({
      target: [openDataVersions.tenantId, openDataVersions.file],
      set: {
        digest: sql`excluded.digest`,
        rows: sql`excluded.rows`,
        bytes: sql`excluded.bytes`,
        changedAt: sql`case when ${openDataVersions.digest} = excluded.digest
          then ${openDataVersions.changedAt} else excluded.changed_at end`,
      },
    })
    .returning({ changedAt: openDataVersions.changedAt });
  return row!.changedAt;
}

/** Every download's last recorded state in a tenant (when its bytes last changed, its rows and bytes). */
export function versionsOf(db: DbOrTx, tenantId: string) {
  return db.select().from(openDataVersions).where(eq(openDataVersions.tenantId, tenantId));
}
