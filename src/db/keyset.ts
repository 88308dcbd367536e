import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';

/**
 * The condition of keyset paging: rows whose key (the columns in the query's order) comes after the
 * previous page's last key. `true` for the first page. A page then costs the same wherever it starts,
 * unlike OFFSET, which reads and throws away every row before it.
 */
export function afterKey(columns: readonly SQL[], after: readonly (string | number)[] | null): SQL {
  if (!after) return sql`true`;
  if (after.length !== columns.length) throw new Error('A key needs one value per key column.');
  return sql`(${sql.join([...columns], sql`, `)}) > (${sql.join(
    after.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/** `and <column> >= since` for a page that asks only for rows changed since then, else nothing. */
export function changedSince(column: SQL, since: Date | undefined): SQL {
  return since ? sql`and ${column} >= ${since.toISOString()}::timestamptz` : sql``;
}

/** The rows of a raw query (a page of open data), the same shape on both engines. */
export async function pageRows(db: DbOrTx, query: SQL): Promise<Record<string, unknown>[]> {
  const res = await db.execute<Record<string, unknown>>(query);
  return (res as unknown as { rows: Record<string, unknown>[] }).rows;
}
