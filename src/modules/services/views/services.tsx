/** @jsxImportSource hono/jsx */

import type { Lang } from '../../../platform/i18n/langs.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  ChartFigure,
  Checkboxes,
  Csrf,
  ErrorSummary,
  type Errors,
  FilterSelect,
  MANY_OPTIONS,
  PageTranslationNote,
  Select,
  TableScroll,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx, textLang } from '../../../ui/page.ts';

export interface ServiceRow {
  id: string;
  leikaKey: string;
  name: string;
  office: string;
  officeId: string;
  url: string | null;
  level: number;
  levelName: string;
  levelLang: Lang;
  projects: { id: string; title: string; slug: string; visibility: string; shown?: { title: ShownText } }[];
  /** On the public page: the name in the reader's language where translated (else the German original). */
  shown?: { name: ShownText };
}

interface ModelView {
  name: string;
  lang: Lang;
  levels: { level: number; name: string; lang: Lang; description: string; descriptionLang: Lang }[];
}

function CountsTable({
  ctx,
  model,
  counts,
}: {
  ctx: PageCtx;
  model: ModelView;
  counts: { level: number; name: string; lang: Lang; count: number }[];
}) {
  const { t } = ctx;
  return (
    <TableScroll label={t('services.countsCaption', { model: model.name })}>
      <table class="kern-table kern-table--striped">
        <caption>{t('services.countsCaption', { model: model.name })}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('services.level')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('services.meaning')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('services.count')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {counts.map((c) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                {c.level} – <span lang={langAttr(ctx, c.lang)}>{c.name}</span>
              </th>
              {(() => {
                const level = model.levels.find((l) => l.level === c.level);
                return (
                  <td class="kern-table__cell" lang={langAttr(ctx, level?.descriptionLang)}>
                    {level?.description}
                  </td>
                );
              })()}
              <td class="kern-table__cell kern-table__cell--numeric">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ServiceTable({ ctx, rows, editable }: { ctx: PageCtx; rows: ServiceRow[]; editable: boolean }) {
  const { t } = ctx;
  return (
    <TableScroll label={t('services.catalogueCaption', { count: rows.length })}>
      <table class="kern-table kern-table--striped">
        <caption>{t('services.catalogueCaption', { count: rows.length })}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('services.name')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('services.leika')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('services.office')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('services.level')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('services.projects')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((s) => (
            <tr class="kern-table__row">
              <th
                scope="row"
                class="kern-table__cell"
                lang={s.shown ? textLang(ctx, s.shown.name.lang) : langAttr(ctx)}
              >
                {editable ? (
                  <a class="kern-link" href={`/intern/onlinedienste/${s.id}`}>
                    {s.name}
                  </a>
                ) : s.url ? (
                  <a class="kern-link" href={s.url} rel="noopener">
                    {s.shown?.name.text ?? s.name}
                  </a>
                ) : (
                  (s.shown?.name.text ?? s.name)
                )}
              </th>
              <td class="kern-table__cell">{s.leikaKey}</td>
              <td class="kern-table__cell" lang={langAttr(ctx)}>
                {s.office}
              </td>
              <td class="kern-table__cell">
                {s.level} – <span lang={langAttr(ctx, s.levelLang)}>{s.levelName}</span>
              </td>
              <td class="kern-table__cell">
                {(() => {
                  const shown = s.projects.filter((p) => editable || p.visibility === 'public');
                  if (!shown.length) return <span class="meta">{t('services.noProject')}</span>;
                  return shown.map((p, i) => (
                    <>
                      {i ? ', ' : ''}
                      <a
                        class="kern-link"
                        href={editable ? `/intern/projekte/${p.id}` : `/projekte/${p.slug}`}
                        lang={p.shown ? textLang(ctx, p.shown.title.lang) : langAttr(ctx)}
                      >
                        {p.shown?.title.text ?? p.title}
                      </a>
                    </>
                  ));
                })()}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The public catalogue of online services with counts per maturity level. */
export function ServicesPage(p: {
  ctx: PageCtx;
  model: ModelView;
  counts: { level: number; name: string; lang: Lang; count: number }[];
  rows: ServiceRow[];
  chart: string;
  filter: { level: string; office: string };
  offices: { value: string; label: string }[];
  /** The page with the originals, and (when they are shown) back to the translations. */
  translation: { originalHref: string; translatedHref?: string | undefined };
}) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('services.title')} wide>
      <h1 class="kern-heading-large">{t('services.title')}</h1>
      <PageTranslationNote
        t={t}
        lang={ctx.lang}
        texts={p.rows.flatMap((s) => [
          ...(s.shown ? [s.shown.name] : []),
          ...s.projects.flatMap((x) => (x.shown ? [x.shown.title] : [])),
        ])}
        originalHref={p.translation.originalHref}
        translatedHref={p.translation.translatedHref}
      />
      <p class="kern-body">{t('services.intro', { model: p.model.name })}</p>
      <ChartFigure svg={p.chart} caption={t('services.chartCaption')} />
      <CountsTable ctx={ctx} model={p.model} counts={p.counts} />
      <form
        method="get"
        action="/onlinedienste"
        class="filters"
        role="search"
        aria-label={t('services.filter')}
      >
        <FilterSelect
          id="stufe"
          label={t('services.level')}
          value={p.filter.level}
          options={p.model.levels.map((l) => ({
            value: String(l.level),
            label: `${l.level} – ${l.name}`,
            lang: langAttr(ctx, l.lang),
          }))}
          all={t('projects.all')}
        />
        <FilterSelect
          id="amt"
          label={t('services.office')}
          value={p.filter.office}
          options={p.offices.map((o) => ({ ...o, lang: langAttr(ctx) }))}
          all={t('projects.all')}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('projects.apply')}</span>
        </button>
      </form>
      <ServiceTable ctx={ctx} rows={p.rows} editable={false} />
    </Layout>
  );
}

/** The back office catalogue and the form to add a service. */
export function ServicesAdminPage(p: { ctx: PageCtx; rows: ServiceRow[]; canAdd: boolean; form: FormProps }) {
  const { ctx } = p;
  const { t } = ctx;
  // "Maintain" for the CDO team; others read it (an office head edits its own services from their rows).
  const title = t(p.canAdd ? 'services.adminTitle' : 'services.catalogueTitle');
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        <a class="kern-link" href="/onlinedienste">
          {t('services.publicLink')}
        </a>
      </p>
      <ServiceTable ctx={ctx} rows={p.rows} editable />
      {p.canAdd ? (
        <>
          <h2 class="kern-heading-medium">{t('services.add')}</h2>
          <ServiceForm
            ctx={ctx}
            {...p.form}
            action="/intern/onlinedienste"
            button={t('services.addButton')}
          />
        </>
      ) : null}
    </Layout>
  );
}

export interface FormProps {
  model: ModelView;
  offices: { value: string; label: string }[];
  projects: { value: string; label: string }[];
  values: Record<string, string | string[]>;
  errors?: Errors | undefined;
}

function ServiceForm(p: FormProps & { ctx: PageCtx; action: string; button: string }) {
  const { ctx } = p;
  const { t } = ctx;
  const v = (k: string) => {
    const x = p.values[k];
    return Array.isArray(x) ? x[0] : x;
  };
  const projectIds = Array.isArray(p.values.projectIds)
    ? p.values.projectIds
    : p.values.projectIds
      ? [p.values.projectIds]
      : [];
  return (
    <>
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={p.action} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="name"
          label={t('services.name')}
          value={v('name')}
          errors={p.errors}
          required
        />
        <TextField
          t={t}
          name="leikaKey"
          label={t('services.leika')}
          hint={t('services.leikaHint')}
          value={v('leikaKey')}
          errors={p.errors}
          inputmode="numeric"
          required
        />
        <Select
          t={t}
          name="officeId"
          label={t('services.office')}
          empty={t('form.choose')}
          value={v('officeId')}
          options={contentOptions(ctx, p.offices)}
          errors={p.errors}
          required
        />
        <TextField t={t} name="url" type="url" label={t('services.url')} value={v('url')} errors={p.errors} />
        <Select
          t={t}
          name="level"
          label={t('services.levelOn', { model: p.model.name })}
          empty={t('form.choose')}
          value={v('level')}
          options={p.model.levels.map((l) => ({
            value: String(l.level),
            label: `${l.level} – ${l.name}: ${l.description}`,
            lang: langAttr(ctx, l.lang),
          }))}
          errors={p.errors}
          required
        />
        {p.projects.length > MANY_OPTIONS ? (
          // A city's thousands of projects: the chosen ones to keep or drop, and one more to add.
          <>
            {projectIds.length ? (
              <Checkboxes
                t={t}
                name="projectIds"
                label={t('services.raisedBy')}
                values={projectIds}
                options={contentOptions(
                  ctx,
                  p.projects.filter((o) => projectIds.includes(o.value)),
                )}
              />
            ) : null}
            <Select
              t={t}
              name="projectIds"
              id={projectIds.length ? 'f-projectIds-add' : undefined}
              label={t('services.raisedByAdd')}
              empty={t('services.raisedByNone')}
              value=""
              options={contentOptions(ctx, p.projects)}
              exclude={projectIds}
              errors={p.errors}
            />
          </>
        ) : p.projects.length ? (
          <Checkboxes
            t={t}
            name="projectIds"
            label={t('services.raisedBy')}
            values={projectIds}
            options={contentOptions(ctx, p.projects)}
            errors={p.errors}
          />
        ) : null}
        <div class="form-actions">
          <Button>{p.button}</Button>
        </div>
      </form>
    </>
  );
}

/** One service in the back office: its level, link and projects (CDO team or responsible office head). */
export function ServiceEditPage(p: {
  ctx: PageCtx;
  title: string;
  id: string;
  canEdit: boolean;
  form: FormProps;
  row: ServiceRow;
}) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={p.title}>
      <p class="kern-preline">{t('services.adminTitle')}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {p.title}
      </h1>
      {p.canEdit ? (
        <ServiceForm ctx={ctx} {...p.form} action={`/intern/onlinedienste/${p.id}`} button={t('form.save')} />
      ) : (
        <ServiceTable ctx={ctx} rows={[p.row]} editable={false} />
      )}
    </Layout>
  );
}
