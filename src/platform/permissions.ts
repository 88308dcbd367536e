import type { MiddlewareHandler } from 'hono';
import { type Actor, hasAnyRole } from './auth/actor.ts';
import { requireRoles } from './http/guards.ts';
import type { AppEnv } from './http/types.ts';

/**
 * Role-level permissions a module declares in its manifest: permission name ▸ roles that hold it
 * anywhere in the org tree. Record-level rules (a lead of office A never edits office B's project) live in
 * the module's policy and are checked against the stored record.
 */
export type Permissions = Readonly<Record<string, readonly string[]>>;

/** True when the actor holds one of the roles the permission is granted to. */
export function granted(actor: Actor | null | undefined, permissions: Permissions, name: string): boolean {
  const roles = permissions[name];
  if (!roles) throw new Error(`Unknown permission ${name}`);
  return hasAnyRole(actor, roles);
}

/** What a route guard checks, readable from the app's routes (the permission matrix is built from it). */
export interface Guard {
  permission: string;
  roles: readonly string[];
}

/** Route guard for a permission: signed-out visitors go to sign-in, others without it get 403. */
export function requirePermission(
  permissions: Permissions,
  name: string,
): MiddlewareHandler<AppEnv> & { guard: Guard } {
  const roles = permissions[name];
  if (!roles) throw new Error(`Unknown permission ${name}`);
  return Object.assign(requireRoles(roles), { guard: { permission: name, roles } });
}

/** The guard of a route handler, if it is one (for tests and tools that list who may open what). */
export function guardOf(handler: unknown): Guard | undefined {
  return (handler as { guard?: Guard } | undefined)?.guard;
}
