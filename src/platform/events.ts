import { and, asc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { DbOrTx } from '../db/client.ts';
import { domainEvents } from './platform.table.ts';

/**
 * Domain events: a module records what changed in the transaction of the change (the outbox), and other
 * modules react without being imported — inside the same transaction (handlers: notification rows,
 * settled reports), or after the commit (consumers: mail), each at least once. This is how anything
 * points upward in the module order: as data, never as an import.
 */
export interface DomainEvent<P extends object = Record<string, unknown>> {
  tenantId: string;
  /** `<subject>.<what happened>`, e.g. `idea.created`, `status_report.approved`. */
  type: string;
  subjectType: string;
  subjectId: string;
  payload: P;
  actorAccountId?: string | null | undefined;
}

export interface RecordedEvent<P extends object = Record<string, unknown>> extends DomainEvent<P> {
  id: string;
  createdAt: Date;
}

/** A reaction inside the transaction of the change: it succeeds or fails with it. */
export type EventHandler = (tx: DbOrTx, event: RecordedEvent) => Promise<void>;

/** A reaction after the commit with effects outside the database; `D` is what the composition root hands it. */
export type EventConsumer<D> = (deps: D, event: RecordedEvent) => Promise<void>;

/** What a module's manifest declares about the events of other modules it reacts to. */
export interface EventReactions<D> {
  handle?: readonly { on: string; handler: EventHandler }[];
  consume?: readonly { name: string; on: readonly string[]; consumer: EventConsumer<D> }[];
}

interface Registry {
  handlers: Map<string, EventHandler[]>;
  consumersByType: Map<string, string[]>;
  // biome-ignore lint/suspicious/noExplicitAny: consumers get the composition root's dependencies
  consumers: Map<string, EventConsumer<any>>;
}

let registry: Registry | undefined;

/**
 * Registers every module's reactions, once per process, from the module list (the composition root).
 * Recording an event before this is a programming error, reported loudly rather than dropping reactions.
 */
export function registerEventReactions<D>(modules: readonly { name: string; events?: EventReactions<D> }[]) {
  if (registry) return;
  const r: Registry = { handlers: new Map(), consumersByType: new Map(), consumers: new Map() };
  for (const m of modules) {
    for (const h of m.events?.handle ?? [])
      r.handlers.set(h.on, [...(r.handlers.get(h.on) ?? []), h.handler]);
    for (const c of m.events?.consume ?? []) {
      const name = `${m.name}.${c.name}`;
      r.consumers.set(name, c.consumer);
      for (const type of c.on) r.consumersByType.set(type, [...(r.consumersByType.get(type) ?? []), name]);
    }
  }
  registry = r;
}

function reactions(): Registry {
  if (!registry) throw new Error('Events are recorded before the modules registered their reactions.');
  return registry;
}

/** Records an event in the caller's transaction and runs the in-transaction handlers of other modules. */
export function recordEvent<P extends object>(tx: DbOrTx, event: DomainEvent<P>): Promise<void> {
  return recordEvents(tx, [event]);
}

/** Many events in one insert (a bulk import); each still reaches its in-transaction handlers, in order. */
export async function recordEvents<P extends object>(
  tx: DbOrTx,
  events: readonly DomainEvent<P>[],
): Promise<void> {
  if (!events.length) return;
  const r = reactions();
  const rows = await tx
    .insert(domainEvents)
    .values(
      events.map((event) => ({
        tenantId: event.tenantId,
        type: event.type,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        payload: event.payload as Record<string, unknown>,
        actorAccountId: event.actorAccountId ?? null,
        pending: r.consumersByType.get(event.type) ?? [],
      })),
    )
    .returning();
  for (const row of rows)
    for (const handler of r.handlers.get(row.type) ?? []) await handler(tx, toRecorded(row));
}

function toRecorded(row: typeof domainEvents.$inferSelect): RecordedEvent {
  return {
    id: row.id,
    tenantId: row.tenantId,
    type: row.type,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    payload: row.payload,
    actorAccountId: row.actorAccountId,
    createdAt: row.createdAt,
  };
}

/** How long a claimed event stays with one dispatcher before another may take it (a crashed process). */
const CLAIM_MS = 5 * 60_000;

/**
 * Hands events to the after-commit consumers: claims a batch (so two processes never take the same
 * event at once), runs each pending consumer and strikes it off; a consumer that throws keeps the event
 * for the next run. `kick()` runs it soon after a change; a job runs it every minute as a safety net.
 */
export class EventDispatcher<D> {
  private running: Promise<number> | undefined;
  private again = false;
  private deps: D | undefined;

  constructor(
    private readonly db: DbOrTx,
    private readonly logger: Logger,
  ) {}

  /** The dependencies consumers receive; the composition root hands them over once they exist. */
  attach(deps: D): void {
    this.deps = deps;
  }

  /** Starts a run for one tenant without waiting for it (after a request that changed something there). */
  kick(tenantId: string): void {
    this.dispatchTenant(tenantId).catch((err) => this.logger.error({ err }, 'event dispatch failed'));
  }

  private readonly tenantRuns = new Map<string, Promise<number>>();

  /** Runs one tenant's pending events (a request's changes); runs for one tenant never overlap. */
  async dispatchTenant(tenantId: string): Promise<number> {
    const previous = this.tenantRuns.get(tenantId) ?? Promise.resolve(0);
    const run = previous.catch(() => 0).then(() => this.runBatch(tenantId));
    this.tenantRuns.set(tenantId, run);
    try {
      return await run;
    } finally {
      if (this.tenantRuns.get(tenantId) === run) this.tenantRuns.delete(tenantId);
    }
  }

  /** Runs until no pending event is left (or only ones that failed in this run); returns how many ran. */
  dispatch(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          total += await this.runBatch(undefined);
        } while (this.again);
      } finally {
        this.running = undefined;
      }
      return total;
    })();
    return this.running;
  }

  private async runBatch(tenantId: string | undefined): Promise<number> {
    const r = reactions();
    const deps = this.deps;
    if (!deps)
      throw new Error('The event dispatcher runs before the composition root attached its dependencies.');
    let handled = 0;
    for (;;) {
      const now = new Date();
      const claimed = await this.db
        .update(domainEvents)
        .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS) })
        .where(
          sql`(${domainEvents.tenantId}, ${domainEvents.id}) in (
            select tenant_id, id from domain_events
            where pending <> '{}' and (claimed_until is null or claimed_until < ${now.toISOString()})
              ${tenantId ? sql`and tenant_id = ${tenantId}` : sql``}
            order by seq limit 50 for update skip locked)`,
        )
        .returning();
      if (!claimed.length) return handled;
      claimed.sort((a, b) => a.seq - b.seq);
      for (const row of claimed) {
        const done: string[] = [];
        for (const name of row.pending) {
          const consumer = r.consumers.get(name);
          if (!consumer) {
            // A consumer that no longer exists (renamed or removed module): nothing will ever take it.
            done.push(name);
            continue;
          }
          try {
            await consumer(deps, toRecorded(row));
            done.push(name);
            handled++;
          } catch (err) {
            this.logger.error(
              { err, event: row.id, type: row.type, consumer: name },
              'event consumer failed',
            );
          }
        }
        const left = row.pending.filter((n) => !done.includes(n));
        await this.db
          .update(domainEvents)
          .set({ pending: left, claimedUntil: left.length ? new Date(Date.now() + CLAIM_MS) : null })
          .where(and(eq(domainEvents.tenantId, row.tenantId), eq(domainEvents.id, row.id)));
      }
    }
  }
}

/**
 * Marks a tenant's pending events as handled without running their consumers: for recorded history
 * (the demo seed, an import) whose mails must never go out.
 */
export async function settlePendingEvents(db: DbOrTx, tenantId: string): Promise<void> {
  await db
    .update(domainEvents)
    .set({ pending: [], claimedUntil: null })
    .where(and(eq(domainEvents.tenantId, tenantId), sql`pending <> '{}'::text[]`));
}

/** Events of one subject, oldest first (a record's history as its modules told it). */
export function eventsOf(db: DbOrTx, tenantId: string, subjectType: string, subjectId: string) {
  return db
    .select()
    .from(domainEvents)
    .where(
      and(
        eq(domainEvents.tenantId, tenantId),
        eq(domainEvents.subjectType, subjectType),
        eq(domainEvents.subjectId, subjectId),
      ),
    )
    .orderBy(asc(domainEvents.seq));
}
