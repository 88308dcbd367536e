import type { ModuleManifest } from '../../platform/module.ts';

/**
 * The open-data catalogue (/daten). It has no data of its own: app.ts mounts opendataRoutes with every
 * other manifest's exports, so a module publishes a data set by declaring it in its manifest.
 */
export const opendataModule: ModuleManifest = { name: 'opendata', permissions: {} };
