import { createRoute, z } from '@hono/zod-openapi';
import {
  type ApiApp,
  pageMeta,
  problemResponses,
  textProvenance,
  ZLangQuery,
  ZModifiedSinceQuery,
  ZPageMeta,
  ZPageQuery,
  ZTextProvenance,
} from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { type ShownText, translateRecords } from '../../platform/translation/translation.ts';
import { projectDelivery } from '../delivery/delivery.service.ts';
import { getIdea, proposalIdsOfIdea } from '../ideas/ideas.service.ts';
import type { Project } from '../projects/projects.service.ts';
import { getProject, listMilestones, listProjects } from '../projects/projects.service.ts';
import { type ApprovedStatus, approvedHistory, latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { loadLookup } from './portfolio.service.ts';

const ZStatus = z
  .object({
    overallStatus: z.enum(['on_track', 'at_risk', 'off_track']),
    progress: z.number().int(),
    period: z.string(),
    summary: z.string(),
    approvedAt: z.string().nullable(),
  })
  .openapi('ApprovedStatus');

const ZProject = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    url: z.string(),
    title: z.string(),
    summary: z.string(),
    pillar: z.string(),
    fieldOfAction: z.string(),
    ownerOffice: z.string(),
    phase: z.enum(['planned', 'in_progress', 'completed', 'paused', 'stopped']),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    budgetPlanned: z.number().nullable(),
    quickWin: z.boolean(),
    latestStatus: ZStatus.nullable().openapi({
      description: 'Latest status approved by the office head; never an unapproved one',
    }),
    translations: z.object({ title: ZTextProvenance, summary: ZTextProvenance }).openapi({
      description:
        'Where the returned title and summary come from (the original, or a translation into ?lang)',
    }),
  })
  .openapi('Project');

const ZProjectDetail = ZProject.extend({
  description: z.string(),
  descriptionTranslation: ZTextProvenance,
  milestones: z.array(z.object({ title: z.string(), dueOn: z.string(), doneOn: z.string().nullable() })),
  statusHistory: z.array(ZStatus),
  idea: z.object({ id: z.string().uuid(), number: z.string(), title: z.string() }).nullable(),
  proposalIds: z
    .array(z.string().uuid())
    .openapi({ description: 'Proposals the project goes back to (see /proposals)' }),
  stopReason: z.string().nullable().openapi({ description: 'Why the project was stopped (phase stopped)' }),
  implementationPlan: z.string(),
  partners: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['company', 'startup', 'science', 'authority', 'ngo']),
      digitalHubMember: z.boolean(),
      contribution: z.string(),
    }),
  ),
  budgetPerYear: z.array(z.object({ year: z.number().int(), planned: z.number(), spent: z.number() })),
  dependsOn: z.array(z.object({ id: z.string().uuid(), title: z.string(), note: z.string() })).openapi({
    description: 'Public projects this one needs',
  }),
  updates: z
    .array(z.object({ title: z.string(), body: z.string(), publishedAt: z.string() }))
    .openapi({ description: 'Public project news, newest first' }),
}).openapi('ProjectDetail');

const toStatus = (s: ApprovedStatus | undefined) =>
  s
    ? {
        overallStatus: s.overallStatus,
        progress: s.progress,
        period: s.period,
        summary: s.summary,
        approvedAt: s.reviewedAt?.toISOString() ?? null,
      }
    : null;

