/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { FilterSelect, Pagination } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import type { AuthorKind, ParticipationProcess } from '../../proposals/proposals.service.ts';

export interface ProposalListItem {
  id: string;
  number: string;
  title: string;
  body: string;
  authorKind: AuthorKind;
  organisationName: string | null;
  state: string;
  createdAt: Date;
  supports?: number;
}

export function ProposalListPage(p: {
  ctx: PageCtx;
  q: string;
  process: string;
  processes: ParticipationProcess[];
  rows: ProposalListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** A searched reference whose proposal is not public (waiting for moderation, or hidden). */
  pending?: { reference: string; state: 'submitted' | 'hidden' } | undefined;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const href = (page: number) =>
    `/mitmachen/vorschlaege?${new URLSearchParams({ q: p.q, process: p.process, page: String(page) })}`;
  const current = p.processes.find((x) => x.slug === p.process);
  return (
    <Layout ctx={ctx} title={t('proposals.title')}>
      <h1 class="kern-heading-large">{t('proposals.title')}</h1>
      <p class="kern-body">
        {t('proposals.intro')}{' '}
        <a class="kern-link" href="/mitmachen">
          {t('proposals.submitOwn')}
        </a>
      </p>
      <form method="get" action="/mitmachen/vorschlaege" class="filters" role="search">
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('proposals.search')}
          </label>
          <input class="kern-form-input__input" id="f-q" name="q" type="search" value={p.q} />
        </div>
        <FilterSelect
          id="process"
          label={t('proposals.process')}
          value={p.process}
          options={p.processes.map((pr) => ({ value: pr.slug, label: pr.title }))}
          all={t('proposals.allProcesses')}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('proposals.searchButton')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {p.pending
          ? t(p.pending.state === 'submitted' ? 'proposals.referencePending' : 'proposals.referenceHidden', {
              reference: p.pending.reference,
            })
          : t('proposals.count', { count: p.total })}
      </p>
      {current?.attribution ? (
        <p class="kern-body kern-body--small">{t('proposals.attribution', { text: current.attribution })}</p>
      ) : null}
      <ul class="proposal-list kern-list">
        {p.rows.map((r) => (
          <li class="proposal-item">
            <h2 class="kern-heading-small">
              <a class="kern-link" href={`/mitmachen/vorschlaege/${r.id}`}>
                {r.title}
              </a>
            </h2>
            <p class="meta">
              {r.number} ·{' '}
              {r.organisationName
                ? `${t(`authorKind.${r.authorKind}`)}: ${r.organisationName}`
                : t(`authorKind.${r.authorKind}`)}{' '}
              · {formatDate(ctx.lang, r.createdAt)}
              {r.state === 'merged' ? ` · ${t('proposalState.merged')}` : ''}
              {r.supports ? ` · ${t('supports.count', { count: r.supports })}` : ''}
            </p>
            {r.body ? (
              <p class="kern-body">{r.body.length > 280 ? `${r.body.slice(0, 280)}…` : r.body}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <Pagination t={t} page={p.page} pages={pages} href={href} />
    </Layout>
  );
}
