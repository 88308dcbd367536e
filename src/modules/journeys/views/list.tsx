/** @jsxImportSource hono/jsx */

import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import { FilterSelect, PageTranslationNote, Pagination } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import {
  PROPOSAL_SORTS,
  PROPOSAL_STANDINGS,
  type ProposalSort,
  SEARCH_MAX,
} from '../../proposals/proposals.schemas.ts';
import {
  type AnswerState,
  AUTHOR_KINDS,
  type AuthorKind,
  hasSearchWords,
  type ParticipationProcess,
} from '../../proposals/proposals.service.ts';

export interface ProposalListItem {
  id: string;
  number: string;
  title: string;
  /** Title and text in the reader's language where a translation exists, else as written. */
  shown: { title: ShownText; body: ShownText };
  body: string;
  authorKind: AuthorKind;
  organisationName: string | null;
  state: string;
  answerState: AnswerState | null;
  createdAt: Date;
  supports: number;
  comments: number;
}

/** What the list shows: the search words, the filters (as in the address) and the order. */
export interface ProposalListFilter {
  q: string;
  process: string;
  field: string;
  state: string;
  author: string;
  sort: ProposalSort;
}

/** The list's address with the corrected words and the same filters (the order chosen again for them). */
function suggestionQuery(filter: ProposalListFilter, suggestion: string) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, q: suggestion, sort: '' })) if (v) s.set(k, v);
  return s;
}

