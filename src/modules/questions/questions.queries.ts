import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { accounts } from '../orgs/orgs.table.ts';
import { type StaffQuestion, staffQuestions } from './questions.table.ts';

export function insertQuestion(db: DbOrTx, row: typeof staffQuestions.$inferInsert) {
  return db.insert(staffQuestions).values(row).returning();
}

export function findQuestion(db: DbOrTx, tenantId: string, id: string) {
  return db
    .select()
    .from(staffQuestions)
    .where(and(eq(staffQuestions.tenantId, tenantId), eq(staffQuestions.id, id)));
}

export function updateQuestion(
  db: DbOrTx,
  tenantId: string,
  id: string,
  patch: Partial<typeof staffQuestions.$inferInsert>,
) {
  return db
    .update(staffQuestions)
    .set(patch)
    .where(and(eq(staffQuestions.tenantId, tenantId), eq(staffQuestions.id, id)))
    .returning();
}

const asker = sql<
  string | null
>`(select display_name from ${accounts} a where a.tenant_id = ${staffQuestions.tenantId} and a.id = ${staffQuestions.askedBy})`;
const answerer = sql<
  string | null
>`(select display_name from ${accounts} a where a.tenant_id = ${staffQuestions.tenantId} and a.id = ${staffQuestions.answeredBy})`;

/** Questions in one state (or the one of them with `id`), with the names of who asked and who answered. */
export function questionsInState(db: DbOrTx, tenantId: string, state: StaffQuestion['state'], id?: string) {
  return db
    .select({
      id: staffQuestions.id,
      body: staffQuestions.body,
      state: staffQuestions.state,
      answer: staffQuestions.answer,
      answeredAt: staffQuestions.answeredAt,
      createdAt: staffQuestions.createdAt,
      askerName: asker,
      answererName: answerer,
    })
    .from(staffQuestions)
    .where(
      and(
        eq(staffQuestions.tenantId, tenantId),
        eq(staffQuestions.state, state),
        id ? eq(staffQuestions.id, id) : undefined,
      ),
    )
    .orderBy(state === 'submitted' ? staffQuestions.createdAt : desc(staffQuestions.answeredAt));
}

/** A person's questions asked by name (their data download). */
export function questionsAskedBy(db: DbOrTx, tenantId: string, accountId: string) {
  return db
    .select({
      body: staffQuestions.body,
      state: staffQuestions.state,
      answer: staffQuestions.answer,
      createdAt: staffQuestions.createdAt,
    })
    .from(staffQuestions)
    .where(and(eq(staffQuestions.tenantId, tenantId), eq(staffQuestions.askedBy, accountId)));
}

/** Deleting an account: its questions stay, without its name; its answers stay, from "the team". */
export async function forgetAccount(db: DbOrTx, tenantId: string, accountId: string) {
  await db
    .update(staffQuestions)
    .set({ askedBy: null })
    .where(and(eq(staffQuestions.tenantId, tenantId), eq(staffQuestions.askedBy, accountId)));
  await db
    .update(staffQuestions)
    .set({ answeredBy: null })
    .where(and(eq(staffQuestions.tenantId, tenantId), eq(staffQuestions.answeredBy, accountId)));
}
