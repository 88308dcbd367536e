import type { PersonalData } from '../../platform/module.ts';
import { commentsOfAccount, supportsOfAccount } from './comments.queries.ts';

/**
 * Comments and supports: in the download with the proposal they belong to. Deleting the account keeps
 * both (the discussion and the counts stay readable) under an author who is no longer anyone.
 */
export const commentsPersonalData: PersonalData = {
  async export(db, tenantId, subject) {
    const [comments, supports] = await Promise.all([
      commentsOfAccount(db, tenantId, subject.id),
      supportsOfAccount(db, tenantId, subject.id),
    ]);
    return { comments, supports };
  },
  async erase() {
    // Nothing to delete: once the account is anonymised, its comments and supports point to nobody.
  },
};
