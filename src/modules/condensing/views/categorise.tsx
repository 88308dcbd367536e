/** @jsxImportSource hono/jsx */
import { formatNumber } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckOption,
  Csrf,
  ErrorSummary,
  type Errors,
  TableScroll,
  tMarked,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, writtenLang } from '../../../ui/page.ts';

export interface CategoriseRow {
  id: string;
  number: string;
  title: string;
  body: string;
  /** The language the proposal was written in (detected on intake). */
  language: string;
  suggestion: { label: string; confidence: number } | undefined;
}

/** Proposals without a field of action, the suggested field preselected; a person confirms. */
export function CategorisePage(p: {
  ctx: PageCtx;
  rows: CategoriseRow[];
  trained: boolean;
  /** The first training is still running: suggestions follow on the next visit. */
  training: boolean;
  fields: { value: string; label: string }[];
  threshold: number;
  errors?: Errors | undefined;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  const pct = (x: number) => `${formatNumber(lang, Math.round(x * 100))} %`;
  const confident = p.rows.filter((r) => r.suggestion && r.suggestion.confidence >= p.threshold).length;
  return (
    <Layout ctx={ctx} title={t('categorise.title')} wide>
      <h1 class="kern-heading-large">{t('categorise.title')}</h1>
      <p class="kern-body">{t('categorise.intro')}</p>
      {p.training ? (
        <p class="kern-body" role="status">
          {t('categorise.training')}{' '}
          <a class="kern-link" href="/intern/themenfelder">
            {t('categorise.reload')}
          </a>
        </p>
      ) : !p.trained ? (
        <p class="kern-body">{t('categorise.notTrained')}</p>
      ) : null}
      <ErrorSummary t={t} errors={p.errors} />
      {p.rows.length === 0 ? (
        <p class="kern-body">{t('categorise.empty')}</p>
      ) : (
        <form method="post" action="/intern/themenfelder" class="stack">
          <Csrf token={ctx.csrf} />
          <TableScroll label={t('categorise.caption', { count: p.rows.length })}>
            <table class="kern-table" id="f-ids">
              <caption>{t('categorise.caption', { count: p.rows.length })}</caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('moderation.choose')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('proposal.field.title')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('proposal.field.fieldOfAction')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('categorise.confidence')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {p.rows.map((r) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <CheckOption name="ids" value={r.id} id={`c-${r.id}`}>
                        <span class="kern-sr-only">
                          {tMarked(
                            t,
                            'moderation.chooseOne',
                            { title: r.title },
                            {},
                            writtenLang(ctx, r.language),
                          )}
                        </span>
                        {r.number}
                      </CheckOption>
                    </td>
                    <td class="kern-table__cell">
                      <span lang={writtenLang(ctx, r.language)}>{r.title}</span>
                      {r.body ? (
                        <p class="kern-body kern-body--small" lang={writtenLang(ctx, r.language)}>
                          {r.body.length > 160 ? `${r.body.slice(0, 160)}…` : r.body}
                        </p>
                      ) : null}
                    </td>
                    <td class="kern-table__cell">
                      <label class="kern-sr-only" for={`fld-${r.id}`}>
                        {tMarked(
                          t,
                          'categorise.fieldFor',
                          { title: r.title },
                          {},
                          writtenLang(ctx, r.language),
                        )}
                      </label>
                      <div class="kern-form-input__select-wrapper">
                        <select class="kern-form-input__select" id={`fld-${r.id}`} name={`field-${r.id}`}>
                          {p.fields.map((f) => (
                            <option
                              value={f.value}
                              selected={f.value === r.suggestion?.label}
                              lang={langAttr(ctx)}
                            >
                              {f.label}
                            </option>
                          ))}
                        </select>
                      </div>
                    </td>
                    <td class="kern-table__cell">{r.suggestion ? pct(r.suggestion.confidence) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div class="form-actions">
            <Button name="action" value="selected">
              {t('categorise.applySelected')}
            </Button>
            {confident ? (
              <Button kind="secondary" name="action" value="confident">
                {t('categorise.applyConfident', { count: confident, threshold: pct(p.threshold) })}
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </Layout>
  );
}
