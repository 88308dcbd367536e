/** @jsxImportSource hono/jsx */

import { STAFF_ROLES } from '../../../platform/auth/actor.ts';
import { formatDate, type T } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  CheckField,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldIds,
  FilterSelect,
  markWithin,
  Pagination,
  Select,
  TableScroll,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import type { adminAccount, adminAccounts } from '../admin.service.ts';
import { unitLabel } from '../orgs.service.ts';
import {
  type OidcRoleRule,
  ORG_UNIT_KINDS,
  type OrgUnit,
  PARTNER_KINDS,
  type Partner,
  ROLES,
  type Role,
} from '../orgs.table.ts';

type Values = Record<string, string>;

/** The administration's own menu: accounts, org chart, partners, sign-in, the city's own details, the change log. */
export function AdminNav({
  ctx,
  current,
}: {
  ctx: PageCtx;
  current: 'accounts' | 'units' | 'partners' | 'signIn' | 'city' | 'log';
}) {
  const { t } = ctx;
  const links = [
    ['accounts', '/intern/verwaltung/konten', t('admin.accounts')],
    ['units', '/intern/verwaltung/organisation', t('admin.units')],
    ['partners', '/intern/verwaltung/partner', t('admin.partners')],
    ['signIn', '/intern/verwaltung/anmeldung', t('admin.signInNav')],
    ['city', '/intern/verwaltung/stadt', t('citySettings.nav')],
    ['log', '/intern/verwaltung/protokoll', t('auditLog.nav')],
  ] as const;
  return (
    <nav aria-label={t('admin.title')}>
      <ul class="kern-list kern-list--horizontal">
        {links.map(([key, href, label]) => (
          <li>
            <a class="kern-link" href={href} aria-current={key === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The org chart's units as choices: code and name, with their kind after a comma ("66 – Tiefbauamt, Amt"),
 * since names often end in brackets themselves ("Stabsstelle Digitalisierung (CDO)").
 */
function unitOptions(t: PageCtx['t'], units: readonly OrgUnit[]) {
  return units.map((u) => ({ value: u.id, label: `${unitLabel(u)}, ${t(`admin.kinds.${u.kind}`)}` }));
}

function RoleFields({
  ctx,
  units,
  partners,
  values,
  errors,
}: {
  ctx: PageCtx;
  units: OrgUnit[];
  partners: readonly { id: string; name: string }[];
  values: Values;
  errors?: Errors;
}) {
  const { t } = ctx;
  return (
    <>
      <Select
        t={t}
        name="role"
        label={t('admin.role')}
        value={values.role}
        options={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
        errors={errors}
        required
      />
      <Select
        t={t}
        name="orgUnitId"
        label={t('admin.unit')}
        hint={t('admin.unitHint')}
        conditional
        value={values.orgUnitId}
        empty={t('admin.noUnit')}
        options={unitOptions(t, units)}
        errors={errors}
      />
      <Select
        t={t}
        name="partnerId"
        label={t('admin.partnerOrg')}
        hint={t('admin.partnerOrgHint')}
        conditional
        value={values.partnerId}
        empty={t('admin.noPartnerOrg')}
        options={contentOptions(
          ctx,
          partners.map((p) => ({ value: p.id, label: p.name })),
        )}
        errors={errors}
      />
    </>
  );
}

type AccountList = Awaited<ReturnType<typeof adminAccounts>>;

/** Every account of the city, searchable, with the form that invites a new person. */
export function AccountsPage({
  ctx,
  list,
  query,
  pages,
  units,
  partners,
  values,
  errors,
}: {
  ctx: PageCtx;
  list: AccountList;
  query: { q: string; role?: Role | undefined; seite: number };
  pages: number;
  units: OrgUnit[];
  partners: readonly { id: string; name: string }[];
  values?: Values;
  errors?: Errors;
}) {
  const { t, lang } = ctx;
  const href = (p: number) => {
    const s = new URLSearchParams();
    if (query.q) s.set('q', query.q);
    if (query.role) s.set('role', query.role);
    if (p > 1) s.set('seite', String(p));
    const qs = s.toString();
    return `/intern/verwaltung/konten${qs ? `?${qs}` : ''}`;
  };
  return (
    <Layout ctx={ctx} title={t('admin.accounts')}>
      <h1 class="kern-heading-large">{t('admin.accounts')}</h1>
      <AdminNav ctx={ctx} current="accounts" />
      <form method="get" action="/intern/verwaltung/konten" class="filters" role="search">
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('admin.search')}
          </label>
          <input class="kern-form-input__input" id="f-q" name="q" type="search" value={query.q} />
        </div>
        <FilterSelect
          id="role"
          label={t('admin.withRole')}
          value={query.role ?? ''}
          all={t('admin.allRoles')}
          options={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('admin.filter')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('admin.accountCount', { count: list.total })}
      </p>
      {/* Nothing found says so in the count; a page past the end only where the list ends (Pagination). */}
      {list.rows.length ? (
        <TableScroll label={t('admin.accounts')}>
          <table class="kern-table kern-table--striped">
            <caption>{t('admin.accounts')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('admin.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('admin.email')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('admin.roleList')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('admin.state')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {list.rows.map((a) => (
                <tr class="kern-table__row">
                  <th scope="row" class="kern-table__cell">
                    <a class="kern-link" href={`/intern/verwaltung/konten/${a.id}`}>
                      {a.displayName}
                    </a>
                  </th>
                  <td class="kern-table__cell">{a.email}</td>
                  <td class="kern-table__cell">
                    {a.roles.map((r) => t(`admin.roles.${r as Role}`)).join(', ')}
                  </td>
                  <td class="kern-table__cell">
                    {a.disabledAt
                      ? t('admin.disabledOn', { date: formatDate(lang, a.disabledAt) })
                      : !a.hasPassword
                        ? t('admin.invited')
                        : !a.emailConfirmedAt
                          ? t('admin.unconfirmed')
                          : t('admin.active')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination t={t} page={query.seite} pages={pages} href={href} />
      <section aria-labelledby="invite-title">
        <h2 class="kern-heading-medium" id="invite-title">
          {t('admin.invite')}
        </h2>
        <p class="kern-body">{t('admin.inviteIntro')}</p>
        <FieldIds scope="invite">
          <ErrorSummary t={t} errors={errors} />
          <form method="post" action="/intern/verwaltung/konten" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="displayName"
              label={t('admin.name')}
              value={values?.displayName}
              errors={errors}
              required
            />
            <TextField
              t={t}
              name="email"
              type="email"
              label={t('admin.email')}
              value={values?.email}
              errors={errors}
              required
            />
            <RoleFields ctx={ctx} units={units} partners={partners} values={values ?? {}} errors={errors} />
            <div class="form-actions">
              <Button>{t('admin.inviteSubmit')}</Button>
            </div>
          </form>
        </FieldIds>
      </section>
    </Layout>
  );
}

type AccountDetail = Awaited<ReturnType<typeof adminAccount>>;

/** One account: its state, its roles (each removable), a role to add, deactivate or reactivate. */
export function AccountPage({
  ctx,
  detail,
  units,
  partners,
  self,
  values,
  errors,
  refusal,
}: {
  ctx: PageCtx;
  detail: AccountDetail;
  units: OrgUnit[];
  partners: readonly { id: string; name: string }[];
  self: boolean;
  values?: Values;
  errors?: Errors;
  /** A step that was refused, said as a warning (there is nothing to correct). */
  refusal?: string | undefined;
}) {
  const { t, lang } = ctx;
  const { account: a, roles } = detail;
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const base = `/intern/verwaltung/konten/${a.id}`;
  return (
    <Layout ctx={ctx} title={a.displayName}>
      <p class="kern-preline">{t('admin.accounts')}</p>
      <h1 class="kern-heading-large">{a.displayName}</h1>
      <AdminNav ctx={ctx} current="accounts" />
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('admin.email')}</dt>
          <dd class="kern-description-list-item__value">{a.email}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('admin.state')}</dt>
          <dd class="kern-description-list-item__value">
            {a.disabledAt
              ? t('admin.disabledOn', { date: formatDate(lang, a.disabledAt) })
              : !a.hasPassword
                ? t('admin.invited')
                : t('admin.active')}
          </dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('admin.createdOn')}</dt>
          <dd class="kern-description-list-item__value">{formatDate(lang, a.createdAt)}</dd>
        </div>
      </dl>
      {refusal ? (
        <div class="kern-alert kern-alert--warning" role="alert" id="hinweis" tabindex={-1}>
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true" />
            <p class="kern-title">{refusal}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary t={t} errors={errors} />
      <section aria-labelledby="roles-title">
        <h2 class="kern-heading-medium" id="roles-title">
          {t('admin.roleList')}
        </h2>
        {roles.length ? (
          <ul class="entry-list">
            {roles.map((r) => {
              const unit = r.orgUnitId ? unitsById.get(r.orgUnitId) : undefined;
              const partner = r.partnerId ? partners.find((p) => p.id === r.partnerId) : undefined;
              const of = unit ? unitLabel(unit) : partner?.name;
              const label = of ? `${t(`admin.roles.${r.role}`)} – ${of}` : t(`admin.roles.${r.role}`);
              return (
                <li class="entry entry--row">
                  <span class="kern-body">{markWithin(ctx, label, of)}</span>
                  <form method="post" action={`${base}/rollen/${r.id}/entfernen`}>
                    <Csrf token={ctx.csrf} />
                    <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--small">
                      <span class="kern-label">
                        {markWithin(ctx, t('admin.removeRole', { role: label }), of)}
                      </span>
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="kern-body">{t('admin.noRoles')}</p>
        )}
        <h3 class="kern-heading-small">{t('admin.addRole')}</h3>
        <form method="post" action={`${base}/rollen`} class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <RoleFields ctx={ctx} units={units} partners={partners} values={values ?? {}} errors={errors} />
          <div class="form-actions">
            <Button kind="secondary">{t('admin.addRoleSubmit')}</Button>
          </div>
        </form>
      </section>
      <section aria-labelledby="access-title">
        <h2 class="kern-heading-medium" id="access-title">
          {t('admin.access')}
        </h2>
        {!a.hasPassword && !a.disabledAt ? (
          <form method="post" action={`${base}/einladung`} class="stack">
            <Csrf token={ctx.csrf} />
            <p class="kern-body">{t('admin.invitePending')}</p>
            <Button kind="secondary">{t('admin.resend')}</Button>
          </form>
        ) : null}
        {self ? (
          <p class="kern-body">{t('admin.selfDisable')}</p>
        ) : (
          <form
            method="post"
            action={`${base}/${a.disabledAt ? 'aktivieren' : 'deaktivieren'}`}
            class="stack"
          >
            <Csrf token={ctx.csrf} />
            <p class="kern-body">{a.disabledAt ? t('admin.activateIntro') : t('admin.deactivateIntro')}</p>
            <Button kind="secondary">{a.disabledAt ? t('admin.activate') : t('admin.deactivate')}</Button>
          </form>
        )}
      </section>
    </Layout>
  );
}

/** The org chart as a tree, with forms to add a unit and to rename one. */
export function OrgUnitsPage({
  ctx,
  units,
  values,
  errors,
  editing = '',
}: {
  ctx: PageCtx;
  units: OrgUnit[];
  values?: Values;
  errors?: Errors;
  /** Whose form the values and errors belong to: a unit's id (renaming it), or '' for a new unit. */
  editing?: string;
}) {
  const { t } = ctx;
  const children = (id: string | null) => units.filter((u) => u.parentId === id);
  const Tree = ({ parent }: { parent: string | null }) => {
    const list = children(parent);
    if (!list.length) return null;
    return (
      <ul class="org-tree">
        {list.map((u) => (
          <li>
            <details open={editing === u.id}>
              <summary>
                <span class="kern-body--bold" lang={langAttr(ctx)}>
                  {unitLabel(u)}
                </span>{' '}
                <span class="meta">({t(`admin.kinds.${u.kind}`)})</span>
              </summary>
              <FieldIds scope={`unit-${u.id}`}>
                {editing === u.id ? <ErrorSummary t={t} errors={errors} /> : null}
                <form
                  method="post"
                  action={`/intern/verwaltung/organisation/${u.id}`}
                  class="stack inline-edit"
                  novalidate
                >
                  <Csrf token={ctx.csrf} />
                  <TextField
                    t={t}
                    name="code"
                    label={t('admin.code')}
                    value={editing === u.id && values ? values.code : u.code}
                    maxlength={20}
                    errors={editing === u.id ? errors : undefined}
                  />
                  <TextField
                    t={t}
                    name="name"
                    label={t('admin.unitName')}
                    lang={langAttr(ctx)}
                    value={editing === u.id && values ? values.name : u.name}
                    errors={editing === u.id ? errors : undefined}
                    required
                  />
                  <Button kind="secondary">{t('admin.rename')}</Button>
                </form>
              </FieldIds>
            </details>
            <Tree parent={u.id} />
          </li>
        ))}
      </ul>
    );
  };
  return (
    <Layout ctx={ctx} title={t('admin.units')}>
      <h1 class="kern-heading-large">{t('admin.units')}</h1>
      <AdminNav ctx={ctx} current="units" />
      <p class="kern-body">{t('admin.unitsIntro')}</p>
      <Tree parent={null} />
      <section aria-labelledby="unit-new-title">
        <h2 class="kern-heading-medium" id="unit-new-title">
          {t('admin.addUnit')}
        </h2>
        <FieldIds scope="unit-new">
          {editing === '' ? <ErrorSummary t={t} errors={editing === '' ? errors : undefined} /> : null}
          <form method="post" action="/intern/verwaltung/organisation" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <Select
              t={t}
              name="kind"
              label={t('admin.kind')}
              value={(editing === '' ? values?.kind : undefined) ?? 'office'}
              options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`admin.kinds.${k}`) }))}
              errors={editing === '' ? errors : undefined}
              required
            />
            <Select
              t={t}
              name="parentId"
              label={t('admin.parent')}
              hint={t('admin.parentHint')}
              conditional
              value={editing === '' ? values?.parentId : undefined}
              empty={t('admin.noParent')}
              options={unitOptions(t, units)}
              errors={editing === '' ? errors : undefined}
            />
            <TextField
              t={t}
              name="code"
              label={t('admin.code')}
              value={editing === '' ? values?.code : undefined}
              maxlength={20}
              errors={editing === '' ? errors : undefined}
            />
            <TextField
              t={t}
              name="name"
              label={t('admin.unitName')}
              lang={langAttr(ctx)}
              value={editing === '' ? values?.name : undefined}
              errors={editing === '' ? errors : undefined}
              required
            />
            <div class="form-actions">
              <Button>{t('admin.addUnitSubmit')}</Button>
            </div>
          </form>
        </FieldIds>
      </section>
    </Layout>
  );
}

function PartnerFields({ ctx, values, errors }: { ctx: PageCtx; values: Values; errors?: Errors }) {
  const { t } = ctx;
  return (
    <>
      <TextField
        t={t}
        name="name"
        label={t('admin.partnerName')}
        lang={langAttr(ctx)}
        value={values.name}
        errors={errors}
        required
      />
      <Select
        t={t}
        name="kind"
        label={t('admin.partnerKind')}
        value={values.kind}
        options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKind.${k}`) }))}
        errors={errors}
        required
      />
      <TextField
        t={t}
        name="website"
        type="url"
        label={t('admin.website')}
        value={values.website}
        errors={errors}
      />
      <CheckField
        t={t}
        name="digitalHubMember"
        checked={values.digitalHubMember === 'on'}
        label={t('admin.hubMember')}
      />
    </>
  );
}

/** The partner organisations: each can be changed in place; a form adds one. */
export function PartnersPage({
  ctx,
  partners,
  values,
  errors,
  editing,
}: {
  ctx: PageCtx;
  partners: Partner[];
  values?: Values;
  errors?: Errors;
  /** The partner whose form came back with errors ('' for the new one). */
  editing?: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.partners')}>
      <h1 class="kern-heading-large">{t('admin.partners')}</h1>
      <AdminNav ctx={ctx} current="partners" />
      <ul class="entry-list">
        {partners.map((p) => (
          <li class="entry">
            <details open={editing === p.id}>
              <summary>
                <span class="kern-body--bold" lang={langAttr(ctx)}>
                  {p.name}
                </span>{' '}
                <span class="meta">
                  ({t(`partnerKind.${p.kind}`)}
                  {p.digitalHubMember ? `, ${t('admin.hub')}` : ''})
                </span>
              </summary>
              <FieldIds scope={`partner-${p.id}`}>
                {editing === p.id ? <ErrorSummary t={t} errors={errors} /> : null}
                <form method="post" action={`/intern/verwaltung/partner/${p.id}`} class="stack" novalidate>
                  <Csrf token={ctx.csrf} />
                  <PartnerFields
                    ctx={ctx}
                    values={
                      editing === p.id && values
                        ? values
                        : {
                            name: p.name,
                            kind: p.kind,
                            website: p.website ?? '',
                            digitalHubMember: p.digitalHubMember ? 'on' : '',
                          }
                    }
                    errors={editing === p.id ? errors : undefined}
                  />
                  <Button kind="secondary">{t('admin.savePartner')}</Button>
                </form>
              </FieldIds>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="partner-new-title">
        <h2 class="kern-heading-medium" id="partner-new-title">
          {t('admin.addPartner')}
        </h2>
        <FieldIds scope="partner-new">
          {editing === '' ? <ErrorSummary t={t} errors={errors} /> : null}
          <form method="post" action="/intern/verwaltung/partner" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <PartnerFields
              ctx={ctx}
              values={editing === '' && values ? values : { kind: 'company' }}
              errors={editing === '' ? errors : undefined}
            />
            <div class="form-actions">
              <Button>{t('admin.addPartnerSubmit')}</Button>
            </div>
          </form>
        </FieldIds>
      </section>
    </Layout>
  );
}

/** A sign-in rule in words: "groups contains “amt-66” → Staff, 66 – Tiefbauamt". */
export function signInRuleText(t: T, r: OidcRoleRule, units: OrgUnit[]): string {
  const u = r.orgUnitId ? units.find((x) => x.id === r.orgUnitId) : undefined;
  return t('admin.ruleText', {
    claim: r.claim,
    value: r.value,
    role: t(`admin.roles.${r.role}`) + (u ? `, ${unitLabel(u)}` : ''),
  });
}

/** A sign-in rule's fields (claim, value, role, unit), for a new rule and for changing one. */
function RuleFields({
  t,
  units,
  values,
  errors,
}: {
  t: PageCtx['t'];
  units: OrgUnit[];
  values: Values | undefined;
  errors: Errors | undefined;
}) {
  return (
    <>
      <TextField
        t={t}
        name="claim"
        label={t('admin.claim')}
        hint={t('admin.claimHint')}
        value={values?.claim ?? 'groups'}
        errors={errors}
        required
      />
      <TextField
        t={t}
        name="value"
        label={t('admin.claimValue')}
        hint={t('admin.claimValueHint')}
        value={values?.value}
        errors={errors}
        required
      />
      <Select
        t={t}
        name="role"
        label={t('admin.role')}
        value={values?.role}
        options={STAFF_ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
        errors={errors}
        required
      />
      <Select
        t={t}
        name="orgUnitId"
        label={t('admin.unit')}
        hint={t('admin.ruleUnitHint')}
        value={values?.orgUnitId}
        empty={t('admin.noUnit')}
        options={unitOptions(t, units)}
        errors={errors}
      />
    </>
  );
}

/**
 * Staff sign-in through the identity provider: the rules from its claims to roles (each removable), a
 * form for a new rule, and whether staff may still use passwords.
 */
export function SignInPage({
  ctx,
  issuer,
  signIn,
  units,
  values,
  errors,
  editing,
}: {
  ctx: PageCtx;
  /** The configured provider's issuer; undefined when none is configured. */
  issuer: string | undefined;
  signIn: { rules: OidcRoleRule[]; staffPasswords: boolean };
  units: OrgUnit[];
  values?: Values;
  errors?: Errors;
  /** The rule whose change was refused: `values` and `errors` are its form's, opened again. */
  editing?: string;
}) {
  const { t } = ctx;
  const ruleText = (r: OidcRoleRule) => signInRuleText(t, r, units);
  // The new rule's form gets what was typed only when it was the one refused.
  const forNew = editing ? {} : { values, errors };
  return (
    <Layout ctx={ctx} title={t('admin.signInTitle')}>
      <h1 class="kern-heading-large">{t('admin.signInTitle')}</h1>
      <AdminNav ctx={ctx} current="signIn" />
      <p class="kern-body">{issuer ? t('admin.signInIntro', { issuer }) : t('admin.signInNotConfigured')}</p>
      <h2 class="kern-heading-medium">{t('admin.signInRules')}</h2>
      {signIn.rules.length ? (
        <ul class="entry-list">
          {signIn.rules.map((r) => (
            <li class="entry">
              <form
                method="post"
                action={`/intern/verwaltung/anmeldung/regeln/${r.id}/entfernen`}
                class="inline-form"
              >
                <Csrf token={ctx.csrf} />
                <span class="kern-body">{ruleText(r)}</span>{' '}
                <button
                  type="submit"
                  class="kern-btn kern-btn--secondary"
                  aria-label={t('admin.ruleRemove', { rule: ruleText(r) })}
                >
                  <span class="kern-label">{t('admin.remove')}</span>
                </button>
              </form>
              <details open={editing === r.id}>
                <summary>{t('admin.ruleChange', { rule: ruleText(r) })}</summary>
                <FieldIds scope={`rule-${r.id}`}>
                  <ErrorSummary t={t} errors={editing === r.id ? errors : undefined} />
                  <form
                    method="post"
                    action={`/intern/verwaltung/anmeldung/regeln/${r.id}`}
                    class="stack"
                    novalidate
                  >
                    <Csrf token={ctx.csrf} />
                    <RuleFields
                      t={t}
                      units={units}
                      values={editing === r.id ? values : { ...r, orgUnitId: r.orgUnitId ?? '' }}
                      errors={editing === r.id ? errors : undefined}
                    />
                    <div class="form-actions">
                      <Button>{t('admin.ruleChangeSubmit')}</Button>
                    </div>
                  </form>
                </FieldIds>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('admin.signInNoRules')}</p>
      )}
      <section aria-labelledby="rule-new-title">
        <h2 class="kern-heading-medium" id="rule-new-title">
          {t('admin.addRule')}
        </h2>
        <FieldIds scope="rule-new">
          <ErrorSummary t={t} errors={forNew.errors} />
          <form method="post" action="/intern/verwaltung/anmeldung/regeln" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <RuleFields t={t} units={units} values={forNew.values} errors={forNew.errors} />
            <div class="form-actions">
              <Button>{t('admin.addRuleSubmit')}</Button>
            </div>
          </form>
        </FieldIds>
      </section>
      <section aria-labelledby="passwords-title">
        <h2 class="kern-heading-medium" id="passwords-title">
          {t('admin.passwordsTitle')}
        </h2>
        <FieldIds scope="passwords">
          <form method="post" action="/intern/verwaltung/anmeldung/passwoerter" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <CheckField
              t={t}
              name="staffPasswords"
              label={t('admin.staffPasswords')}
              checked={signIn.staffPasswords}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('admin.savePasswords')}</Button>
            </div>
          </form>
        </FieldIds>
      </section>
    </Layout>
  );
}
