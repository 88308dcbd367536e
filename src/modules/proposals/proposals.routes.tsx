/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import { field, fields, formBody, formFiles } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import { formerIdeasOfProposal, ideasOfProposal } from '../ideas/ideas.service.ts';
import { clientIp } from '../orgs/orgs.routes.tsx';
import { projectsOfIdeas } from '../projects/projects.service.ts';
import { reportsCoveringProjects } from '../reports/reports.service.ts';
import { latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { ZFrequency } from '../subscriptions/subscriptions.schemas.ts';
import {
  authorAddressConfirmed,
  followOwnProposal,
  followProposal,
  managePath,
} from '../subscriptions/subscriptions.service.ts';
import {
  attachmentContent,
  attachmentsOf,
  newStagingToken,
  stageAttachments,
  stagedAttachments,
} from './attachments.service.ts';
import { assignFieldsOfAction, fieldSuggestions } from './categorize.service.ts';
import {
  addComment,
  commentQueue,
  commentThreads,
  dismissReports,
  hasSupported,
  moderateComments,
  participationCounts,
  reportContent,
  reportedItems,
  supportCounts,
  supportProposal,
  withdrawSupport,
} from './comments.service.ts';
import { commentModerationMail, moderationMail } from './proposals.mail.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { ZModerationQuery, ZProposalListQuery } from './proposals.schemas.ts';
import {
  getProposal,
  listProcesses,
  MODERATION_PAGE_SIZE,
  moderateProposals,
  moderationQueue,
  previewProposal,
  proposalStateCounts,
  searchPublishedProposals,
  submitProposal,
} from './proposals.service.ts';
import { CategorisePage } from './views/categorise.tsx';
import { type PageForm, ProposalPage } from './views/detail.tsx';
import { ProposalListPage } from './views/list.tsx';
import { CommentModerationPage, ModerationPage, ReportsPage } from './views/moderation.tsx';
import { ConfirmPage, SubmitPage, ThanksPage } from './views/submit.tsx';
import { WorkshopListPage, WorkshopPage } from './views/workshops.tsx';
import {
  createWorkshop,
  enterWorkshopProposal,
  findWorkshop,
  listWorkshops,
  proposalsOfWorkshop,
} from './workshops.service.ts';

const PAGE_SIZE = 20;

/** /mitmachen (submit, browse, follow a proposal) and the moderation queue. */
export function proposalsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const secret = deps.config.sessionSecret;

  app.get('/mitmachen', async (c) => {
    const strategy = await cachedStrategy(deps, c.get('tenant').id);
    return c.html(
      <SubmitPage ctx={pageCtx(c)} strategy={strategy} values={{}} formToken={issueFormToken(secret)} />,
    );
  });

  app.post('/mitmachen', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    // Files staged on an earlier step (confirmation, a form error) travel as a token, never re-uploaded.
    const givenToken = field(body, 'uploads');
    const uploads = /^[A-Za-z0-9_-]{24}$/.test(givenToken) ? givenToken : newStagingToken();
    const values = {
      title: field(body, 'title'),
      body: field(body, 'body'),
      authorKind: field(body, 'authorKind'),
      organisationName: field(body, 'organisationName'),
      place: field(body, 'place'),
      email: field(body, 'email'),
      fieldOfActionId: field(body, 'fieldOfActionId'),
      consent: field(body, 'consent'),
      notify: field(body, 'notify'),
      uploads,
    };
    const form = async (errors?: AppError['fields'], status: 200 | 422 | 429 = 422) => {
      const strategy = await cachedStrategy(deps, tenant.id);
      const staged = await stagedAttachments(db, tenant.id, uploads);
      return c.html(
        <SubmitPage
          ctx={pageCtx(c)}
          strategy={strategy}
          values={values}
          staged={staged}
          errors={errors}
          formToken={issueFormToken(secret)}
        />,
        status,
      );
    };
    // Spam defence: a filled honeypot is a bot (it is told "thank you" and nothing is stored); a form
    // sent back too fast or without a valid render time is shown again with a request to check it.
    if (field(body, 'website')) {
      deps.logger.info({ requestId: c.get('requestId') }, 'proposal discarded: honeypot filled');
      return c.redirect('/mitmachen/danke', 303);
    }
    if (checkFormToken(secret, field(body, '_t'), deps.config.formMinFillMs) !== 'ok')
      return form({ _form: { key: 'participate.checkAgain' } });
    try {
      await stageAttachments(db, tenant.id, uploads, await formFiles(c, 'attachments'));
      // Before the final submit the author sees published proposals that say much the same.
      if (field(body, 'confirmed') !== '1') {
        const { similar } = await previewProposal(db, tenant.id, values as never);
        if (field(body, 'edit') === '1') return form(undefined, 200);
        if (similar.length)
          return c.html(
            <ConfirmPage
              ctx={pageCtx(c)}
              values={values}
              similar={similar}
              staged={await stagedAttachments(db, tenant.id, uploads)}
              formToken={field(body, '_t')}
            />,
          );
      }
      await hitRateLimit(
        db,
        `proposal:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`,
        RATE_RULES.proposalSubmit,
      );
      if (values.email.trim())
        await hitRateLimit(
          db,
          `proposal-email:${tenant.id}:${values.email.trim().toLowerCase()}`,
          RATE_RULES.proposalSubmit,
        );
      const row = await submitProposal(db, tenant.id, c.get('actor'), values as never, metaOf(c), {
        stagingToken: uploads,
      });
      // The author follows their proposal; an address without an account gets the double opt-in mail.
      await followOwnProposal(
        deps,
        tenant,
        c.get('actor'),
        row,
        ZFrequency.catch('immediate').parse(values.notify),
        c.get('lang'),
      );
      return c.redirect(`/mitmachen/danke/${row.number}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'RATE_LIMITED'].includes(err.code)) throw err;
      return form(
        err.code === 'RATE_LIMITED' ? { _form: { key: 'participate.rateLimited' } } : err.fields,
        err.status as 422,
      );
    }
  });

  app.get('/mitmachen/danke', (c) => c.html(<ThanksPage ctx={pageCtx(c)} reference={undefined} />));

  app.get('/mitmachen/danke/:ref{V-[A-Z0-9]{6}}', (c) =>
    c.html(<ThanksPage ctx={pageCtx(c)} reference={c.req.param('ref')} />),
  );

  app.get('/mitmachen/vorschlaege', async (c) => {
    const tenant = c.get('tenant');
    const query = ZProposalListQuery.catch({ q: '', page: 1 }).parse(c.req.query());
    const processes = await listProcesses(db, tenant.id);
    const process = processes.find((p) => p.slug === query.process);
    const { rows, total } = await searchPublishedProposals(db, tenant.id, {
      q: query.q,
      page: query.page,
      pageSize: PAGE_SIZE,
      processId: process?.id,
    });
    const counts = await supportCounts(
      db,
      tenant.id,
      rows.map((r) => r.id),
    );
    return c.html(
      <ProposalListPage
        ctx={pageCtx(c)}
        q={query.q}
        process={process?.slug ?? ''}
        processes={processes}
        rows={rows.map((r) => ({ ...r, supports: counts.get(r.id) ?? 0 }))}
        total={total}
        page={query.page}
        pageSize={PAGE_SIZE}
      />,
    );
  });

  /** The proposal page; a form on it that failed comes back with what was typed and the messages. */
  const proposalPage = async (c: Ctx, id: string, form?: PageForm) => {
    const tenant = c.get('tenant');
    const actor = c.get('actor');
    const p = await getProposal(db, tenant.id, actor, id);
    const [processes, ideas, formerIdeas, attachments, counts, supported, comments, workshop] =
      await Promise.all([
        p.processId ? listProcesses(db, tenant.id) : Promise.resolve([]),
        ideasOfProposal(db, tenant.id, p.id),
        formerIdeasOfProposal(db, tenant.id, p.id),
        attachmentsOf(db, tenant.id, p.id),
        supportCounts(db, tenant.id, [p.id]),
        hasSupported(db, tenant.id, actor, p.id),
        commentThreads(db, tenant.id, p.id),
        p.workshopId ? findWorkshop(db, tenant.id, p.workshopId) : Promise.resolve(undefined),
      ]);
    const process = processes.find((x) => x.id === p.processId);
    const projects = (
      await projectsOfIdeas(
        db,
        tenant.id,
        ideas.map((i) => i.id),
      )
    ).filter((pr) => pr.visibility === 'public' || actor);
    const [statuses, reports] = await Promise.all([
      latestApprovedStatuses(
        db,
        tenant.id,
        projects.map((pr) => pr.id),
      ),
      reportsCoveringProjects(
        db,
        tenant.id,
        projects.map((pr) => pr.id),
      ),
    ]);
    return c.html(
      <ProposalPage
        ctx={pageCtx(c)}
        data={{
          proposal: {
            ...p,
            processTitle: process?.title ?? null,
            attribution: process?.attribution ?? null,
            workshop: workshop ? { title: workshop.title, heldOn: workshop.heldOn } : null,
          },
          ideas,
          formerIdeas,
          projects: projects.map((pr) => ({
            slug: pr.slug,
            title: pr.title,
            createdAt: pr.createdAt,
            status: statuses.get(pr.id),
            report: reports.get(pr.id),
          })),
          attachments,
          supports: counts.get(p.id) ?? 0,
          supported,
          comments,
          form,
        }}
      />,
      form ? 422 : 200,
    );
  };

  /** Runs a form of the proposal page: success ▸ back to the page with a notice; bad input ▸ the page with errors. */
  const pageForm = async (
    c: Ctx,
    name: PageForm['name'],
    values: Record<string, string>,
    run: () => Promise<string>,
    fieldName: (field: string) => string = (f) => f,
  ) => {
    const id = c.req.param('id') ?? '';
    try {
      const notice = await run();
      return c.redirect(`/mitmachen/vorschlaege/${id}?hinweis=${notice}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'RATE_LIMITED'].includes(err.code)) throw err;
      const errors =
        err.code === 'RATE_LIMITED'
          ? { _form: { key: 'participate.rateLimited' } }
          : Object.fromEntries(Object.entries(err.fields ?? {}).map(([k, v]) => [fieldName(k), v]));
      return proposalPage(c, id, { name, values, errors });
    }
  };

  app.get('/mitmachen/vorschlaege/:id', (c) => proposalPage(c, c.req.param('id')));

  app.get('/mitmachen/vorschlaege/:id/anhaenge/:file', async (c) => {
    const tenant = c.get('tenant');
    const p = await getProposal(db, tenant.id, c.get('actor'), c.req.param('id'));
    const file = await attachmentContent(db, tenant.id, p.id, c.req.param('file'));
    return c.body(new Uint8Array(file.content), 200, {
      'content-type': file.mediaType,
      'content-length': String(file.size),
      // Always a download, never rendered in the portal's origin.
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'cache-control': 'private, max-age=3600',
    });
  });

  app.post('/mitmachen/vorschlaege/:id/folgen', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const values = {
      email: field(body, 'email'),
      frequency: field(body, 'frequency'),
      consent: field(body, 'consent'),
    };
    return pageForm(c, 'follow', values, async () => {
      await hitRateLimit(db, `follow:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`, RATE_RULES.follow);
      const sub = await followProposal(
        deps,
        tenant,
        c.get('actor'),
        c.req.param('id'),
        values as never,
        c.get('lang'),
      );
      return sub.confirmedAt ? 'followed' : 'follow-requested';
    });
  });

  app.post('/mitmachen/vorschlaege/:id/unterstuetzen', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    if (field(body, 'action') === 'withdraw') {
      await withdrawSupport(db, tenant.id, c.get('actor'), c.req.param('id'));
      return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=withdrawn`, 303);
    }
    await supportProposal(deps, tenant, c.get('actor'), c.req.param('id'), {
      notify: field(body, 'notify') === 'on',
      frequency: 'immediate',
      lang: c.get('lang'),
    });
    return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=supported`, 303);
  });

  app.post('/mitmachen/vorschlaege/:id/kommentare', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const parentId = field(body, 'parentId');
    const values = { body: field(body, parentId ? `reply-${parentId}` : 'body'), parentId };
    return pageForm(
      c,
      'comment',
      values,
      async () => {
        if (c.get('actor'))
          await hitRateLimit(db, `comment:${tenant.id}:${c.get('actor')!.accountId}`, RATE_RULES.comment);
        await addComment(db, tenant.id, c.get('actor'), c.req.param('id'), values, metaOf(c));
        return 'comment-submitted';
      },
      (f) => (f === 'body' && parentId ? `reply-${parentId}` : f),
    );
  });

  app.post('/mitmachen/vorschlaege/:id/melden', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const entityId = field(body, 'entityId');
    const values = {
      entityType: field(body, 'entityType'),
      entityId,
      reason: field(body, `reason-${entityId}`),
    };
    return pageForm(
      c,
      'report',
      values,
      async () => {
        await hitRateLimit(
          db,
          `report:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`,
          RATE_RULES.report,
        );
        await reportContent(db, tenant.id, c.get('actor'), values as never, metaOf(c));
        return 'reported';
      },
      (f) => (f === 'reason' ? `reason-${entityId}` : f),
    );
  });

  const moderators = requirePermission(PROPOSAL_PERMISSIONS, 'proposal:moderate');

  const moderationCounts = async (tenantId: string, proposalCounts?: Partial<Record<string, number>>) => {
    const [counts, more] = await Promise.all([
      proposalCounts ? Promise.resolve(proposalCounts) : proposalStateCounts(db, tenantId),
      participationCounts(db, tenantId),
    ]);
    return {
      submitted: counts.submitted ?? 0,
      hidden: counts.hidden ?? 0,
      comments: more.commentsSubmitted,
      reported: more.reported,
    };
  };

  const moderationPage = async (
    c: Ctx,
    form?: { errors: AppError['fields']; selected: string[]; reason: string; duplicateOf: string },
  ) => {
    const tenant = c.get('tenant');
    const query = ZModerationQuery.catch({ state: 'submitted', page: 1 } as never).parse(c.req.query());
    const [strategy, processes, workshops] = await Promise.all([
      cachedStrategy(deps, tenant.id),
      listProcesses(db, tenant.id),
      listWorkshops(db, tenant.id),
    ]);
    const filter = {
      q: query.q ?? '',
      authorKind: query.authorKind ?? '',
      language: query.language ?? '',
      field: query.field ?? '',
      process: query.process ?? '',
      workshop: query.workshop ?? '',
    };
    const state = form ? 'submitted' : query.state;
    const { rows, total, counts, languages } = await moderationQueue(
      db,
      tenant.id,
      actorOf(c),
      state,
      query.page,
      {
        q: filter.q,
        authorKind: filter.authorKind,
        language: filter.language,
        fieldOfActionId: /^([0-9a-f-]{36}|none)$/i.test(filter.field) ? filter.field : undefined,
        processId: processes.find((p) => p.slug === filter.process)?.id,
        workshopId: workshops.find((w) => w.id === filter.workshop)?.id,
      },
    );
    return c.html(
      <ModerationPage
        ctx={pageCtx(c)}
        state={state}
        rows={rows}
        total={total}
        page={query.page}
        pageSize={MODERATION_PAGE_SIZE}
        counts={await moderationCounts(tenant.id, counts)}
        filter={filter}
        options={{
          languages,
          fields: fieldOptions(strategy),
          processes: processes.map((p) => ({ value: p.slug, label: p.title })),
          workshops: workshops.map((w) => ({ value: w.id, label: w.title })),
        }}
        errors={form?.errors}
        selected={form?.selected}
        reason={form?.reason}
        duplicateOf={form?.duplicateOf}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/moderation', moderators, (c) => moderationPage(c));

  app.post('/intern/moderation', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const ids = fields(body, 'ids');
    const requested = field(body, 'action');
    const action = requested === 'hide' || requested === 'duplicate' ? requested : 'publish';
    const reason = field(body, 'reason').trim() || undefined;
    const duplicateOf = field(body, 'duplicateOf').trim() || undefined;
    try {
      const changed = await moderateProposals(
        db,
        tenant.id,
        actorOf(c),
        ids,
        action,
        reason,
        metaOf(c),
        duplicateOf,
      );
      await tellAuthors(tenant, changed);
      return c.redirect(`/intern/moderation?hinweis=${action === 'publish' ? 'published' : 'hidden'}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return moderationPage(c, {
        errors: err.fields,
        selected: ids,
        reason: reason ?? '',
        duplicateOf: duplicateOf ?? '',
      });
    }
  });

  /** Authors with a confirmed address hear the decision; a failing mail server never undoes it. */
  const tellAuthors = async (
    tenant: { id: string; cityName: string },
    changed: Awaited<ReturnType<typeof moderateProposals>>,
  ) => {
    for (const { proposal, original } of changed) {
      if (!proposal.email || !(await authorAddressConfirmed(db, tenant.id, proposal.id))) continue;
      const mail = moderationMail(
        proposal,
        original,
        tenant.cityName,
        deps.config.baseUrl,
        managePath(secret, tenant.id, proposal.email),
      );
      if (mail)
        deps.mailer
          .send(mail)
          .catch((err) => deps.logger.error({ err, proposal: proposal.id }, 'moderation mail failed'));
    }
  };

  /** Comment authors (accounts) hear the decision; a failing mail server never undoes it. */
  const tellCommenters = (
    tenant: { cityName: string },
    decision: 'publish' | 'hide',
    result: Awaited<ReturnType<typeof moderateComments>>,
  ) => {
    for (const comment of result.changed) {
      const to = result.authors.find((a) => a.commentId === comment.id)?.email;
      if (!to) continue;
      deps.mailer
        .send(commentModerationMail(to, decision, comment, tenant.cityName, deps.config.baseUrl))
        .catch((err) => deps.logger.error({ err, comment: comment.id }, 'comment moderation mail failed'));
    }
  };

  const commentsPage = async (
    c: Ctx,
    form?: { errors: AppError['fields']; selected: string[]; reason: string },
  ) => {
    const tenant = c.get('tenant');
    const state = !form && c.req.query('state') === 'hidden' ? 'hidden' : 'submitted';
    const rows = await commentQueue(db, tenant.id, actorOf(c), state);
    return c.html(
      <CommentModerationPage
        ctx={pageCtx(c)}
        state={state}
        rows={rows}
        counts={await moderationCounts(tenant.id)}
        errors={form?.errors}
        selected={form?.selected}
        reason={form?.reason}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/moderation/kommentare', moderators, (c) => commentsPage(c));

  app.post('/intern/moderation/kommentare', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const ids = fields(body, 'ids');
    const action = field(body, 'action') === 'hide' ? 'hide' : 'publish';
    const reason = field(body, 'reason').trim() || undefined;
    try {
      const result = await moderateComments(db, tenant.id, actorOf(c), ids, action, reason, metaOf(c));
      tellCommenters(tenant, action, result);
      return c.redirect('/intern/moderation/kommentare?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return commentsPage(c, { errors: err.fields, selected: ids, reason: reason ?? '' });
    }
  });

  const reportsPage = async (c: Ctx, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const rows = await reportedItems(db, tenant.id, actorOf(c));
    return c.html(
      <ReportsPage ctx={pageCtx(c)} rows={rows} counts={await moderationCounts(tenant.id)} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/moderation/meldungen', moderators, (c) => reportsPage(c));

  app.post('/intern/moderation/meldungen', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const entityId = field(body, 'entityId');
    const reason = field(body, `reason-${entityId}`).trim() || undefined;
    try {
      if (field(body, 'action') === 'dismiss')
        await dismissReports(db, tenant.id, actorOf(c), [entityId], metaOf(c));
      else if (field(body, 'entityType') === 'comment')
        tellCommenters(
          tenant,
          'hide',
          await moderateComments(db, tenant.id, actorOf(c), [entityId], 'hide', reason, metaOf(c)),
        );
      else
        await tellAuthors(
          tenant,
          await moderateProposals(db, tenant.id, actorOf(c), [entityId], 'hide', reason, metaOf(c)),
        );
      return c.redirect('/intern/moderation/meldungen?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      const errors = Object.fromEntries(
        Object.entries(err.fields ?? {}).map(([k, v]) => [k === 'reason' ? `reason-${entityId}` : k, v]),
      );
      return reportsPage(c, errors);
    }
  });

  const workshopTeam = requirePermission(PROPOSAL_PERMISSIONS, 'workshop:manage');
  const WORKSHOP_FIELDS = ['title', 'heldOn', 'place', 'organiser', 'participants', 'processId'] as const;

  const workshopList = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const [rows, processes] = await Promise.all([listWorkshops(db, tenant.id), listProcesses(db, tenant.id)]);
    return c.html(
      <WorkshopListPage ctx={pageCtx(c)} rows={rows} processes={processes} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/werkstaetten', workshopTeam, (c) => workshopList(c));

  app.post('/intern/werkstaetten', workshopTeam, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(WORKSHOP_FIELDS.map((f) => [f, field(body, f)]));
    try {
      const w = await createWorkshop(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect(`/intern/werkstaetten/${w.id}?hinweis=workshop-created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return workshopList(c, values, err.fields);
    }
  });

  const workshopPage = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const workshop = await findWorkshop(db, tenant.id, c.req.param('id') ?? '');
    if (!workshop) throw new AppError('NOT_FOUND', 'No such workshop.');
    const [proposals, strategy] = await Promise.all([
      proposalsOfWorkshop(db, tenant.id, workshop.id),
      cachedStrategy(deps, tenant.id),
    ]);
    return c.html(
      <WorkshopPage
        ctx={pageCtx(c)}
        workshop={workshop}
        proposals={proposals}
        fields={fieldOptions(strategy)}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/werkstaetten/:id', workshopTeam, (c) => workshopPage(c));

  app.post('/intern/werkstaetten/:id/vorschlaege', workshopTeam, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(
      ['title', 'body', 'authorKind', 'organisationName', 'place', 'fieldOfActionId'].map((f) => [
        f,
        field(body, f),
      ]),
    );
    try {
      await enterWorkshopProposal(
        db,
        c.get('tenant').id,
        actorOf(c),
        c.req.param('id'),
        values as never,
        metaOf(c),
      );
      return c.redirect(`/intern/werkstaetten/${c.req.param('id')}?hinweis=entered`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return workshopPage(c, values, err.fields);
    }
  });

  const categorisers = requirePermission(PROPOSAL_PERMISSIONS, 'proposal:categorise');
  const CONFIDENT = 0.8;

  const categorisePage = async (c: Ctx, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const [{ rows, trained }, strategy] = await Promise.all([
      fieldSuggestions(db, tenant.id, actorOf(c)),
      cachedStrategy(deps, tenant.id),
    ]);
    const fields = fieldOptions(strategy);
    return c.html(
      <CategorisePage
        ctx={pageCtx(c)}
        rows={rows}
        trained={trained}
        fields={fields}
        threshold={CONFIDENT}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/themenfelder', categorisers, (c) => categorisePage(c));

  app.post('/intern/themenfelder', categorisers, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    let choices: { proposalId: string; fieldOfActionId: string }[];
    if (field(body, 'action') === 'confident') {
      // Recomputed here, so only what the model is sure of is applied, whatever the form says.
      const { rows } = await fieldSuggestions(db, tenant.id, actorOf(c));
      choices = rows
        .filter((r) => r.suggestion && r.suggestion.confidence >= CONFIDENT)
        .map((r) => ({ proposalId: r.id, fieldOfActionId: r.suggestion!.label }));
    } else {
      choices = fields(body, 'ids').map((id) => ({
        proposalId: id,
        fieldOfActionId: field(body, `field-${id}`),
      }));
    }
    try {
      await assignFieldsOfAction(db, tenant.id, actorOf(c), choices, metaOf(c));
      return c.redirect('/intern/themenfelder?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return categorisePage(c, err.fields);
    }
  });

  return app;
}
