/** @jsxImportSource hono/jsx */
import { Button, CheckField, Csrf, ErrorSummary, type Errors, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

/** Sign-up for citizens: name, address, password, the privacy notice; the account waits for the mail's link. */
export function SignUpPage({
  ctx,
  back,
  values,
  errors,
}: {
  ctx: PageCtx;
  /** The page of the portal the person came from (a proposal to support); sign-in after confirming leads back. */
  back: string;
  values?: { displayName?: string; email?: string; privacy?: string };
  errors?: Errors;
}) {
  const { t } = ctx;
  const v = values ?? {};
  return (
    <Layout ctx={ctx} title={t('signup.title')}>
      <h1 class="kern-heading-large">{t('signup.title')}</h1>
      <p class="kern-body">{t('signup.intro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/registrieren" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="zurueck" value={back} />
        <TextField
          t={t}
          name="displayName"
          label={t('signup.displayName')}
          hint={t('signup.displayNameHint')}
          value={v.displayName}
          autocomplete="nickname"
          maxlength={100}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('login.email')}
          hint={t('signup.emailHint')}
          value={v.email}
          autocomplete="email"
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="password"
          type="password"
          label={t('login.password')}
          hint={t('signup.passwordHint')}
          autocomplete="new-password"
          errors={errors}
          required
        />
        <CheckField
          t={t}
          name="privacy"
          checked={v.privacy === 'on'}
          errors={errors}
          label={
            <>
              {t('signup.privacy')}{' '}
              <a class="kern-link" href="/datenschutz">
                {t('footer.privacy')}
              </a>
            </>
          }
        />
        <div class="form-actions">
          <Button>{t('signup.submit')}</Button>
        </div>
      </form>
      <p class="kern-body">
        {t('signup.haveAccount')}{' '}
        <a class="kern-link" href="/anmelden">
          {t('login.title')}
        </a>
      </p>
    </Layout>
  );
}

/** What the person does next after a form that sent a mail (sign-up, forgotten password). */
export function MailSentPage({ ctx, kind }: { ctx: PageCtx; kind: 'signup' | 'reset' }) {
  const { t } = ctx;
  const title = kind === 'signup' ? t('signup.sentTitle') : t('password.sentTitle');
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{kind === 'signup' ? t('signup.sent') : t('password.sent')}</p>
      <p class="kern-body">{kind === 'signup' ? t('signup.noMail') : t('password.noMail')}</p>
      <p class="kern-body">
        <a class="kern-link" href="/">
          {t('signup.toPortal')}
        </a>
      </p>
    </Layout>
  );
}

/** "Forgot my password": the address to send the reset link to. */
export function ForgotPage({ ctx, email, errors }: { ctx: PageCtx; email?: string; errors?: Errors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('password.forgotTitle')}>
      <h1 class="kern-heading-large">{t('password.forgotTitle')}</h1>
      <p class="kern-body">{t('password.forgotIntro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/passwort-vergessen" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('login.email')}
          value={email}
          autocomplete="email"
          errors={errors}
          required
        />
        <div class="form-actions">
          <Button>{t('password.forgotSubmit')}</Button>
        </div>
      </form>
    </Layout>
  );
}

/** A new password typed twice (a reset link, a change while signed in). */
function NewPasswordFields({ t, errors }: { t: PageCtx['t']; errors: Errors | undefined }) {
  return (
    <>
      <TextField
        t={t}
        name="password"
        type="password"
        label={t('password.new')}
        hint={t('signup.passwordHint')}
        autocomplete="new-password"
        errors={errors}
        required
      />
      <TextField
        t={t}
        name="repeat"
        type="password"
        label={t('password.repeat')}
        autocomplete="new-password"
        errors={errors}
        required
      />
    </>
  );
}

/** The page a reset or invitation link opens: the new password, twice. */
export function ResetPage({ ctx, token, errors }: { ctx: PageCtx; token: string; errors?: Errors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('password.resetTitle')}>
      <h1 class="kern-heading-large">{t('password.resetTitle')}</h1>
      <p class="kern-body">{t('password.resetIntro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={`/passwort-neu/${token}`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <NewPasswordFields t={t} errors={errors} />
        <div class="form-actions">
          <Button>{t('password.resetSubmit')}</Button>
        </div>
      </form>
    </Layout>
  );
}

/**
 * Changing one's password while signed in: the current one, the new one twice. An account without a
 * password, or staff who must come through the identity provider, read where to change it instead.
 */
export function ChangePasswordPage({
  ctx,
  mode,
  errors,
}: {
  ctx: PageCtx;
  mode: 'form' | 'noPassword' | 'providerOnly';
  errors?: Errors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('passwordChange.title')}>
      <h1 class="kern-heading-large">{t('passwordChange.title')}</h1>
      {mode === 'form' ? (
        <>
          <p class="kern-body">{t('passwordChange.intro')}</p>
          <ErrorSummary t={t} errors={errors} />
          <form method="post" action="/mein-bereich/passwort" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="current"
              type="password"
              label={t('passwordChange.current')}
              autocomplete="current-password"
              errors={errors}
              required
            />
            <NewPasswordFields t={t} errors={errors} />
            <div class="form-actions">
              <Button>{t('passwordChange.submit')}</Button>
            </div>
          </form>
        </>
      ) : (
        <p class="kern-body">
          {t(mode === 'noPassword' ? 'passwordChange.noPassword' : 'passwordChange.providerOnly')}
        </p>
      )}
      <p class="kern-body">
        <a class="kern-link" href="/mein-bereich">
          {t('passwordChange.back')}
        </a>
      </p>
    </Layout>
  );
}

/** A link from a mail that no longer works: what happened and what to do instead. */
export function LinkProblemPage({ ctx, expired }: { ctx: PageCtx; expired: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('password.linkTitle')}>
      <h1 class="kern-heading-large">{t('password.linkTitle')}</h1>
      <p class="kern-body">{expired ? t('password.linkExpired') : t('password.linkInvalid')}</p>
      <p class="kern-body">
        <a class="kern-link" href="/passwort-vergessen">
          {t('password.forgotTitle')}
        </a>
      </p>
    </Layout>
  );
}
