/** @jsxImportSource hono/jsx */
import { formatNumber } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckOption,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  FilterSelect,
  Notice,
  Pagination,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';

export interface ClusterView {
  id: string;
  /** The group's number, kept while other groups are accepted, split or rejected. */
  number: number;
  keyTerms: string[];
  members: { id: string; number: string; title: string }[];
}

export interface RunView {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  error: string | null;
  result: { proposals: number; ms: number; clusters: ClusterView[]; unclustered: number } | undefined;
}

/** What a cluster form sent back with errors: its title and the members still ticked. */
export interface ClusterForm {
  clusterId: string;
  title: string;
  selected: string[];
  /** The group number typed to move to, shown again with its error. */
  target?: string | undefined;
}

const CLUSTERS_PER_PAGE = 20;

/**
 * The condensing assistant: candidate clusters of a participation process, each a form. The team
 * renames a cluster, unticks members that do not fit, splits or moves the ticked ones, rejects the
 * cluster (it is not offered again) or accepts it as a project idea.
 */
export function CondensePage(p: {
  ctx: PageCtx;
  processes: { slug: string; title: string }[];
  process: string;
  run: RunView | undefined;
  errors?: Errors | undefined;
  form?: ClusterForm | undefined;
  /** The group a split or move was just made in, and what became of its proposals. */
  edited?: { clusterId: string; text: string } | undefined;
  /** The page of clusters to show (20 a page, largest first as the run stored them). */
  page: number;
}) {
  const { ctx, run } = p;
  const { t, lang } = ctx;
  const clusters = run?.result?.clusters ?? [];
  const pages = Math.max(1, Math.ceil(clusters.length / CLUSTERS_PER_PAGE));
  // A failed edit shows the page its cluster is on.
  const failedAt = p.form ? clusters.findIndex((c) => c.id === p.form!.clusterId) : -1;
  const page =
    failedAt >= 0 ? Math.floor(failedAt / CLUSTERS_PER_PAGE) + 1 : Math.min(Math.max(p.page, 1), pages);
  const first = (page - 1) * CLUSTERS_PER_PAGE;
  const shown = clusters.slice(first, first + CLUSTERS_PER_PAGE);
  const href = (n: number) => {
    const query = new URLSearchParams({
      ...(p.process ? { process: p.process } : {}),
      ...(n > 1 ? { seite: String(n) } : {}),
    });
    return query.size ? `/intern/ideen/buendeln?${query}` : '/intern/ideen/buendeln';
  };
  const here = href(page);
  return (
    <Layout ctx={ctx} title={t('condense.title')} wide>
      <h1 class="kern-heading-large">{t('condense.title')}</h1>
      <p class="kern-body">{t('condense.intro')}</p>
      {ctx.notice === 'idea-created' && !ctx.noticeText ? (
        <Notice kind="success" title={t('condense.created')} />
      ) : null}
      <form method="get" action="/intern/ideen/buendeln" class="filters">
        <FilterSelect
          id="process"
          label={t('proposals.process')}
          value={p.process}
          options={contentOptions(
            ctx,
            p.processes.map((pr) => ({ value: pr.slug, label: pr.title })),
          )}
          all={t('proposals.allProcesses')}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('condense.show')}</span>
        </button>
      </form>
      <form method="post" action="/intern/ideen/buendeln" class="stack" data-busy={t('condense.busy')}>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="process" value={p.process} />
        <p class="kern-body">{run ? t('condense.recomputeHint') : t('condense.noRun')}</p>
        <div class="form-actions">
          <Button kind={run ? 'secondary' : 'primary'}>
            {run ? t('condense.recompute') : t('condense.run')}
          </Button>
        </div>
        <p class="kern-body" role="status" data-busy-status />
      </form>
      <script src="/assets/app/busy.js" defer />
      <ErrorSummary
        t={t}
        errors={p.errors}
        // Every group's form has the same fields: the summary says which group (walk).
        title={failedAt >= 0 ? t('condense.errorsInGroup', { n: clusters[failedAt]!.number }) : undefined}
      />
      {run && (run.state === 'queued' || run.state === 'running') ? (
        <div class="stack" role="status">
          <p class="kern-body">
            {t('condense.running', {
              done: formatNumber(lang, run.done),
              total: formatNumber(lang, run.total),
            })}
          </p>
          <progress max={Math.max(1, run.total)} value={run.done} aria-label={t('condense.progress')} />
          <p>
            <a class="kern-link" href={here}>
              {t('condense.reload')}
            </a>
          </p>
        </div>
      ) : null}
      {run?.state === 'failed' ? <Notice kind="warning" title={t('condense.failed')} /> : null}
      {run?.result ? (
        <p class="kern-body" role="status">
          {t('condense.summary', {
            // What is left now (accepted, split, moved and discarded groups change it) beside the run's own.
            grouped: formatNumber(
              lang,
              clusters.reduce((n, c) => n + c.members.length, 0),
            ),
            proposals: formatNumber(lang, run.result.proposals),
            clusters: formatNumber(lang, clusters.length),
            unclustered: formatNumber(lang, run.result.unclustered),
            seconds: formatNumber(lang, run.result.ms / 1000, { maximumFractionDigits: 1 }),
          })}
        </p>
      ) : null}
      {/* A group on another page than the one shown (a move to a group further on): said here. */}
      {p.edited && !shown.some((c) => c.id === p.edited!.clusterId) ? (
        <Notice kind="success" title={p.edited.text} />
      ) : null}
      {shown.map((c) => {
        const form = p.form?.clusterId === c.id ? p.form : undefined;
        const titleError = p.errors?.[`title-${c.id}`];
        const membersError = p.errors?.[`members-${c.id}`];
        const targetError = p.errors?.[`target-${c.id}`];
        return (
          <section class="kern-card cluster" aria-labelledby={`cl-${c.id}`}>
            <div class="kern-card__container">
              <form
                method="post"
                action={`/intern/ideen/buendeln/${run!.id}/${c.id}`}
                class="kern-card__body stack"
                novalidate
              >
                <Csrf token={ctx.csrf} />
                <input type="hidden" name="zurueck" value={here} />
                <h2 class="kern-heading-small" id={`cl-${c.id}`}>
                  {withContent(
                    ctx,
                    'condense.cluster',
                    { terms: c.keyTerms.join(', ') },
                    { n: c.number, count: c.members.length },
                  )}
                </h2>
                {p.edited?.clusterId === c.id ? <Notice kind="success" title={p.edited.text} /> : null}
                <div class={`kern-form-input${titleError ? ' kern-form-input--error' : ''}`}>
                  <label class="kern-label" for={`f-title-${c.id}`}>
                    {t('ideas.titleField')}
                  </label>
                  <FieldErrorMessage t={t} id={`f-title-${c.id}-error`} error={titleError} />
                  <input
                    class={`kern-form-input__input${titleError ? ' kern-form-input__input--error' : ''}`}
                    id={`f-title-${c.id}`}
                    name="title"
                    lang={langAttr(ctx)}
                    value={form?.title ?? c.keyTerms.slice(0, 3).join(', ')}
                    aria-describedby={titleError ? `f-title-${c.id}-error` : undefined}
                  />
                </div>
                <fieldset
                  class={`kern-fieldset${membersError ? ' kern-fieldset--error' : ''}`}
                  id={`f-members-${c.id}`}
                >
                  <legend class="kern-label">{t('condense.members')}</legend>
                  <FieldErrorMessage t={t} id={`f-members-${c.id}-error`} error={membersError} />
                  <div class="kern-fieldset__body">
                    {c.members.map((m) => (
                      <div class="cluster-member">
                        <CheckOption
                          name="proposalIds"
                          value={m.id}
                          id={`cl-${c.id}-${m.id}`}
                          checked={form ? form.selected.includes(m.id) : true}
                        >
                          <a class="kern-link" href={`/mitmachen/vorschlaege/${m.id}`} lang={langAttr(ctx)}>
                            {m.title}
                          </a>{' '}
                          <span class="meta">({m.number})</span>
                        </CheckOption>
                        {/* One proposal off a large group in one step (not unticking all the others); the
                            button belongs to the form below, so Enter in this form never sends it. */}
                        {c.members.length > 1 ? (
                          <Button
                            kind="tertiary"
                            form={`split-${c.id}`}
                            name="proposalIds"
                            value={m.id}
                            label={t('condense.splitOneLabel', { title: m.title, number: m.number })}
                          >
                            {t('condense.splitOne')}
                          </Button>
                        ) : null}
                      </div>
                    ))}
                  </div>
                </fieldset>
                <div class="form-actions">
                  <Button name="action" value="accept">
                    {t('condense.accept')}
                  </Button>
                  <Button kind="secondary" name="action" value="split">
                    {t('condense.split')}
                  </Button>
                </div>
                {clusters.length > 1 ? (
                  <div class="inline-form">
                    <div class={`kern-form-input${targetError ? ' kern-form-input--error' : ''}`}>
                      <label class="kern-label" for={`f-target-${c.id}`}>
                        {t('condense.moveTo')}
                      </label>
                      <div class="kern-hint" id={`f-target-${c.id}-hint`}>
                        {t('condense.moveToHint')}
                      </div>
                      <FieldErrorMessage t={t} id={`f-target-${c.id}-error`} error={targetError} />
                      {/* A group number, not a list of every group: 200 groups made 40,000 options a page. */}
                      <input
                        class={`kern-form-input__input kern-form-input__input--width-4${targetError ? ' kern-form-input__input--error' : ''}`}
                        id={`f-target-${c.id}`}
                        name="targetId"
                        value={form?.target}
                        type="text"
                        inputmode="numeric"
                        pattern="[0-9]*"
                        aria-invalid={targetError ? 'true' : undefined}
                        aria-describedby={`f-target-${c.id}-hint${targetError ? ` f-target-${c.id}-error` : ''}`}
                      />
                    </div>
                    <Button kind="secondary" name="action" value="move">
                      {t('condense.move')}
                    </Button>
                  </div>
                ) : null}
                <div class="form-actions">
                  <Button kind="tertiary" name="action" value="reject">
                    {t('condense.reject')}
                  </Button>
                </div>
              </form>
              {c.members.length > 1 ? (
                <form id={`split-${c.id}`} method="post" action={`/intern/ideen/buendeln/${run!.id}/${c.id}`}>
                  <Csrf token={ctx.csrf} />
                  <input type="hidden" name="zurueck" value={here} />
                  <input type="hidden" name="action" value="split" />
                </form>
              ) : null}
            </div>
          </section>
        );
      })}
      <Pagination t={t} page={page} pages={pages} href={href} />
    </Layout>
  );
}
