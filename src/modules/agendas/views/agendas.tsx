/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import { CONTENT_LANG } from '../../../platform/i18n/shipped.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  CheckOption,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  MANY_OPTIONS,
  PageTranslationNote,
  Select,
  TableScroll,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import type { Agenda, AgendaVersion } from '../agendas.table.ts';

export interface AgendaItemView {
  type: 'idea' | 'project';
  id: string;
  title: string;
  number: string | null;
  slug: string | null;
  /** On the public page: a project's title in the reader's language where translated. */
  shown?: ShownText | undefined;
}

/** How many of the ranking's first entries the agenda editor offers as boxes when there are many. */
export const AGENDA_BOXES = 100;

export interface Candidate {
  type: 'idea' | 'project';
  id: string;
  title: string;
  rank: number | null;
  total: number | null;
  quickWin: boolean;
}

function Items({ ctx, items }: { ctx: PageCtx; items: AgendaItemView[] }) {
  const { t } = ctx;
  return (
    <ol class="kern-list">
      {items.map((i) => (
        <li>
          {i.type === 'project' && i.slug ? (
            <a
              class="kern-link"
              href={`/projekte/${i.slug}`}
              lang={textLang(ctx, i.shown?.lang ?? CONTENT_LANG)}
            >
              {i.shown?.text ?? i.title}
            </a>
          ) : (
            <span lang={langAttr(ctx)}>{i.title}</span>
          )}{' '}
          <span class="meta">
            ({t(`scoring.types.${i.type}`)}
            {i.number ? ` ${i.number}` : ''})
          </span>
        </li>
      ))}
    </ol>
  );
}

function Decision({ ctx, agenda }: { ctx: PageCtx; agenda: Agenda }) {
  const { t, lang } = ctx;
  const link = (href: string) => (
    <a class="kern-link" href={href} rel="noopener">
      {href}
    </a>
  );
  const items: [string, Child][] = [
    [t('agenda.decisionDate'), formatDate(lang, agenda.decisionDate)],
    [t('agenda.decisionReference'), agenda.decisionReference ?? ''],
  ];
  if (agenda.councilDocumentUrl) items.push([t('agenda.councilDocument'), link(agenda.councilDocumentUrl)]);
  if (agenda.oparlUrl) items.push([t('agenda.oparl'), link(agenda.oparlUrl)]);
  return <DescriptionList items={items} />;
}

