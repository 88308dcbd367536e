import type { DbOrTx } from '../../db/client.ts';
import type { OpenDataPageRequest } from '../../platform/module.ts';
import { correctedSearch } from '../proposals/proposals.service.ts';
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

/**
 * For a search that found nothing: the same search with mistyped words corrected, when that finds something
 * with the same filters ("Did you mean …?"); otherwise undefined.
 */
export function searchSuggestion(db: DbOrTx, tenantId: string, filter: q.PublicProposalFilter) {
  return correctedSearch(
    db,
    tenantId,
    filter.q,
    async (corrected) =>
      (await q.publicProposalPage(db, tenantId, { ...filter, q: corrected, limit: 1, offset: 0 })).total > 0,
  );
}
