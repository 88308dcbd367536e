import { createHash, randomBytes } from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { keyTermsOf } from '../../platform/text/cluster.ts';
import { clusterInThread } from '../../platform/text/text-thread.ts';
import { isUuid } from '../../platform/validation.ts';
import { canModerateProposals } from '../proposals/proposals.policy.ts';
import { frequenciesFor } from '../proposals/similar.service.ts';
import * as cq from './condensing.queries.ts';

/** Above this many proposals clustering runs as a background job in a worker thread, with progress. */
export const MAX_INTERACTIVE = 5_000;
/** A recomputed cluster this similar (Jaccard of members) to a rejected one is not offered again. */
const REJECTED_OVERLAP = 0.8;

/** A candidate cluster as stored in a run: the CDO team edits it until it becomes an idea or is rejected. */
export interface StoredCluster {
  id: string;
  /**
   * The group's number on the page, kept for good: a move names its target by it, and accepting or splitting
   * other groups never renumbers it (a group split off gets the next unused one). Runs stored before
   * numbers were kept have none: they are numbered by position once, when they are next read or edited.
   */
  number?: number;
  keyTerms: string[];
  members: string[];
}

export interface RunResult {
  proposals: number;
  ms: number;
  clusters: StoredCluster[];
  unclustered: number;
  /** The highest number given to a group of the run, so a number is never given twice. */
  lastNumber?: number;
}

/** The run's groups, each with its number (by position for a run stored before numbers were kept). */
function numbered(result: RunResult): {
  clusters: (StoredCluster & { number: number })[];
  lastNumber: number;
} {
  const clusters = result.clusters.map((c, i) => ({ ...c, number: c.number ?? i + 1 }));
  return {
    clusters,
    lastNumber: Math.max(result.lastNumber ?? 0, ...clusters.map((c) => c.number)),
  };
}

const clusterId = () => randomBytes(6).toString('base64url');

function signature(ids: readonly string[]) {
  return createHash('sha256')
    .update([...ids].sort().join(','))
    .digest('base64url')
    .slice(0, 32);
}

function jaccard(a: readonly string[], b: ReadonlySet<string>) {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.length + b.size - both);
}

/** Drops clusters the team rejected before (same or nearly the same members). */
async function withoutRejected(db: DbOrTx, tenantId: string, clusters: StoredCluster[]) {
  const rejected = (await cq.rejections(db, tenantId)).map((r) => new Set(r.proposalIds));
  if (!rejected.length) return clusters;
  return clusters.filter((c) => !rejected.some((r) => jaccard(c.members, r) >= REJECTED_OVERLAP));
}

function toStored(
  rows: readonly { id: string }[],
  result: { clusters: { members: number[]; keyTerms: string[] }[]; unclustered: number[] },
) {
  return result.clusters.map((c) => ({
    id: clusterId(),
    keyTerms: c.keyTerms,
    members: c.members.map((i) => rows[i]!.id),
  }));
}

/** What a run stores: its clusters as proposal ids (without the ones rejected before) and its figures. */
async function runResult(
  db: DbOrTx,
  tenantId: string,
  rows: readonly { id: string }[],
  result: { clusters: { members: number[]; keyTerms: string[] }[]; unclustered: number[] },
  started: number,
): Promise<RunResult> {
  const clusters = (await withoutRejected(db, tenantId, toStored(rows, result))).map((c, i) => ({
    ...c,
    number: i + 1,
  }));
  return {
    proposals: rows.length,
    ms: performance.now() - started,
    clusters,
    unclustered: result.unclustered.length,
    lastNumber: clusters.length,
  };
}

const textOf = (r: { title: string; body: string }) => `${r.title} ${r.title} ${r.body}`;

/**
 * Computes candidate clusters of the published proposals not yet condensed (of one process, or all).
 * Up to 5,000 proposals this happens at once (in a worker thread); larger sets are queued as a background job that reports
 * progress (`enqueue` hands the run to the job queue; without one it runs here in a worker thread).
 */
