import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import { fieldErrors } from '../validation.ts';
import type { AppEnv } from './types.ts';

/** The /api/v1 app; invalid parameters become a VALIDATION_FAILED problem document. */
export function createApiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new AppError(
          'VALIDATION_FAILED',
          'The request parameters are not valid.',
          fieldErrors(result.error),
        );
    },
  });
}
export type ApiApp = ReturnType<typeof createApiApp>;

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const problemResponses = {
  400: { description: 'Invalid parameters', content: { 'application/problem+json': { schema: ZProblem } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: ZProblem } } },
  422: { description: 'Invalid parameters', content: { 'application/problem+json': { schema: ZProblem } } },
} as const;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).openapi({ description: 'Page number, from 1' }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: 'Items per page (at most 100)' }),
});

export function pageMeta(page: number, pageSize: number, total: number) {
  return { page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export const ZPageMeta = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
  })
  .openapi('PageMeta');
