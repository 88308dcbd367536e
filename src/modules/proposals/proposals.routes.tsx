/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { ClientErrorStatusCode } from 'hono/utils/http-status';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import {
  type FormErrors,
  formBody,
  formFiles,
  formValues,
  handleForm,
  readForm,
  retryAfterHeader,
} from '../../platform/http/forms.ts';
import { hitFormLimit, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { fieldErrors } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { partnerOfAccount } from '../orgs/orgs.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import {
  attachmentContent,
  newStagingToken,
  stageAttachments,
  stagedAttachments,
} from './attachments.service.ts';
import { ZSubmitProposalInput, ZSubmitSteps } from './proposals.schemas.ts';
import { getProposal, previewProposal, referenceExists, submitProposal } from './proposals.service.ts';
import { ConfirmPage, SubmitPage, THANKS_MAIL, ThanksPage } from './views/submit.tsx';

/** /mitmachen (submit, browse, follow a proposal) and the moderation queue. */
export function proposalsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const secret = deps.config.sessionSecret;

  app.get('/mitmachen', async (c) => {
    const tenantId = c.get('tenant').id;
    const actor = c.get('actor');
    const [strategy, partner] = await Promise.all([
      cachedStrategy(deps, tenantId, c.get('lang')),
      actor ? partnerOfAccount(db, tenantId, actor.accountId) : undefined,
    ]);
    // A partner writes for their organisation unless they choose to write as a private person.
    // Someone signed in leaves the address empty and is written to at the account's (a filled-in address
    // would ask for consent to store it, which the account has given already).
    const values = partner ? { authorKind: partner.kind, organisationName: partner.name } : {};
    return c.html(
      <SubmitPage ctx={pageCtx(c)} strategy={strategy} values={values} formToken={issueFormToken(secret)} />,
    );
  });

  app.post('/mitmachen', async (c) => {
    const tenant = c.get('tenant');
    const steps = await readForm(c, ZSubmitSteps);
    // Files staged on an earlier step (confirmation, a form error) travel as a token, never re-uploaded.
    const uploads = steps.uploads ?? newStagingToken();
    // The form is timed from its first render: a form shown again (an error, back to edit) keeps that
    // time, so correcting it and sending it at once is not mistaken for a bot. Only a forged or expired
    // time is replaced.
    const timing = checkFormToken(secret, steps._t, deps.config.formMinFillMs);
    const formToken = timing === 'invalid' || !steps._t ? issueFormToken(secret) : steps._t;
    const page = async (
      values: Record<string, string>,
      errors?: FormErrors,
      status: 200 | ClientErrorStatusCode = 422,
    ) =>
      c.html(
        <SubmitPage
          ctx={pageCtx(c)}
          strategy={await cachedStrategy(deps, tenant.id, c.get('lang'))}
          values={{ ...values, notify: steps.notify, uploads }}
          staged={await stagedAttachments(db, tenant.id, uploads)}
          errors={errors}
          formToken={formToken}
        />,
        status,
      );
    // Spam defence: a filled honeypot is a bot (it is told "thank you" and nothing is stored); a form
    // sent back too fast or without a valid render time is shown again with a request to check it.
    if (steps.website) {
      deps.logger.info({ requestId: c.get('requestId') }, 'proposal discarded: honeypot filled');
      return c.redirect('/mitmachen/danke', 303);
    }
    const typed = formValues(ZSubmitProposalInput, await formBody(c));
    if (timing !== 'ok') {
      // Sent back to be checked: whatever is wrong in it is named at its field too.
      const checked = ZSubmitProposalInput.safeParse(typed);
      return page(typed, {
        // Why it is asked again: too fast (a bot's pace), or an old or missing render time.
        _form: { key: timing === 'too-fast' ? 'participate.checkAgain' : 'participate.checkAgainStale' },
        ...(checked.success ? {} : fieldErrors(checked.error, typed)),
      });
    }
    // Files are kept only for a form that is otherwise valid, and only within the address's upload limit,
    // so anonymous posts cannot fill the disk; from then on, a confirmation step or a later error keeps them.
    const files = await formFiles(c, 'attachments');
    if (files.length) {
      const checked = ZSubmitProposalInput.safeParse(typed);
      if (!checked.success)
        return page(typed, {
          ...fieldErrors(checked.error, typed),
          attachments: { key: 'validation.attachAgain' },
        });
      try {
        await hitFormLimit(db, c, deps.config.trustProxy, `upload:${tenant.id}`, RATE_RULES.upload, {
          hits: files.length,
        });
        await stageAttachments(db, tenant.id, uploads, files);
      } catch (err) {
        retryAfterHeader(c, err);
        if (err instanceof AppError && err.code === 'RATE_LIMITED')
          return page(typed, { attachments: { key: 'validation.attachmentsBusy' } }, 429);
        if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return page(typed, err.fields);
        throw err;
      }
    }
    return handleForm(c, ZSubmitProposalInput, {
      values: typed,
      action: async (input, values) => {
        // Before the final submit the author sees published proposals that say much the same.
        if (!steps.confirmed) {
          // Back to the form: the input is checked, but no hints are looked up for a page that shows none.
          const { similar, likelyDuplicate } = await previewProposal(db, tenant.id, input, {
            hints: !steps.edit,
          });
          if (steps.edit) return { step: 'edit' as const, values };
          if (likelyDuplicate) return { step: 'confirm' as const, similar, values };
        }
        await hitFormLimit(
          db,
          c,
          deps.config.trustProxy,
          `proposal:${tenant.id}`,
          RATE_RULES.proposalSubmit,
          {
            messages: { network: 'participate.rateLimited', account: 'participate.rateLimitedAccount' },
          },
        );
        if (input.email)
          await hitRateLimit(
            db,
            `proposal-email:${tenant.id}:${input.email.toLowerCase()}`,
            RATE_RULES.proposalSubmit,
          );
        const row = await submitProposal(db, tenant.id, c.get('actor'), input, metaOf(c), {
          stagingToken: uploads,
          formToken: steps._t,
          // The author follows their proposal; an address without an account gets the double opt-in mail.
          follow: steps.notify,
          lang: c.get('lang'),
        });
        // The thank-you page says which mail follows, from the address the proposal was stored with: none,
        // the account's (someone signed in who left the field empty too), or another, to be confirmed.
        const mail = !row.email
          ? 'ohne'
          : row.email.toLowerCase() === c.get('actor')?.email.toLowerCase()
            ? 'konto'
            : 'link';
        return { step: 'submitted' as const, number: row.number, mail, values };
      },
      done: async (result) => {
        const { values } = result;
        if (result.step === 'submitted') return `/mitmachen/danke/${result.number}?mail=${result.mail}`;
        if (result.step === 'edit') return page(values, undefined, 200);
        return c.html(
          <ConfirmPage
            ctx={pageCtx(c)}
            values={{ ...values, notify: steps.notify, uploads }}
            similar={result.similar}
            staged={await stagedAttachments(db, tenant.id, uploads)}
            formToken={steps._t}
          />,
        );
      },
      // A refusal names whose limit it was (the network's or the account's); the address's limit says
      // it came from this connection too.
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? err.fields._form
            ? err.fields
            : { _form: { key: 'participate.rateLimited' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (values, errors, status) => page(values, errors, status),
    });
  });

  app.get('/mitmachen/danke', (c) => c.html(<ThanksPage ctx={pageCtx(c)} reference={undefined} />));

  // Only a reference that exists is confirmed: a made-up one is not thanked for.
  app.get('/mitmachen/danke/:ref{V-[A-Z0-9]{6}}', async (c) => {
    if (!(await referenceExists(db, c.get('tenant').id, c.req.param('ref'))))
      throw notFound('No such proposal.');
    const mail = THANKS_MAIL.find((m) => m === c.req.query('mail'));
    return c.html(
      <ThanksPage ctx={pageCtx(c)} reference={c.req.param('ref')} mail={mail} signedIn={!!c.get('actor')} />,
    );
  });

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
