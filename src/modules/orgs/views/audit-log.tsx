/** @jsxImportSource hono/jsx */

import { formatDateTime, isMessageKey, type Lang, type T } from '../../../platform/i18n/i18n.ts';
import { ErrorSummary, type Errors, FilterSelect, Pagination, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, shortened } from '../../../ui/page.ts';
import { AUDIT_PAGE_SIZE, type adminAuditLog } from '../admin.service.ts';
import type { AuditLogQuery } from '../orgs.schemas.ts';
import { AdminNav } from './admin.tsx';

type Log = Awaited<ReturnType<typeof adminAuditLog>>;
type Entry = Log['rows'][number];

const PATH = '/intern/verwaltung/protokoll';
/** Fields shown per entry; the rest open on a click. */
const FIELDS_SHOWN = 8;
/** Characters of a value shown; longer ones end in "…". */
const VALUE_CHARS = 80;
/** What is never shown, whatever an entry holds: secrets stay secret in the log too. */
const SECRET = /password|hash|secret|token|credential/i;

/** The kind of record an entry is about, by the name its module gives it (the code where none does). */
export function subjectLabel(t: T, type: string): string {
  const key = `auditSubject.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

/** An ISO time as the code stores it (createdAt, publishedAt …). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A changed value, short: a time in the reader's clock as in the first column, nothing as "–", text up to
 * VALUE_CHARS characters, anything else as JSON.
 */
function shortValue(lang: Lang, v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'string' && ISO_TIME.test(v)) return formatDateTime(lang, new Date(v));
  return shortened(typeof v === 'string' ? v : JSON.stringify(v), VALUE_CHARS);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What an entry changed, field by field: for a change the fields whose values differ (before ▸ after), for
 * something new its values, for something removed what it held. A value that is not a record is one field.
 */
export function changedFields(before: unknown, after: unknown) {
  const b = isRecord(before) ? before : before == null ? {} : { '': before };
  const a = isRecord(after) ? after : after == null ? {} : { '': after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: k,
      before: k in b ? b[k] : undefined,
      after: k in a ? a[k] : undefined,
      secret: SECRET.test(k),
    }));
}

/** One changed field: before ▸ after, only after (new), only before (removed); a secret is only named. */
function FieldChange({ ctx, f }: { ctx: PageCtx; f: ReturnType<typeof changedFields>[number] }) {
  const { t, lang } = ctx;
  const cl = langAttr(ctx);
  return (
    <li>
      {f.field ? (
        <>
          <code translate="no">{f.field}</code>:{' '}
        </>
      ) : null}
      {f.secret ? (
        t('auditLog.secret')
      ) : f.before === undefined ? (
        <bdi lang={cl}>{shortValue(lang, f.after)}</bdi>
      ) : f.after === undefined ? (
        <del>
          <bdi lang={cl}>{shortValue(lang, f.before)}</bdi>
        </del>
      ) : (
        <>
          <del>
            <bdi lang={cl}>{shortValue(lang, f.before)}</bdi>
          </del>{' '}
          <span aria-hidden="true">→</span>
          <span class="kern-sr-only">{t('auditLog.becomes')}</span>{' '}
          <ins>
            <bdi lang={cl}>{shortValue(lang, f.after)}</bdi>
          </ins>
        </>
      )}
    </li>
  );
}

/**
 * What changed; the values are the city's records, in its language (marked on a page in another). The
 * first fields show, the rest open with a click (no script).
 */
function Changes({ ctx, e }: { ctx: PageCtx; e: Entry }) {
  const { t } = ctx;
  const fields = changedFields(e.before, e.after);
  if (!fields.length) return <p class="meta">{t('auditLog.noDetails')}</p>;
  const shown = fields.slice(0, FIELDS_SHOWN);
  const rest = fields.slice(FIELDS_SHOWN);
  return (
    <>
      <ul class="kern-list audit-changes">
        {shown.map((f) => (
          <FieldChange ctx={ctx} f={f} />
        ))}
      </ul>
      {rest.length ? (
        <details class="audit-more">
          <summary>{t('auditLog.moreFields', { count: rest.length })}</summary>
          <ul class="kern-list audit-changes">
            {rest.map((f) => (
              <FieldChange ctx={ctx} f={f} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** The name a record had in the entry (its title, name or number), if the entry holds one. */
export function recordName(e: { before: unknown; after: unknown }): string | undefined {
  for (const side of [e.after, e.before])
    if (isRecord(side))
      for (const k of ['title', 'name', 'displayName', 'number', 'period'])
        if (typeof side[k] === 'string' && side[k]) return side[k] as string;
  return undefined;
}

/**
 * The change log (admins): every audited change, newest first — when, who, what was done to which record,
 * and what changed. Filtered by kind of record and dates; a person's changes and one record's history
 * are a link away from each entry.
 */
export function AuditLogPage({
  ctx,
  log,
  query,
  typed,
  errors,
}: {
  ctx: PageCtx;
  log: Log;
  query: AuditLogQuery;
  /** The dates as typed, where one was refused (shown again with its error). */
  typed?: { von?: string | undefined; bis?: string | undefined } | undefined;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  const href = (change: Partial<AuditLogQuery>) => {
    const next = { ...query, seite: 1, ...change };
    const s = new URLSearchParams();
    for (const k of ['bereich', 'gegenstand', 'person', 'von', 'bis'] as const) {
      const v = next[k];
      if (v) s.set(k, v);
    }
    if (next.seite > 1) s.set('seite', String(next.seite));
    const qs = s.toString();
    return `${PATH}${qs ? `?${qs}` : ''}`;
  };
  const types = log.types
    .map((type) => ({ value: type, label: subjectLabel(t, type) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const pages = Math.ceil(log.total / AUDIT_PAGE_SIZE);
  return (
    <Layout ctx={ctx} title={t('auditLog.title')}>
      <h1 class="kern-heading-large">{t('auditLog.title')}</h1>
      <AdminNav ctx={ctx} current="log" />
      <p class="kern-body">{t('auditLog.intro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="get" action={PATH} class="filters" role="search" aria-label={t('auditLog.filters')}>
        <FilterSelect
          id="bereich"
          label={t('auditLog.subjectType')}
          value={query.bereich ?? ''}
          all={t('auditLog.allTypes')}
          options={types}
        />
        {(['von', 'bis'] as const).map((day) => (
          <TextField
            t={t}
            name={day}
            type="date"
            label={t(day === 'von' ? 'auditLog.from' : 'auditLog.to')}
            value={typed?.[day] ?? query[day]}
            errors={errors}
          />
        ))}
        {query.person ? <input type="hidden" name="person" value={query.person} /> : null}
        {query.gegenstand ? <input type="hidden" name="gegenstand" value={query.gegenstand} /> : null}
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('auditLog.filter')}</span>
        </button>
      </form>
      {query.person || query.gegenstand ? (
        <ul class="kern-list">
          {query.person ? (
            <li>
              {t('auditLog.byPerson', {
                name: log.person
                  ? log.person.deleted
                    ? t('auditLog.deletedAccount')
                    : log.person.displayName
                  : t('auditLog.unknownAccount'),
              })}{' '}
              <a class="kern-link" href={href({ person: undefined })}>
                {t('auditLog.removePerson')}
              </a>
            </li>
          ) : null}
          {query.gegenstand ? (
            <li>
              {t('auditLog.ofRecord', {
                type: query.bereich ? subjectLabel(t, query.bereich) : t('auditLog.record'),
                // By the name the record had in its newest entry that holds one, else by its id.
                id: log.rows.map(recordName).find(Boolean) ?? query.gegenstand,
              })}{' '}
              <a class="kern-link" href={href({ gegenstand: undefined })}>
                {t('auditLog.removeRecord')}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <p class="kern-body" role="status">
        {t('auditLog.count', { count: log.total })}
      </p>
      {log.rows.length ? (
        <ul class="entry-list audit-log" aria-label={t('auditLog.caption')}>
          {log.rows.map((e) => {
            const name = recordName(e);
            const type = subjectLabel(t, e.entityType);
            return (
              <li class="entry">
                <p class="kern-preline">
                  <time datetime={e.at.toISOString()}>{formatDateTime(lang, e.at)}</time> ·{' '}
                  {e.actorId ? (
                    <a class="kern-link" href={href({ person: e.actorId })}>
                      {e.actorDeleted || !e.actorName ? t('auditLog.deletedAccount') : e.actorName}
                    </a>
                  ) : (
                    t('auditLog.system')
                  )}{' '}
                  · <code translate="no">{e.action}</code>
                </p>
                <p class="kern-body">
                  {type}
                  {name ? (
                    <>
                      {' '}
                      <q lang={langAttr(ctx)}>{name}</q>
                    </>
                  ) : null}{' '}
                  <a
                    class="kern-link"
                    href={href({ bereich: e.entityType, gegenstand: e.entityId })}
                    aria-label={t('auditLog.historyOf', { type, id: e.entityId })}
                  >
                    <code translate="no">{e.entityId.slice(0, 8)}</code>
                  </a>
                </p>
                <Changes ctx={ctx} e={e} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <Pagination
        t={t}
        page={query.seite}
        pages={pages}
        href={(p) => href({ seite: p })}
        label={t('auditLog.pages')}
      />
    </Layout>
  );
}
