/** @jsxImportSource hono/jsx */
import { Button, Csrf } from './components.tsx';
import { Layout } from './layout.tsx';
import type { PageCtx } from './page.ts';

/** The field a confirmed form carries; a post without it shows the confirmation page instead. */
export const CONFIRM_FIELD = 'bestaetigt';

/**
 * "Are you sure?" without script, for steps that cannot be undone (closing a review cycle, publishing a
 * report): what will happen, then the step's own button, or back. Posting it carries `bestaetigt=ja`.
 */
export function ConfirmPage({
  ctx,
  title,
  intro,
  consequences,
  action,
  confirmLabel,
  hidden = [],
  heading,
  back,
}: {
  ctx: PageCtx;
  title: string;
  /** The box's heading; by default "cannot be undone". */
  heading?: string;
  /** The original form's fields, sent again with the confirmation. */
  hidden?: readonly (readonly [string, string])[];
  intro: string;
  consequences: readonly string[];
  action: string;
  confirmLabel: string;
  /**
   * Back: a link (the step's page shown fresh), or `edit` — the same fields posted to `action` with
   * `action=bearbeiten`, so the form comes back as it was filled in.
   */
  back: { href: string } | 'edit';
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      {/* Focus starts at the question (the page answers a post, as an error summary does): what will
          happen is read first, and the next Tab reaches the button, not the site's header. */}
      <div class="kern-alert kern-alert--warning" role="note" tabindex={-1} autofocus>
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--warning" aria-hidden="true" />
          <h2 class="kern-title">{heading ?? t('confirm.irreversible')}</h2>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{intro}</p>
          {consequences.length ? (
            // Bulleted: on a phone the sentences ran into each other (walk).
            <ul class="kern-list kern-list--bullet">
              {consequences.map((x) => (
                <li>{x}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <form method="post" action={action} class="stack">
        <Csrf token={ctx.csrf} />
        {hidden.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={CONFIRM_FIELD} value="ja" />
        <div class="form-actions">
          <Button>{confirmLabel}</Button>
          {back === 'edit' ? null : (
            <a class="kern-link" href={back.href}>
              {t('confirm.cancel')}
            </a>
          )}
        </div>
      </form>
      {back === 'edit' ? (
        <form method="post" action={action} class="stack">
          <Csrf token={ctx.csrf} />
          {hidden
            .filter(([name]) => name !== 'action')
            .map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
          <div class="form-actions">
            <Button kind="secondary" name="action" value="bearbeiten">
              {t('confirm.edit')}
            </Button>
          </div>
        </form>
      ) : null}
    </Layout>
  );
}
