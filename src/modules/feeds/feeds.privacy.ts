import type { PersonalData } from '../../platform/module.ts';
import { deleteCalendarKey, findCalendarKey } from './feeds.queries.ts';

/** A staff member's calendar address: when it was made and last fetched (the address itself is derived). */
export const feedsPersonalData: PersonalData = {
  async export(db, tenantId, subject) {
    const [key] = await findCalendarKey(db, tenantId, subject.id);
    return key ? { calendarAddress: { createdAt: key.createdAt, lastUsedAt: key.lastUsedAt } } : {};
  },
  async erase(tx, tenantId, subject) {
    await deleteCalendarKey(tx, tenantId, subject.id);
  },
};