/** The published proposals: search, filters, order, and each entry with its supports and comments. */
export function ProposalListPage(p: {
  ctx: PageCtx;
  filter: ProposalListFilter;
  processes: ParticipationProcess[];
  /** Labelled in the reader's language where translated, each with its language. */
  fields: { value: string; label: string; lang: string }[];
  rows: ProposalListItem[];
  /** The originals were asked for (`?original=1`). */
  original: boolean;
  total: number;
  /** More match than were counted (a common word): `total` is a lower bound, the newest come first. */
  totalIsLowerBound?: boolean | undefined;
  page: number;
  pageSize: number;
  /** A searched reference whose proposal is not public (waiting for moderation, or hidden) or not there. */
  pending?: { reference: string; state: 'submitted' | 'hidden' | 'unknown' } | undefined;
  /** Nothing found, but the search with mistyped words corrected finds something: these words. */
  suggestion?: string | undefined;
}) {
  const { ctx, filter } = p;
  const { t } = ctx;
  // Past a counted bound, the pages reach as far as was counted.
  const pages = Math.max(1, Math.ceil((p.totalIsLowerBound ? p.total - 1 : p.total) / p.pageSize));
  // A page past those (an old link, a typed address) lists nothing (the search reads none there): it says
  // so and leads to the last one.
  // Past the counted bound best matches cannot be ordered: the newest come first, and the box says so (and
  // so do the links to other pages).
  const shownSort: ProposalSort = p.totalIsLowerBound && filter.sort === 'relevance' ? 'newest' : filter.sort;
  const href = (page: number) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, sort: shownSort })) if (v) s.set(k, v);
    if (page > 1) s.set('page', String(page));
    return `/mitmachen/vorschlaege?${s}`;
  };
  const current = p.processes.find((x) => x.slug === filter.process);
  return (
    <Layout ctx={ctx} title={t('proposals.title')}>
      <h1 class="kern-heading-large">{t('proposals.title')}</h1>
      <p class="kern-body">
        {t('proposals.intro')}{' '}
        <a class="kern-link" href="/mitmachen">
          {t('proposals.submitOwn')}
        </a>
      </p>
      <PageTranslationNote
        t={t}
        lang={ctx.lang}
        texts={p.rows.flatMap((r) => [r.shown.title, r.shown.body])}
        originalHref={`${href(p.page)}${href(p.page).endsWith('?') ? '' : '&'}original=1`}
        translatedHref={p.original ? href(p.page) : undefined}
      />
      {/* Looked up by its reference: the answer first, above the filters (on a phone, on the first screen). */}
      {p.pending ? (
        <p class="kern-body" role="status">
          {t(
            p.pending.state === 'submitted'
              ? 'proposals.referencePending'
              : p.pending.state === 'hidden'
                ? 'proposals.referenceHidden'
                : 'proposals.referenceUnknown',
            { reference: p.pending.reference },
          )}
        </p>
      ) : null}
      <form method="get" action="/mitmachen/vorschlaege" class="filters" role="search">
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('proposals.search')}
          </label>
          <input
            class="kern-form-input__input"
            id="f-q"
            name="q"
            type="search"
            maxlength={SEARCH_MAX}
            value={filter.q}
          />
        </div>
        <FilterSelect
          id="field"
          label={t('proposals.field')}
          value={filter.field}
          options={contentOptions(ctx, p.fields)}
          all={t('proposals.allFields')}
        />
        <FilterSelect
          id="process"
          label={t('proposals.process')}
          value={filter.process}
          options={contentOptions(
            ctx,
            p.processes.map((pr) => ({ value: pr.slug, label: pr.title })),
          )}
          all={t('proposals.allProcesses')}
        />
        <FilterSelect
          id="state"
          label={t('proposals.standing')}
          value={filter.state}
          options={PROPOSAL_STANDINGS.map((s) => ({ value: s, label: t(`proposals.standings.${s}`) }))}
          all={t('proposals.allStandings')}
        />
        <FilterSelect
          id="author"
          label={t('proposals.authorFilter')}
          value={filter.author}
          options={AUTHOR_KINDS.map((k) => ({ value: k, label: t(`authorKind.${k}`) }))}
          all={t('proposals.allAuthors')}
        />
        <div class="kern-form-input">
          <label class="kern-label" for="f-sort">
            {t('proposals.sort')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-sort" name="sort">
              {PROPOSAL_SORTS.filter((s) => s !== 'relevance' || hasSearchWords(filter.q)).map((s) => (
                <option value={s} selected={s === shownSort}>
                  {t(`proposals.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('proposals.searchButton')}</span>
        </button>
      </form>
      {p.pending ? null : (
        <p class="kern-body" role="status">
          {p.totalIsLowerBound
            ? t('proposals.countMany', { count: formatNumber(ctx.lang, p.total - 1) })
            : t('proposals.count', { count: p.total })}
        </p>
      )}
      {p.suggestion ? (
        <p class="kern-body">
          <a class="kern-link" href={`/mitmachen/vorschlaege?${suggestionQuery(filter, p.suggestion)}`}>
            {/* The words isolated (FSI … PDI): German in a right-to-left sentence keeps its order. */}
            {t('proposals.didYouMean', { suggestion: `\u2068${p.suggestion}\u2069` })}
          </a>
        </p>
      ) : null}
      {!p.pending && p.total === 0 && filter.q.trim() ? (
        <p class="kern-body">{t('proposals.noMatch')}</p>
      ) : null}
      {current?.attribution ? (
        <p class="kern-body kern-body--small">{t('proposals.attribution', { text: current.attribution })}</p>
      ) : null}
      <ul class="entry-list">
        {p.rows.map((r) => (
          <li class="entry">
            <h2 class="kern-heading-small">
              <a
                class="kern-link"
                href={`/mitmachen/vorschlaege/${r.id}`}
                lang={textLang(ctx, r.shown.title.lang)}
              >
                {r.shown.title.text}
              </a>
            </h2>
            <p class="meta">
              <bdi class="nowrap">{r.number}</bdi> · {t(`authorKind.${r.authorKind}`)}
              {r.organisationName ? (
                <>
                  : <bdi lang={langAttr(ctx)}>{r.organisationName}</bdi>
                </>
              ) : null}{' '}
              · <bdi>{formatDate(ctx.lang, r.createdAt)}</bdi>
            </p>
            {r.shown.body.text ? (
              <p class="kern-body" lang={textLang(ctx, r.shown.body.lang)}>
                {r.shown.body.text.length > 280 ? `${r.shown.body.text.slice(0, 280)}…` : r.shown.body.text}
              </p>
            ) : null}
            <p class="entry__facts">
              <span>{t('supports.count', { count: r.supports })}</span>
              <span>{t('proposals.comments', { count: r.comments })}</span>
              {r.state === 'merged' ? <span>{t('proposalState.merged')}</span> : null}
              {r.answerState ? (
                <span class="kern-badge kern-badge--info">
                  <span class="kern-label">{t(`answer.state.${r.answerState}`)}</span>
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <Pagination t={t} page={p.page} pages={pages} href={href} />
    </Layout>
  );
}
