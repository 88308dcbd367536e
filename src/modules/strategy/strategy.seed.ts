import { CDO, GOALS, KPIS, PILLARS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import {
  charterGuidelines,
  createFieldOfAction,
  createGoal,
  createKpi,
  createPillar,
  recordMeasurement,
} from './strategy.service.ts';

/**
 * Bonn's strategy: pillars and fields of action, goals tied to the Smart City Charter and KPIs with their
 * measurements, entered as the CDO would. Names: 'field' ▸ key, 'goal' ▸ title (goals and sub-goals).
 */
export const seedStrategy: SeedStep = async ({ db, tenantId, refs }) => {
  for (const [i, p] of PILLARS.entries()) {
    const pillar = await createPillar(db, tenantId, {
      key: p.key,
      name: p.name,
      description: p.description,
      position: i,
    });
    for (const [j, [key, name, description]] of p.fields.entries()) {
      const f = await createFieldOfAction(db, tenantId, {
        pillarId: pillar.id,
        key,
        name,
        description,
        position: j,
      });
      refs.set('field', key, f.id);
    }
  }
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  const guidelines = new Map((await charterGuidelines(db, tenantId)).map((g) => [g.key, g.id]));
  for (const [fieldKey, title, subs, charter] of GOALS) {
    const fieldOfActionId = refs.get('field', fieldKey);
    const goal = await createGoal(db, tenantId, cdo, {
      title,
      description: '',
      fieldOfActionId,
      parentId: undefined,
      guidelineIds: charter.map((key) => guidelines.get(key)!),
    });
    refs.set('goal', title, goal.id);
    for (const sub of subs) {
      const child = await createGoal(db, tenantId, cdo, {
        title: sub,
        description: '',
        fieldOfActionId,
        parentId: goal.id,
        guidelineIds: [],
      });
      refs.set('goal', sub, child.id);
    }
  }
  for (const { values, office, field, goal, ...facts } of KPIS) {
    const kpi = await createKpi(db, tenantId, cdo, {
      ...facts,
      ownerOrgUnitId: refs.get('unit', office),
      fieldOfActionId: refs.get('field', field),
      goalId: refs.get('goal', goal),
    });
    for (const [measuredOn, value] of values)
      await recordMeasurement(db, tenantId, cdo, kpi.id, { measuredOn, value, note: '' });
  }
};
