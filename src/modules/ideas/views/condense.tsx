/** @jsxImportSource hono/jsx */
import { formatNumber } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckOption,
  Csrf,
  ErrorSummary,
  type Errors,
  FilterSelect,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

export interface ClusterView {
  keyTerms: string[];
  members: { id: string; number: string; title: string }[];
}

/** The condensing assistant: candidate clusters, each a form that becomes a project idea. */
export function CondensePage(p: {
  ctx: PageCtx;
  processes: { slug: string; title: string }[];
  process: string;
  result: { proposals: number; ms: number; clusters: ClusterView[]; unclustered: number } | undefined;
  errors?: Errors | undefined;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  const here = `/intern/ideen/buendeln${p.process ? `?process=${encodeURIComponent(p.process)}` : ''}`;
  return (
    <Layout ctx={ctx} title={t('condense.title')} wide>
      <h1 class="kern-heading-large">{t('condense.title')}</h1>
      <p class="kern-body">{t('condense.intro')}</p>
      <form method="get" action="/intern/ideen/buendeln" class="filters">
        <FilterSelect
          id="process"
          label={t('proposals.process')}
          value={p.process}
          options={p.processes.map((pr) => ({ value: pr.slug, label: pr.title }))}
          all={t('proposals.allProcesses')}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('condense.run')}</span>
        </button>
      </form>
      <ErrorSummary t={t} errors={p.errors} />
      {p.result ? (
        <>
          <p class="kern-body" role="status">
            {t('condense.summary', {
              proposals: formatNumber(lang, p.result.proposals),
              clusters: formatNumber(lang, p.result.clusters.length),
              unclustered: formatNumber(lang, p.result.unclustered),
              seconds: formatNumber(lang, p.result.ms / 1000, { maximumFractionDigits: 1 }),
            })}
          </p>
          {p.result.clusters.map((c, i) => (
            <section class="kern-card cluster" aria-labelledby={`cl-${i}`}>
              <div class="kern-card__container">
                <form method="post" action="/intern/ideen/neu" class="kern-card__body stack">
                  <Csrf token={ctx.csrf} />
                  <input type="hidden" name="action" value="create" />
                  <input type="hidden" name="zurueck" value={here} />
                  <h2 class="kern-heading-small" id={`cl-${i}`}>
                    {t('condense.cluster', {
                      n: i + 1,
                      count: c.members.length,
                      terms: c.keyTerms.join(', '),
                    })}
                  </h2>
                  <div class="kern-form-input">
                    <label class="kern-label" for={`cl-${i}-title`}>
                      {t('ideas.titleField')}
                    </label>
                    <input
                      class="kern-form-input__input"
                      id={`cl-${i}-title`}
                      name="title"
                      value={c.keyTerms.slice(0, 3).join(', ')}
                    />
                  </div>
                  <fieldset class="kern-fieldset">
                    <legend class="kern-label">{t('condense.members')}</legend>
                    <div class="kern-fieldset__body">
                      {c.members.map((m) => (
                        <CheckOption name="proposalIds" value={m.id} id={`cl-${i}-${m.id}`} checked>
                          {m.title} <span class="meta">({m.number})</span>
                        </CheckOption>
                      ))}
                    </div>
                  </fieldset>
                  <div class="form-actions">
                    <Button>{t('condense.accept')}</Button>
                  </div>
                </form>
              </div>
            </section>
          ))}
        </>
      ) : null}
    </Layout>
  );
}
