import { createRoute, z } from '@hono/zod-openapi';
import { type ApiApp, problemResponses } from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { getKpi, kpisWithMeasurements, strategyTree } from './strategy.service.ts';

const ZGoal = z
  .object({
    id: z.string().uuid(),
    parentId: z.string().uuid().nullable().openapi({ description: 'The goal this one is a sub-goal of' }),
    title: z.string(),
    description: z.string(),
    charterGuidelines: z.array(z.string()).openapi({ description: 'Keys of Smart City Charter guidelines' }),
  })
  .openapi('Goal');

const ZFieldOfAction = z
  .object({
    id: z.string().uuid(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    pillar: z.object({ key: z.string(), name: z.string() }),
    goals: z.array(ZGoal).openapi({ description: 'Goals and sub-goals of the field, parents first' }),
  })
  .openapi('FieldOfAction');

const ZMeasurement = z.object({ measuredOn: z.string(), value: z.number(), note: z.string() });

const ZKpi = z
  .object({
    id: z.string().uuid(),
    key: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.string(),
    method: z.string(),
    source: z.string(),
    baseline: z.number(),
    baselineYear: z.number().int(),
    target: z.number(),
    targetYear: z.number().int(),
    direction: z.enum(['increase', 'decrease']),
    measurements: z.array(ZMeasurement),
  })
  .openapi('Kpi');

/** Read-only strategy data: fields of action with their goals, KPIs with their measurements. */
export function registerStrategyApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/fields-of-action',
      tags: ['strategy'],
      summary:
        'Fields of action with their pillar and goal tree (goals link to Smart City Charter guidelines)',
      responses: {
        200: {
          description: 'All fields of action',
          content: { 'application/json': { schema: z.object({ data: z.array(ZFieldOfAction) }) } },
        },
      },
    }),
    async (c) => {
      const tree = await strategyTree(db, c.get('tenant').id);
      const key = new Map(tree.guidelines.map((g) => [g.id, g.key]));
      type Node = (typeof tree.goals)[number];
      const flat = (g: Node): Node[] => [g, ...g.children.flatMap(flat)];
      const goal = (g: Node) => ({
        id: g.id,
        parentId: g.parentId,
        title: g.title,
        description: g.description,
        charterGuidelines: g.guidelineIds.map((id) => key.get(id)!).filter(Boolean),
      });
      return c.json({
        data: tree.pillars.flatMap((p) =>
          p.fields.map((f) => ({
            id: f.id,
            key: f.key,
            name: f.name,
            description: f.description,
            pillar: { key: p.key, name: p.name },
            goals: f.goals.flatMap(flat).map(goal),
          })),
        ),
      });
    },
  );

  const kpiOut = (k: Awaited<ReturnType<typeof getKpi>>) => ({
    id: k.id,
    key: k.key,
    name: k.name,
    definition: k.definition,
    unit: k.unit,
    method: k.method,
    source: k.source,
    baseline: k.baseline,
    baselineYear: k.baselineYear,
    target: k.target,
    targetYear: k.targetYear,
    direction: k.direction,
    measurements: k.measurements.map((m) => ({ measuredOn: m.measuredOn, value: m.value, note: m.note })),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/kpis',
      tags: ['strategy'],
      summary: 'KPIs (U4SSC fields) with all measurements',
      responses: {
        200: {
          description: 'All KPIs',
          content: { 'application/json': { schema: z.object({ data: z.array(ZKpi) }) } },
        },
      },
    }),
    async (c) => c.json({ data: (await kpisWithMeasurements(db, c.get('tenant').id)).map(kpiOut) }),
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/kpis/{id}',
      tags: ['strategy'],
      summary: 'One KPI with its measurements',
      // Any text: an id that cannot exist is simply not found (404).
      request: { params: z.object({ id: z.string().max(100).openapi({ format: 'uuid' }) }) },
      responses: {
        200: { description: 'The KPI', content: { 'application/json': { schema: ZKpi } } },
        404: problemResponses[404],
      },
    }),
    async (c) => c.json(kpiOut(await getKpi(db, c.get('tenant').id, c.req.valid('param').id)), 200),
  );
}
