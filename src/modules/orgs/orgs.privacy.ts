import type { PersonalData } from '../../platform/module.ts';
import { accountPersonalData, anonymiseAccount } from './accounts.service.ts';

/** The account itself: shown in the download; emptied last when the person deletes it. */
export const orgsPersonalData: PersonalData = {
  export: (db, tenantId, subject) => accountPersonalData(db, tenantId, subject.id),
  erase: (tx, tenantId, subject) => anonymiseAccount(tx, tenantId, subject.id),
};
