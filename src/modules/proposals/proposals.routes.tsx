/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import { field, formBody, formFiles } from '../../platform/http/forms.ts';
import { clientIp, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import { formerIdeasOfProposal, ideasOfProposal } from '../ideas/ideas.service.ts';
import { projectsOfIdeas } from '../projects/projects.service.ts';
import { reportsCoveringProjects } from '../reports/reports.service.ts';
import { latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import { ZFrequency } from '../subscriptions/subscriptions.schemas.ts';
import { followOwnProposal, followProposal } from '../subscriptions/subscriptions.service.ts';
import {
  attachmentContent,
  attachmentsOf,
  newStagingToken,
  stageAttachments,
  stagedAttachments,
} from './attachments.service.ts';
import { categoriseRoutes } from './categorise.routes.tsx';
import {
  addComment,
  commentThreads,
  hasSupported,
  reportContent,
  supportCounts,
  supportProposal,
  withdrawSupport,
} from './comments.service.ts';
import { moderationRoutes } from './moderation.routes.tsx';
import { ZProposalListQuery } from './proposals.schemas.ts';
import {
  getProposal,
  listProcesses,
  previewProposal,
  searchPublishedProposals,
  submitProposal,
} from './proposals.service.ts';
import { type PageForm, ProposalPage } from './views/detail.tsx';
import { ProposalListPage } from './views/list.tsx';
import { ConfirmPage, SubmitPage, ThanksPage } from './views/submit.tsx';
import { workshopsRoutes } from './workshops.routes.tsx';
import { findWorkshop } from './workshops.service.ts';

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

  app.route('/', moderationRoutes(deps));
  app.route('/', workshopsRoutes(deps));
  app.route('/', categoriseRoutes(deps));
  return app;
}
