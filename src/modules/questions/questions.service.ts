import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import { canAnswerQuestions, canAskQuestions } from './questions.policy.ts';
import * as q from './questions.queries.ts';
import type { AnswerQuestionInput, AskQuestionInput, DeclineQuestionInput } from './questions.schemas.ts';

export { canAnswerQuestions, canAskQuestions };

/**
 * A staff member asks the CDO team. Asked anonymously, nothing links the question to its asker: no
 * account on the row and no audit entry (an audit row names its actor); the team moderates it like any
 * other. Asked by name, the asker's name stands beside the question once it is answered.
 */
export async function askQuestion(db: Db, tenantId: string, actor: Actor | null, input: AskQuestionInput) {
  if (!canAskQuestions(actor)) throw forbidden('Only staff ask questions here.');
  const [row] = await q.insertQuestion(db, {
    tenantId,
    body: input.body,
    askedBy: input.askAs === 'named' ? actor!.accountId : null,
  });
  return row!;
}

async function pendingQuestion(tx: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await q.findQuestion(tx, tenantId, id);
  if (!row) throw notFound('No such question.');
  if (row.state !== 'submitted') throw invalidState('The question is answered or declined already.');
  return row;
}

/** The CDO team answers: question and answer appear for every member of staff (audited). */
export async function answerQuestion(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: AnswerQuestionInput,
  meta: RequestMeta = {},
) {
  if (!canAnswerQuestions(actor)) throw forbidden('Only the CDO team answers staff questions.');
  return db.transaction(async (tx) => {
    const before = await pendingQuestion(tx, tenantId, id);
    const [after] = await q.updateQuestion(tx, tenantId, id, {
      state: 'answered',
      answer: input.answer,
      answeredBy: actor!.accountId,
      answeredAt: new Date(),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'staff_question.answer',
      entityType: 'staff_question',
      entityId: id,
      before: { state: before.state },
      after: { state: after!.state, answer: after!.answer },
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** Not answered publicly (abuse, a personal matter for HR, a duplicate): kept with the reason, audited. */
export async function declineQuestion(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: DeclineQuestionInput,
  meta: RequestMeta = {},
) {
  if (!canAnswerQuestions(actor)) throw forbidden('Only the CDO team moderates staff questions.');
  return db.transaction(async (tx) => {
    const before = await pendingQuestion(tx, tenantId, id);
    const [after] = await q.updateQuestion(tx, tenantId, id, {
      state: 'declined',
      declineReason: input.reason,
      answeredBy: actor!.accountId,
      answeredAt: new Date(),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'staff_question.decline',
      entityType: 'staff_question',
      entityId: id,
      before: { state: before.state },
      after: { state: after!.state, reason: input.reason },
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** The answered questions, newest answer first: what every member of staff reads. */
export function answeredQuestions(db: DbOrTx, tenantId: string, actor: Actor | null) {
  if (!canAskQuestions(actor)) throw forbidden();
  return q.questionsInState(db, tenantId, 'answered');
}

/** The questions waiting for the CDO team, oldest first. */
export function pendingQuestions(db: DbOrTx, tenantId: string, actor: Actor | null) {
  if (!canAnswerQuestions(actor)) throw forbidden();
  return q.questionsInState(db, tenantId, 'submitted');
}

/** One open question for the CDO team to answer; none when it is answered, declined or unknown. */
export async function openQuestion(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!canAnswerQuestions(actor)) throw forbidden();
  if (!isUuid(id)) return undefined;
  const [row] = await q.questionsInState(db, tenantId, 'submitted', id);
  return row;
}
