import type { PersonalData } from '../../platform/module.ts';
import { forgetAccount, questionsAskedBy } from './questions.queries.ts';

/**
 * The questions a person asked by name (anonymous ones cannot be found: nothing links them to anyone).
 * Deleting the account keeps questions and answers, which staff have read, without the person's name.
 */
export const questionsPersonalData: PersonalData = {
  async export(db, tenantId, subject) {
    const asked = await questionsAskedBy(db, tenantId, subject.id);
    return asked.length ? { staffQuestions: asked } : {};
  },
  async erase(tx, tenantId, subject) {
    await forgetAccount(tx, tenantId, subject.id);
  },
};
