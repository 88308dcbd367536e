/** @jsxImportSource hono/jsx */
import { Button, Csrf, Notice, Radios } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import { FREQUENCIES, type Frequency, type SubscriberRole } from '../subscriptions.table.ts';

interface Followed {
  id: string;
  role: SubscriberRole;
  frequency: Frequency;
  confirmedAt: Date | null;
  proposal: { id: string; number: string; title: string; state: string };
}

/** The double opt-in page: the link only shows it; the button confirms (mail scanners follow links). */
export function ConfirmSubscriptionPage({
  ctx,
  proposal,
  confirmed,
  action,
}: {
  ctx: PageCtx;
  proposal: { number: string; title: string };
  confirmed: boolean;
  action: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('subscriptions.confirmTitle')}>
      <h1 class="kern-heading-large">{t('subscriptions.confirmTitle')}</h1>
      {confirmed ? (
        <Notice kind="success" title={t('subscriptions.alreadyConfirmed')} />
      ) : (
        <>
          <p class="kern-body">{t('subscriptions.confirmText', proposal)}</p>
          <form method="post" action={action} class="stack">
            <Csrf token={ctx.csrf} />
            <div class="form-actions">
              <Button>{t('subscriptions.confirmButton')}</Button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}

/** Everything an address follows, how often it hears, and "unsubscribe" (one item or all). */
export function ManageSubscriptionsPage({
  ctx,
  action,
  rows,
  accountAddress = false,
}: {
  ctx: PageCtx;
  action: string;
  rows: Followed[];
  /** The address is an account's: with nothing followed, it is not deleted but stays with the account. */
  accountAddress?: boolean;
}) {
  const { t } = ctx;
  const frequency = rows[0]?.frequency ?? 'immediate';
  return (
    <Layout ctx={ctx} title={t('subscriptions.manageTitle')}>
      <h1 class="kern-heading-large">{t('subscriptions.manageTitle')}</h1>
      {ctx.notice === 'confirmed' ? (
        <Notice kind="success" title={t('subscriptions.confirmedNotice')} />
      ) : null}
      {!rows.length ? (
        <Notice kind="info" title={t('subscriptions.none')}>
          <p class="kern-body">
            {t(accountAddress ? 'subscriptions.noneTextAccount' : 'subscriptions.noneText')}
          </p>
        </Notice>
      ) : (
        <>
          <form method="post" action={action} class="stack">
            <Csrf token={ctx.csrf} />
            <input type="hidden" name="action" value="frequency" />
            <Radios
              t={t}
              name="frequency"
              label={t('subscriptions.frequency')}
              value={frequency}
              options={FREQUENCIES.map((f) => ({ value: f, label: t(`subscriptions.freq.${f}`) }))}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('form.save')}</Button>
            </div>
          </form>
          <h2 class="kern-heading-medium">{t('subscriptions.following')}</h2>
          <ul class="kern-list list-plain">
            {rows.map((r) => (
              <li class="row-actions">
                <div>
                  {r.proposal.state === 'published' || r.proposal.state === 'merged' ? (
                    <a class="kern-link" href={`/mitmachen/vorschlaege/${r.proposal.id}`}>
                      {r.proposal.title}
                    </a>
                  ) : (
                    <span>{r.proposal.title}</span>
                  )}{' '}
                  <span class="meta">
                    {r.proposal.number} · {t(`subscriptions.role.${r.role}`)}
                    {r.confirmedAt ? '' : ` · ${t('subscriptions.unconfirmed')}`}
                  </span>
                </div>
                <form method="post" action={action}>
                  <Csrf token={ctx.csrf} />
                  <input type="hidden" name="action" value="remove" />
                  <input type="hidden" name="subscriptionId" value={r.id} />
                  <Button kind="tertiary" label={`${t('subscriptions.stop')} ${r.proposal.number}`}>
                    {t('subscriptions.stop')}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
          <form method="post" action={action} class="stack">
            <Csrf token={ctx.csrf} />
            <input type="hidden" name="action" value="all" />
            <div class="form-actions">
              <Button kind="secondary">{t('subscriptions.stopAll')}</Button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}
