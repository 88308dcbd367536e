/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import {
  byFieldName,
  type FormErrors,
  handleForm,
  isConfirmed,
  readForm,
  repostFields,
  safeBack,
} from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { parseInput } from '../../platform/validation.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import { IDEA_PERMISSIONS } from '../ideas/ideas.policy.ts';
import { ZCreateIdeaInput } from '../ideas/ideas.schemas.ts';
import {
  createIdea,
  getIdea,
  ideaToConfirm,
  mergeConfirmation,
  proposalIdsOfIdea,
} from '../ideas/ideas.service.ts';
import { listProcesses } from '../proposals/proposals.service.ts';
import { categoriseRoutes } from './categorise.routes.tsx';
import { currentClusters, editClusters, startClusterRun } from './cluster.service.ts';
import { ZClusterEditInput, ZClusterRunInput } from './condensing.schemas.ts';
import { type ClusterForm, CondensePage } from './views/condense.tsx';

/**
 * After a split or move: where the proposals went, said in the group worked on (beside the buttons just
 * used, not at the top of a long page); when that group was emptied and is gone, in the group they joined,
 * where the page opens (walk: the notice sat at the top, thousands of pixels above).
 */
function editedNotice(c: Ctx, clusters: readonly { id: string; number: number }[]) {
  const kind = c.req.query('hinweis');
  if (kind !== 'abgetrennt' && kind !== 'verschoben') return undefined;
  const [number, count, from] = ['nach', 'anzahl', 'von'].map((k) => Number(c.req.query(k)));
  if (!Number.isInteger(number) || !Number.isInteger(count) || count! < 1) return undefined;
  const t = c.get('t');
  const worked = clusters.find((x) => x.id === c.req.query('gruppe'));
  if (worked)
    return {
      clusterId: worked.id,
      text: t(kind === 'abgetrennt' ? 'condense.splitDone' : 'condense.movedDone', { number, count }),
    };
  const joined = Number.isInteger(from) ? clusters.find((x) => x.number === number) : undefined;
  return joined
    ? { clusterId: joined.id, text: t('condense.movedHere', { count, from }) }
    : { clusterId: undefined, text: t('condense.allMoved', { number }) };
}

