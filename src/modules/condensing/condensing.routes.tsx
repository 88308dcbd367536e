/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody, safeBack } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { isUuid } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { IDEA_PERMISSIONS } from '../ideas/ideas.policy.ts';
import { createIdea } from '../ideas/ideas.service.ts';
import { listProcesses } from '../proposals/proposals.service.ts';
import { categoriseRoutes } from './categorise.routes.tsx';
import { currentClusters, editClusters, startClusterRun } from './cluster.service.ts';
import { CondensePage } from './views/condense.tsx';

/** The condensing assistant (/intern/ideen/buendeln): candidate clusters the CDO team turns into ideas. */
export function condensingRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const cdo = requirePermission(IDEA_PERMISSIONS, 'idea:create');

  const condensePage = async (
    c: Ctx,
    slug: string,
    errors?: AppError['fields'],
    form?: { clusterId: string; title: string; selected: string[] },
  ) => {
    const tenant = c.get('tenant');
    const processes = await listProcesses(db, tenant.id);
    const process = processes.find((p) => p.slug === slug);
    const current = await currentClusters(db, tenant.id, actorOf(c), process?.id);
    return c.html(
      <CondensePage
        ctx={pageCtx(c)}
        processes={processes}
        process={process?.slug ?? ''}
        run={current ? { ...current.run, result: current.result } : undefined}
        errors={errors}
        form={form}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/ideen/buendeln', cdo, (c) => condensePage(c, c.req.query('process') ?? ''));

  // (Re)computes the candidate clusters; large processes go to the job queue and show their progress.
  app.post('/intern/ideen/buendeln', cdo, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const process = (await listProcesses(db, tenant.id)).find((p) => p.slug === field(body, 'process'));
    await startClusterRun(db, tenant.id, actorOf(c), {
      processId: process?.id,
      enqueue: (runId) => deps.jobs.send('cluster-proposals', { tenantId: tenant.id, runId }),
    });
    return c.redirect(
      `/intern/ideen/buendeln${process ? `?process=${encodeURIComponent(process.slug)}` : ''}`,
      303,
    );
  });

  app.post('/intern/ideen/buendeln/:run{[0-9a-f-]{36}}/:cluster{[A-Za-z0-9_-]{1,20}}', cdo, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const back = safeBack(field(body, 'zurueck'), '/intern/ideen/buendeln');
    const slug = new URL(back, 'http://x').searchParams.get('process') ?? '';
    const runId = c.req.param('run');
    const clusterId = c.req.param('cluster');
    const memberIds = fields(body, 'proposalIds').filter((id) => isUuid(id));
    const title = field(body, 'title');
    const action = field(body, 'action');
    try {
      if (action === 'accept') {
        if (!memberIds.length)
          throw new AppError('VALIDATION_FAILED', 'Select at least one proposal.', {
            [`members-${clusterId}`]: { key: 'validation.selectOne' },
          });
        try {
          await createIdea(db, tenant.id, actorOf(c), { title, proposalIds: memberIds }, metaOf(c));
        } catch (err) {
          // The idea's title field is this cluster's title field.
          if (err instanceof AppError && err.fields?.title)
            throw new AppError('VALIDATION_FAILED', err.message, {
              [`title-${clusterId}`]: err.fields.title,
            });
          throw err;
        }
        await editClusters(db, tenant.id, actorOf(c), runId, { action: 'drop', clusterId, memberIds });
        return c.redirect(`${back}${back.includes('?') ? '&' : '?'}hinweis=idea-created`, 303);
      }
      const edit =
        action === 'move'
          ? ({ action, clusterId, memberIds, targetId: field(body, 'targetId') } as const)
          : action === 'reject'
            ? ({ action, clusterId } as const)
            : ({ action: 'split', clusterId, memberIds } as const);
      await editClusters(db, tenant.id, actorOf(c), runId, edit);
      return c.redirect(`${back}${back.includes('?') ? '&' : '?'}hinweis=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'INVALID_STATE'].includes(err.code)) throw err;
      const errors =
        err.code === 'INVALID_STATE'
          ? { [`members-${clusterId}`]: { key: 'ideas.notCondensable' } }
          : err.fields;
      return condensePage(c, slug, errors, { clusterId, title, selected: memberIds });
    }
  });

  app.route('/', categoriseRoutes(deps));
  return app;
}
