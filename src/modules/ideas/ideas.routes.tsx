/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import {
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
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import { findPublicProposals, searchPublishedProposals } from '../proposals/proposals.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { IDEA_PERMISSIONS } from './ideas.policy.ts';
import { ZCreateIdeaInput, ZNewIdeaPage, ZReleaseInput } from './ideas.schemas.ts';
import {
  canManageIdeas,
  createIdea,
  getIdea,
  ideaToConfirm,
  listIdeas,
  mergeConfirmation,
  proposalIdsOfIdea,
  unmergeProposal,
} from './ideas.service.ts';
import { IdeaListPage, IdeaPage, NewIdeaPage } from './views/ideas.tsx';

/** The CDO team's pages for condensing proposals into project ideas. */
export function ideasRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requirePermission(IDEA_PERMISSIONS, 'idea:read');
  const cdo = requirePermission(IDEA_PERMISSIONS, 'idea:create');

  app.get('/intern/ideen', staff, async (c) => {
    const rows = await listIdeas(db, c.get('tenant').id);
    return c.html(<IdeaListPage ctx={pageCtx(c)} rows={rows} canCreate={canManageIdeas(c.get('actor'))} />);
  });

  const render = async (
    c: Ctx,
    values: { title: string; description: string; fieldOfActionId: string; q: string },
    selectedIds: string[],
    errors?: FormErrors,
  ) => {
    const tenant = c.get('tenant');
    const [strategy, selected, search] = await Promise.all([
      cachedStrategy(deps, tenant.id),
      findPublicProposals(db, tenant.id, selectedIds),
      searchPublishedProposals(db, tenant.id, { q: values.q, page: 1, pageSize: 30 }),
    ]);
    return c.html(
      <NewIdeaPage
        ctx={pageCtx(c)}
        values={values}
        selected={selected}
        results={search.rows.filter((r) => r.state === 'published')}
        fields={fieldOptions(strategy)}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/ideen/neu', cdo, (c) =>
    render(
      c,
      { title: '', description: '', fieldOfActionId: '', q: c.req.query('q') ?? '' },
      c.req.queries('vorschlag') ?? [],
    ),
  );

  app.post('/intern/ideen/neu', cdo, async (c) => {
    // The page searches and ticks proposals (action other than create) until the idea is created.
    const page = await readForm(c, ZNewIdeaPage);
    const values = {
      title: page.title,
      description: page.description,
      fieldOfActionId: page.fieldOfActionId,
      q: page.q,
    };
    if (page.action !== 'create') return render(c, values, page.proposalIds);
    // Merging tells the proposals' followers by mail: ask first, once the form itself is valid.
    const toConfirm = await ideaToConfirm(
      db,
      c.get('tenant').id,
      actorOf(c),
      { ...values, proposalIds: page.proposalIds },
      await isConfirmed(c),
    );
    if (toConfirm)
      return c.html(
        <ConfirmPage
          ctx={pageCtx(c)}
          {...mergeConfirmation(c.get('t'), toConfirm)}
          action="/intern/ideen/neu"
          hidden={await repostFields(c)}
          back="edit"
        />,
      );
    return handleForm(c, ZCreateIdeaInput, {
      values: { ...values, proposalIds: page.proposalIds },
      action: (input) => createIdea(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => {
        const back = safeBack(page.zurueck, '/intern/ideen');
        return `${back}${back.includes('?') ? '&' : '?'}hinweis=created`;
      },
      recover: (err) =>
        err.code === 'INVALID_STATE'
          ? { proposalIds: { key: 'ideas.notCondensable' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (_values, errors) => render(c, values, page.proposalIds, errors),
    });
  });

  app.get('/intern/ideen/:id{[0-9a-f-]{36}}', staff, async (c) => {
    const tenant = c.get('tenant');
    const idea = await getIdea(db, tenant.id, c.req.param('id'));
    if (!idea) throw new AppError('NOT_FOUND', 'No such idea.');
    const proposals = await findPublicProposals(
      db,
      tenant.id,
      await proposalIdsOfIdea(db, tenant.id, idea.id),
    );
    return c.html(
      <IdeaPage
        ctx={pageCtx(c)}
        idea={idea}
        proposals={proposals}
        canManage={canManageIdeas(c.get('actor'))}
      />,
    );
  });

  app.post('/intern/ideen/:id{[0-9a-f-]{36}}/loesen', cdo, async (c) => {
    const { proposalId } = await readForm(c, ZReleaseInput);
    await unmergeProposal(db, c.get('tenant').id, actorOf(c), c.req.param('id'), proposalId, metaOf(c));
    return c.redirect(`/intern/ideen/${c.req.param('id')}?hinweis=saved`, 303);
  });

  return app;
}
