import { CDO, RUNNING_PROJECTS, SERVICES } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { slugify } from '../projects/projects.service.ts';
import { addService } from './services.service.ts';

/**
 * The online service catalogue on the OZG 2.0 maturity model, entered as the CDO team would; the first
 * six services below level 5 are being raised by three running projects.
 */
export const seedServices: SeedStep = async ({ db, tenantId, refs }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  const raising = RUNNING_PROJECTS.slice(0, 3).map((title) => refs.get('project', title));
  let raised = 0;
  for (const [leikaKey, name, office, level] of SERVICES) {
    const projectIds = level <= 4 && raised < 6 ? [raising[raised++ % raising.length]!] : [];
    await addService(db, tenantId, cdo, {
      leikaKey,
      name,
      officeId: refs.get('unit', office),
      url: level >= 3 ? `https://www.bonn.de/service/${slugify(name)}` : undefined,
      level,
      projectIds,
    });
  }
};
