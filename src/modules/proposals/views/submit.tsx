/** @jsxImportSource hono/jsx */
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  Radios,
  Select,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import type { StrategyTree } from '../../strategy/strategy.service.ts';
import { AUTHOR_KINDS } from '../proposals.table.ts';

export interface SubmitValues {
  title?: string;
  body?: string;
  authorKind?: string;
  organisationName?: string;
  email?: string;
  fieldOfActionId?: string;
}

export function SubmitPage({
  ctx,
  strategy,
  values,
  errors,
}: {
  ctx: PageCtx;
  strategy: StrategyTree;
  values: SubmitValues;
  errors?: Errors;
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
      <form method="post" action="/mitmachen" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
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
        />
        <Select
          t={t}
          name="fieldOfActionId"
          label={t('proposal.field.fieldOfAction')}
          empty={t('proposal.noFieldOfAction')}
          value={values.fieldOfActionId}
          options={strategy.flatMap((p) =>
            p.fields.map((f) => ({ value: f.id, label: `${p.name}: ${f.name}` })),
          )}
          errors={errors}
        />
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
    </Layout>
  );
}

export function ThanksPage({ ctx, reference }: { ctx: PageCtx; reference: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participate.thanksTitle')}>
      <h1 class="kern-heading-large">{t('participate.thanksTitle')}</h1>
      <p class="kern-body kern-body--large">{t('participate.thanksText', { reference })}</p>
      <p class="kern-body">{t('participate.thanksNext')}</p>
      <p>
        <a class="kern-link" href="/mitmachen/vorschlaege">
          {t('participate.browse')}
        </a>
      </p>
    </Layout>
  );
}
