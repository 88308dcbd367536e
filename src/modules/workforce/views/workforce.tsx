/** @jsxImportSource hono/jsx */
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Checkboxes,
  Csrf,
  ErrorSummary,
  type Errors,
  GroupedCheckboxes,
  MANY_OPTIONS,
  Radios,
  Select,
  TableScroll,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { DIGITAL_STATES, type DigitalState, TRAINING_KINDS, type TrainingKind } from '../workforce.table.ts';

type Counts = Record<(typeof DIGITAL_STATES)[number], number>;

interface ProcessRow {
  id: string;
  name: string;
  description: string;
  digitalState: DigitalState;
  redesigned: boolean;
  project: { id: string; title: string } | undefined;
}

export interface ProcessFormProps {
  offices: { value: string; label: string }[];
  projects: { value: string; label: string }[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}

function ProcessForm(p: ProcessFormProps & { ctx: PageCtx; action: string; button: string }) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <>
      <ErrorSummary t={t} errors={p.errors} />
      <form method="post" action={p.action} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <Select
          t={t}
          name="officeId"
          label={t('processes.office')}
          empty={t('form.choose')}
          value={p.values.officeId}
          options={contentOptions(ctx, p.offices)}
          errors={p.errors}
          required
        />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="name"
          label={t('processes.name')}
          value={p.values.name}
          errors={p.errors}
          required
        />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name="description"
          label={t('processes.description')}
          value={p.values.description}
          errors={p.errors}
          rows={3}
        />
        <Radios
          t={t}
          name="digitalState"
          label={t('processes.state')}
          value={p.values.digitalState}
          options={DIGITAL_STATES.map((s) => ({ value: s, label: t(`processes.states.${s}`) }))}
          errors={p.errors}
          required
        />
        <Checkboxes
          t={t}
          name="redesigned"
          label={t('processes.redesignedShort')}
          hint={t('processes.redesignedHint')}
          values={p.values.redesigned === 'on' ? ['on'] : []}
          options={[{ value: 'on', label: t('processes.redesigned') }]}
        />
        <Select
          t={t}
          name="projectId"
          label={t('processes.project')}
          empty={t('processes.noProject')}
          value={p.values.projectId}
          options={contentOptions(ctx, p.projects)}
          errors={p.errors}
        />
        <div class="form-actions">
          <Button>{p.button}</Button>
        </div>
      </form>
    </>
  );
}

