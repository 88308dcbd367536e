/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckOption,
  Csrf,
  ErrorSummary,
  type Errors,
  FilterSelect,
  Notice,
  Pagination,
  TableScroll,
  TextField,
  tMarked,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, writtenLang } from '../../../ui/page.ts';
import {
  AUTHOR_KINDS,
  duplicateReference,
  type Proposal,
  type SimilarityDegree,
} from '../../proposals/proposals.service.ts';

export interface ModerationCounts {
  submitted: number;
  hidden: number;
  comments: number;
  reported: number;
}

export type ModerationTab = 'submitted' | 'hidden' | 'comments' | 'reported';

/** The moderation views as tabs with counts: proposals to check, hidden ones, comments, reports. */
function ModerationTabs({
  ctx,
  tab,
  counts,
}: {
  ctx: PageCtx;
  tab: ModerationTab;
  counts: ModerationCounts;
}) {
  const { t } = ctx;
  const items: [ModerationTab, string, string][] = [
    ['submitted', '/intern/moderation', t('moderation.queue', { count: counts.submitted })],
    ['hidden', '/intern/moderation?state=hidden', t('moderation.hidden', { count: counts.hidden })],
    ['comments', '/intern/moderation/kommentare', t('moderation.comments', { count: counts.comments })],
    ['reported', '/intern/moderation/meldungen', t('moderation.reported', { count: counts.reported })],
  ];
  return (
    <nav aria-label={t('moderation.views')}>
      <ul class="kern-list kern-list--horizontal">
        {items.map(([key, href, label]) => (
          <li>
            <a class="kern-link" href={href} aria-current={tab === key ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface ModerationFilterValues {
  q: string;
  authorKind: string;
  language: string;
  field: string;
  process: string;
  workshop: string;
}

export interface FilterOptions {
  languages: string[];
  fields: { value: string; label: string }[];
  processes: { value: string; label: string }[];
  workshops: { value: string; label: string }[];
}

/** A published proposal a queued one resembles. */
export interface QueueHint {
  id: string;
  number: string;
  title: string;
  degree: SimilarityDegree;
  sameTitle: boolean;
}

/**
 * Under a queued proposal: the published ones it resembles, each with a button to mark it their duplicate.
 * The buttons belong to a form of their own (`pick-duplicate`): Enter in the queue's form still publishes
 * nothing by surprise, and ticks or a reason typed there are not sent with them.
 */
function QueueHints({ ctx, row, hints }: { ctx: PageCtx; row: Proposal; hints: QueueHint[] }) {
  const { t } = ctx;
  return (
    <div class="queue-hints">
      <p class="kern-body kern-body--small">{t('moderation.similarPublished')}</p>
      <ul class="kern-list list-plain">
        {hints.map((h) => (
          <li>
            <a class="kern-link" href={`/mitmachen/vorschlaege/${h.id}`} lang={langAttr(ctx)}>
              {h.title}
            </a>{' '}
            <span class="meta">
              <bdi class="nowrap">{h.number}</bdi> ·{' '}
              <span class={`similar-degree similar-degree--${h.degree}`}>
                {t(`participate.degree.${h.degree}`)}
              </span>
              {h.sameTitle ? ` · ${t('participate.sameTitle')}` : ''}
            </span>
            <Button
              kind="tertiary"
              name="pick"
              value={`${row.id} ${h.number}`}
              form="pick-duplicate"
              label={t('moderation.markDuplicateOfLong', { reference: h.number, title: row.title })}
            >
              {t('moderation.markDuplicateOf', { reference: h.number })}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The reason a moderator gives for hiding, told to the author (proposals and comments alike). */
function ReasonField(p: { t: PageCtx['t']; value: string | undefined; errors: Errors | undefined }) {
  return (
    <TextField
      t={p.t}
      name="reason"
      label={p.t('moderation.reason')}
      hint={p.t('moderation.reasonHint')}
      conditional
      value={p.value}
      errors={p.errors}
    />
  );
}

export function ModerationPage(p: {
  ctx: PageCtx;
  state: 'submitted' | 'hidden';
  rows: Proposal[];
  total: number;
  page: number;
  pageSize: number;
  counts: ModerationCounts;
  filter: ModerationFilterValues;
  options: FilterOptions;
  errors?: Errors | undefined;
  selected?: string[];
  reason?: string;
  duplicateOf?: string;
  /** Published proposals each queued one resembles, by its id (moderationQueue's hints). */
  hints?: ReadonlyMap<string, QueueHint[]> | undefined;
  /** The hints are not ready yet (right after a start a city's words are still being counted). */
  hintsPending?: boolean | undefined;
}) {
  const { ctx, filter } = p;
  const { t, lang } = ctx;
  const query = (page: number) => {
    const u = new URLSearchParams();
    if (p.state === 'hidden') u.set('state', 'hidden');
    for (const [k, v] of Object.entries(filter)) if (v) u.set(k, v);
    if (page > 1) u.set('page', String(page));
    return `/intern/moderation${u.size ? `?${u}` : ''}`;
  };
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return (
    <Layout ctx={ctx} title={t('moderation.title')}>
      <h1 class="kern-heading-large">{t('moderation.title')}</h1>
      <ModerationTabs ctx={ctx} tab={p.state} counts={p.counts} />
      <form
        method="get"
        action="/intern/moderation"
        class="filters"
        role="search"
        aria-label={t('moderation.filter')}
      >
        {p.state === 'hidden' ? <input type="hidden" name="state" value="hidden" /> : null}
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('moderation.search')}
          </label>
          <input class="kern-form-input__input" id="f-q" name="q" type="search" value={filter.q} />
        </div>
        <FilterSelect
          id="authorKind"
          label={t('proposal.author')}
          value={filter.authorKind}
          options={AUTHOR_KINDS.map((k) => ({ value: k, label: t(`authorKind.${k}`) }))}
          all={t('projects.all')}
        />
        <FilterSelect
          id="language"
          label={t('moderation.language')}
          value={filter.language}
          options={p.options.languages.map((l) => ({ value: l, label: languageName.of(l) ?? l }))}
          all={t('projects.all')}
        />
        <FilterSelect
          id="field"
          label={t('proposal.field.fieldOfAction')}
          value={filter.field}
          options={[{ value: 'none', label: t('proposal.noFieldOfAction') }, ...p.options.fields]}
          all={t('projects.all')}
        />
        {p.options.processes.length ? (
          <FilterSelect
            id="process"
            label={t('proposals.process')}
            value={filter.process}
            options={p.options.processes}
            all={t('projects.all')}
          />
        ) : null}
        {p.options.workshops.length ? (
          <FilterSelect
            id="workshop"
            label={t('proposal.workshop')}
            value={filter.workshop}
            options={p.options.workshops}
            all={t('projects.all')}
          />
        ) : null}
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('projects.apply')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('moderation.matching', { count: p.total })}
      </p>
      <ErrorSummary t={t} errors={p.errors} />
      {p.hintsPending ? (
        <Notice kind="info" title={t('moderation.hintsPending')}>
          <p class="kern-body">
            {t('moderation.hintsWhy')}{' '}
            <a class="kern-link" href={query(p.page)}>
              {t('moderation.hintsReload')}
            </a>
          </p>
        </Notice>
      ) : null}
      {/* A page past the end says where the list ends (Pagination), not that nothing is waiting. */}
      {p.total === 0 ? (
        <p class="kern-body">{t('moderation.empty')}</p>
      ) : p.rows.length === 0 ? null : (
        // Posted to the page's own address: the decision returns to this tab, filter and page.
        <form method="post" action={query(p.page)} class="stack">
          <Csrf token={ctx.csrf} />
          <fieldset class="kern-fieldset" id="f-ids">
            <legend class="kern-label">{t('moderation.select')}</legend>
            <TableScroll label={t('moderation.title')}>
              <table class="kern-table table-stacked">
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
                          <span class="kern-sr-only">
                            {tMarked(
                              t,
                              'moderation.chooseOne',
                              { title: r.title },
                              {},
                              writtenLang(ctx, r.language),
                            )}
                          </span>
                          <bdi class="nowrap">{r.number}</bdi>
                        </CheckOption>
                      </td>
                      <td class="kern-table__cell">
                        <a
                          class="kern-link"
                          href={`/mitmachen/vorschlaege/${r.id}`}
                          lang={writtenLang(ctx, r.language)}
                        >
                          {r.title}
                        </a>
                        <p class="kern-body kern-body--small" lang={writtenLang(ctx, r.language)}>
                          {r.body.length > 300 ? `${r.body.slice(0, 300)}…` : r.body}
                        </p>
                        {r.moderationReason ? (
                          <p class="kern-body kern-body--small">
                            {duplicateReference(r.moderationReason)
                              ? t('moderation.duplicateShown', {
                                  reference: duplicateReference(r.moderationReason),
                                })
                              : t('moderation.reasonShown', { reason: r.moderationReason })}
                          </p>
                        ) : null}
                        {p.hints?.get(r.id)?.length ? (
                          <QueueHints ctx={ctx} row={r} hints={p.hints.get(r.id)!} />
                        ) : null}
                      </td>
                      <td class="kern-table__cell" data-label={t('proposal.author')}>
                        {r.organisationName
                          ? [
                              `${t(`authorKind.${r.authorKind}`)}: `,
                              <bdi lang={langAttr(ctx)}>{r.organisationName}</bdi>,
                            ]
                          : t(`authorKind.${r.authorKind}`)}
                      </td>
                      <td class="kern-table__cell" data-label={t('proposal.submittedOn')}>
                        {formatDate(lang, r.createdAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </fieldset>
          {/* Hidden proposals can only be published: a reason or an original (for hiding) has no place there. */}
          {p.state === 'submitted' ? (
            <>
              <ReasonField t={t} value={p.reason} errors={p.errors} />
              <TextField
                t={t}
                name="duplicateOf"
                label={t('moderation.duplicateOf')}
                hint={t('moderation.duplicateOfHint')}
                conditional
                value={p.duplicateOf}
                errors={p.errors}
              />
            </>
          ) : null}
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
      {p.hints?.size ? (
        <form method="post" action={query(p.page)} id="pick-duplicate">
          <Csrf token={ctx.csrf} />
        </form>
      ) : null}
      <Pagination t={t} page={p.page} pages={Math.ceil(p.total / p.pageSize)} href={query} />
    </Layout>
  );
}

interface CommentRow {
  id: string;
  body: string;
  language: string;
  createdAt: Date;
  parentId: string | null;
  moderationReason: string | null;
  author: string;
  proposalId: string;
  proposalTitle: string;
  proposalLanguage: string;
  proposalNumber: string;
}

/** Comments waiting for moderation (or hidden ones), with bulk publish / hide. */
export function CommentModerationPage(p: {
  ctx: PageCtx;
  state: 'submitted' | 'hidden';
  rows: CommentRow[];
  counts: ModerationCounts;
  errors?: Errors | undefined;
  selected?: string[];
  reason?: string;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('moderation.commentsTitle')}>
      <h1 class="kern-heading-large">{t('moderation.commentsTitle')}</h1>
      <ModerationTabs ctx={ctx} tab="comments" counts={p.counts} />
      <p class="kern-body">
        {p.state === 'submitted' ? (
          <a class="kern-link" href="/intern/moderation/kommentare?state=hidden">
            {t('moderation.showHiddenComments')}
          </a>
        ) : (
          <a class="kern-link" href="/intern/moderation/kommentare">
            {t('moderation.showWaitingComments')}
          </a>
        )}
      </p>
      <ErrorSummary t={t} errors={p.errors} />
      {p.rows.length === 0 ? (
        <p class="kern-body">{t('moderation.emptyComments')}</p>
      ) : (
        <form
          method="post"
          action={`/intern/moderation/kommentare${p.state === 'hidden' ? '?state=hidden' : ''}`}
          class="stack"
        >
          <Csrf token={ctx.csrf} />
          <fieldset class="kern-fieldset" id="f-ids">
            <legend class="kern-label">{t('moderation.selectComments')}</legend>
            <ul class="kern-list list-plain">
              {p.rows.map((r) => (
                <li class="comment">
                  <CheckOption
                    name="ids"
                    value={r.id}
                    id={`sel-${r.id}`}
                    checked={p.selected?.includes(r.id)}
                  >
                    {t('moderation.commentBy', {
                      author: r.author || t('comments.deletedAuthor'),
                      date: formatDate(lang, r.createdAt),
                    })}
                  </CheckOption>
                  <p class="kern-body kern-preline-text" lang={writtenLang(ctx, r.language)}>
                    {r.body}
                  </p>
                  <p class="meta">
                    {r.parentId ? `${t('moderation.reply')} · ` : ''}
                    <a
                      class="kern-link"
                      href={`/mitmachen/vorschlaege/${r.proposalId}#comments-title`}
                      lang={writtenLang(ctx, r.proposalLanguage)}
                    >
                      {r.proposalTitle}
                    </a>{' '}
                    ({r.proposalNumber})
                    {r.moderationReason
                      ? ` · ${t('moderation.reasonShown', { reason: r.moderationReason })}`
                      : ''}
                  </p>
                </li>
              ))}
            </ul>
          </fieldset>
          {/* Hidden comments can only be published: a reason (for hiding) has no place there. */}
          {p.state === 'submitted' ? <ReasonField t={t} value={p.reason} errors={p.errors} /> : null}
          <div class="form-actions">
            <Button name="action" value="publish">
              {t('moderation.publish')}
            </Button>
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

interface ReportedRow {
  entityType: 'proposal' | 'comment';
  entityId: string;
  count: number;
  reasons: string[];
  text: string;
  /** The language the text is written in (`und`: unsure, read as the city's). */
  language: string;
  proposalId: string;
  state: string;
}

/** Reported proposals and comments: what, how often, why; hide it or dismiss the reports. */
export function ReportsPage(p: {
  ctx: PageCtx;
  rows: ReportedRow[];
  counts: ModerationCounts;
  errors?: Errors | undefined;
}) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('moderation.reportsTitle')}>
      <h1 class="kern-heading-large">{t('moderation.reportsTitle')}</h1>
      <ModerationTabs ctx={ctx} tab="reported" counts={p.counts} />
      <ErrorSummary t={t} errors={p.errors} />
      {p.rows.length === 0 ? (
        <p class="kern-body">{t('moderation.noReports')}</p>
      ) : (
        <ul class="kern-list list-plain">
          {p.rows.map((r) => (
            <li class="comment">
              <h2 class="kern-heading-small">
                {t(
                  r.entityType === 'comment' ? 'moderation.reportedComment' : 'moderation.reportedProposal',
                  {
                    count: r.count,
                  },
                )}
              </h2>
              <p class="kern-body kern-preline-text" lang={writtenLang(ctx, r.language)}>
                {r.text.length > 600 ? `${r.text.slice(0, 600)}…` : r.text}
              </p>
              <p class="meta">
                <a class="kern-link" href={`/mitmachen/vorschlaege/${r.proposalId}`}>
                  {t('moderation.openProposal')}
                </a>
              </p>
              <p class="kern-body kern-body--small">{t('moderation.reasonsGiven')}</p>
              <ul class="kern-list">
                {r.reasons.map((reason) => (
                  <li>{reason}</li>
                ))}
              </ul>
              <form method="post" action="/intern/moderation/meldungen" class="stack">
                <Csrf token={ctx.csrf} />
                <input type="hidden" name="entityType" value={r.entityType} />
                <input type="hidden" name="entityId" value={r.entityId} />
                <TextField
                  t={t}
                  name={`reason-${r.entityId}`}
                  label={t('moderation.reason')}
                  hint={t('moderation.reasonHint')}
                  conditional
                  errors={p.errors}
                />
                <div class="form-actions">
                  {/* One item per form: nothing to select, so not "hide the selection" (walk). */}
                  <Button kind="secondary" name="action" value="hide">
                    {t('moderation.hideThis')}
                  </Button>
                  <Button kind="tertiary" name="action" value="dismiss">
                    {t('moderation.dismiss')}
                  </Button>
                </div>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
