import { createRoute, z } from '@hono/zod-openapi';
import { type ApiApp, problemResponses } from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { agendaOfYear, listAgendas } from './agendas.service.ts';

const ZAgenda = z
  .object({
    year: z.number().int(),
    title: z.string(),
    introduction: z.string(),
    version: z.number().int().openapi({ description: 'The adopted version of the agenda' }),
    decision: z.object({
      date: z.string(),
      reference: z.string(),
      text: z.string(),
      councilDocumentUrl: z.string().nullable(),
      oparlUrl: z.string().nullable().openapi({ description: 'OParl object of the council decision' }),
    }),
    items: z.array(
      z.object({
        type: z.enum(['idea', 'project']),
        id: z.string().uuid(),
        title: z.string(),
        url: z.string().nullable(),
      }),
    ),
    internalItems: z.number().int().openapi({ description: 'Internal projects on the agenda (not named)' }),
  })
  .openapi('Agenda');

/** The adopted annual agendas (drafts never leave the back office). */
export function registerAgendasApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;
  const out = async (tenantId: string, year: number) => {
    const { agenda, shown, items, internalCount } = await agendaOfYear(db, tenantId, year, {
      adoptedOnly: true,
    });
    return {
      year: agenda.year,
      title: shown.title,
      introduction: shown.introduction,
      version: shown.version,
      decision: {
        date: agenda.decisionDate ?? '',
        reference: agenda.decisionReference ?? '',
        text: agenda.decidedText ?? '',
        councilDocumentUrl: agenda.councilDocumentUrl,
        oparlUrl: agenda.oparlUrl,
      },
      items: items.map((i) => ({
        type: i.type,
        id: i.id,
        title: i.title,
        url: i.type === 'project' && i.slug ? `${deps.config.baseUrl}/projekte/${i.slug}` : null,
      })),
      internalItems: internalCount,
    };
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/agendas',
      tags: ['agendas'],
      summary: 'Adopted annual digital-administration agendas, newest first',
      responses: {
        200: {
          description: 'All adopted agendas',
          content: { 'application/json': { schema: z.object({ data: z.array(ZAgenda) }) } },
        },
      },
    }),
    async (c) => {
      const tenantId = c.get('tenant').id;
      const list = await listAgendas(db, tenantId, { adoptedOnly: true });
      return c.json({ data: await Promise.all(list.map((a) => out(tenantId, a.year))) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/agendas/{year}',
      tags: ['agendas'],
      summary: 'The adopted agenda of a year',
      request: { params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
      responses: {
        200: { description: 'The agenda', content: { 'application/json': { schema: ZAgenda } } },
        404: problemResponses[404],
      },
    }),
    async (c) => c.json(await out(c.get('tenant').id, c.req.valid('param').year), 200),
  );
}
