import type { Hono } from 'hono';
import type { ApiApp } from './http/api.ts';
import type { AppEnv, Deps } from './http/types.ts';
import type { Permissions } from './permissions.ts';

/**
 * What a module declares once (Decidim's component manifest): its pages, its part of the JSON API and its
 * role-level permissions. The composition root mounts every manifest; later issues add settings, seed data
 * and open-data exports here.
 */
export interface ModuleManifest {
  name: string;
  permissions: Permissions;
  routes?: (deps: Deps) => Hono<AppEnv>;
  api?: (api: ApiApp, deps: Deps) => void;
}
