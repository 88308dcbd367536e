import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { shippedMaturityNames } from '../services/services.service.ts';
import * as q from './for-me.queries.ts';

/** How many news items the staff portal shows. */
const NEWS = 8;

/**
 * "What changes for me": for a member of staff, the offices they work in (a role at the office, a team
 * below it, or the department above it), the running projects those offices own, their processes (those
 * a project redesigns first), their online services, the person's own courses and the coming ones, and
 * the newest news of every project, internal ones included; shipped words (a maturity level's name) in
 * the reader's language.
 */
export async function forMe(db: DbOrTx, tenantId: string, actor: Actor, today: string, lang: Lang) {
  const tree = await loadOrgTree(db, tenantId);
  const units = actor.roles.flatMap((r) => (r.orgUnitId ? [r.orgUnitId] : []));
  const offices = tree
    .offices()
    .filter((o) => units.some((u) => tree.isWithin(u, o.id) || tree.isWithin(o.id, u)));
  const ids = offices.map((o) => o.id);
  const [projects, processes, services, taken, upcoming, news] = await Promise.all([
    ids.length ? q.projectsOfOffices(db, tenantId, ids) : [],
    ids.length ? q.processesOfOffices(db, tenantId, ids) : [],
    ids.length ? q.servicesOfOffices(db, tenantId, ids) : [],
    q.trainingsTaken(db, tenantId, actor.accountId),
    q.upcomingTrainings(db, tenantId, today),
    q.latestUpdates(db, tenantId, NEWS),
  ]);
  const officeName = new Map(offices.map((o) => [o.id, o.name]));
  const takenIds = new Set(taken.map((t) => t.id));
  return {
    offices: offices.map((o) => o.name),
    projects: projects.map((p) => ({ ...p, office: officeName.get(p.ownerOrgUnitId) ?? '' })),
    processes: processes.map((p) => ({ ...p, office: officeName.get(p.officeId) ?? '' })),
    // A level's name in the reader's language where Rathaus shipped it, with the language it is in.
    services: services.map(({ modelName, levelName, ...s }) => {
      const name = shippedMaturityNames(modelName, lang).level(s.level, levelName);
      return { ...s, levelName: name.text, levelLang: name.lang };
    }),
    trainings: {
      taken: taken.filter((t) => t.heldOn <= today),
      booked: taken.filter((t) => t.heldOn > today),
      offered: upcoming.filter((t) => !takenIds.has(t.id)),
    },
    news,
  };
}

export type ForMe = Awaited<ReturnType<typeof forMe>>;
