/** @jsxImportSource hono/jsx */
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  Notice,
  Select,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { PaperView } from '../council.service.ts';
import type { CouncilPaper, CouncilSource } from '../council.table.ts';

type Source = CouncilSource & { papers: number; latest: string | null };

/** The CDO team's page for the council information system: its address, the body, how syncing goes. */
export function CouncilSettingsPage(p: {
  ctx: PageCtx;
  source: Source | undefined;
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { ctx, source } = p;
  const { t, lang } = ctx;
  const v = (k: string) => p.values[k] ?? '';
  const when = (d: Date | null) => (d ? formatDateTime(lang, d) : t('council.never'));
  return (
    <Layout ctx={ctx} title={t('council.title')}>
      <h1 class="kern-heading-large">{t('council.title')}</h1>
      <p class="kern-body">{t('council.intro')}</p>
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action="/intern/rat" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          t={t}
          name="systemUrl"
          type="url"
          label={t('council.systemUrl')}
          hint={t('council.systemUrlHint')}
          value={v('systemUrl')}
          errors={p.errors}
          required
        />
        {source && source.bodies.length > 1 ? (
          <Select
            t={t}
            name="bodyId"
            label={t('council.body')}
            hint={t('council.bodyHint')}
            value={v('bodyId')}
            empty={t('council.bodyChoose')}
            options={source.bodies.map((b) => ({ value: b.id, label: b.name, lang: langAttr(ctx) }))}
            errors={p.errors}
            conditional
          />
        ) : null}
        <div class="form-actions">
          <Button>{t('council.save')}</Button>
        </div>
      </form>
      <h2 class="kern-heading-medium">{t('council.status')}</h2>
      {source ? (
        <>
          {source.lastError ? (
            <Notice kind="warning" title={t('council.failed')}>
              <p class="kern-body">{t('council.failedHint')}</p>
              {/* The technical message as the client wrote it, with the address it happened at. */}
              <p class="kern-body" lang={lang === 'en' ? undefined : 'en'}>
                <code>{source.lastError}</code>
              </p>
            </Notice>
          ) : null}
          {source.bodies.length > 1 && !source.bodyId ? (
            <Notice kind="info" title={t('council.needsBody')} />
          ) : null}
          <DescriptionList
            items={[
              [t('council.body'), <span lang={langAttr(ctx)}>{source.bodyName ?? '—'}</span>],
              [t('council.lastRun'), when(source.lastRunAt)],
              [t('council.lastSuccess'), when(source.lastSuccessAt)],
              ...(source.lastCounts
                ? ([
                    [
                      t('council.lastChanges'),
                      t('council.lastCounts', {
                        papers: formatNumber(lang, source.lastCounts.papers),
                        meetings: formatNumber(lang, source.lastCounts.meetings),
                        pages: formatNumber(lang, source.lastCounts.pages),
                      }),
                    ],
                  ] as [string, string][])
                : []),
              ...(source.resume
                ? ([
                    [
                      t('council.resumes'),
                      t('council.resumeCounts', {
                        papers: formatNumber(lang, source.resume.counts.papers),
                        meetings: formatNumber(lang, source.resume.counts.meetings),
                        pages: formatNumber(lang, source.resume.counts.pages),
                      }),
                    ],
                  ] as [string, string][])
                : []),
              [t('council.papersKnown'), formatNumber(lang, source.papers)],
              [t('council.latestPaper'), source.latest ? formatDate(lang, source.latest) : '—'],
            ]}
          />
          <p class="kern-body">{t('council.schedule')}</p>
          <form method="post" action="/intern/rat/abgleichen" class="form-actions">
            <Csrf token={ctx.csrf} />
            <Button kind="secondary">{t('council.syncNow')}</Button>
          </form>
          <h2 class="kern-heading-medium">{t('council.disconnect')}</h2>
          <p class="kern-body">{t('council.disconnectHint')}</p>
          <form method="post" action="/intern/rat/trennen" class="form-actions">
            <Csrf token={ctx.csrf} />
            <Button kind="tertiary">{t('council.disconnect')}</Button>
          </form>
        </>
      ) : (
        <p class="kern-body">{t('council.notConfigured')}</p>
      )}
    </Layout>
  );
}

/** A paper's reference and name, linked to the council information system where it has a web page. */
function PaperTitle({
  ctx,
  paper,
}: {
  ctx: PageCtx;
  paper: { reference: string | null; name: string; web: string | null };
}) {
  const text = paper.reference ? `${paper.reference} – ${paper.name}` : paper.name;
  return (
    <span lang={langAttr(ctx)}>
      {paper.web ? (
        <a class="kern-link" href={paper.web} rel="noopener">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}

/** Papers with their consultations: where each was discussed and what came of it. */
export function PaperList({
  ctx,
  papers,
  unlink,
}: {
  ctx: PageCtx;
  papers: readonly PaperView[];
  /** The address to post an unlink to, per paper (the back office only). */
  unlink?: ((paper: PaperView) => string) | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <ul class="kern-list council-papers">
      {papers.map((paper) => (
        <li>
          <p class="kern-body">
            <strong>
              <PaperTitle ctx={ctx} paper={paper} />
            </strong>
          </p>
          <p class="kern-body kern-body--small">
            {paper.paperType ? <span lang={langAttr(ctx)}>{paper.paperType}</span> : null}
            {paper.paperType && paper.date ? ' · ' : null}
            {paper.date ? formatDate(lang, paper.date) : null}
          </p>
          {paper.deleted ? <p class="kern-body">{t('council.deleted')}</p> : null}
          {paper.consultations.length ? (
            <ul class="kern-list">
              {paper.consultations.map((c) => (
                <li>
                  {c.meeting ? (
                    <>
                      <span lang={langAttr(ctx)}>{c.meeting.name}</span>
                      {c.meeting.start ? `, ${formatDate(lang, c.meeting.start)}` : ''}
                      {c.meeting.cancelled ? ` (${t('council.cancelled')})` : ''}
                    </>
                  ) : (
                    t('council.meetingUnknown')
                  )}
                  {c.agendaItem?.number
                    ? `, ${t('council.agendaItem', { number: c.agendaItem.number })}`
                    : ''}
                  {c.role ? (
                    <>
                      {' ('}
                      <span lang={langAttr(ctx)}>{c.role}</span>
                      {')'}
                    </>
                  ) : null}
                  {': '}
                  {c.agendaItem?.result ? (
                    <strong lang={langAttr(ctx)}>{c.agendaItem.result}</strong>
                  ) : (
                    t('council.noResult')
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {unlink ? (
            <form method="post" action={unlink(paper)} class="form-actions">
              <Csrf token={ctx.csrf} />
              <Button kind="tertiary" label={`${t('council.unlink')}: ${paper.reference ?? paper.name}`}>
                {t('council.unlink')}
              </Button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** What a back-office page needs to link papers: the linked ones and, after a search, the matches. */
export interface PaperPanelData {
  configured: boolean;
  linked: PaperView[];
  query: string;
  results: CouncilPaper[];
}

/**
 * The back-office panel that links council papers to the page's record: the linked papers (each can be
 * unlinked), and a search (GET, so it works without JavaScript) whose matches can be linked.
 */
export function PaperLinkPanel({
  ctx,
  data,
  action,
  pagePath,
  canManageSource,
  canLink = true,
  notice,
}: {
  ctx: PageCtx;
  data: PaperPanelData;
  /** Where links are posted; unlinks go to `<action>/<paper id>/entfernen`. */
  action: string;
  /** The page itself, which the search reloads with `?vorlage=`. */
  pagePath: string;
  canManageSource: boolean;
  /** false: the papers only, for readers who may not change the links. */
  canLink?: boolean;
  /** The confirmation of a link just made or removed, shown here where the eye is (see paperNoticeOf). */
  notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const linkedIds = new Set(data.linked.map((p) => p.id));
  return (
    <section aria-labelledby="ratsvorlagen-title" id="ratsvorlagen" class="stack">
      <h2 class="kern-heading-medium" id="ratsvorlagen-title">
        {t('council.papers')}
      </h2>
      {notice ? <Notice kind="success" title={notice} id="ratsvorlagen-hinweis" /> : null}
      {data.linked.length ? (
        <PaperList
          ctx={ctx}
          papers={data.linked}
          unlink={canLink ? (p) => `${action}/${p.id}/entfernen` : undefined}
        />
      ) : (
        <p class="kern-body">{t('council.linkedNone')}</p>
      )}
      {!canLink ? null : data.configured ? (
        <>
          <form method="get" action={`${pagePath}#ratsvorlagen`} class="stack" role="search">
            <TextField
              t={t}
              name="vorlage"
              type="search"
              label={t('council.search')}
              hint={t('council.searchHint')}
              value={data.query}
              required
            />
            <div class="form-actions">
              <Button kind="secondary">{t('council.searchButton')}</Button>
            </div>
          </form>
          {data.query ? (
            data.results.length ? (
              <>
                <h3 class="kern-heading-small">{t('council.results', { q: data.query })}</h3>
                <ul class="kern-list">
                  {data.results.map((paper) => (
                    <li>
                      <PaperTitle ctx={ctx} paper={paper} />
                      {paper.date ? ` (${formatDate(lang, paper.date)})` : ''}
                      {linkedIds.has(paper.id) ? (
                        <p class="kern-body kern-body--small">{t('council.alreadyLinked')}</p>
                      ) : (
                        <form method="post" action={action} class="form-actions">
                          <Csrf token={ctx.csrf} />
                          <input type="hidden" name="paperId" value={paper.id} />
                          <Button
                            kind="secondary"
                            label={`${t('council.link')}: ${paper.reference ?? paper.name}`}
                          >
                            {t('council.link')}
                          </Button>
                        </form>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="kern-body" role="status">
                {t('council.noResults', { q: data.query })}
              </p>
            )
          ) : null}
        </>
      ) : (
        <p class="kern-body">
          {canManageSource ? (
            <a class="kern-link" href="/intern/rat">
              {t('council.setUp')}
            </a>
          ) : (
            t('council.setUpAsk')
          )}
        </p>
      )}
    </section>
  );
}

/** The council's decisions on a public page: the linked papers and their results. */
export function CouncilDecisions({
  ctx,
  papers,
  title,
}: {
  ctx: PageCtx;
  papers: readonly PaperView[];
  title?: string;
}) {
  if (!papers.length) return null;
  const { t } = ctx;
  return (
    <section aria-labelledby="ratsbeschluesse-title">
      <h2 class="kern-heading-medium" id="ratsbeschluesse-title">
        {title ?? t('council.decisions')}
      </h2>
      <p class="kern-body">{t('council.decisionsSource')}</p>
      <PaperList ctx={ctx} papers={papers} />
    </section>
  );
}

/** The notices of the posts mountPaperLinks answers with, shown in the panel rather than atop the page. */
const PAPER_NOTICES = new Set(['paperLinked', 'paperUnlinked']);

/**
 * Splits a page's context: a link's confirmation goes to the panel (`notice`), where the page lands
 * after linking (`#ratsvorlagen-hinweis`), and not a second time atop the page.
 */
export function paperNoticeOf(ctx: PageCtx): { ctx: PageCtx; notice: string | undefined } {
  if (!ctx.notice || !PAPER_NOTICES.has(ctx.notice)) return { ctx, notice: undefined };
  return { ctx: { ...ctx, noticeText: undefined }, notice: ctx.noticeText };
}