export async function startClusterRun(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  opts: { processId?: string | undefined; enqueue?: (runId: string) => Promise<string | undefined> },
) {
  if (!canModerateProposals(actor)) throw forbidden();
  const rows = await cq.condensable(db, tenantId, opts.processId, MAX_INTERACTIVE + 1);
  if (rows.length > MAX_INTERACTIVE) {
    const [run] = await cq.insertRun(db, {
      tenantId,
      processId: opts.processId ?? null,
      state: 'queued',
      requestedBy: actor!.accountId,
    });
    const queued = opts.enqueue ? await opts.enqueue(run!.id) : undefined;
    if (!queued) void runClusterJob(db, tenantId, run!.id).catch(() => {});
    return run!;
  }
  const df = await frequenciesFor(db, tenantId);
  const started = performance.now();
  // Even a few thousand proposals take seconds: a worker thread does it while pages keep being served.
  const result = await clusterInThread(rows.map(textOf), undefined, { df });
  const stored = await runResult(db, tenantId, rows, result, started);
  const [run] = await cq.insertRun(db, {
    tenantId,
    processId: opts.processId ?? null,
    state: 'done',
    done: rows.length,
    total: rows.length,
    result: stored,
    requestedBy: actor!.accountId,
    finishedAt: new Date(),
  });
  return run!;
}

/** The background job: clusters a large process in a worker thread and stores progress and result. */
export async function runClusterJob(db: Db, tenantId: string, runId: string) {
  const [run] = await cq.findRun(db, tenantId, runId);
  if (!run || run.state === 'done') return;
  try {
    const rows = await cq.condensable(db, tenantId, run.processId ?? undefined, 1_000_000);
    await cq.updateRun(db, tenantId, runId, { state: 'running', total: rows.length, done: 0 });
    const started = performance.now();
    let pending = Promise.resolve();
    const result = await clusterInThread(rows.map(textOf), (done, total) => {
      // Progress counts proposals (two passes over them).
      const n = Math.round((done / total) * rows.length);
      pending = pending.then(() => cq.updateRun(db, tenantId, runId, { done: n }).then(() => undefined));
    });
    await pending;
    const stored = await runResult(db, tenantId, rows, result, started);
    await cq.updateRun(db, tenantId, runId, {
      state: 'done',
      done: rows.length,
      result: stored,
      finishedAt: new Date(),
    });
  } catch (err) {
    await cq.updateRun(db, tenantId, runId, {
      state: 'failed',
      error: err instanceof Error ? err.message : String(err),
      finishedAt: new Date(),
    });
    throw err;
  }
}

/**
 * The latest run for a process as the team sees it now: members merged meanwhile, rejected and accepted
 * clusters are gone; each member with its number and title.
 */
export async function currentClusters(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  processId: string | undefined,
) {
  if (!canModerateProposals(actor)) throw forbidden();
  const [run] = await cq.latestRun(db, tenantId, processId);
  if (!run) return undefined;
  const result = run.result as RunResult | null;
  if (!result) return { run, result: undefined };
  const ids = [...new Set(result.clusters.flatMap((c) => c.members))];
  const open = new Map((await cq.stillCondensable(db, tenantId, ids)).map((p) => [p.id, p]));
  const clusters = numbered(result)
    .clusters.map((c) => ({ ...c, members: c.members.filter((m) => open.has(m)).map((m) => open.get(m)!) }))
    .filter((c) => c.members.length > 0);
  return { run, result: { ...result, clusters } };
}

export type ClusterEdit =
  | { action: 'split'; clusterId: string; memberIds: string[] }
  | { action: 'move'; clusterId: string; memberIds: string[]; targetId: string }
  | { action: 'reject'; clusterId: string }
  | { action: 'drop'; clusterId: string; memberIds: string[] };

/**
 * The team edits a run's clusters: split selected members into a new cluster, move them to another,
 * reject a cluster (remembered, so it is not offered again) or drop members that became an idea.
 */