/** The condensing assistant (/intern/ideen/buendeln): candidate clusters the CDO team turns into ideas. */
export function condensingRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const cdo = requirePermission(IDEA_PERMISSIONS, 'idea:create');

  const condensePage = async (
    c: Ctx,
    slug: string,
    errors?: AppError['fields'],
    form?: ClusterForm,
    page = 1,
  ) => {
    const tenant = c.get('tenant');
    const processes = await listProcesses(db, tenant.id);
    const process = processes.find((p) => p.slug === slug);
    const current = await currentClusters(db, tenant.id, actorOf(c), process?.id);
    // "Projektidee I-12 „…“ aus 7 Vorschlägen angelegt": the confirmation names the idea just made.
    const made =
      c.req.query('hinweis') === 'idea-created'
        ? await getIdea(db, tenant.id, c.req.query('idee') ?? '')
        : undefined;
    const ctx = pageCtx(c);
    const edited = editedNotice(c, current?.result?.clusters ?? []);
    return c.html(
      <CondensePage
        ctx={
          edited && !edited.clusterId
            ? { ...ctx, noticeText: edited.text }
            : made
              ? {
                  ...ctx,
                  noticeText: c.get('t')('condense.createdNamed', {
                    number: made.number,
                    title: made.title,
                    count: (await proposalIdsOfIdea(db, tenant.id, made.id)).length,
                  }),
                }
              : ctx
        }
        processes={processes}
        process={process?.slug ?? ''}
        run={current ? { ...current.run, result: current.result } : undefined}
        errors={errors}
        form={form}
        page={page}
        edited={edited?.clusterId ? { clusterId: edited.clusterId, text: edited.text } : undefined}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/ideen/buendeln', cdo, (c) =>
    condensePage(c, c.req.query('process') ?? '', undefined, undefined, Number(c.req.query('seite')) || 1),
  );

  // (Re)computes the candidate clusters; large processes go to the job queue and show their progress.
  app.post('/intern/ideen/buendeln', cdo, async (c) => {
    const tenant = c.get('tenant');
    const form = await readForm(c, ZClusterRunInput);
    const process = (await listProcesses(db, tenant.id)).find((p) => p.slug === form.process);
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
    const runId = c.req.param('run');
    const clusterId = c.req.param('cluster');
    const form = await readForm(c, ZClusterEditInput);
    const back = safeBack(form.zurueck, '/intern/ideen/buendeln');
    const slug = new URL(back, 'http://x').searchParams.get('process') ?? '';
    const memberIds = form.proposalIds;
    // This cluster's fields: its title and its members (the idea's title and proposals when accepted).
    const names: Record<string, string> = {
      title: `title-${clusterId}`,
      proposalIds: `members-${clusterId}`,
    };
    // Back from the confirmation: the cluster's form as it was filled in.
    if (form.action === 'bearbeiten')
      return condensePage(c, slug, undefined, { clusterId, title: form.title, selected: memberIds });
    // Enter in the group number field sends the form's first button (accept): a number typed there means
    // a move, so nothing is accepted; the person is asked which of the two they meant.
    if (form.action === 'accept' && form.targetId.trim())
      return condensePage(
        c,
        slug,
        { [`target-${clusterId}`]: { key: 'condense.acceptWithTarget' } },
        { clusterId, title: form.title, selected: memberIds, target: form.targetId },
      );
    // Accepting merges the members into a new idea and tells their followers by mail: ask first.
    const toConfirm =
      form.action === 'accept'
        ? await ideaToConfirm(
            db,
            tenant.id,
            actorOf(c),
            { title: form.title, proposalIds: memberIds },
            await isConfirmed(c),
          )
        : undefined;
    if (toConfirm)
      return c.html(
        <ConfirmPage
          ctx={pageCtx(c)}
          {...mergeConfirmation(c.get('t'), toConfirm)}
          action={c.req.path}
          hidden={await repostFields(c)}
          back="edit"
        />,
      );
    return handleForm(c, ZClusterEditInput, {
      action: async (f) => {
        if (f.action === 'accept') {
          if (!memberIds.length)
            throw new AppError('VALIDATION_FAILED', 'Select at least one proposal.', {
              proposalIds: { key: 'validation.selectOne' },
            });
          // The cluster's title and members become the idea's, checked like the new-idea form.
          const idea = parseInput(ZCreateIdeaInput, { title: f.title, proposalIds: memberIds });
          const made = await createIdea(db, tenant.id, actorOf(c), idea, metaOf(c));
          // A confirmation sent twice finds its idea made and the members gone from the group already.
          await editClusters(db, tenant.id, actorOf(c), runId, {
            action: 'drop',
            clusterId,
            memberIds,
          }).catch((err: unknown) => {
            if (!(err instanceof AppError) || (err.code !== 'NOT_FOUND' && err.code !== 'VALIDATION_FAILED'))
              throw err;
          });
          return `idea-created&idee=${made.id}#hinweis`;
        }
        const { clusters, landed } = await editClusters(
          db,
          tenant.id,
          actorOf(c),
          runId,
          f.action === 'move'
            ? { action: 'move', clusterId, memberIds, targetId: f.targetId }
            : f.action === 'reject'
              ? { action: 'reject', clusterId }
              : { action: 'split', clusterId, memberIds },
        );
        if (!landed) return 'saved';
        // The page opens at the group worked on and says there where its proposals went; a group left
        // empty is gone, so then at the group they went to.
        const stays = clusters.some((x) => x.id === clusterId);
        return `${f.action === 'move' ? 'verschoben' : 'abgetrennt'}&gruppe=${clusterId}&von=${landed.from}&nach=${landed.number}&anzahl=${landed.count}#cl-${stays ? clusterId : landed.id}`;
      },
      done: (notice) => {
        // The notice may carry more of the query (an idea's id) and an anchor; the way back may end in "?".
        const sep = !back.includes('?') ? '?' : /[?&]$/.test(back) ? '' : '&';
        return `${back}${sep}hinweis=${notice}`;
      },
      recover: (err) => {
        const fields: FormErrors | undefined =
          err.code === 'INVALID_STATE'
            ? { proposalIds: { key: 'ideas.notCondensable' } }
            : err.code === 'VALIDATION_FAILED'
              ? err.fields
              : undefined;
        return fields && byFieldName(fields, names);
      },
      failed: (_values, errors) =>
        condensePage(c, slug, errors, {
          clusterId,
          title: form.title,
          selected: memberIds,
          target: form.targetId,
        }),
    });
  });

  app.route('/', categoriseRoutes(deps));
  return app;
}
