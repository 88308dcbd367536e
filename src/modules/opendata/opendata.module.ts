import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './opendata.messages.ts';
import { opendataRoutes } from './opendata.routes.tsx';
import * as tables from './opendata.table.ts';

/** /daten: the open-data catalogue and downloads, built from every module's declared exports. */
export const opendataModule: ModuleManifest = {
  name: 'opendata',
  layer: 'pages',
  messages,
  permissions: {},
  tables: tablesIn(tables),
  nav: [
    { area: 'footer', href: '/daten', label: 'footer.opendata', order: 60 },
    // The API document is assembled from every manifest's API by the composition root; /daten/api shows it.
    { area: 'footer', href: '/daten/api', label: 'footer.api', order: 70 },
  ],
  routes: (deps) =>
    opendataRoutes(
      deps,
      deps.modules.flatMap((m) => m.exports ?? []),
    ),
};
