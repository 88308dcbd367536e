/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  Notice,
  Radios,
  Select,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { AUTHOR_KINDS } from '../../proposals/proposals.service.ts';

const day = (lang: string, d: string) => formatDate(lang as 'de', new Date(`${d}T12:00:00Z`));

/** Co-creation workshops and the form to record one. */
export function WorkshopListPage({
  ctx,
  rows,
  processes,
  values,
  errors,
}: {
  ctx: PageCtx;
  rows: {
    id: string;
    title: string;
    heldOn: string;
    place: string;
    organiser: string;
    participants: number;
    proposals: number;
  }[];
  processes: { id: string; title: string }[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('workshops.title')}>
      <h1 class="kern-heading-large">{t('workshops.title')}</h1>
      <p class="kern-body">{t('workshops.intro')}</p>
      {rows.length ? (
        <TableScroll label={t('workshops.count', { count: rows.length })}>
          <table class="kern-table kern-table--striped">
            <caption>{t('workshops.count', { count: rows.length })}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('workshops.field.title')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('workshops.field.heldOn')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('workshops.field.place')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('workshops.field.organiser')}
                </th>
                <th scope="col" class="kern-table__header kern-table__header--numeric">
                  {t('workshops.field.participants')}
                </th>
                <th scope="col" class="kern-table__header kern-table__header--numeric">
                  {t('workshops.proposals')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {rows.map((w) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/intern/werkstaetten/${w.id}`} lang={langAttr(ctx)}>
                      {w.title}
                    </a>
                  </td>
                  <td class="kern-table__cell">{day(lang, w.heldOn)}</td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {w.place}
                  </td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {w.organiser}
                  </td>
                  <td class="kern-table__cell kern-table__cell--numeric">{w.participants}</td>
                  <td class="kern-table__cell kern-table__cell--numeric">{w.proposals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p class="kern-body">{t('workshops.none')}</p>
      )}
      <h2 class="kern-heading-medium">{t('workshops.new')}</h2>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/intern/werkstaetten" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('workshops.field.title')}
          value={values.title}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="heldOn"
          type="date"
          label={t('workshops.field.heldOn')}
          value={values.heldOn}
          errors={errors}
          required
        />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="place"
          label={t('workshops.field.place')}
          value={values.place}
          errors={errors}
          required
        />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="organiser"
          label={t('workshops.field.organiser')}
          value={values.organiser}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="participants"
          label={t('workshops.field.participants')}
          value={values.participants}
          errors={errors}
          inputmode="numeric"
          required
        />
        <Select
          t={t}
          name="processId"
          label={t('proposals.process')}
          empty={t('workshops.noProcess')}
          value={values.processId}
          options={contentOptions(
            ctx,
            processes.map((p) => ({ value: p.id, label: p.title })),
          )}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{t('workshops.create')}</Button>
        </div>
      </form>
    </Layout>
  );
}

/** One workshop: its facts, the proposals entered so far and the form to enter the next one. */
export function WorkshopPage({
  ctx,
  workshop,
  proposals,
  fields,
  values,
  errors,
}: {
  ctx: PageCtx;
  workshop: {
    id: string;
    title: string;
    heldOn: string;
    place: string;
    organiser: string;
    participants: number;
  };
  proposals: { id: string; number: string; title: string; state: string }[];
  fields: { value: string; label: string }[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={workshop.title}>
      <p class="kern-preline">{t('workshops.title')}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {workshop.title}
      </h1>
      <p class="kern-body">
        {withContent(
          ctx,
          'workshops.facts',
          { place: workshop.place, organiser: workshop.organiser },
          { date: day(lang, workshop.heldOn), count: workshop.participants },
        )}
      </p>
      {ctx.notice === 'workshop-created' ? <Notice kind="success" title={t('workshops.created')} /> : null}
      {ctx.notice === 'entered' ? <Notice kind="success" title={t('workshops.entered')} /> : null}
      <h2 class="kern-heading-medium">{t('workshops.proposalsTitle', { count: proposals.length })}</h2>
      {proposals.length ? (
        <ol class="kern-list">
          {proposals.map((p) => (
            <li>
              <a class="kern-link" href={`/mitmachen/vorschlaege/${p.id}`} lang={langAttr(ctx)}>
                {p.title}
              </a>{' '}
              <span class="meta">{p.number}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="kern-body">{t('workshops.noProposals')}</p>
      )}
      <h2 class="kern-heading-medium">{t('workshops.enter')}</h2>
      <p class="kern-body">{t('workshops.enterHint')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action={`/intern/werkstaetten/${workshop.id}/vorschlaege`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('proposal.field.title')}
          value={values.title}
          errors={errors}
          required
        />
        <TextArea
          t={t}
          name="body"
          label={t('proposal.field.body')}
          value={values.body}
          errors={errors}
          rows={5}
          maxlength={5000}
          required
        />
        <Radios
          t={t}
          name="authorKind"
          label={t('proposal.field.authorKind')}
          value={values.authorKind || 'citizen'}
          options={AUTHOR_KINDS.map((k) => ({ value: k, label: t(`authorKind.${k}`) }))}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="organisationName"
          label={t('proposal.field.organisationName')}
          value={values.organisationName}
          errors={errors}
        />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="place"
          label={t('proposal.field.place')}
          value={values.place}
          errors={errors}
        />
        <Select
          t={t}
          name="fieldOfActionId"
          label={t('proposal.field.fieldOfAction')}
          empty={t('proposal.noFieldOfAction')}
          value={values.fieldOfActionId}
          options={contentOptions(ctx, fields)}
          errors={errors}
        />
        <div class="form-actions">
          <Button>{t('workshops.enterButton')}</Button>
        </div>
      </form>
    </Layout>
  );
}
