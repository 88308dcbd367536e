import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './delivery.messages.ts';
import { publicUpdateTexts } from './delivery.queries.ts';
import { seedDelivery } from './delivery.seed.ts';
import * as tables from './delivery.table.ts';

/**
 * A project's delivery: partners, budget per year, risks, dependencies and news. Its forms live on the
 * project page (the portfolio module); this module keeps the rules and the data.
 */
export const deliveryModule: ModuleManifest = {
  name: 'delivery',
  layer: 'delivery',
  seed: seedDelivery,
  messages,
  tables: tablesIn(tables),
  permissions: {},
  translatable: [
    {
      // Public news of public projects, written by the office in German.
      type: 'project_update',
      label: 'translatable.project_update',
      fields: ['title', 'body'],
      originals: async (db, tenantId, ids) =>
        (await publicUpdateTexts(db, tenantId, ids)).map(({ id, ...fields }) => ({ id, lang: 'de', fields })),
    },
  ],
};