export async function editClusters(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  runId: string,
  edit: ClusterEdit,
) {
  if (!canModerateProposals(actor)) throw forbidden();
  if (!isUuid(runId)) throw notFound();
  // The city's word frequencies name changed groups; read before the transaction, which holds the
  // embedded database's only connection.
  const df =
    edit.action === 'split' || edit.action === 'move' ? await frequenciesFor(db, tenantId) : undefined;
  return db.transaction(async (tx) => {
    const [run] = await cq.findRun(tx, tenantId, runId);
    const result = run?.result as RunResult | null | undefined;
    if (!run || !result) throw notFound('No such clustering run.');
    const { clusters: all, lastNumber } = numbered(result);
    const cluster = all.find((c) => c.id === edit.clusterId);
    if (!cluster) throw notFound('No such cluster.');
    const selected = 'memberIds' in edit ? edit.memberIds.filter((m) => cluster.members.includes(m)) : [];
    if (edit.action !== 'reject' && !selected.length)
      throw new AppError('VALIDATION_FAILED', 'Select at least one proposal.', {
        [`members-${cluster.id}`]: { key: 'validation.selectOne' },
      });
    const rest = cluster.members.filter((m) => !selected.includes(m));
    let clusters: StoredCluster[] = all;
    let last = lastNumber;
    // Where the selected proposals went (a split's new group, a move's target): the page says so there.
    let landed: { id: string; number: number; count: number; from: number } | undefined;
    if (edit.action === 'split') {
      // Shown right after the group it came from, under the next number not given yet.
      const split = { id: clusterId(), number: ++last, keyTerms: cluster.keyTerms, members: selected };
      landed = { id: split.id, number: split.number, count: selected.length, from: cluster.number };
      clusters = clusters.flatMap((c) => (c.id === cluster.id ? [{ ...c, members: rest }, split] : [c]));
    } else if (edit.action === 'move') {
      // The target as the page shows it: the group's number (or its id), among the groups that still
      // have a proposal to condense.
      const open = new Set(
        (await cq.stillCondensable(tx, tenantId, [...new Set(all.flatMap((c) => c.members))])).map(
          (p) => p.id,
        ),
      );
      const target = all.find(
        (c) =>
          (c.id === edit.targetId || String(c.number) === edit.targetId.trim()) &&
          c.id !== cluster.id &&
          c.members.some((m) => open.has(m)),
      );
      if (!target) {
        // Says what was wrong with the number: none, this group's own, or one no group has (any more).
        const given = edit.targetId.trim();
        const error = !given
          ? { key: 'condense.chooseTarget' as const }
          : given === String(cluster.number) || given === cluster.id
            ? { key: 'condense.targetSame' as const }
            : { key: 'condense.targetUnknown' as const, values: { n: given.slice(0, 12) } };
        throw new AppError('VALIDATION_FAILED', 'Choose the cluster to move to.', {
          [`target-${cluster.id}`]: error,
        });
      }
      landed = { id: target.id, number: target.number, count: selected.length, from: cluster.number };
      clusters = clusters.map((c) =>
        c.id === cluster.id
          ? { ...c, members: rest }
          : c.id === target.id
            ? { ...c, members: [...c.members, ...selected] }
            : c,
      );
    } else if (edit.action === 'reject') {
      await cq.insertRejection(tx, {
        tenantId,
        signature: signature(cluster.members),
        proposalIds: cluster.members,
        rejectedBy: actor!.accountId,
      });
      clusters = clusters.filter((c) => c.id !== cluster.id);
    } else clusters = clusters.map((c) => (c.id === cluster.id ? { ...c, members: rest } : c));
    clusters = clusters.filter((c) => c.members.length > 0);
    // A split or move changes what the groups it touched are about: their key terms are read again.
    if (df) {
      const before = new Map(result.clusters.map((c) => [c.id, c.members.join(',')]));
      const changed = clusters.filter((c) => before.get(c.id) !== c.members.join(','));
      const texts = new Map(
        (await cq.textsOf(tx, tenantId, [...new Set(changed.flatMap((c) => c.members))])).map((r) => [
          r.id,
          textOf(r),
        ]),
      );
      const renamed = new Map(
        changed.map((c) => [
          c.id,
          keyTermsOf(
            c.members.flatMap((m) => texts.get(m) ?? []),
            df,
          ),
        ]),
      );
      clusters = clusters.map((c) => (renamed.has(c.id) ? { ...c, keyTerms: renamed.get(c.id)! } : c));
    }
    await cq.updateRun(tx, tenantId, runId, { result: { ...result, clusters, lastNumber: last } });
    return { clusters, landed };
  });
}
