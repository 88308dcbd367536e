/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import { field, formBody, formFiles } from '../../platform/http/forms.ts';
import { clientIp, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { FREQUENCIES } from '../../platform/mail/mailer.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import {
  attachmentContent,
  newStagingToken,
  stageAttachments,
  stagedAttachments,
} from './attachments.service.ts';
import { getProposal, previewProposal, submitProposal } from './proposals.service.ts';
import { ConfirmPage, SubmitPage, ThanksPage } from './views/submit.tsx';

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
        // The author follows their proposal; an address without an account gets the double opt-in mail.
        follow: FREQUENCIES.find((f) => f === values.notify) ?? 'immediate',
        lang: c.get('lang'),
      });
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

  return app;
}
