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
import { translationLookup } from '../../platform/translation/translation.ts';
import { papersOfOne } from '../council/index.ts';
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
      oparlUrl: z
        .string()
        .nullable()
        .openapi({ description: 'OParl object (Paper) of the council decision: the linked paper' }),
      papers: z
        .array(
          z.object({
            oparlUrl: z.string(),
            reference: z.string().nullable(),
            name: z.string(),
            date: z.string().nullable(),
            web: z.string().nullable(),
            result: z
              .string()
              .nullable()
              .openapi({ description: 'The deciding consultation’s result, once the council has decided' }),
          }),
        )
        .openapi({
          description: 'The council papers linked to the agenda, from the council information system',
        }),
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
    translations: z
      .object({ title: ZTextProvenance, introduction: ZTextProvenance })
      .openapi({ description: 'Where each text comes from, in the language asked for' }),
  })
  .openapi('Agenda');

/** The adopted annual agendas (drafts never leave the back office). */
export function registerAgendasApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;
  const out = async (tenantId: string, lang: Lang, year: number) => {
    const { agenda, shown, items, internalCount } = await agendaOfYear(db, tenantId, year, {
      adoptedOnly: true,
    });
    // The adopted version's texts and the projects' titles in the language asked for.
    const projects = items.filter((i) => i.type === 'project');
    const [texts, papers] = await Promise.all([
      translationLookup(db, tenantId, lang, [
        { type: 'agenda_version', records: [shown] },
        { type: 'project', records: projects },
      ]),
      papersOfOne(db, tenantId, { type: 'agenda', id: agenda.id }),
    ]);
    const [version] = texts.records('agenda_version', [shown], ['title', 'introduction']);
    return {
      year: agenda.year,
      title: version!.shown.title.text,
      introduction: version!.shown.introduction.text,
      translations: textProvenance(version!.shown),
      version: shown.version,
      decision: {
        date: agenda.decisionDate ?? '',
        reference: agenda.decisionReference ?? '',
        text: agenda.decidedText ?? '',
        councilDocumentUrl: agenda.councilDocumentUrl,
        oparlUrl: papers[0]?.oparlId ?? agenda.oparlUrl,
        papers: papers.map((p) => ({
          oparlUrl: p.oparlId,
          reference: p.reference,
          name: p.name,
          date: p.date,
          web: p.web,
          result: p.decision?.result ?? null,
        })),
      },
      items: items.map((i) => ({
        type: i.type,
        id: i.id,
        title: i.type === 'project' ? texts.shown('project', i.id, 'title', i.title).text : i.title,
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
      request: { query: ZLangQuery },
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
      c.header('Content-Language', c.get('lang'));
      return c.json({ data: await Promise.all(list.map((a) => out(tenantId, c.get('lang'), a.year))) });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/agendas/{year}',
      tags: ['agendas'],
      summary: 'The adopted agenda of a year',
      request: { params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }), query: ZLangQuery },
      responses: {
        200: { description: 'The agenda', content: { 'application/json': { schema: ZAgenda } } },
        404: problemResponses[404],
      },
    }),
    async (c) => {
      c.header('Content-Language', c.get('lang'));
      return c.json(await out(c.get('tenant').id, c.get('lang'), c.req.valid('param').year), 200);
    },
  );
}
