import { createRoute, z } from '@hono/zod-openapi';
import {
  type ApiApp,
  pageMeta,
  problemResponses,
  textProvenance,
  ZLangQuery,
  ZPageMeta,
  ZPageQuery,
  ZTextProvenance,
} from '../../platform/http/api.ts';
import type { Deps } from '../../platform/http/types.ts';
import { translateRecords } from '../../platform/translation/translation.ts';
import { correctedSearch, searchPublishedProposals, similarProposals } from './proposals.service.ts';
import { AUTHOR_KINDS } from './proposals.table.ts';
import { SIMILARITY_DEGREES } from './similarity.degree.ts';

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
    language: z.string().openapi({ description: 'The language the proposal was written in' }),
    translations: z.object({ title: ZTextProvenance, body: ZTextProvenance }).openapi({
      description: 'Where the returned title and text come from (the original, or a translation into ?lang)',
    }),
    sourceUrl: z.string().nullable(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('Proposal');

const ZSimilar = z
  .object({
    id: z.string().uuid(),
    number: z.string(),
    title: z.string(),
    url: z.string(),
    similarity: z.number().openapi({
      description: 'Raw similarity of the whole texts, 0 to 1. Not a percentage: use `degree` to show it.',
    }),
    degree: z.enum(SIMILARITY_DEGREES).openapi({
      description:
        'The similarity in words, calibrated on German sentence pairs rated by people: nearlySame (people rated such pairs 4–5 of 5 on average), verySimilar (3–4), similar (2–3), related (below).',
    }),
    sameTitle: z
      .boolean()
      .openapi({ description: 'The titles read the same (case, accents and punctuation aside)' }),
  })
  .openapi('SimilarProposal');

// Flat (PageMeta's fields and one more), so that the readable reference lists every field.
const ZProposalPageMeta = z
  .object({
    ...ZPageMeta.shape,
    suggestion: z.string().optional().openapi({
      description:
        'Present when the search found nothing but the same words with typos corrected (closest words the published proposals use) find some: search again with it ("Did you mean …?").',
      example: 'Fahrradstraße',
    }),
  })
  .openapi('ProposalPageMeta');

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
        }).extend(ZLangQuery.shape),
      },
      responses: {
        200: {
          description: 'A page of proposals',
          content: {
            'application/json': { schema: z.object({ data: z.array(ZProposal), meta: ZProposalPageMeta }) },
          },
        },
        422: problemResponses[422],
      },
    }),
    async (c) => {
      const { page, pageSize, q } = c.req.valid('query');
      const tenantId = c.get('tenant').id;
      const { rows, total, totalIsLowerBound } = await searchPublishedProposals(db, tenantId, {
        q: q ?? '',
        page,
        pageSize,
      });
      // Nothing found: the search with mistyped words corrected, when that finds something.
      const suggestion = total === 0 && q ? await correctedSearch(db, tenantId, q) : undefined;
      const lang = c.get('lang');
      const shown = await translateRecords(
        db,
        tenantId,
        'proposal',
        rows,
        ['title', 'body'],
        lang,
        (r) => r.language,
      );
      c.header('Content-Language', lang);
      return c.json(
        {
          data: shown.map((r) => ({
            id: r.id,
            number: r.number,
            url: `${deps.config.baseUrl}/mitmachen/vorschlaege/${r.id}`,
            title: r.shown.title.text,
            body: r.shown.body.text,
            translations: textProvenance(r.shown),
            authorKind: r.authorKind,
            organisationName: r.organisationName,
            state: r.state as 'published' | 'merged',
            language: r.language,
            sourceUrl: r.sourceUrl,
            createdAt: r.createdAt.toISOString(),
            publishedAt: r.publishedAt?.toISOString() ?? null,
          })),
          meta: {
            ...pageMeta(page, pageSize, total, totalIsLowerBound),
            ...(suggestion ? { suggestion } : {}),
          },
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/proposals/similar',
      tags: ['Proposals'],
      summary: 'Published proposals most similar to a text (duplicate hints)',
      description:
        'Similarity from 0 to 1: the score (0–5) people would give, as learned from German sentence pairs, from shared words, stems, character trigrams and synonyms weighted by rarity. Only published proposals; a person decides whether a text is a duplicate.',
      request: {
        query: z.object({
          text: z
            .string()
            .min(1)
            .max(5000)
            .openapi({ description: 'The text to compare, e.g. title and description of a new proposal' }),
          title: z.string().max(200).optional().openapi({
            description:
              'The new proposal’s title alone: a proposal under the same title is then named (`sameTitle`) and always listed',
          }),
          limit: z.coerce.number().int().min(1).max(20).default(5),
        }),
      },
      responses: {
        200: {
          description: 'The most similar proposals, best first',
          content: { 'application/json': { schema: z.object({ data: z.array(ZSimilar) }) } },
        },
        422: problemResponses[422],
      },
    }),
    async (c) => {
      const { text, title, limit } = c.req.valid('query');
      const rows = await similarProposals(db, c.get('tenant').id, text, { limit, title });
      return c.json(
        {
          data: rows.map((r) => ({
            id: r.id,
            number: r.number,
            title: r.title,
            url: `${deps.config.baseUrl}/mitmachen/vorschlaege/${r.id}`,
            similarity: Math.round(r.similarity * 1000) / 1000,
            degree: r.degree,
            sameTitle: r.sameTitle,
          })),
        },
        200,
      );
    },
  );
}
