import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { byName } from '../../db/columns.ts';
import { processes, trainingParticipations, trainings } from './workforce.table.ts';

export function listProcesses(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(processes)
    .where(eq(processes.tenantId, tenantId))
    .orderBy(asc(byName(processes.name)));
}

export function findProcess(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(processes)
    .where(and(eq(processes.tenantId, tenantId), eq(processes.id, id)));
}

export function insertProcess(db: DbOrTx, row: typeof processes.$inferInsert) {
  return db.insert(processes).values(row).returning();
}

export function updateProcess(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof processes.$inferInsert>,
) {
  return db
    .update(processes)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(processes.tenantId, tenantId), eq(processes.id, id)))
    .returning();
}

export function listTrainings(db: DbOrTx, tenantId: string) {
  return db.select().from(trainings).where(eq(trainings.tenantId, tenantId)).orderBy(desc(trainings.heldOn));
}

export function insertTraining(db: DbOrTx, row: typeof trainings.$inferInsert) {
  return db.insert(trainings).values(row).returning();
}

export function participations(db: DbOrTx, tenantId: string) {
  return db.select().from(trainingParticipations).where(eq(trainingParticipations.tenantId, tenantId));
}

export function insertParticipations(db: DbOrTx, rows: (typeof trainingParticipations.$inferInsert)[]) {
  if (!rows.length) return Promise.resolve();
  return db
    .insert(trainingParticipations)
    .values(rows)
    .onConflictDoNothing()
    .then(() => undefined);
}
