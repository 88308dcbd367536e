import { createRoute, z } from '@hono/zod-openapi';
import { type ApiApp, textProvenance, ZLangQuery, ZTextProvenance } from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { serviceCatalogue } from './services.service.ts';

const ZService = z
  .object({
    id: z.string().uuid(),
    leikaKey: z.string().openapi({ description: 'Key in the Leistungskatalog (LeiKa), 14 digits' }),
    name: z.string(),
    office: z.string(),
    url: z.string().nullable(),
    maturityLevel: z.number().int(),
    maturityLevelName: z.string(),
    projects: z.array(z.string()).openapi({ description: 'URLs of public projects that raise the level' }),
    translations: z
      .object({ name: ZTextProvenance })
      .openapi({ description: 'Where the name comes from, in the language asked for' }),
  })
  .openapi('OnlineService');

/** The catalogue of online services with their maturity level on the tenant's active model. */
export function registerServicesApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/online-services',
      tags: ['services'],
      summary: 'Online services (LeiKa key, office, maturity level) and the counts per level',
      request: { query: ZLangQuery },
      responses: {
        200: {
          description: 'The catalogue',
          content: {
            'application/json': {
              schema: z.object({
                maturityModel: z.object({
                  key: z.string(),
                  name: z.string(),
                  levels: z.array(
                    z.object({ level: z.number().int(), name: z.string(), count: z.number().int() }),
                  ),
                }),
                data: z.array(ZService),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const tenantId = c.get('tenant').id;
      const { model, services, counts } = await serviceCatalogue(db, tenantId);
      const texts = await translationLookup(db, tenantId, c.get('lang'), [
        { type: 'online_service', records: services },
      ]);
      c.header('Content-Language', c.get('lang'));
      return c.json({
        maturityModel: { key: model.key, name: model.name, levels: counts },
        data: texts.records('online_service', services, ['name']).map((s) => ({
          id: s.id,
          leikaKey: s.leikaKey,
          name: s.shown.name.text,
          translations: textProvenance(s.shown),
          office: s.office,
          url: s.url,
          maturityLevel: s.level,
          maturityLevelName: s.levelName,
          projects: s.projects
            .filter((p) => p.visibility === 'public')
            .map((p) => `${deps.config.baseUrl}/projekte/${p.slug}`),
        })),
      });
    },
  );
}
