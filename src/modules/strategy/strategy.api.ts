import { createRoute, z } from '@hono/zod-openapi';
import {
  type ApiApp,
  problemResponses,
  textProvenance,
  ZLangQuery,
  ZTextProvenance,
} from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { type ShownText, translationLookup } from '../../platform/translation/translation.ts';
import { getKpi, kpisWithMeasurements, strategyTree } from './strategy.service.ts';

const ZGoal = z
  .object({
    id: z.string().uuid(),
    parentId: z.string().uuid().nullable().openapi({ description: 'The goal this one is a sub-goal of' }),
    title: z.string(),
    description: z.string(),
    charterGuidelines: z.array(z.string()).openapi({ description: 'Keys of Smart City Charter guidelines' }),
    translations: z
      .object({ title: ZTextProvenance, description: ZTextProvenance })
      .openapi({ description: 'Where each text comes from, in the language asked for' }),
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
    translations: z
      .object({ name: ZTextProvenance, description: ZTextProvenance })
      .openapi({ description: 'Where each text comes from, in the language asked for' }),
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
    translations: z
      .object({
        name: ZTextProvenance,
        definition: ZTextProvenance,
        method: ZTextProvenance,
        unit: ZTextProvenance,
      })
      .openapi({ description: 'Where each text comes from, in the language asked for' }),
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
      request: { query: ZLangQuery },
      responses: {
        200: {
          description: 'All fields of action',
          content: { 'application/json': { schema: z.object({ data: z.array(ZFieldOfAction) }) } },
        },
      },
    }),
    async (c) => {
      const tenantId = c.get('tenant').id;
      const tree = await strategyTree(db, tenantId);
      const fields = tree.pillars.flatMap((p) => p.fields);
      const lang = c.get('lang');
      const texts = await translationLookup(db, tenantId, lang, [
        { type: 'pillar', records: tree.pillars },
        { type: 'field_of_action', records: fields },
        { type: 'goal', records: tree.goals },
      ]);
      const key = new Map(tree.guidelines.map((g) => [g.id, g.key]));
      type Node = (typeof tree.goals)[number];
      const flat = (g: Node): Node[] => [g, ...g.children.flatMap(flat)];
      const goal = (g: Node) => {
        const [shown] = texts.records('goal', [g], ['title', 'description']);
        return {
          id: g.id,
          parentId: g.parentId,
          title: shown!.shown.title.text,
          description: shown!.shown.description.text,
          charterGuidelines: g.guidelineIds.map((id) => key.get(id)!).filter(Boolean),
          translations: textProvenance(shown!.shown),
        };
      };
      c.header('Content-Language', lang);
      return c.json({
        data: tree.pillars.flatMap((p) =>
          p.fields.map((f) => {
            const [shown] = texts.records('field_of_action', [f], ['name', 'description']);
            return {
              id: f.id,
              key: f.key,
              name: shown!.shown.name.text,
              description: shown!.shown.description.text,
              pillar: { key: p.key, name: texts.shown('pillar', p.id, 'name', p.name).text },
              goals: f.goals.flatMap(flat).map(goal),
              translations: textProvenance(shown!.shown),
            };
          }),
        ),
      });
    },
  );

  type KpiRow = Awaited<ReturnType<typeof getKpi>>;
  /** KPIs with their name, definition and method in the language asked for, in one look-up. */
  const kpisOut = async (tenantId: string, lang: Lang, list: KpiRow[]) => {
    const texts = await translationLookup(db, tenantId, lang, [{ type: 'kpi', records: list }]);
    return texts.records('kpi', list, ['name', 'definition', 'method', 'unit']).map(kpiOut);
  };
  const kpiOut = (k: KpiRow & { shown: Record<'name' | 'definition' | 'method' | 'unit', ShownText> }) => ({
    id: k.id,
    key: k.key,
    name: k.shown.name.text,
    definition: k.shown.definition.text,
    unit: k.shown.unit.text,
    method: k.shown.method.text,
    source: k.source,
    baseline: k.baseline,
    baselineYear: k.baselineYear,
    target: k.target,
    targetYear: k.targetYear,
    direction: k.direction,
    measurements: k.measurements.map((m) => ({ measuredOn: m.measuredOn, value: m.value, note: m.note })),
    translations: textProvenance(k.shown),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/kpis',
      tags: ['strategy'],
      summary: 'KPIs (U4SSC fields) with all measurements',
      request: { query: ZLangQuery },
      responses: {
        200: {
          description: 'All KPIs',
          content: { 'application/json': { schema: z.object({ data: z.array(ZKpi) }) } },
        },
      },
    }),
    async (c) => {
      c.header('Content-Language', c.get('lang'));
      return c.json({
        data: await kpisOut(
          c.get('tenant').id,
          c.get('lang'),
          await kpisWithMeasurements(db, c.get('tenant').id),
        ),
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/kpis/{id}',
      tags: ['strategy'],
      summary: 'One KPI with its measurements',
      // Any text: an id that cannot exist is simply not found (404).
      request: {
        params: z.object({ id: z.string().max(100).openapi({ format: 'uuid' }) }),
        query: ZLangQuery,
      },
      responses: {
        200: { description: 'The KPI', content: { 'application/json': { schema: ZKpi } } },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      const [kpi] = await kpisOut(c.get('tenant').id, c.get('lang'), [
        await getKpi(db, c.get('tenant').id, c.req.valid('param').id),
      ]);
      c.header('Content-Language', c.get('lang'));
      return c.json(kpi!, 200);
    },
  );
}
