import type { DbOrTx } from '../../db/client.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import * as q from './journeys.queries.ts';

/**
 * A page of published and merged proposals for the open-data export, each with its supports, comments
 * and the ideas it went into: no e-mail, no account, no moderation notes.
 */
export async function openDataProposals(db: DbOrTx, tenantId: string, request: OpenDataPageRequest) {
  const res = await q.openDataPage(db, tenantId, request);
  return (res as unknown as { rows: Record<string, unknown>[] }).rows;
}

/** A page of the public proposal list with supports and comments counted (see the query for the rules). */
export function publicProposals(db: DbOrTx, tenantId: string, filter: q.PublicProposalFilter) {
  return q.publicProposalPage(db, tenantId, filter);
}
