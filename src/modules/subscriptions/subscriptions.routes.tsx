/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { readForm } from '../../platform/http/forms.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { pageCtx } from '../../ui/page.ts';
import { isAccountAddress } from '../orgs/orgs.service.ts';
import { proposalSummaries } from '../proposals/proposals.service.ts';
import { ZManageInput } from './subscriptions.schemas.ts';
import {
  addressOfToken,
  confirmSubscription,
  findByConfirmationLink,
  managePath,
  setFrequencyOfAddress,
  subscriptionsOfAddress,
  unsubscribe,
} from './subscriptions.service.ts';
import { ConfirmSubscriptionPage, ManageSubscriptionsPage } from './views/subscriptions.tsx';

const INVALID = 'This link is not valid (any more).';

/** Confirming an address (double opt-in) and managing or ending notifications, reached by links in mails. */
export function subscriptionsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const secret = deps.config.sessionSecret;

  app.get('/benachrichtigungen/bestaetigen/:id/:sig', async (c) => {
    const tenant = c.get('tenant');
    const sub = await findByConfirmationLink(db, secret, tenant.id, c.req.param('id'), c.req.param('sig'));
    if (!sub) throw new AppError('NOT_FOUND', INVALID);
    const [proposal] = await proposalSummaries(db, tenant.id, [sub.proposalId]);
    return c.html(
      <ConfirmSubscriptionPage
        ctx={pageCtx(c)}
        proposal={proposal!}
        confirmed={!!sub.confirmedAt}
        action={c.req.path}
      />,
    );
  });

  app.post('/benachrichtigungen/bestaetigen/:id/:sig', async (c) => {
    const tenant = c.get('tenant');
    const sub = await confirmSubscription(db, secret, tenant.id, c.req.param('id'), c.req.param('sig'));
    return c.redirect(`${managePath(secret, tenant.id, sub.email)}?hinweis=confirmed`, 303);
  });

  app.get('/benachrichtigungen/:token', async (c) => {
    const tenant = c.get('tenant');
    const email = addressOfToken(secret, tenant.id, c.req.param('token'));
    if (!email) throw new AppError('NOT_FOUND', INVALID);
    const rows = await subscriptionsOfAddress(db, tenant.id, email);
    return c.html(
      <ManageSubscriptionsPage
        ctx={pageCtx(c)}
        action={c.req.path}
        rows={rows}
        accountAddress={!rows.length && (await isAccountAddress(db, tenant.id, email))}
      />,
    );
  });

  // Also the target of mail programs' one-click unsubscribe (RFC 8058: body "List-Unsubscribe=One-Click").
  app.post('/benachrichtigungen/:token', async (c) => {
    const tenant = c.get('tenant');
    const email = addressOfToken(secret, tenant.id, c.req.param('token'));
    if (!email) throw new AppError('NOT_FOUND', INVALID);
    const form = await readForm(c, ZManageInput);
    const action = form.oneClick ? 'all' : form.action;
    if (action === 'frequency') {
      if (form.frequency) await setFrequencyOfAddress(db, tenant.id, email, form.frequency);
    } else if (action === 'remove') await unsubscribe(db, tenant.id, email, form.subscriptionId);
    else if (action === 'all') await unsubscribe(db, tenant.id, email);
    if (form.oneClick) return c.body(null, 204);
    return c.redirect(`${c.req.path}?hinweis=saved`, 303);
  });

  return app;
}
