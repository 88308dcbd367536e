import type { DbOrTx } from '../db/client.ts';
import { auditEvents } from './platform.table.ts';

/** What a request passes to a use case for the audit trail. */
export interface RequestMeta {
  requestId?: string | undefined;
  /** The municipality's calendar day of the request (its time zone), for what a change dates. */
  today?: string | undefined;
}

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
export function recordAudit(db: DbOrTx, e: AuditEntry): Promise<void> {
  return recordAudits(db, [e]);
}

/** Many audit rows in one insert (a bulk import), one per record changed. */
export async function recordAudits(db: DbOrTx, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.insert(auditEvents).values(
    entries.map((e) => ({
      tenantId: e.tenantId,
      actorAccountId: e.actorAccountId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before === undefined ? null : (JSON.parse(JSON.stringify(e.before)) as unknown),
      after: e.after === undefined ? null : (JSON.parse(JSON.stringify(e.after)) as unknown),
      requestId: e.requestId ?? null,
    })),
  );
}
