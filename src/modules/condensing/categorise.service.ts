import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Categoriser } from '../../platform/text/categorise.ts';
import { trainInThread } from '../../platform/text/text-thread.ts';
import { isUuid } from '../../platform/validation.ts';
import { setFieldOfAction } from '../proposals/proposals.service.ts';
import { findFieldOfAction } from '../strategy/strategy.service.ts';
import { canCategoriseProposals } from './condensing.policy.ts';
import * as q from './condensing.queries.ts';

/** The suggester learns from at most this many of the newest categorised proposals (training stays seconds). */
const MAX_EXAMPLES = 3_000;
const MIN_EXAMPLES = 10;
const TTL_MS = 10 * 60_000;

interface CachedModel {
  model: Categoriser | null;
  at: number;
  /** A training under way (in a worker thread); requests meanwhile use the model before it. */
  training?: Promise<Categoriser | null> | undefined;
}

const models = new WeakMap<object, Map<string, CachedModel>>();

async function train(db: DbOrTx, tenantId: string): Promise<Categoriser | null> {
  const rows = await q.categorisedExamples(db, tenantId, MAX_EXAMPLES);
  const examples = rows.map((r) => ({ text: `${r.title} ${r.title} ${r.body}`, label: r.fieldOfActionId! }));
  if (examples.length < MIN_EXAMPLES || new Set(examples.map((e) => e.label)).size < 2) return null;
  // Training takes seconds: in a worker thread, never on the event loop that serves every request.
  return trainInThread(examples);
}

/**
 * The tenant's suggester. The first request waits for the training (in a worker thread); once there is a
 * model, an expired one keeps being used while the next is trained in the background.
 */
async function modelFor(db: DbOrTx, tenantId: string): Promise<Categoriser | null> {
  let perDb = models.get(db);
  if (!perDb) {
    perDb = new Map();
    models.set(db, perDb);
  }
  const hit = perDb.get(tenantId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.model;
  if (hit?.training) return hit.model ?? hit.training;
  const entry: CachedModel = { model: hit?.model ?? null, at: hit?.at ?? 0 };
  entry.training = train(db, tenantId)
    .then((model) => {
      if (perDb.get(tenantId) === entry) Object.assign(entry, { model, at: Date.now(), training: undefined });
      return model;
    })
    .catch((err: unknown) => {
      entry.training = undefined;
      throw err;
    });
  // In the background (an older model is served), a failed training is retried by the next request.
  entry.training.catch(() => undefined);
  perDb.set(tenantId, entry);
  return hit?.model ?? entry.training;
}

function forget(db: DbOrTx, tenantId: string) {
  models.get(db)?.delete(tenantId);
}

/** How long a page waits for a first training before it shows the proposals without suggestions. */
const WAIT_FOR_TRAINING_MS = 1_500;

/**
 * Proposals without a field of action, each with the suggested field and the model's confidence. A first
 * training that takes longer than a moment goes on in its thread while the page shows the proposals
 * without suggestions and says so (`training`); the next visit has them.
 */
export async function fieldSuggestions(
  db: DbOrTx,
  tenantId: string,
  actor: Actor | null,
  opts: { limit?: number; waitMs?: number } = {},
) {
  if (!canCategoriseProposals(actor)) throw forbidden();
  const pending = Symbol('training');
  let timer: NodeJS.Timeout | undefined;
  const wait = new Promise<typeof pending>((resolve) => {
    timer = setTimeout(() => resolve(pending), opts.waitMs ?? WAIT_FOR_TRAINING_MS);
  });
  const [found, rows] = await Promise.all([
    Promise.race([modelFor(db, tenantId), wait]).finally(() => clearTimeout(timer)),
    q.uncategorised(db, tenantId, opts.limit ?? 100),
  ]);
  const model = found === pending ? null : found;
  return {
    training: found === pending,
    trained: !!model,
    rows: rows.map((r) => ({
      ...r,
      suggestion: model ? model.suggest(`${r.title} ${r.title} ${r.body}`) : undefined,
    })),
  };
}

/** A person confirms fields of action for proposals (one or many); each change is audited. */
export async function assignFieldsOfAction(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  choices: { proposalId: string; fieldOfActionId: string }[],
  meta: RequestMeta = {},
) {
  if (!canCategoriseProposals(actor)) throw forbidden();
  if (!choices.length)
    throw new AppError('VALIDATION_FAILED', 'Select at least one proposal.', {
      ids: { key: 'validation.selectOne' },
    });
  const fields = new Set(choices.map((c) => c.fieldOfActionId));
  for (const id of fields) {
    if (!isUuid(id) || !(await findFieldOfAction(db, tenantId, id)))
      throw new AppError('VALIDATION_FAILED', 'Unknown field of action.', {
        ids: { key: 'validation.choice' },
      });
  }
  await db.transaction(async (tx) => {
    for (const c of choices) {
      if (!isUuid(c.proposalId)) throw notFound();
      const { before, after } = await setFieldOfAction(tx, tenantId, c.proposalId, c.fieldOfActionId);
      await recordAudit(tx, {
        tenantId,
        actorAccountId: actor!.accountId,
        action: 'proposal.categorise',
        entityType: 'proposal',
        entityId: c.proposalId,
        before: { fieldOfActionId: before.fieldOfActionId },
        after: { fieldOfActionId: after.fieldOfActionId },
        requestId: meta.requestId,
      });
    }
  });
  forget(db, tenantId);
  return choices.length;
}
