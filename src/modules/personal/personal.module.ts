import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './personal.messages.ts';
import { personalRoutes } from './personal.routes.tsx';

/** "Mein Bereich" of every signed-in person: their proposals and journeys, supports, follows, their data. */
export const personalModule: ModuleManifest = {
  name: 'personal',
  layer: 'pages',
  messages,
  permissions: {},
  notices: { accountDeleted: 'personal.deleted' },
  routes: personalRoutes,
};
