import type { DbOrTx } from '../../db/client.ts';
import { findAccount } from './orgs.queries.ts';

/** The display name of an account, for views that show who leads or approved something. */
export async function findAccountName(db: DbOrTx, tenantId: string, id: string): Promise<string | undefined> {
  const [row] = await findAccount(db, tenantId, id);
  return row?.displayName;
}