/** The process inventory per office with its digital state and the "redesigned, not 1:1" flag. */
export function ProcessesPage(p: {
  ctx: PageCtx;
  offices: { office: { id: string; name: string }; rows: ProcessRow[]; counts: Counts; redesigned: number }[];
  totals: Counts;
  total: number;
  redesigned: number;
  canAdd: boolean;
  editable: (officeId: string) => boolean;
  form: ProcessFormProps;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  const pct = (n: number) =>
    p.total ? formatNumber(lang, (n / p.total) * 100, { maximumFractionDigits: 0 }) : '0';
  return (
    <Layout ctx={ctx} title={t('processes.title')} wide>
      <h1 class="kern-heading-large">{t('processes.title')}</h1>
      <p class="kern-body">{t('processes.intro')}</p>
      <p class="kern-body" role="status">
        {t('processes.summary', {
          total: p.total,
          analog: pct(p.totals.analog),
          partly: pct(p.totals.partly_digital),
          e2e: pct(p.totals.end_to_end),
          redesigned: p.redesigned,
        })}
      </p>
      {p.offices.map((o) => (
        <section aria-labelledby={`office-${o.office.id}`}>
          <h2 class="kern-heading-medium" id={`office-${o.office.id}`} lang={langAttr(ctx)}>
            {o.office.name}
          </h2>
          <TableScroll
            label={t('processes.caption', {
              count: o.rows.length,
              analog: o.counts.analog,
              partly: o.counts.partly_digital,
              e2e: o.counts.end_to_end,
            })}
          >
            <table class="kern-table kern-table--striped">
              <caption>
                {t('processes.caption', {
                  count: o.rows.length,
                  analog: o.counts.analog,
                  partly: o.counts.partly_digital,
                  e2e: o.counts.end_to_end,
                })}
              </caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('processes.name')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('processes.state')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('processes.redesignedShort')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('processes.project')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {o.rows.map((r) => (
                  <tr class="kern-table__row">
                    <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                      {p.editable(o.office.id) ? (
                        <a class="kern-link" href={`/intern/prozesse/${r.id}`}>
                          {r.name}
                        </a>
                      ) : (
                        r.name
                      )}
                    </th>
                    <td class="kern-table__cell">{t(`processes.states.${r.digitalState}`)}</td>
                    <td class="kern-table__cell">{r.redesigned ? t('common.yes') : '–'}</td>
                    <td class="kern-table__cell">
                      {r.project ? (
                        <a class="kern-link" href={`/intern/projekte/${r.project.id}`} lang={langAttr(ctx)}>
                          {r.project.title}
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
      {p.canAdd ? (
        <>
          <h2 class="kern-heading-medium">{t('processes.add')}</h2>
          <ProcessForm ctx={ctx} {...p.form} action="/intern/prozesse" button={t('processes.addButton')} />
        </>
      ) : null}
    </Layout>
  );
}

export function ProcessEditPage(p: { ctx: PageCtx; id: string; name: string; form: ProcessFormProps }) {
  const { ctx } = p;
  return (
    <Layout ctx={ctx} title={p.name}>
      <p class="kern-preline">{ctx.t('processes.title')}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {p.name}
      </h1>
      <ProcessForm ctx={ctx} {...p.form} action={`/intern/prozesse/${p.id}`} button={ctx.t('form.save')} />
    </Layout>
  );
}

/** Trainings, coverage per office, one's own courses, and (CDO team) the form to record a course. */
export function TrainingsPage(p: {
  ctx: PageCtx;
  trainings: {
    id: string;
    title: string;
    kind: TrainingKind;
    heldOn: string;
    provider: string;
    participants: number;
  }[];
  coverage: {
    office: { id: string; name: string };
    people: number;
    projectManagement: number;
    processManagement: number;
  }[];
  mine: { title: string; heldOn: string }[];
  people: { id: string; displayName: string; office: string }[];
  canAdd: boolean;
  values: Record<string, string | string[]>;
  errors?: Errors | undefined;
}) {
  const { ctx } = p;
  const { t, lang } = ctx;
  const share = (n: number, of: number) =>
    of ? `${n} (${formatNumber(lang, (n / of) * 100, { maximumFractionDigits: 0 })} %)` : '–';
  const v = (k: string) => {
    const x = p.values[k];
    return Array.isArray(x) ? x[0] : x;
  };
  return (
    <Layout ctx={ctx} title={t('trainings.title')} wide>
      <h1 class="kern-heading-large">{t('trainings.title')}</h1>
      <p class="kern-body">{t('trainings.intro')}</p>
      {p.mine.length ? (
        <section aria-labelledby="mine-title">
          <h2 class="kern-heading-medium" id="mine-title">
            {t('trainings.mine')}
          </h2>
          <ul class="kern-list">
            {p.mine.map((m) => (
              <li>
                <span lang={langAttr(ctx)}>{m.title}</span> ({formatDate(lang, m.heldOn)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TableScroll label={t('trainings.coverageCaption')}>
        <table class="kern-table kern-table--striped">
          <caption>{t('trainings.coverageCaption')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('processes.office')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('trainings.people')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('trainings.kinds.project_management')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('trainings.kinds.process_management')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {p.coverage.map((c) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                  {c.office.name}
                </th>
                <td class="kern-table__cell kern-table__cell--numeric">{c.people}</td>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {share(c.projectManagement, c.people)}
                </td>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {share(c.processManagement, c.people)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t('trainings.listCaption', { count: p.trainings.length })}>
        <table class="kern-table kern-table--striped">
          <caption>{t('trainings.listCaption', { count: p.trainings.length })}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('trainings.course')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('trainings.kind')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('trainings.heldOn')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('trainings.participants')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {p.trainings.map((tr) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                  {tr.title}
                  {tr.provider ? <span class="meta"> ({tr.provider})</span> : null}
                </th>
                <td class="kern-table__cell">{t(`trainings.kinds.${tr.kind}`)}</td>
                <td class="kern-table__cell">{formatDate(lang, tr.heldOn)}</td>
                <td class="kern-table__cell kern-table__cell--numeric">{tr.participants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {p.canAdd ? (
        <>
          <h2 class="kern-heading-medium">{t('trainings.add')}</h2>
          <ErrorSummary t={t} errors={p.errors} />
          <form method="post" action="/intern/schulungen" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="title"
              label={t('trainings.course')}
              value={v('title')}
              errors={p.errors}
              required
            />
            <Radios
              t={t}
              name="kind"
              label={t('trainings.kind')}
              value={v('kind')}
              options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainings.kinds.${k}`) }))}
              errors={p.errors}
              required
            />
            <TextField
              t={t}
              name="heldOn"
              type="date"
              label={t('trainings.heldOn')}
              value={v('heldOn')}
              errors={p.errors}
              required
            />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="provider"
              label={t('trainings.provider')}
              value={v('provider')}
              errors={p.errors}
            />
            {p.people.length > MANY_OPTIONS ? (
              // A city's hundreds of staff: by office, each office opened where its people are.
              <GroupedCheckboxes
                t={t}
                name="accountIds"
                label={t('trainings.participants')}
                values={Array.isArray(p.values.accountIds) ? p.values.accountIds : []}
                options={p.people.map((x) => ({ value: x.id, label: x.displayName, group: x.office }))}
                lang={langAttr(ctx)}
                errors={p.errors}
              />
            ) : (
              <Checkboxes
                t={t}
                name="accountIds"
                label={t('trainings.participants')}
                values={Array.isArray(p.values.accountIds) ? p.values.accountIds : []}
                options={contentOptions(
                  ctx,
                  p.people.map((x) => ({ value: x.id, label: `${x.displayName}, ${x.office}` })),
                )}
                errors={p.errors}
              />
            )}
            <div class="form-actions">
              <Button>{t('trainings.addButton')}</Button>
            </div>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
