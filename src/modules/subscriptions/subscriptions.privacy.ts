import type { PersonalData } from '../../platform/module.ts';
import { deleteOfSubject, ofSubject } from './subscriptions.queries.ts';

/** What a person follows, by account or address; deleting the account ends every notification. */
export const subscriptionsPersonalData: PersonalData = {
  async export(db, tenantId, subject) {
    return { notifications: await ofSubject(db, tenantId, subject) };
  },
  async erase(tx, tenantId, subject) {
    await deleteOfSubject(tx, tenantId, subject);
  },
};
