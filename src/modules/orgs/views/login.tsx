/** @jsxImportSource hono/jsx */
import { Button, ErrorSummary, type Errors, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

export function LoginPage({
  ctx,
  email,
  back,
  errors,
}: {
  ctx: PageCtx;
  email?: string;
  back: string;
  errors?: Errors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.title')}>
      <h1 class="kern-heading-large">{t('login.title')}</h1>
      <p class="kern-body">{t('login.intro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/anmelden" class="stack" novalidate>
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
    </Layout>
  );
}
