import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { clusterTexts } from '../../platform/text/cluster.ts';
import { canModerateProposals } from './proposals.policy.ts';
import * as q from './proposals.queries.ts';
import { frequenciesFor } from './similar.service.ts';

/** Above this many proposals clustering belongs in a background job, not a page request. */
export const MAX_INTERACTIVE = 5_000;

/**
 * Candidate clusters of published proposals not yet condensed into an idea: the CDO team's starting
 * point. Nothing is stored; the team turns clusters into ideas (or ignores them) on the page.
 */
export async function clusterCondensable(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  opts: { processId?: string | undefined } = {},
) {
  if (!canModerateProposals(actor)) throw forbidden();
  const rows = await q.condensable(db, tenantId, opts.processId, MAX_INTERACTIVE + 1);
  if (rows.length > MAX_INTERACTIVE)
    throw new AppError(
      'VALIDATION_FAILED',
      `More than ${MAX_INTERACTIVE} proposals: choose a participation process to cluster.`,
      { process: { key: 'condense.tooMany' } },
    );
  const df = await frequenciesFor(db, tenantId);
  const started = performance.now();
  const result = clusterTexts(
    rows.map((r) => `${r.title} ${r.title} ${r.body}`),
    { df },
  );
  return {
    proposals: rows.length,
    ms: performance.now() - started,
    clusters: result.clusters.map((c) => ({ keyTerms: c.keyTerms, members: c.members.map((i) => rows[i]!) })),
    unclustered: result.unclustered.length,
  };
}
