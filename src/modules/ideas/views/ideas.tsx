/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckOption,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  Select,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import type { ProposalState } from '../../proposals/proposals.service.ts';
import type { IdeaState } from '../ideas.table.ts';

export function IdeaListPage({
  ctx,
  rows,
  canCreate,
}: {
  ctx: PageCtx;
  rows: {
    id: string;
    number: string;
    title: string;
    state: IdeaState;
    createdAt: Date;
    proposalCount: number;
  }[];
  canCreate: boolean;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('ideas.title')}>
      <h1 class="kern-heading-large">{t('ideas.title')}</h1>
      <p class="kern-body">{t('ideas.intro')}</p>
      {canCreate ? (
        <p class="form-actions">
          <a class="kern-btn kern-btn--primary" href="/intern/ideen/buendeln">
            <span class="kern-label">{t('condense.title')}</span>
          </a>
          <a class="kern-btn kern-btn--secondary" href="/intern/ideen/neu">
            <span class="kern-label">{t('ideas.new')}</span>
          </a>
        </p>
      ) : null}
      <TableScroll label={t('ideas.count', { count: rows.length })}>
        <table class="kern-table kern-table--striped">
          <caption>{t('ideas.count', { count: rows.length })}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('ideas.number')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('ideas.titleField')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('ideas.proposals')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('ideas.state')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('ideas.created')}
              </th>
              {canCreate ? (
                <th scope="col" class="kern-table__header">
                  {t('common.actions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {rows.map((r) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">{r.number}</td>
                <td class="kern-table__cell">
                  <a class="kern-link" href={`/intern/ideen/${r.id}`} lang={langAttr(ctx)}>
                    {r.title}
                  </a>
                </td>
                <td class="kern-table__cell">{r.proposalCount}</td>
                <td class="kern-table__cell">{t(`ideaState.${r.state}`)}</td>
                <td class="kern-table__cell">{formatDate(lang, r.createdAt)}</td>
                {canCreate ? (
                  <td class="kern-table__cell">
                    {r.state === 'open' ? (
                      <a class="kern-link" href={`/intern/projekte/neu?idee=${r.id}`}>
                        {withContent(ctx, 'ideas.toProject', { title: r.title })}
                      </a>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}

export interface Candidate {
  id: string;
  number: string;
  title: string;
  body: string;
  state: ProposalState;
}

/** One form, two buttons: "search" re-renders with more candidates and keeps the choice; "create" condenses. */
export function NewIdeaPage(p: {
  ctx: PageCtx;
  values: { title: string; description: string; fieldOfActionId: string; q: string };
  selected: Candidate[];
  results: Candidate[];
  fields: { value: string; label: string }[];
  errors?: Errors | undefined;
}) {
  const { ctx, values: v, errors } = p;
  const { t } = ctx;
  const selectedIds = new Set(p.selected.map((s) => s.id));
  const candidates = [...p.selected, ...p.results.filter((r) => !selectedIds.has(r.id))];
  return (
    <Layout ctx={ctx} title={t('ideas.new')}>
      <h1 class="kern-heading-large">{t('ideas.new')}</h1>
      <p class="kern-body">{t('ideas.newIntro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/intern/ideen/neu" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <div class="filters">
          <div class="kern-form-input">
            <label class="kern-label" for="f-q">
              {t('ideas.searchProposals')}
            </label>
            <input class="kern-form-input__input" id="f-q" name="q" type="search" value={v.q} />
          </div>
          <Button kind="secondary" name="action" value="search">
            {t('ideas.searchButton')}
          </Button>
        </div>
        <fieldset
          class={`kern-fieldset${errors?.proposalIds ? ' kern-fieldset--error' : ''}`}
          id="f-proposalIds"
          aria-describedby={errors?.proposalIds ? 'f-proposalIds-error' : undefined}
        >
          <legend class="kern-label">{t('ideas.chooseProposals')}</legend>
          <FieldErrorMessage t={t} id="f-proposalIds-error" error={errors?.proposalIds} />
          {candidates.length === 0 ? <p class="kern-body">{t('ideas.noCandidates')}</p> : null}
          <div class="kern-fieldset__body">
            {candidates.map((r) => (
              <CheckOption name="proposalIds" value={r.id} id={`p-${r.id}`} checked={selectedIds.has(r.id)}>
                <span lang={langAttr(ctx)}>{r.title}</span>{' '}
                <span class="meta">
                  ({r.number}
                  {r.state === 'merged' ? `, ${t('proposalState.merged')}` : ''})
                </span>
              </CheckOption>
            ))}
          </div>
        </fieldset>
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('ideas.titleField')}
          value={v.title}
          errors={errors}
          required
          maxlength={200}
        />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name="description"
          label={t('ideas.description')}
          value={v.description}
          errors={errors}
          rows={5}
        />
        <Select
          t={t}
          name="fieldOfActionId"
          label={t('projects.field')}
          empty={t('proposal.noFieldOfAction')}
          value={v.fieldOfActionId}
          options={contentOptions(ctx, p.fields)}
          errors={errors}
        />
        <div class="form-actions">
          <Button name="action" value="create">
            {t('ideas.create')}
          </Button>
        </div>
      </form>
    </Layout>
  );
}

/** One project idea with the proposals it condenses; the CDO team can release a proposal again. */
export function IdeaPage({
  ctx,
  idea,
  proposals,
  canManage,
}: {
  ctx: PageCtx;
  idea: { id: string; number: string; title: string; description: string; state: IdeaState };
  proposals: { id: string; number: string; title: string }[];
  canManage: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={idea.title}>
      <p class="kern-preline">{t('ideas.label', { number: idea.number })}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {idea.title}
      </h1>
      <p class="kern-body">{t(`ideaState.${idea.state}`)}</p>
      {idea.description ? (
        <p class="kern-body" lang={langAttr(ctx)}>
          {idea.description}
        </p>
      ) : null}
      {/* The next stage from the idea itself, as from the list. */}
      {canManage && idea.state === 'open' ? (
        <p class="kern-body">
          <a class="kern-link" href={`/intern/projekte/neu?idee=${idea.id}`}>
            {withContent(ctx, 'ideas.toProject', { title: idea.title })}
          </a>
        </p>
      ) : null}
      <h2 class="kern-heading-medium">{t('ideas.proposals')}</h2>
      <TableScroll label={t('ideas.proposals')}>
        <table class="kern-table">
          <caption class="kern-sr-only">{t('ideas.proposals')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('ideas.number')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('proposal.field.title')}
              </th>
              {canManage ? (
                <th scope="col" class="kern-table__header">
                  {t('common.actions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {proposals.map((p) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">{p.number}</td>
                <td class="kern-table__cell">
                  <a class="kern-link" href={`/mitmachen/vorschlaege/${p.id}`} lang={langAttr(ctx)}>
                    {p.title}
                  </a>
                </td>
                {canManage ? (
                  <td class="kern-table__cell">
                    <form method="post" action={`/intern/ideen/${idea.id}/loesen`} class="inline-form">
                      <Csrf token={ctx.csrf} />
                      <input type="hidden" name="proposalId" value={p.id} />
                      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                        <span class="kern-label">
                          {withContent(ctx, 'ideas.release', { title: p.title })}
                        </span>
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}