/** The adopted agenda of a year, as the public sees it. */
export function PublicAgendaPage(p: {
  ctx: PageCtx;
  agenda: Agenda;
  /** The adopted version, its texts in the reader's language where translated. */
  version: AgendaVersion & { shown: { title: ShownText; introduction: ShownText } };
  items: AgendaItemView[];
  internalCount: number;
  years: number[];
  /** The page with the originals, and (when they are shown) back to the translations. */
  translation: { originalHref: string; translatedHref?: string | undefined };
  /** The council papers it was adopted with, and their results. */
  council?: Child;
}) {
  const { ctx, agenda, version } = p;
  const { t } = ctx;
  const { title, introduction } = version.shown;
  return (
    <Layout ctx={ctx} title={title.text}>
      <p class="kern-preline">{t('agenda.label', { year: agenda.year })}</p>
      <h1 class="kern-heading-large" lang={textLang(ctx, title.lang)}>
        {title.text}
      </h1>
      <PageTranslationNote
        t={t}
        lang={ctx.lang}
        texts={[title, introduction, ...p.items.flatMap((i) => (i.shown ? [i.shown] : []))]}
        originalHref={p.translation.originalHref}
        translatedHref={p.translation.translatedHref}
      />
      <Decision ctx={ctx} agenda={agenda} />
      {p.council}
      <h2 class="kern-heading-medium">{t('agenda.decidedText')}</h2>
      {/* The council's words as adopted: quoted in German, never translated. */}
      <p class="kern-body kern-preline-text" lang={langAttr(ctx)}>
        {agenda.decidedText}
      </p>
      <p class="kern-body kern-preline-text" lang={textLang(ctx, introduction.lang)}>
        {introduction.text}
      </p>
      <h2 class="kern-heading-medium">{t('agenda.items', { count: p.items.length })}</h2>
      <Items ctx={ctx} items={p.items} />
      {p.internalCount ? (
        <p class="kern-body">{t('agenda.internalItems', { count: p.internalCount })}</p>
      ) : null}
      {p.years.length > 1 ? (
        <nav aria-label={t('agenda.otherYears')}>
          <ul class="kern-list kern-list--horizontal">
            {p.years.map((y) => (
              <li>
                <a
                  class="kern-link"
                  href={`/agenda/${y}`}
                  aria-current={y === agenda.year ? 'page' : undefined}
                >
                  {y}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}

/** The adopted agendas, newest first. */
export function PublicAgendaListPage({ ctx, agendas }: { ctx: PageCtx; agendas: Agenda[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('agenda.title')}>
      <h1 class="kern-heading-large">{t('agenda.title')}</h1>
      <p class="kern-body">{t('agenda.intro')}</p>
      {agendas.length ? (
        <ul class="kern-list list-plain">
          {agendas.map((a) => (
            <li class="row-actions">
              <a class="kern-link" href={`/agenda/${a.year}`}>
                {t('agenda.label', { year: a.year })}
              </a>
              <span class="meta">{t('agenda.adoptedOn', { date: formatDate(lang, a.decisionDate) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('agenda.none')}</p>
      )}
    </Layout>
  );
}

/** The CDO team's agendas by year, and the way to start the next one. */
export function AgendaListPage({
  ctx,
  agendas,
  nextYear,
}: {
  ctx: PageCtx;
  agendas: Agenda[];
  nextYear: number;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('agenda.adminTitle')}>
      <h1 class="kern-heading-large">{t('agenda.adminTitle')}</h1>
      <p class="kern-body">{t('agenda.adminIntro')}</p>
      <ul class="kern-list list-plain">
        {agendas.map((a) => (
          <li class="row-actions">
            <a class="kern-link" href={`/intern/agenda/${a.year}`}>
              {t('agenda.label', { year: a.year })}
            </a>
            <span class="meta">{t(`agenda.states.${a.state}`)}</span>
          </li>
        ))}
      </ul>
      {agendas.some((a) => a.year === nextYear) ? null : (
        <p>
          <a class="kern-btn kern-btn--primary" href={`/intern/agenda/${nextYear}`}>
            <span class="kern-label">{t('agenda.start', { year: nextYear })}</span>
          </a>
        </p>
      )}
    </Layout>
  );
}

/** One year's agenda in the back office: versions, the editor (draft), submission and the decision. */
export function AgendaEditPage(p: {
  ctx: PageCtx;
  year: number;
  agenda: Agenda | undefined;
  versions: AgendaVersion[];
  items: AgendaItemView[];
  candidates: Candidate[];
  canManage: boolean;
  values: Record<string, string | string[]>;
  errors?: Errors | undefined;
  form?: 'version' | 'decision' | undefined;
  /** The panel linking the council papers of the agenda (once it exists). */
  council?: Child;
}) {
  const { ctx, agenda, year } = p;
  const { t, lang } = ctx;
  const latest = p.versions[0];
  const state = agenda?.state ?? 'draft';
  const v = (k: string) => {
    const x = p.values[k];
    return Array.isArray(x) ? x[0] : x;
  };
  const selected = (
    (Array.isArray(p.values.items) ? p.values.items : p.values.items ? [p.values.items] : null) ??
    p.items.map((i) => `${i.type}:${i.id}`)
  ).filter(Boolean);
  const keyOf = (c: Candidate) => `${c.type}:${c.id}`;
  const describe = (c: Candidate) =>
    `${t(`scoring.types.${c.type}`)}${
      c.rank
        ? `, ${t('scoring.rank')} ${c.rank}, ${formatNumber(lang, c.total ?? 0, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
        : ''
    }${c.quickWin ? `, ${t('scoring.quickWin')}` : ''}`;
  // A city's thousands: the top of the ranking and the chosen ones as boxes, a select for one more.
  const many = p.candidates.length > MANY_OPTIONS;
  const boxes = many
    ? p.candidates.filter((c) => (c.rank !== null && c.rank <= AGENDA_BOXES) || selected.includes(keyOf(c)))
    : p.candidates;
  const more = many ? p.candidates.filter((c) => !boxes.includes(c)) : [];
  const itemsError = p.form === 'version' ? p.errors?.items : undefined;
  return (
    <Layout ctx={ctx} title={t('agenda.label', { year })} wide>
      <p class="kern-preline">{t('agenda.adminTitle')}</p>
      <h1 class="kern-heading-large">{t('agenda.label', { year })}</h1>
      <p class="kern-body">{t('agenda.stateLine', { state: t(`agenda.states.${state}`) })}</p>
      {state === 'adopted' ? (
        <p>
          <a class="kern-link" href={`/agenda/${year}`}>
            {t('agenda.publicLink')}
          </a>
        </p>
      ) : null}
      {p.versions.length ? (
        <TableScroll label={t('agenda.versions')}>
          <table class="kern-table kern-table--striped">
            <caption>{t('agenda.versions')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('scoring.version')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('agenda.savedOn')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('agenda.note')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {p.versions.map((ver) => (
                <tr class="kern-table__row">
                  <th scope="row" class="kern-table__cell">
                    {ver.version}
                    {agenda?.adoptedVersion === ver.version ? ` (${t('agenda.states.adopted')})` : ''}
                  </th>
                  <td class="kern-table__cell">{formatDate(lang, ver.createdAt)}</td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {ver.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {latest && state !== 'draft' ? (
        <section aria-labelledby="content-title">
          <h2 class="kern-heading-medium" id="content-title" lang={langAttr(ctx)}>
            {latest.title}
          </h2>
          <p class="kern-body kern-preline-text" lang={langAttr(ctx)}>
            {latest.introduction}
          </p>
          <Items ctx={ctx} items={p.items} />
        </section>
      ) : null}
      {p.canManage && state === 'draft' ? (
        <>
          <h2 class="kern-heading-medium">{latest ? t('agenda.newVersion') : t('agenda.firstVersion')}</h2>
          {p.form === 'version' ? <ErrorSummary t={t} errors={p.errors} /> : null}
          <form method="post" action={`/intern/agenda/${year}`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="title"
              label={t('agenda.fieldTitle')}
              value={v('title') ?? latest?.title ?? t('agenda.defaultTitle', { year })}
              errors={p.form === 'version' ? p.errors : undefined}
              required
            />
            <TextArea
              t={t}
              lang={langAttr(ctx)}
              name="introduction"
              label={t('agenda.introduction')}
              value={v('introduction') ?? latest?.introduction}
              errors={p.form === 'version' ? p.errors : undefined}
              rows={5}
              required
            />
            <fieldset class={`kern-fieldset${itemsError ? ' kern-fieldset--error' : ''}`} id="f-items">
              <legend class="kern-label">{t('agenda.chooseItems')}</legend>
              <div class="kern-hint">{t('agenda.chooseItemsHint')}</div>
              {many ? <div class="kern-hint">{t('agenda.topItemsHint', { count: AGENDA_BOXES })}</div> : null}
              <FieldErrorMessage t={t} id="f-items-error" error={itemsError} />
              <div class="kern-fieldset__body">
                {boxes.map((c) => (
                  <CheckOption
                    name="items"
                    value={keyOf(c)}
                    id={`item-${c.id}`}
                    checked={selected.includes(keyOf(c))}
                  >
                    <span lang={langAttr(ctx)}>{c.title}</span> <span class="meta">({describe(c)})</span>
                  </CheckOption>
                ))}
              </div>
            </fieldset>
            {many ? (
              <Select
                t={t}
                name="items"
                id="f-items-add"
                label={t('agenda.addItem')}
                empty={t('agenda.addItemNone')}
                value=""
                options={more.map((c) => ({ value: keyOf(c), label: `${c.title} (${describe(c)})` }))}
              />
            ) : null}
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="note"
              label={t('agenda.note')}
              hint={t('agenda.noteHint')}
              value={v('note')}
              errors={p.form === 'version' ? p.errors : undefined}
            />
            <div class="form-actions">
              <Button>{t('agenda.saveVersion')}</Button>
            </div>
          </form>
          {latest ? (
            <form
              method="post"
              action={`/intern/agenda/${year}/einreichen`}
              class="stack"
              aria-labelledby="agenda-submit-title"
            >
              <h2 class="kern-heading-medium" id="agenda-submit-title">
                {t('agenda.submit')}
              </h2>
              <Csrf token={ctx.csrf} />
              <p class="kern-body">{t('agenda.submitHint', { version: latest.version })}</p>
              <div class="form-actions">
                <Button kind="secondary">{t('agenda.submit')}</Button>
              </div>
            </form>
          ) : null}
        </>
      ) : null}
      {p.council}
      {p.canManage && state === 'submitted' ? (
        <>
          <h2 class="kern-heading-medium">{t('agenda.recordDecision')}</h2>
          {p.form === 'decision' ? <ErrorSummary t={t} errors={p.errors} /> : null}
          <form method="post" action={`/intern/agenda/${year}/beschluss`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="decisionDate"
              type="date"
              label={t('agenda.decisionDate')}
              value={v('decisionDate')}
              errors={p.errors}
              required
            />
            <TextField
              t={t}
              name="decisionReference"
              label={t('agenda.decisionReference')}
              hint={t('agenda.decisionReferenceHint')}
              value={v('decisionReference')}
              errors={p.errors}
              required
            />
            <TextArea
              lang={langAttr(ctx)}
              t={t}
              name="decidedText"
              label={t('agenda.decidedText')}
              value={v('decidedText')}
              errors={p.errors}
              rows={4}
              required
            />
            <TextField
              t={t}
              name="councilDocumentUrl"
              type="url"
              label={t('agenda.councilDocument')}
              value={v('councilDocumentUrl')}
              errors={p.errors}
            />
            <div class="form-actions">
              <Button>{t('agenda.adopt')}</Button>
            </div>
          </form>
        </>
      ) : null}
      {state === 'adopted' && agenda ? <Decision ctx={ctx} agenda={agenda} /> : null}
    </Layout>
  );
}
