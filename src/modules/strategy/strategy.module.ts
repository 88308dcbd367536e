import type { ModuleManifest } from '../../platform/module.ts';

/** Pillars and fields of action; read by the other modules through strategy.service. */
export const strategyModule: ModuleManifest = { name: 'strategy', permissions: {} };
