/** @jsxImportSource hono/jsx */
import { fileSize } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  Radios,
  Select,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { fieldOptions, type LocalStrategy } from '../../strategy/strategy.service.ts';
import { AUTHOR_KINDS } from '../proposals.table.ts';
import { SIMILARITY_DEGREES, type SimilarityDegree } from '../similarity.degree.ts';

export interface SubmitValues {
  title?: string;
  body?: string;
  authorKind?: string;
  organisationName?: string;
  email?: string;
  fieldOfActionId?: string;
  consent?: string;
  notify?: string;
  place?: string;
  /** Token under which files of this submission wait (see attachments.service). */
  uploads?: string;
}

export interface StagedFile {
  id: string;
  filename: string;
  size: number;
}

/** The file input with the files already kept for this submission. */
function Attachments({
  ctx,
  staged,
  errors,
}: {
  ctx: PageCtx;
  staged: StagedFile[];
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  const err = errors?.attachments;
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for="f-attachments">
        {t('proposal.field.attachments')}
        <span class="kern-label--small"> ({t('form.optional')})</span>
      </label>
      <div class="kern-hint" id="f-attachments-hint">
        {t('proposal.hint.attachments')}
      </div>
      <FieldErrorMessage t={t} id="f-attachments-error" error={err} />
      {staged.length ? (
        <div>
          <p class="kern-body kern-body--small">{t('proposal.attachmentsKept')}</p>
          <ul class="kern-list">
            {staged.map((f) => (
              <li>
                {f.filename} ({fileSize(lang, f.size)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {staged.length < 3 ? (
        <input
          class="kern-form-input__input"
          type="file"
          id="f-attachments"
          name="attachments"
          multiple
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          aria-describedby={`f-attachments-hint${err ? ' f-attachments-error' : ''}`}
          aria-invalid={err ? 'true' : undefined}
        />
      ) : null}
    </div>
  );
}

/** Spam defence without third parties: a signed render time and a field only bots fill in. */
function SpamGuards({ formToken }: { formToken: string }) {
  return (
    <>
      <input type="hidden" name="_t" value={formToken} />
      {/* Hidden from people and their screen readers alike; only bots see and fill it. */}
      <div class="hp" aria-hidden="true">
        <label for="f-website" lang="de">
          Website (bitte leer lassen)
        </label>
        <input id="f-website" name="website" type="text" tabindex={-1} autocomplete="off" />
      </div>
    </>
  );
}

export function SubmitPage({
  ctx,
  strategy,
  values,
  staged = [],
  errors,
  formToken,
}: {
  ctx: PageCtx;
  strategy: LocalStrategy;
  values: SubmitValues;
  staged?: StagedFile[];
  errors?: Errors | undefined;
  formToken: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participate.title')}>
      <h1 class="kern-heading-large">{t('participate.title')}</h1>
      <p class="kern-body kern-body--large">{t('participate.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href="/mitmachen/vorschlaege">
          {t('participate.browse')}
        </a>
      </p>
      <ErrorSummary t={t} errors={errors} />
      <form
        method="post"
        action="/mitmachen"
        class="stack"
        novalidate
        data-hints=""
        enctype="multipart/form-data"
      >
        <Csrf token={ctx.csrf} />
        <SpamGuards formToken={formToken} />
        {values.uploads ? <input type="hidden" name="uploads" value={values.uploads} /> : null}
        <h2 class="kern-heading-medium">{t('participate.formTitle')}</h2>
        <TextField
          t={t}
          name="title"
          label={t('proposal.field.title')}
          hint={t('proposal.hint.title')}
          value={values.title}
          errors={errors}
          maxlength={200}
          required
        />
        <TextArea
          t={t}
          name="body"
          label={t('proposal.field.body')}
          hint={t('proposal.hint.body')}
          value={values.body}
          errors={errors}
          maxlength={5000}
          rows={8}
          required
        />
        <div
          id="similar-live"
          class="similar-live"
          aria-live="polite"
          data-heading={t('participate.similarLive')}
          data-degrees={JSON.stringify(
            Object.fromEntries(SIMILARITY_DEGREES.map((d) => [d, t(`participate.degree.${d}`)])),
          )}
          data-same-title={t('participate.sameTitle')}
          data-how={t('participate.similarHow')}
          data-how-link={t('footer.algorithms')}
          // Links drawn by the script are not moved into the page's language at the edge: it adds this.
          data-prefix={ctx.lang === 'de' ? '' : `/${ctx.lang}`}
          data-content-lang={langAttr(ctx)}
        />
        <Radios
          t={t}
          name="authorKind"
          label={t('proposal.field.authorKind')}
          value={values.authorKind ?? 'citizen'}
          options={AUTHOR_KINDS.map((k) => ({ value: k, label: t(`authorKind.${k}`) }))}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="organisationName"
          label={t('proposal.field.organisationName')}
          hint={t('proposal.hint.organisationName')}
          value={values.organisationName}
          errors={errors}
          autocomplete="organization"
          conditional
        />
        <TextField
          t={t}
          name="place"
          label={t('proposal.field.place')}
          hint={t('proposal.hint.place')}
          value={values.place}
          errors={errors}
          maxlength={200}
        />
        <Select
          t={t}
          name="fieldOfActionId"
          label={t('proposal.field.fieldOfAction')}
          empty={t('proposal.noFieldOfAction')}
          value={values.fieldOfActionId}
          options={contentOptions(ctx, fieldOptions(strategy))}
          errors={errors}
        />
        <Attachments ctx={ctx} staged={staged} errors={errors} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('proposal.field.email')}
          hint={t('proposal.hint.email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
        />
        <Radios
          t={t}
          name="notify"
          label={t('participate.notify')}
          value={values.notify || 'immediate'}
          options={[
            { value: 'immediate', label: t('subscriptions.freq.immediate') },
            { value: 'weekly', label: t('subscriptions.freq.weekly') },
          ]}
          errors={errors}
        />
        <div class={`kern-form-check${errors?.consent ? ' kern-form-check--error' : ''}`}>
          <FieldErrorMessage t={t} id="f-consent-error" error={errors?.consent} />
          <input
            class={`kern-form-check__checkbox${errors?.consent ? ' kern-form-check__checkbox--error' : ''}`}
            type="checkbox"
            name="consent"
            id="f-consent"
            checked={values.consent === 'on'}
            aria-invalid={errors?.consent ? 'true' : undefined}
            aria-describedby={errors?.consent ? 'f-consent-error' : undefined}
          />
          <label class="kern-label" for="f-consent">
            {t('participate.consent')}
          </label>
        </div>
        <p class="kern-body kern-body--small">
          {t('participate.privacyNote')}{' '}
          <a class="kern-link" href="/datenschutz">
            {t('footer.privacy')}
          </a>
        </p>
        <div class="form-actions">
          <Button>{t('participate.submit')}</Button>
        </div>
      </form>
      <script src="/assets/app/hints.js" defer />
    </Layout>
  );
}

/** Which mail follows a proposal (the thank-you page's `mail`): none, a link to confirm, or to the account's address. */
export const THANKS_MAIL = ['ohne', 'link', 'konto'] as const;

const FOLLOW_TEXT = {
  ohne: 'participate.followNone',
  link: 'participate.followLink',
  konto: 'participate.followAccount',
} as const;

export function ThanksPage({
  ctx,
  reference,
  mail,
  signedIn = false,
}: {
  ctx: PageCtx;
  reference: string | undefined;
  /** What was sent, when the page is reached from the form; an old or shared link says it in general. */
  mail?: (typeof THANKS_MAIL)[number] | undefined;
  signedIn?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participate.thanksTitle')}>
      <h1 class="kern-heading-large">{t('participate.thanksTitle')}</h1>
      {reference ? (
        <p class="kern-body kern-body--large">{t('participate.thanksText', { reference })}</p>
      ) : null}
      <p class="kern-body">{t('participate.thanksNext')}</p>
      {reference ? <p class="kern-body">{t(mail ? FOLLOW_TEXT[mail] : 'participate.followSent')}</p> : null}
      {signedIn ? (
        <p>
          <a class="kern-link" href="/mein-bereich">
            {t('participate.toMine')}
          </a>
        </p>
      ) : null}
      <p>
        <a class="kern-link" href="/mitmachen/vorschlaege">
          {t('participate.browse')}
        </a>
      </p>
    </Layout>
  );
}

export interface SimilarHint {
  id: string;
  number: string;
  title: string;
  body: string;
  similarity: number;
  degree: SimilarityDegree;
  sameTitle: boolean;
}

/** The confirmation step: similar published proposals, then "submit anyway" or "edit". Works without JavaScript. */
export function ConfirmPage({
  ctx,
  values,
  similar,
  staged = [],
  formToken,
}: {
  ctx: PageCtx;
  values: SubmitValues;
  similar: SimilarHint[];
  staged?: StagedFile[];
  formToken: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participate.similarTitle')}>
      <h1 class="kern-heading-large">{t('participate.similarTitle')}</h1>
      <p class="kern-body">{t('participate.similarIntro', { count: similar.length })}</p>
      <ol class="kern-list similar-list">
        {similar.map((s) => (
          <li>
            <h2 class="kern-heading-small">
              <a class="kern-link" href={`/mitmachen/vorschlaege/${s.id}`} lang={langAttr(ctx)}>
                {s.title}
              </a>
            </h2>
            <p class="meta">
              {s.number} · <SimilarityBadge t={t} degree={s.degree} />
              {s.sameTitle ? ` · ${t('participate.sameTitle')}` : ''}
            </p>
            {s.body ? (
              <p class="kern-body" lang={langAttr(ctx)}>
                {s.body.length > 240 ? `${s.body.slice(0, 240)}…` : s.body}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p class="kern-body">
        {t('participate.similarHow')}{' '}
        <a class="kern-link" href="/transparenz/algorithmen">
          {t('footer.algorithms')}
        </a>
      </p>
      <form method="post" action="/mitmachen" class="stack">
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="_t" value={formToken} />
        {Object.entries(values).map(([k, v]) => (v ? <input type="hidden" name={k} value={v} /> : null))}
        <h2 class="kern-heading-small">{t('participate.yourProposal')}</h2>
        <p class="kern-body kern-body--bold">{values.title}</p>
        <p class="kern-body">{values.body}</p>
        {staged.length ? (
          <p class="kern-body kern-body--small">
            {t('proposal.field.attachments')}: {staged.map((f) => f.filename).join(', ')}
          </p>
        ) : null}
        <div class="form-actions">
          <Button name="confirmed" value="1">
            {t('participate.submitAnyway')}
          </Button>
          <Button kind="secondary" name="edit" value="1">
            {t('participate.editAgain')}
          </Button>
        </div>
      </form>
    </Layout>
  );
}

/** The calibrated degree of a hint, in words (the strongest two emphasised). */
function SimilarityBadge({ t, degree }: { t: PageCtx['t']; degree: SimilarityDegree }) {
  return <span class={`similar-degree similar-degree--${degree}`}>{t(`participate.degree.${degree}`)}</span>;
}
