import { createRoute, z } from '@hono/zod-openapi';
import { type ApiApp, pageMeta, problemResponses, ZPageMeta, ZPageQuery } from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { searchPublishedProposals } from './proposals.service.ts';
import { AUTHOR_KINDS } from './proposals.table.ts';

const ZProposal = z
  .object({
    id: z.string().uuid(),
    number: z.string(),
    url: z.string(),
    title: z.string(),
    body: z.string(),
    authorKind: z.enum(AUTHOR_KINDS),
    organisationName: z.string().nullable(),
    state: z.enum(['published', 'merged']).openapi({ description: 'merged: condensed into a project idea' }),
    language: z.string(),
    sourceUrl: z.string().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('Proposal');

/** Public read API for proposals: published and merged ones only, never personal data. */
export function registerProposalsApi(api: ApiApp, deps: Deps) {
  const { db } = deps.database;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/proposals',
      tags: ['Proposals'],
      summary: 'Published proposals, newest first, with optional German full-text search',
      request: {
        query: ZPageQuery.extend({
          q: z.string().max(200).optional().openapi({ description: 'Full-text search (German stemming)' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of proposals',
          content: {
            'application/json': { schema: z.object({ data: z.array(ZProposal), meta: ZPageMeta }) },
          },
        },
        422: problemResponses[422],
      },
    }),
    async (c) => {
      const { page, pageSize, q } = c.req.valid('query');
      const { rows, total } = await searchPublishedProposals(db, c.get('tenant').id, {
        q: q ?? '',
        page,
        pageSize,
      });
      return c.json(
        {
          data: rows.map((r) => ({
            id: r.id,
            number: r.number,
            url: `${deps.config.baseUrl}/mitmachen/vorschlaege/${r.id}`,
            title: r.title,
            body: r.body,
            authorKind: r.authorKind,
            organisationName: r.organisationName,
            state: r.state as 'published' | 'merged',
            language: r.language,
            sourceUrl: r.sourceUrl,
            createdAt: r.createdAt.toISOString(),
            publishedAt: r.publishedAt?.toISOString() ?? null,
          })),
          meta: pageMeta(page, pageSize, total),
        },
        200,
      );
    },
  );
}
