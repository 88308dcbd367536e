import type { DbOrTx } from '../db/client.ts';
import { auditEvents } from './platform.table.ts';

export interface AuditEntry {
  tenantId: string;
  actorAccountId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
}

/** Records who changed what; call it inside the transaction of the change so both land or neither. */
export async function recordAudit(db: DbOrTx, e: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    tenantId: e.tenantId,
    actorAccountId: e.actorAccountId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before === undefined ? null : (JSON.parse(JSON.stringify(e.before)) as unknown),
    after: e.after === undefined ? null : (JSON.parse(JSON.stringify(e.after)) as unknown),
    requestId: e.requestId ?? null,
  });
}
