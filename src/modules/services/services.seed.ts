import { CDO, SERVICES } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { slugify } from '../projects/projects.service.ts';
import { addService } from './services.service.ts';

/**
 * The online service catalogue on the OZG 2.0 maturity model, entered as the CDO team would, each linked
 * to the project that raises it where the demo has one.
 */
export const seedServices: SeedStep = async ({ db, tenantId, refs }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  for (const [leikaKey, name, office, level, project] of SERVICES) {
    const projectId = project ? refs.find('project', project) : undefined;
    await addService(db, tenantId, cdo, {
      leikaKey,
      name,
      officeId: refs.get('unit', office),
      url: level >= 3 ? `https://www.bonn.de/service/${slugify(name)}` : undefined,
      level,
      projectIds: projectId ? [projectId] : [],
    });
  }
};
