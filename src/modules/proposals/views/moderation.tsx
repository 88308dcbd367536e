/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Button, CheckOption, Csrf, ErrorSummary, type Errors, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import type { Proposal } from '../proposals.table.ts';

export function ModerationPage(p: {
  ctx: PageCtx;
  state: 'submitted' | 'hidden';
  rows: Proposal[];
  counts: Record<string, number | undefined>;
  errors?: Errors | undefined;
  selected?: string[];
  reason?: string;
  duplicateOf?: string;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('moderation.title')}>
      <h1 class="kern-heading-large">{t('moderation.title')}</h1>
      <nav aria-label={t('moderation.views')}>
        <ul class="kern-list kern-list--horizontal">
          <li>
            <a
              class="kern-link"
              href="/intern/moderation"
              aria-current={p.state === 'submitted' ? 'page' : undefined}
            >
              {t('moderation.queue', { count: p.counts.submitted ?? 0 })}
            </a>
          </li>
          <li>
            <a
              class="kern-link"
              href="/intern/moderation?state=hidden"
              aria-current={p.state === 'hidden' ? 'page' : undefined}
            >
              {t('moderation.hidden', { count: p.counts.hidden ?? 0 })}
            </a>
          </li>
        </ul>
      </nav>
      <ErrorSummary t={t} errors={p.errors} />
      {p.rows.length === 0 ? (
        <p class="kern-body">{t('moderation.empty')}</p>
      ) : (
        <form method="post" action="/intern/moderation" class="stack">
          <Csrf token={ctx.csrf} />
          <fieldset class="kern-fieldset" id="f-ids">
            <legend class="kern-label">{t('moderation.select')}</legend>
            <table class="kern-table">
              <caption class="kern-sr-only">{t('moderation.title')}</caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('moderation.choose')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('proposal.field.title')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('proposal.author')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('proposal.submittedOn')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {p.rows.map((r) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <CheckOption
                        name="ids"
                        value={r.id}
                        id={`sel-${r.id}`}
                        checked={p.selected?.includes(r.id)}
                      >
                        <span class="kern-sr-only">{t('moderation.chooseOne', { title: r.title })}</span>
                        {r.number}
                      </CheckOption>
                    </td>
                    <td class="kern-table__cell">
                      <a class="kern-link" href={`/mitmachen/vorschlaege/${r.id}`}>
                        {r.title}
                      </a>
                      <p class="kern-body kern-body--small">
                        {r.body.length > 300 ? `${r.body.slice(0, 300)}…` : r.body}
                      </p>
                      {r.moderationReason ? (
                        <p class="kern-body kern-body--small">
                          {t('moderation.reasonShown', { reason: r.moderationReason })}
                        </p>
                      ) : null}
                    </td>
                    <td class="kern-table__cell">
                      {r.organisationName
                        ? `${t(`authorKind.${r.authorKind}`)}: ${r.organisationName}`
                        : t(`authorKind.${r.authorKind}`)}
                    </td>
                    <td class="kern-table__cell">{formatDate(lang, r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <TextField
            t={t}
            name="reason"
            label={t('moderation.reason')}
            hint={t('moderation.reasonHint')}
            value={p.reason}
            errors={p.errors}
          />
          <TextField
            t={t}
            name="duplicateOf"
            label={t('moderation.duplicateOf')}
            hint={t('moderation.duplicateOfHint')}
            value={p.duplicateOf}
            errors={p.errors}
          />
          <div class="form-actions">
            <Button name="action" value="publish">
              {t('moderation.publish')}
            </Button>
            {p.state === 'submitted' ? (
              <Button kind="secondary" name="action" value="duplicate">
                {t('moderation.markDuplicate')}
              </Button>
            ) : null}
            {p.state === 'submitted' ? (
              <Button kind="secondary" name="action" value="hide">
                {t('moderation.hide')}
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </Layout>
  );
}
