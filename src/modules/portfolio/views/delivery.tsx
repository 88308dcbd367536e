/** @jsxImportSource hono/jsx */
import { formatDate, formatEuro } from '../../../platform/i18n/i18n.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  Checkboxes,
  Csrf,
  ErrorSummary,
  type Errors,
  type Option,
  PageTranslationNote,
  Select,
  StatusBadge,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { contentOptions, langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import { type projectDelivery, RISK_LEVELS } from '../../delivery/delivery.service.ts';
import { PARTNER_KINDS, type Partner } from '../../orgs/orgs.service.ts';
import { type Project, VISIBILITIES } from '../../projects/projects.service.ts';
import { STATUSES } from '../../reviews/reviews.service.ts';
import type { TimelineEvent } from '../portfolio.service.ts';

export type Delivery = Awaited<ReturnType<typeof projectDelivery>>;

/** A piece of project news, with its title and text in the reader's language on the public page. */
type ShownUpdate = Delivery['updates'][number] & { shown?: { title: ShownText; body: ShownText } };

/** A form on the project page that failed: which one, what was typed, what is wrong. */
export interface DeliveryFailure {
  form: 'partners' | 'budget' | 'risk' | 'dependency' | 'update';
  values: Record<string, string | string[]>;
  errors: Errors;
}

const euro = formatEuro;

function BudgetTable({
  ctx,
  budgets,
  totals,
  removeFrom,
}: {
  ctx: PageCtx;
  budgets: Delivery['budgets'];
  totals: Delivery['budgetTotals'];
  /** In the back office, for whoever may edit: the project's address, under which each year can be removed. */
  removeFrom?: string | undefined;
}) {
  const { t, lang } = ctx;
  const { planned, spent } = totals;
  return (
    <TableScroll label={t('delivery.budgetCaption')}>
      <table class="kern-table kern-table--striped">
        <caption>{t('delivery.budgetCaption')}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('delivery.year')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('delivery.planned')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('delivery.spent')}
            </th>
            {removeFrom ? (
              <th scope="col" class="kern-table__header">
                {t('delivery.remove')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {budgets.map((b) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                {b.year}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{euro(lang, b.planned)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{euro(lang, b.spent)}</td>
              {removeFrom ? (
                <td class="kern-table__cell">
                  <form method="post" action={`${removeFrom}/budget/${b.year}/entfernen`}>
                    <Csrf token={ctx.csrf} />
                    <Button kind="tertiary">{t('delivery.removeBudget', { year: b.year })}</Button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
          <tr class="kern-table__row">
            <th scope="row" class="kern-table__cell">
              {t('delivery.total')}
            </th>
            <td class="kern-table__cell kern-table__cell--numeric">{euro(lang, planned)}</td>
            <td class="kern-table__cell kern-table__cell--numeric">{euro(lang, spent)}</td>
            {removeFrom ? <td class="kern-table__cell" /> : null}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

function Partners({ ctx, partners }: { ctx: PageCtx; partners: Delivery['partners'] }) {
  const { t } = ctx;
  return partners.length ? (
    <ul class="kern-list">
      {partners.map(({ partner, contribution }) => (
        <li>
          <bdi lang={langAttr(ctx)}>{partner.name}</bdi>{' '}
          <span class="meta">({t(`partnerKind.${partner.kind}`)})</span>
          {partner.digitalHubMember ? (
            <span class="kern-badge kern-badge--info">{t('delivery.digitalHub')}</span>
          ) : null}
          {contribution ? [' – ', <span lang={langAttr(ctx)}>{contribution}</span>] : ''}
        </li>
      ))}
    </ul>
  ) : (
    <p class="kern-body">{t('delivery.noPartners')}</p>
  );
}

function Dependencies({
  ctx,
  delivery,
  href,
}: {
  ctx: PageCtx;
  delivery: Pick<Delivery, 'dependsOn' | 'neededBy'>;
  href: (p: { id: string; slug: string }) => string;
}) {
  const { t } = ctx;
  const list = (items: (Delivery['dependsOn'][number] & { titleLang?: string })[]) => (
    <ul class="kern-list">
      {items.map((d) => (
        <li>
          <a class="kern-link" href={href(d)} lang={d.titleLang ? textLang(ctx, d.titleLang) : langAttr(ctx)}>
            {d.title}
          </a>{' '}
          <span class="meta">
            ({t(`phase.${d.phase}`)}
            {d.note ? (
              <>
                {t('delivery.noteSeparator')}
                <bdi lang={langAttr(ctx)}>{d.note}</bdi>
              </>
            ) : null}
            )
          </span>
        </li>
      ))}
    </ul>
  );
  if (!delivery.dependsOn.length && !delivery.neededBy.length)
    return <p class="kern-body">{t('delivery.noDependencies')}</p>;
  return (
    <>
      {delivery.dependsOn.length ? (
        <>
          <h3 class="kern-heading-small">{t('delivery.dependsOn')}</h3>
          {list(delivery.dependsOn)}
        </>
      ) : null}
      {delivery.neededBy.length ? (
        <>
          <h3 class="kern-heading-small">{t('delivery.neededBy')}</h3>
          {list(delivery.neededBy)}
        </>
      ) : null}
    </>
  );
}

function Updates({
  ctx,
  updates,
  showVisibility,
}: {
  ctx: PageCtx;
  updates: ShownUpdate[];
  showVisibility: boolean;
}) {
  const { t, lang } = ctx;
  return updates.length ? (
    <ul class="kern-list stack">
      {updates.map((u) => (
        <li>
          <strong lang={u.shown ? textLang(ctx, u.shown.title.lang) : langAttr(ctx)}>
            {u.shown?.title.text ?? u.title}
          </strong>{' '}
          <span class="meta">
            ({formatDate(lang, u.publishedAt)}
            {showVisibility ? `; ${t(`visibility.${u.visibility}`)}` : ''})
          </span>
          <p class="kern-body prewrap" lang={u.shown ? textLang(ctx, u.shown.body.lang) : langAttr(ctx)}>
            {u.shown?.body.text ?? u.body}
          </p>
        </li>
      ))}
    </ul>
  ) : (
    <p class="kern-body">{t('delivery.noUpdates')}</p>
  );
}

const SLOT = '\u2063';

/** An event's sentence with its title marked in the title's language (the city's, or a translation's). */
function TitledEvent({ ctx, event }: { ctx: PageCtx; event: TimelineEvent }) {
  const [before, after] = ctx.t(`timeline.${event.kind}`, { title: SLOT }).split(SLOT);
  if (after === undefined || !event.title) return <>{before}</>;
  return (
    <>
      {before}
      <span lang={event.lang ? textLang(ctx, event.lang) : langAttr(ctx)}>{event.title}</span>
      {after}
    </>
  );
}

/** The project's story as an ordered list (a timeline that reads without any styling). */
export function Timeline({ ctx, events }: { ctx: PageCtx; events: TimelineEvent[] }) {
  const { t, lang } = ctx;
  return (
    <section aria-labelledby="timeline-title">
      <h2 class="kern-heading-medium" id="timeline-title">
        {t('delivery.timeline')}
      </h2>
      {events.length ? (
        <ol class="kern-list timeline">
          {events.map((e) => {
            const [status, progress] = (e.detail ?? '').split(':');
            const badge = STATUSES.find((s) => s === status);
            return (
              <li>
                <time datetime={e.date}>{formatDate(lang, e.date)}</time>:{' '}
                {e.kind === 'status' ? (
                  <>
                    {t('timeline.status', { period: e.title, progress })} <StatusBadge t={t} status={badge} />
                  </>
                ) : (
                  <TitledEvent ctx={ctx} event={e} />
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p class="kern-body">{t('delivery.noTimeline')}</p>
      )}
    </section>
  );
}

/** The public part of delivery: partners, budget per year, dependencies and public news. */
export function DeliveryPublic({
  ctx,
  delivery,
  translation,
  feedHref,
}: {
  ctx: PageCtx;
  delivery: Omit<Delivery, 'updates'> & { updates: ShownUpdate[] };
  /** The project's news as an Atom feed. */
  feedHref?: string;
  /** The page with the originals, and (when they are shown) back to the translations. */
  translation?: { originalHref: string; translatedHref?: string | undefined };
}) {
  const { t } = ctx;
  return (
    <>
      <section aria-labelledby="partners-title">
        <h2 class="kern-heading-medium" id="partners-title">
          {t('delivery.partners')}
        </h2>
        <Partners ctx={ctx} partners={delivery.partners} />
      </section>
      {delivery.budgets.length ? (
        <section aria-labelledby="budget-title">
          <h2 class="kern-heading-medium" id="budget-title">
            {t('delivery.budget')}
          </h2>
          <BudgetTable ctx={ctx} budgets={delivery.budgets} totals={delivery.budgetTotals} />
        </section>
      ) : null}
      <section aria-labelledby="deps-title">
        <h2 class="kern-heading-medium" id="deps-title">
          {t('delivery.dependencies')}
        </h2>
        <Dependencies ctx={ctx} delivery={delivery} href={(p) => `/projekte/${p.slug}`} />
      </section>
      <section aria-labelledby="updates-title">
        <h2 class="kern-heading-medium" id="updates-title">
          {t('delivery.updates')}
        </h2>
        {translation ? (
          <PageTranslationNote
            t={t}
            lang={ctx.lang}
            texts={delivery.updates.flatMap((u) => (u.shown ? [u.shown.title, u.shown.body] : []))}
            originalHref={translation.originalHref}
            translatedHref={translation.translatedHref}
          />
        ) : null}
        <Updates ctx={ctx} updates={delivery.updates} showVisibility={false} />
        {feedHref ? (
          <p class="kern-body">
            <a class="kern-link" href={feedHref} type="application/atom+xml">
              {t('feeds.projectFeed')}
            </a>
          </p>
        ) : null}
      </section>
    </>
  );
}

/** A risk's probability or impact in words (1 low – 3 high). */
const riskLabel = (t: PageCtx['t'], n: number) => {
  const level = RISK_LEVELS.find((l) => l === n);
  return level ? t(`riskLevel.${level}`) : String(n);
};

const RISK_OPTIONS = (t: PageCtx['t']) =>
  RISK_LEVELS.map((n) => ({ value: String(n), label: t(`riskLevel.${n}`) }));

/** The back-office part: everything above plus risks, with the forms for whoever may edit the project. */
export function DeliveryInternal({
  ctx,
  project,
  delivery,
  canEdit,
  partners,
  projects,
  failed,
}: {
  ctx: PageCtx;
  project: Project;
  delivery: Delivery;
  canEdit: boolean;
  partners: Partner[];
  projects: Option[];
  failed?: DeliveryFailure | undefined;
}) {
  const { t } = ctx;
  const f = (form: DeliveryFailure['form']) => (failed?.form === form ? failed : undefined);
  const v = (form: DeliveryFailure['form'], name: string) => {
    const x = f(form)?.values[name];
    return typeof x === 'string' ? x : undefined;
  };
  const base = `/intern/projekte/${project.id}`;
  const open = delivery.risks.filter((r) => !r.closedAt);
  return (
    <>
      <section aria-labelledby="partners-title" class="stack">
        <h2 class="kern-heading-medium" id="partners-title">
          {t('delivery.partners')}
        </h2>
        <Partners ctx={ctx} partners={delivery.partners} />
        {canEdit ? (
          <form method="post" action={`${base}/partner`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <ErrorSummary t={t} errors={f('partners')?.errors} />
            {partners.length ? (
              <Checkboxes
                t={t}
                name="partnerIds"
                label={t('delivery.choosePartners')}
                values={
                  (f('partners')?.values.partnerIds as string[] | undefined) ??
                  delivery.partners.map((p) => p.partner.id)
                }
                options={partners.map((p) => ({
                  value: p.id,
                  label: [
                    <bdi lang={langAttr(ctx)}>{p.name}</bdi>,
                    ` (${t(`partnerKind.${p.kind}`)}${p.digitalHubMember ? `, ${t('delivery.digitalHub')}` : ''})`,
                  ],
                }))}
                errors={f('partners')?.errors}
              />
            ) : null}
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="newName"
              label={t('delivery.newPartner')}
              value={v('partners', 'newName')}
              errors={f('partners')?.errors}
            />
            <Select
              t={t}
              name="newKind"
              label={t('delivery.newPartnerKind')}
              value={v('partners', 'newKind')}
              empty={t('delivery.choose')}
              options={PARTNER_KINDS.map((k) => ({
                value: k,
                label: t(`partnerKind.${k}`),
              }))}
              errors={f('partners')?.errors}
            />
            <Checkboxes
              t={t}
              name="newDigitalHub"
              label={t('delivery.digitalHub')}
              values={v('partners', 'newDigitalHub') ? ['on'] : []}
              options={[{ value: 'on', label: t('delivery.digitalHubMember') }]}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('delivery.savePartners')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="budget-title" class="stack">
        <h2 class="kern-heading-medium" id="budget-title">
          {t('delivery.budget')}
        </h2>
        {delivery.budgets.length ? (
          <BudgetTable
            ctx={ctx}
            budgets={delivery.budgets}
            totals={delivery.budgetTotals}
            removeFrom={canEdit ? base : undefined}
          />
        ) : (
          <p class="kern-body">{t('delivery.noBudget')}</p>
        )}
        {canEdit ? (
          <form method="post" action={`${base}/budget`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <h3 class="kern-heading-small">{t('delivery.budgetYear')}</h3>
            <ErrorSummary t={t} errors={f('budget')?.errors} />
            <TextField
              t={t}
              name="budgetYear"
              label={t('delivery.year')}
              inputmode="numeric"
              required
              value={v('budget', 'budgetYear') ?? String(new Date().getUTCFullYear())}
              errors={f('budget')?.errors}
            />
            <TextField
              t={t}
              name="budgetPlanned"
              label={t('delivery.plannedEuro')}
              hint={t('delivery.amountKept')}
              inputmode="decimal"
              value={v('budget', 'budgetPlanned')}
              errors={f('budget')?.errors}
            />
            <TextField
              t={t}
              name="budgetSpent"
              label={t('delivery.spentEuro')}
              hint={t('delivery.amountKept')}
              inputmode="decimal"
              value={v('budget', 'budgetSpent')}
              errors={f('budget')?.errors}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('delivery.saveBudget')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="risks-title" class="stack">
        <h2 class="kern-heading-medium" id="risks-title">
          {t('delivery.risks')} ({open.length})
        </h2>
        {delivery.risks.length ? (
          <TableScroll label={t('delivery.risksCaption')}>
            <table class="kern-table kern-table--striped">
              <caption>{t('delivery.risksCaption')}</caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('delivery.risk')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('delivery.probability')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('delivery.impact')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('delivery.mitigation')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('delivery.riskState')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {delivery.risks.map((r) => (
                  <tr class="kern-table__row">
                    <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                      {r.title}
                    </th>
                    <td class="kern-table__cell">{riskLabel(t, r.probability)}</td>
                    <td class="kern-table__cell">{riskLabel(t, r.impact)}</td>
                    <td class="kern-table__cell" lang={r.mitigation ? langAttr(ctx) : undefined}>
                      {r.mitigation || '–'}
                    </td>
                    <td class="kern-table__cell">
                      {r.closedAt ? (
                        t('delivery.closed')
                      ) : canEdit ? (
                        <form method="post" action={`/intern/risiken/${r.id}/schliessen`}>
                          <Csrf token={ctx.csrf} />
                          <Button kind="tertiary">
                            {withContent(ctx, 'delivery.closeRisk', { title: r.title })}
                          </Button>
                        </form>
                      ) : (
                        t('delivery.open')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p class="kern-body">{t('delivery.noRisks')}</p>
        )}
        {canEdit ? (
          <form method="post" action={`${base}/risiken`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <h3 class="kern-heading-small">{t('delivery.addRisk')}</h3>
            <ErrorSummary t={t} errors={f('risk')?.errors} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="riskTitle"
              label={t('delivery.risk')}
              required
              value={v('risk', 'riskTitle')}
              errors={f('risk')?.errors}
            />
            <Select
              t={t}
              name="riskProbability"
              label={t('delivery.probability')}
              required
              value={v('risk', 'riskProbability') ?? '2'}
              options={RISK_OPTIONS(t)}
              errors={f('risk')?.errors}
            />
            <Select
              t={t}
              name="riskImpact"
              label={t('delivery.impact')}
              required
              value={v('risk', 'riskImpact') ?? '2'}
              options={RISK_OPTIONS(t)}
              errors={f('risk')?.errors}
            />
            <TextArea
              lang={langAttr(ctx)}
              t={t}
              name="riskMitigation"
              label={t('delivery.mitigation')}
              rows={3}
              value={v('risk', 'riskMitigation')}
              errors={f('risk')?.errors}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('delivery.addRiskButton')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="deps-title" class="stack">
        <h2 class="kern-heading-medium" id="deps-title">
          {t('delivery.dependencies')}
        </h2>
        <Dependencies ctx={ctx} delivery={delivery} href={(p) => `/intern/projekte/${p.id}`} />
        {canEdit && delivery.dependsOn.length ? (
          <ul class="kern-list">
            {delivery.dependsOn.map((d) => (
              <li>
                <form method="post" action={`${base}/abhaengigkeiten/${d.id}/entfernen`}>
                  <Csrf token={ctx.csrf} />
                  <Button kind="tertiary">
                    {withContent(ctx, 'delivery.removeDependency', { title: d.title })}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        ) : null}
        {canEdit ? (
          <form method="post" action={`${base}/abhaengigkeiten`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <h3 class="kern-heading-small">{t('delivery.addDependency')}</h3>
            <ErrorSummary t={t} errors={f('dependency')?.errors} />
            <Select
              t={t}
              name="dependsOnId"
              label={t('delivery.dependsOnProject')}
              required
              value={v('dependency', 'dependsOnId')}
              empty={t('delivery.choose')}
              options={contentOptions(ctx, projects)}
              exclude={project.id}
              errors={f('dependency')?.errors}
            />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="dependencyNote"
              label={t('delivery.dependencyNote')}
              value={v('dependency', 'dependencyNote')}
              errors={f('dependency')?.errors}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('delivery.addDependencyButton')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="updates-title" class="stack">
        <h2 class="kern-heading-medium" id="updates-title">
          {t('delivery.updates')}
        </h2>
        <Updates ctx={ctx} updates={delivery.updates} showVisibility />
        {canEdit ? (
          <form method="post" action={`${base}/neuigkeiten`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <h3 class="kern-heading-small">{t('delivery.addUpdate')}</h3>
            <ErrorSummary t={t} errors={f('update')?.errors} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="updateTitle"
              label={t('delivery.updateTitle')}
              required
              value={v('update', 'updateTitle')}
              errors={f('update')?.errors}
            />
            <TextArea
              lang={langAttr(ctx)}
              t={t}
              name="updateBody"
              label={t('delivery.updateBody')}
              required
              rows={4}
              value={v('update', 'updateBody')}
              errors={f('update')?.errors}
            />
            <Select
              t={t}
              name="updateVisibility"
              label={t('project.visibility')}
              hint={project.visibility === 'internal' ? t('delivery.internalProjectHint') : undefined}
              required
              value={v('update', 'updateVisibility') ?? project.visibility}
              options={VISIBILITIES.map((x) => ({ value: x, label: t(`visibility.${x}`) }))}
              errors={f('update')?.errors}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('delivery.publishUpdate')}</Button>
            </div>
          </form>
        ) : null}
      </section>
    </>
  );
}
