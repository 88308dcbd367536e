import { CDO, STAFF_QUESTIONS } from '../../demo/content/bonn.ts';

/** Who types the anonymous questions into the demo (nothing about them is kept). */
const STAFF = 'mitarbeit@bonn.example';

import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { updateQuestion } from './questions.queries.ts';
import { answerQuestion, askQuestion } from './questions.service.ts';

/**
 * Staff questions as the CDO team answered them, the commitment that digitalisation costs no jobs first,
 * dated when they were asked and answered; the last one still waits in the team's inbox.
 */
export const seedQuestions: SeedStep = async ({ db, tenantId, refs }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  for (const q of STAFF_QUESTIONS) {
    const asker = await loadActor(db, tenantId, refs.get('account', q.askedBy ?? STAFF));
    const row = await askQuestion(db, tenantId, asker, {
      body: q.body,
      askAs: q.askedBy ? 'named' : 'anonymous',
    });
    if (q.answer) {
      await answerQuestion(db, tenantId, cdo, row.id, { answer: q.answer.text });
      await updateQuestion(db, tenantId, row.id, {
        createdAt: new Date(`${q.askedOn}T10:00:00Z`),
        answeredAt: new Date(`${q.answer.on}T15:00:00Z`),
      });
    } else await updateQuestion(db, tenantId, row.id, { createdAt: new Date(`${q.askedOn}T10:00:00Z`) });
  }
};
