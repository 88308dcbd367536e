/** @jsxImportSource hono/jsx */
import { Button, Csrf, ErrorSummary, type Errors, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

export function LoginPage({
  ctx,
  email,
  back,
  errors,
  locked = false,
  provider = false,
}: {
  ctx: PageCtx;
  /** Staff may sign in through the city's identity provider (OIDC): its button above the form. */
  provider?: boolean;
  email?: string;
  back: string;
  errors?: Errors;
  /** Too many failed attempts: sign-in pauses for this address or account. */
  locked?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.title')}>
      <h1 class="kern-heading-large">{t('login.title')}</h1>
      <p class="kern-body">{t('login.intro')}</p>
      {locked ? (
        <div class="kern-alert kern-alert--warning" role="alert" id="hinweis" tabindex={-1} autofocus>
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 class="kern-title">{t('login.lockedTitle')}</h2>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{t('login.rateLimited')}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary
        t={t}
        errors={errors}
        // Coming back from the provider without a sign-in: nothing on this page to correct.
        title={errors?.provider ? t('login.providerFailedTitle') : undefined}
      />
      {provider ? (
        <section class="stack" aria-labelledby="provider-title">
          <h2 class="kern-heading-medium" id="provider-title">
            {t('login.providerTitle')}
          </h2>
          <p class="kern-body">{t('login.providerIntro')}</p>
          {errors?.provider ? (
            <p class="kern-error" id="provider-error">
              {t(errors.provider.key, errors.provider.values)}
            </p>
          ) : null}
          <p>
            <a
              class="kern-btn kern-btn--primary"
              id="provider"
              href={
                back === '/intern'
                  ? '/anmelden/dienstkonto'
                  : `/anmelden/dienstkonto?zurueck=${encodeURIComponent(back)}`
              }
              aria-describedby={errors?.provider ? 'provider-error' : undefined}
            >
              <span class="kern-label">{t('login.providerButton')}</span>
            </a>
          </p>
        </section>
      ) : null}
      {/* Passkeys need the browser's WebAuthn: passkeys.js shows this where it finds it. */}
      <section
        class="stack"
        aria-labelledby="passkey-title"
        hidden
        data-passkey-signin
        data-back={back}
        data-failed={t('passkeys.failed')}
        data-cancelled={t('passkeys.cancelled')}
        data-insecure={t('passkeys.insecure')}
      >
        <h2 class="kern-heading-medium" id="passkey-title">
          {t('login.passkeyTitle')}
        </h2>
        <p class="kern-body">{t('login.passkeyIntro')}</p>
        <p class="kern-error" id="passkey-status" role="alert" hidden>
          <span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span class="kern-body" data-text />
        </p>
        <p>
          <button type="button" class="kern-btn kern-btn--secondary" id="passkey">
            <span class="kern-label">{t('login.passkeyButton')}</span>
          </button>
        </p>
      </section>
      <h2 class="kern-heading-medium" hidden={!provider} data-password-title>
        {t('login.passwordTitle')}
      </h2>
      <form method="post" action="/anmelden" class="stack" novalidate>
        {/* A visitor who already has a session (a public form made one) proves this form is ours. */}
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="zurueck" value={back} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('login.email')}
          value={email}
          autocomplete="username"
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('login.password')}
          autocomplete="current-password"
          errors={errors}
          required
        />
        <div class="form-actions">
          <Button>{t('login.submit')}</Button>
        </div>
      </form>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/passwort-vergessen">
            {t('login.forgot')}
          </a>
        </li>
        <li>
          {t('login.noAccount')}{' '}
          <a
            class="kern-link"
            href={back === '/intern' ? '/registrieren' : `/registrieren?zurueck=${encodeURIComponent(back)}`}
          >
            {t('login.signUp')}
          </a>
        </li>
      </ul>
      <script src="/assets/app/passkeys.js" defer />
    </Layout>
  );
}
