import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './statistics.messages.ts';
import { STATISTICS_PERMISSIONS, statisticsRoutes } from './statistics.routes.tsx';
import { openDataStatisticsPage } from './statistics.service.ts';

/** The portal's reach, counted by the server without tracking (platform/analytics): /statistik. */
export const statisticsModule: ModuleManifest = {
  name: 'statistics',
  layer: 'pages',
  messages,
  permissions: STATISTICS_PERMISSIONS,
  nav: [
    { area: 'footer', href: '/statistik', label: 'footer.statistics', order: 70 },
    {
      area: 'internal',
      href: '/intern/statistik',
      label: 'nav.internal.statistics',
      order: 200,
      roles: STATISTICS_PERMISSIONS['statistics:read-internal'],
    },
  ],
  routes: statisticsRoutes,
  exports: [
    {
      slug: 'statistik',
      fields: [
        { name: 'day', type: 'string' },
        { name: 'metric', type: 'string' },
        { name: 'key', type: 'string' },
        { name: 'count', type: 'integer' },
      ],
      key: ['day', 'metric', 'key'],
      themes: ['GOVE'],
      page: openDataStatisticsPage,
    },
  ],
};
