import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './opendata.messages.ts';
import { opendataRoutes } from './opendata.routes.tsx';

/** /daten: the open-data catalogue and downloads, built from every module's declared exports. */
export const opendataModule: ModuleManifest = {
  name: 'opendata',
  layer: 'pages',
  messages,
  permissions: {},
  routes: (deps) =>
    opendataRoutes(
      deps,
      deps.modules.flatMap((m) => m.exports ?? []),
    ),
};
