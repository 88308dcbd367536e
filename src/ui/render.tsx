/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { AppError } from '../platform/errors.ts';
import type { AppEnv } from '../platform/http/types.ts';
import { Layout } from './layout.tsx';
import { pageCtx } from './page.ts';

/** Errors with a page of their own; anything else is shown as an internal error. */
const PAGE_ERRORS = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CSRF_REJECTED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INVALID_STATE',
  'CONFLICT',
  'VALIDATION_FAILED',
  'BAD_REQUEST',
] as const;

/** The HTML error page (404, 403, 429, 500 …): what happened and where to go, never a stack trace. */
export function renderErrorPage(c: Context<AppEnv>, e: AppError) {
  const ctx = pageCtx(c);
  const { t } = ctx;
  const kind = PAGE_ERRORS.find((k) => k === e.code) ?? 'INTERNAL';
  return c.html(
    <Layout ctx={ctx} title={t(`error.${kind}.title`)}>
      <h1 class="kern-heading-large">{t(`error.${kind}.title`)}</h1>
      <p class="kern-body">{t(`error.${kind}.text`)}</p>
      {kind === 'INTERNAL' ? (
        <p class="kern-body kern-body--small">{t('error.requestId', { id: c.get('requestId') })}</p>
      ) : null}
      <p>
        <a class="kern-link" href="/">
          {t('error.backHome')}
        </a>
      </p>
    </Layout>,
    e.status as 404,
  );
}
