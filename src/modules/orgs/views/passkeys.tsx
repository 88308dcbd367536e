/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Button, Csrf, ErrorSummary, type Errors, FieldIds, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import type { passkeys } from '../orgs.table.ts';

type Passkey = typeof passkeys.$inferSelect;

/**
 * /mein-bereich/passkeys: the staff member's passkeys, each removable without JavaScript; adding one needs
 * the browser's WebAuthn, so the form appears only where the script finds it (passkeys.js).
 */
export function PasskeysPage({
  ctx,
  keys,
  name,
  errors,
  canAdd = true,
  renaming,
}: {
  ctx: PageCtx;
  keys: Passkey[];
  name?: string;
  errors?: Errors;
  /** False where staff sign in through the identity provider only: a new passkey could never be used. */
  canAdd?: boolean;
  /** A rename refused: that passkey's form open again, with what was typed and why. */
  renaming?: { id: string; name: string; errors: Errors };
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('passkeys.title')}>
      <h1 class="kern-heading-large">{t('passkeys.title')}</h1>
      <p class="kern-body">{t('passkeys.intro')}</p>
      <section aria-labelledby="passkeys-list">
        <h2 class="kern-heading-medium" id="passkeys-list">
          {t('passkeys.listTitle')}
        </h2>
        {keys.length ? (
          <ul class="entry-list">
            {keys.map((k) => (
              <li class="entry">
                <form
                  method="post"
                  action={`/mein-bereich/passkeys/${encodeURIComponent(k.id)}/entfernen`}
                  class="stack"
                >
                  <Csrf token={ctx.csrf} />
                  <p class="kern-body">
                    <strong>{k.name}</strong>
                    <br />
                    <span class="meta">
                      {t('passkeys.created', { date: formatDate(lang, k.createdAt) })} ·{' '}
                      {k.lastUsedAt
                        ? t('passkeys.lastUsed', { date: formatDate(lang, k.lastUsedAt) })
                        : t('passkeys.neverUsed')}
                      {k.backedUp ? ` · ${t('passkeys.synced')}` : ''}
                    </span>
                  </p>
                  <div>
                    <button
                      type="submit"
                      class="kern-btn kern-btn--secondary"
                      aria-label={t('passkeys.remove', { name: k.name })}
                    >
                      <span class="kern-label">{t('passkeys.removeButton')}</span>
                    </button>
                  </div>
                </form>
                <details open={renaming?.id === k.id}>
                  <summary>{t('passkeys.rename', { name: k.name })}</summary>
                  <FieldIds scope={`pk-${k.id}`}>
                    <ErrorSummary t={t} errors={renaming?.id === k.id ? renaming.errors : undefined} />
                    <form
                      method="post"
                      action={`/mein-bereich/passkeys/${encodeURIComponent(k.id)}/name`}
                      class="stack"
                      novalidate
                    >
                      <Csrf token={ctx.csrf} />
                      <TextField
                        t={t}
                        name="name"
                        label={t('passkeys.newName')}
                        value={renaming?.id === k.id ? renaming.name : k.name}
                        maxlength={60}
                        errors={renaming?.id === k.id ? renaming.errors : undefined}
                        required
                      />
                      <div class="form-actions">
                        <Button>{t('passkeys.saveName')}</Button>
                      </div>
                    </form>
                  </FieldIds>
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('passkeys.none')}</p>
        )}
      </section>
      <section aria-labelledby="passkey-new">
        <h2 class="kern-heading-medium" id="passkey-new">
          {t('passkeys.addTitle')}
        </h2>
        {canAdd ? null : <p class="kern-body">{t('passkeys.providerOnly')}</p>}
        {canAdd ? (
          <p class="kern-body" data-passkey-unsupported>
            {t('passkeys.needsScript')}
          </p>
        ) : null}
        <ErrorSummary t={t} errors={errors} />
        {canAdd ? (
          <form
            method="post"
            action="/mein-bereich/passkeys"
            class="stack"
            novalidate
            hidden
            data-passkey-register
            data-failed={t('passkeys.failed')}
            data-cancelled={t('passkeys.cancelled')}
            data-exists={t('passkeys.exists')}
            data-insecure={t('passkeys.insecure')}
            data-error-title={t('layout.errorTitle', { title: '%s' })}
          >
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="name"
              label={t('passkeys.name')}
              hint={t('passkeys.nameHint')}
              value={name}
              maxlength={60}
              errors={errors}
              required
            />
            <p class="kern-error" id="passkey-status" role="alert" hidden>
              <span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
              <span class="kern-body" data-text />
            </p>
            <div class="form-actions">
              <Button>{t('passkeys.add')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      <script src="/assets/app/passkeys.js" defer />
    </Layout>
  );
}
