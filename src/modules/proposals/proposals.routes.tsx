/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import { ideasOfProposal } from '../ideas/ideas.service.ts';
import { clientIp } from '../orgs/orgs.routes.tsx';
import { projectsOfIdeas } from '../projects/projects.service.ts';
import { latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { ZFrequency } from '../subscriptions/subscriptions.schemas.ts';
import {
  authorAddressConfirmed,
  followOwnProposal,
  managePath,
} from '../subscriptions/subscriptions.service.ts';
import { assignFieldsOfAction, fieldSuggestions } from './categorize.service.ts';
import { moderationMail } from './proposals.mail.ts';
import { PROPOSAL_PERMISSIONS } from './proposals.policy.ts';
import { ZProposalListQuery } from './proposals.schemas.ts';
import {
  getProposal,
  listProcesses,
  moderateProposals,
  moderationQueue,
  previewProposal,
  searchPublishedProposals,
  submitProposal,
} from './proposals.service.ts';
import { CategorisePage } from './views/categorise.tsx';
import { ProposalPage } from './views/detail.tsx';
import { ProposalListPage } from './views/list.tsx';
import { ModerationPage } from './views/moderation.tsx';
import { ConfirmPage, SubmitPage, ThanksPage } from './views/submit.tsx';

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
    const values = {
      title: field(body, 'title'),
      body: field(body, 'body'),
      authorKind: field(body, 'authorKind'),
      organisationName: field(body, 'organisationName'),
      email: field(body, 'email'),
      fieldOfActionId: field(body, 'fieldOfActionId'),
      consent: field(body, 'consent'),
      notify: field(body, 'notify'),
    };
    // Spam defence: a filled honeypot is a bot (it is told "thank you" and nothing is stored); a form
    // sent back too fast or without a valid render time is shown again with a request to check it.
    if (field(body, 'website')) {
      deps.logger.info({ requestId: c.get('requestId') }, 'proposal discarded: honeypot filled');
      return c.redirect('/mitmachen/danke', 303);
    }
    if (checkFormToken(secret, field(body, '_t'), deps.config.formMinFillMs) !== 'ok') {
      const strategy = await cachedStrategy(deps, tenant.id);
      return c.html(
        <SubmitPage
          ctx={pageCtx(c)}
          strategy={strategy}
          values={values}
          errors={{ _form: { key: 'participate.checkAgain' } }}
          formToken={issueFormToken(secret)}
        />,
        422,
      );
    }
    try {
      // Before the final submit the author sees published proposals that say much the same.
      if (field(body, 'confirmed') !== '1') {
        const { similar } = await previewProposal(db, tenant.id, values as never);
        const strategy = await cachedStrategy(deps, tenant.id);
        if (field(body, 'edit') === '1')
          return c.html(
            <SubmitPage
              ctx={pageCtx(c)}
              strategy={strategy}
              values={values}
              formToken={issueFormToken(secret)}
            />,
          );
        if (similar.length)
          return c.html(
            <ConfirmPage ctx={pageCtx(c)} values={values} similar={similar} formToken={field(body, '_t')} />,
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
      const row = await submitProposal(db, tenant.id, c.get('actor'), values as never, metaOf(c));
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
      const errors = err.code === 'RATE_LIMITED' ? { _form: { key: 'participate.rateLimited' } } : err.fields;
      const strategy = await cachedStrategy(deps, tenant.id);
      return c.html(
        <SubmitPage
          ctx={pageCtx(c)}
          strategy={strategy}
          values={values}
          errors={errors}
          formToken={issueFormToken(secret)}
        />,
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
    return c.html(
      <ProposalListPage
        ctx={pageCtx(c)}
        q={query.q}
        process={process?.slug ?? ''}
        processes={processes}
        rows={rows}
        total={total}
        page={query.page}
        pageSize={PAGE_SIZE}
      />,
    );
  });

  app.get('/mitmachen/vorschlaege/:id', async (c) => {
    const tenant = c.get('tenant');
    const actor = c.get('actor');
    const p = await getProposal(db, tenant.id, actor, c.req.param('id'));
    const processes = p.processId ? await listProcesses(db, tenant.id) : [];
    const process = processes.find((x) => x.id === p.processId);
    const ideas = await ideasOfProposal(db, tenant.id, p.id);
    const projects = (
      await projectsOfIdeas(
        db,
        tenant.id,
        ideas.map((i) => i.id),
      )
    ).filter((pr) => pr.visibility === 'public' || actor);
    const statuses = await latestApprovedStatuses(
      db,
      tenant.id,
      projects.map((pr) => pr.id),
    );
    return c.html(
      <ProposalPage
        ctx={pageCtx(c)}
        data={{
          proposal: { ...p, processTitle: process?.title ?? null, attribution: process?.attribution ?? null },
          ideas,
          projects: projects.map((pr) => ({
            slug: pr.slug,
            title: pr.title,
            createdAt: pr.createdAt,
            status: statuses.get(pr.id),
          })),
        }}
      />,
    );
  });

  const moderators = requirePermission(PROPOSAL_PERMISSIONS, 'proposal:moderate');

  app.get('/intern/moderation', moderators, async (c) => {
    const state = c.req.query('state') === 'hidden' ? 'hidden' : 'submitted';
    const { rows, counts } = await moderationQueue(db, c.get('tenant').id, actorOf(c), state, 1);
    return c.html(<ModerationPage ctx={pageCtx(c)} state={state} rows={rows} counts={counts} />);
  });

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
      // Authors who left an address hear what was decided; a failing mail server never undoes the decision.
      // Only confirmed addresses get mail (double opt-in).
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
      return c.redirect(`/intern/moderation?hinweis=${action === 'publish' ? 'published' : 'hidden'}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      const { rows, counts } = await moderationQueue(db, tenant.id, actorOf(c), 'submitted', 1);
      return c.html(
        <ModerationPage
          ctx={pageCtx(c)}
          state="submitted"
          rows={rows}
          counts={counts}
          errors={err.fields}
          selected={ids}
          reason={reason ?? ''}
          duplicateOf={duplicateOf ?? ''}
        />,
        422,
      );
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