/** Public read API for projects: only public projects, only approved statuses. */
export function registerPortfolioApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;
  const base = deps.config.baseUrl;

  const view = (
    p: Project & { shown: { title: ShownText; summary: ShownText } },
    lookup: Awaited<ReturnType<typeof loadLookup>>['lookup'],
    status: ApprovedStatus | undefined,
  ) => ({
    id: p.id,
    slug: p.slug,
    url: `${base}/projekte/${p.slug}`,
    title: p.shown.title.text,
    summary: p.shown.summary.text,
    translations: textProvenance({ title: p.shown.title, summary: p.shown.summary }),
    pillar: lookup.pillarName(p.fieldOfActionId),
    fieldOfAction: lookup.fieldName(p.fieldOfActionId),
    ownerOffice: lookup.officeName(p.ownerOrgUnitId),
    phase: p.phase,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    budgetPlanned: p.budgetPlanned === null ? null : Number(p.budgetPlanned),
    quickWin: p.quickWin,
    latestStatus: toStatus(status),
  });

  api.openapi(
    createRoute({
      method: 'get',
      path: '/projects',
      tags: ['Projects'],
      summary: 'Public projects with their latest approved status',
      description:
        'With modified_since, only projects whose own record changed since then; a newly approved status does not change the project (see the open data set statusberichte, which has its own modified_since).',
      request: { query: ZPageQuery.extend(ZLangQuery.shape).extend(ZModifiedSinceQuery.shape) },
      responses: {
        200: {
          description: 'A page of projects',
          content: { 'application/json': { schema: z.object({ data: z.array(ZProject), meta: ZPageMeta }) } },
        },
        422: problemResponses[422],
      },
    }),
    async (c) => {
      const { page, pageSize, modified_since } = c.req.valid('query');
      const tenant = c.get('tenant');
      const { rows, total } = await listProjects(db, tenant.id, {
        publicOnly: true,
        changedSince: modified_since,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const [{ lookup }, statuses] = await Promise.all([
        loadLookup(deps, tenant.id),
        latestApprovedStatuses(
          db,
          tenant.id,
          rows.map((r) => r.id),
        ),
      ]);
      const lang = c.get('lang');
      const shown = await translateRecords(db, tenant.id, 'project', rows, ['title', 'summary'], lang);
      c.header('Content-Language', lang);
      return c.json(
        {
          data: shown.map((p) => view(p, lookup, statuses.get(p.id))),
          meta: pageMeta(page, pageSize, total),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{id}',
      tags: ['Projects'],
      summary: 'One public project with milestones, status history and provenance',
      request: {
        // Any text: an id that cannot exist is simply not found (404), not malformed input.
        params: z.object({
          id: z
            .string()
            .max(100)
            .openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' }),
        }),
        query: ZLangQuery,
      },
      responses: {
        200: { description: 'The project', content: { 'application/json': { schema: ZProjectDetail } } },
        404: problemResponses[404],
        422: problemResponses[422],
      },
    }),
    async (c) => {
      const tenant = c.get('tenant');
      // The API is anonymous: internal projects are not found, whoever asks.
      const p = await getProject(db, tenant.id, null, c.req.valid('param').id);
      const [{ lookup }, milestones, history, idea, delivery] = await Promise.all([
        loadLookup(deps, tenant.id),
        listMilestones(db, tenant.id, p.id),
        approvedHistory(db, tenant.id, p.id),
        p.ideaId ? getIdea(db, tenant.id, p.ideaId) : undefined,
        projectDelivery(db, tenant.id, p, { publicView: true }),
      ]);
      const statuses = new Map(history.slice(0, 1).map((h) => [p.id, { projectId: p.id, ...h }]));
      const lang = c.get('lang');
      const [shown] = await translateRecords(
        db,
        tenant.id,
        'project',
        [p],
        ['title', 'summary', 'description'],
        lang,
      );
      c.header('Content-Language', lang);
      return c.json(
        {
          ...view(shown!, lookup, statuses.get(p.id)),
          description: shown!.shown.description.text,
          descriptionTranslation: textProvenance({ description: shown!.shown.description }).description,
          milestones: milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
          statusHistory: history.map((h) => toStatus({ projectId: p.id, ...h })!),
          idea: idea ? { id: idea.id, number: idea.number, title: idea.title } : null,
          proposalIds: idea ? await proposalIdsOfIdea(db, tenant.id, idea.id) : [],
          stopReason: p.phase === 'stopped' ? p.stopReason : null,
          implementationPlan: p.implementationPlan,
          partners: delivery.partners.map(({ partner, contribution }) => ({
            name: partner.name,
            kind: partner.kind,
            digitalHubMember: partner.digitalHubMember,
            contribution,
          })),
          budgetPerYear: delivery.budgets.map((b) => ({
            year: b.year,
            planned: Number(b.planned),
            spent: Number(b.spent),
          })),
          dependsOn: delivery.dependsOn.map((d) => ({ id: d.id, title: d.title, note: d.note })),
          updates: delivery.updates.map((u) => ({
            title: u.title,
            body: u.body,
            publishedAt: u.publishedAt.toISOString(),
          })),
        },
        200,
      );
    },
  );
}
