/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import {
  type FormErrors,
  formBody,
  formFiles,
  formValues,
  handleForm,
  isConfirmed,
  readForm,
} from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { isMessageKey } from '../../platform/i18n/i18n.ts';
import { imageProblem, pdfRenderer } from '../../platform/pdf/typst.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import {
  ACCOUNTS_PAGE_SIZE,
  addRole,
  addSignInRule,
  adminAccount,
  adminAccounts,
  adminAuditLog,
  adminSignIn,
  changeSignInRule,
  createOrgUnit,
  invitationProblems,
  inviteAccount,
  removeRole,
  removeSignInRule,
  renameOrgUnit,
  resendInvitation,
  savePartner,
  setAccountActive,
  setStaffPasswords,
} from './admin.service.ts';
import { ORG_PERMISSIONS } from './orgs.policy.ts';
import * as q from './orgs.queries.ts';
import {
  ZAccountListQuery,
  ZAuditLogQuery,
  ZCitySettingsInput,
  ZInviteInput,
  ZOrgUnitInput,
  ZOrgUnitRename,
  ZPartnerInput,
  ZRoleInput,
  ZSignInRuleInput,
  ZStaffPasswordsInput,
} from './orgs.schemas.ts';
import { ROLES } from './orgs.table.ts';
import { citySettings, removeCityLogo, saveCitySettings, setCityLogo } from './settings.service.ts';
import {
  AccountPage,
  AccountsPage,
  OrgUnitsPage,
  PartnersPage,
  SignInPage,
  signInRuleText,
} from './views/admin.tsx';
import { AuditLogPage } from './views/audit-log.tsx';
import { CitySettingsPage, citySettingsValues } from './views/settings.tsx';

const ZDone = z.object({
  hinweis: z
    .enum([
      'invited',
      'resent',
      'roleAdded',
      'roleRemoved',
      'deactivated',
      'activated',
      'unitCreated',
      'unitRenamed',
      'partnerSaved',
      'ruleAdded',
      'ruleChanged',
      'ruleRemoved',
      'passwordsSaved',
    ])
    .optional()
    .catch(undefined),
  rolle: z.enum(ROLES).optional().catch(undefined),
});

const ZCityDone = z.object({
  hinweis: z.enum(['saved', 'logoSaved', 'logoRemoved']).optional().catch(undefined),
});

/**
 * The administration in the browser (admins only): accounts (invite, roles, deactivate), the org chart
 * and the partner organisations. Every change is audited; every confirmation names what changed.
 */
export function adminRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const admins = requirePermission(ORG_PERMISSIONS, 'organisation:manage');

  /** The confirmation after a change, with the name of what changed (read from the database, not the URL). */
  const done = (c: Ctx, name: string) => {
    const { hinweis, rolle } = ZDone.parse(c.req.query());
    if (!hinweis) return undefined;
    const t = c.get('t');
    return t(`admin.done.${hinweis}`, { name, role: rolle ? t(`admin.roles.${rolle}`) : '' });
  };

  app.get('/intern/verwaltung', admins, (c) => c.redirect('/intern/verwaltung/konten', 303));

  const accountsPage = async (c: Ctx, values?: Record<string, string>, errors?: FormErrors) => {
    const tenant = c.get('tenant');
    const query = ZAccountListQuery.parse(c.req.query());
    const [list, units, partners] = await Promise.all([
      adminAccounts(db, tenant.id, actorOf(c), { q: query.q, role: query.role, page: query.seite }),
      q.listOrgUnits(db, tenant.id),
      q.listPartners(db, tenant.id),
    ]);
    return c.html(
      <AccountsPage
        ctx={pageCtx(c)}
        list={list}
        query={query}
        pages={Math.ceil(list.total / ACCOUNTS_PAGE_SIZE)}
        units={units}
        partners={partners}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/verwaltung/konten', admins, (c) => accountsPage(c));

  // The change log. A day that is no day (or a "to" before the "from") is named at its field and kept as
  // typed; the list then leaves both days out, whichever was wrong.
  app.get('/intern/verwaltung/protokoll', admins, async (c) => {
    const raw = c.req.query();
    const parsed = ZAuditLogQuery.safeParse(raw);
    const errors: FormErrors = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        // The first problem of a field is its message ("no date" before "not between 1990 and 2100").
        if ((field === 'von' || field === 'bis') && !errors[field])
          errors[field] = { key: isMessageKey(issue.message) ? issue.message : 'validation.date' };
      }
    const checked = ZAuditLogQuery.parse({
      ...raw,
      ...(errors.von ? { von: '' } : {}),
      ...(errors.bis ? { bis: '' } : {}),
    });
    if (checked.von && checked.bis && checked.bis < checked.von)
      errors.bis = { key: 'auditLog.toBeforeFrom' };
    const wrong = Object.keys(errors).length > 0;
    const query = wrong ? { ...checked, von: undefined, bis: undefined } : checked;
    const log = await adminAuditLog(db, c.get('tenant'), actorOf(c), query);
    return c.html(
      <AuditLogPage
        ctx={pageCtx(c)}
        log={log}
        query={query}
        typed={wrong ? { von: raw.von, bis: raw.bis } : undefined}
        errors={wrong ? errors : undefined}
      />,
      wrong ? 422 : 200,
    );
  });

  app.post('/intern/verwaltung/konten', admins, (c) =>
    handleForm(c, ZInviteInput, {
      action: (input) => inviteAccount(deps, c.get('tenant'), actorOf(c), input, c.get('lang'), metaOf(c)),
      check: (values) => invitationProblems(db, c.get('tenant').id, values),
      done: (account) => `/intern/verwaltung/konten/${account.id}?hinweis=invited#hinweis`,
      failed: (values, errors) => accountsPage(c, values, errors),
    }),
  );

  /** The account page; `refusal` is a step that was refused (nothing to correct, so a warning, not errors). */
  const accountPage = async (
    c: Ctx,
    values?: Record<string, string>,
    errors?: FormErrors,
    refusal?: 'admin.lastAdmin' | 'admin.alreadyActive',
  ) => {
    const tenant = c.get('tenant');
    const actor = actorOf(c);
    const id = c.req.param('id') ?? '';
    const [detail, units, partners] = await Promise.all([
      adminAccount(db, tenant.id, actor, id),
      q.listOrgUnits(db, tenant.id),
      q.listPartners(db, tenant.id),
    ]);
    const ctx = pageCtx(c);
    return c.html(
      <AccountPage
        ctx={{ ...ctx, noticeText: done(c, detail.account.displayName) }}
        detail={detail}
        units={units}
        partners={partners}
        self={id === actor.accountId}
        values={values}
        errors={errors}
        refusal={refusal ? c.get('t')(refusal) : undefined}
      />,
      errors || refusal ? 422 : 200,
    );
  };

  app.get('/intern/verwaltung/konten/:id', admins, (c) => accountPage(c));
  // The addresses a refused form was shown at lead back to their page when loaded again.
  app.get('/intern/verwaltung/konten/:id/rollen', admins, (c) =>
    c.redirect(`/intern/verwaltung/konten/${encodeURIComponent(c.req.param('id'))}`, 303),
  );
  app.get('/intern/verwaltung/anmeldung/regeln', admins, (c) =>
    c.redirect('/intern/verwaltung/anmeldung', 303),
  );

  const back = (c: Ctx, notice: string, role?: string) =>
    `/intern/verwaltung/konten/${c.req.param('id')}?hinweis=${notice}${role ? `&rolle=${role}` : ''}#hinweis`;

  /** A button on the account page whose refusal (last admin, self) is shown on the page, not as an error page. */
  const refused = (c: Ctx, err: unknown) => {
    if (err instanceof AppError && err.code === 'INVALID_STATE')
      return accountPage(
        c,
        undefined,
        undefined,
        err.detail?.startsWith('The last') ? 'admin.lastAdmin' : 'admin.alreadyActive',
      );
    throw err;
  };

  app.post('/intern/verwaltung/konten/:id/rollen', admins, (c) =>
    handleForm(c, ZRoleInput, {
      action: (input) => addRole(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input),
      done: ({ role }) => back(c, 'roleAdded', role.role),
      failed: (values, errors) => accountPage(c, values, errors),
    }),
  );

  app.post('/intern/verwaltung/konten/:id/rollen/:role/entfernen', admins, async (c) => {
    await readForm(c, z.object({}));
    try {
      const { role } = await removeRole(
        db,
        c.get('tenant').id,
        actorOf(c),
        c.req.param('id'),
        c.req.param('role'),
      );
      return c.redirect(back(c, 'roleRemoved', role.role), 303);
    } catch (err) {
      return refused(c, err);
    }
  });

  app.post('/intern/verwaltung/konten/:id/einladung', admins, async (c) => {
    await readForm(c, z.object({}));
    try {
      await resendInvitation(deps, c.get('tenant'), actorOf(c), c.req.param('id'));
      return c.redirect(back(c, 'resent'), 303);
    } catch (err) {
      return refused(c, err);
    }
  });

  for (const [path, active] of [
    ['deaktivieren', false],
    ['aktivieren', true],
  ] as const)
    app.post(`/intern/verwaltung/konten/:id/${path}`, admins, async (c) => {
      await readForm(c, z.object({}));
      await setAccountActive(deps, c.get('tenant').id, actorOf(c), c.req.param('id'), active);
      return c.redirect(back(c, active ? 'activated' : 'deactivated'), 303);
    });

  const unitsPage = async (
    c: Ctx,
    values?: Record<string, string>,
    errors?: FormErrors,
    name = '',
    editing = '',
  ) => {
    const units = await q.listOrgUnits(db, c.get('tenant').id);
    const ctx = pageCtx(c);
    return c.html(
      <OrgUnitsPage
        ctx={{
          ...ctx,
          noticeText: done(c, name || (units.find((u) => u.id === c.req.query('einheit'))?.name ?? '')),
        }}
        units={units}
        values={values}
        errors={errors}
        editing={editing}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/verwaltung/organisation', admins, (c) => unitsPage(c));
  // The address a refused rename was shown at, opened again: the org chart.
  app.get('/intern/verwaltung/organisation/:id', admins, (c) =>
    c.redirect('/intern/verwaltung/organisation', 303),
  );

  app.post('/intern/verwaltung/organisation', admins, (c) =>
    handleForm(c, ZOrgUnitInput, {
      action: (input) => createOrgUnit(db, c.get('tenant').id, actorOf(c), input),
      done: (unit) => `/intern/verwaltung/organisation?hinweis=unitCreated&einheit=${unit.id}#hinweis`,
      failed: (values, errors) => unitsPage(c, values, errors),
    }),
  );

  app.post('/intern/verwaltung/organisation/:id', admins, (c) =>
    handleForm(c, ZOrgUnitRename, {
      action: (input) => renameOrgUnit(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input),
      done: (unit) => `/intern/verwaltung/organisation?hinweis=unitRenamed&einheit=${unit.id}#hinweis`,
      failed: (values, errors) => unitsPage(c, values, errors, '', c.req.param('id')),
    }),
  );

  const partnersPage = async (
    c: Ctx,
    editing?: string,
    values?: Record<string, string>,
    errors?: FormErrors,
  ) => {
    const partners = await q.listPartners(db, c.get('tenant').id);
    const ctx = pageCtx(c);
    return c.html(
      <PartnersPage
        ctx={{
          ...ctx,
          noticeText: done(c, partners.find((p) => p.id === c.req.query('partner'))?.name ?? ''),
        }}
        partners={partners}
        editing={editing}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/verwaltung/partner', admins, (c) => partnersPage(c));

  const signInPage = async (
    c: Ctx,
    values?: Record<string, string>,
    errors?: FormErrors,
    /** The rule whose change was refused (its form opens again); none: the new rule's form. */
    editing?: string,
  ) => {
    const tenantId = c.get('tenant').id;
    const signIn = await adminSignIn(db, tenantId, actorOf(c));
    const units = await q.listOrgUnits(db, tenantId);
    return c.html(
      <SignInPage
        ctx={{ ...pageCtx(c), noticeText: done(c, '') }}
        issuer={deps.config.oidc?.issuer}
        signIn={signIn}
        units={units}
        values={values}
        errors={errors}
        editing={editing}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/verwaltung/anmeldung', admins, (c) => signInPage(c));

  app.post('/intern/verwaltung/anmeldung/regeln', admins, (c) =>
    handleForm(c, ZSignInRuleInput, {
      action: (input) => addSignInRule(db, c.get('tenant').id, actorOf(c), input),
      done: () => '/intern/verwaltung/anmeldung?hinweis=ruleAdded#hinweis',
      failed: (values, errors) => signInPage(c, values, errors),
    }),
  );

  app.get('/intern/verwaltung/anmeldung/regeln/:id', admins, (c) =>
    c.redirect('/intern/verwaltung/anmeldung', 303),
  );

  app.post('/intern/verwaltung/anmeldung/regeln/:id', admins, (c) =>
    handleForm(c, ZSignInRuleInput, {
      action: (input) => changeSignInRule(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input),
      done: () => '/intern/verwaltung/anmeldung?hinweis=ruleChanged#hinweis',
      failed: (values, errors) => signInPage(c, values, errors, c.req.param('id')),
    }),
  );

  // Removing a rule can take roles away at the next sign-in check: asked first, naming the rule.
  const confirmRuleRemoval = async (c: Ctx) => {
    const t = c.get('t');
    const tenantId = c.get('tenant').id;
    const signIn = await adminSignIn(db, tenantId, actorOf(c));
    const rule = signIn.rules.find((r) => r.id === c.req.param('id'));
    if (!rule) throw new AppError('NOT_FOUND', 'No such rule.');
    const text = signInRuleText(t, rule, await q.listOrgUnits(db, tenantId));
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('admin.ruleRemoveTitle')}
        heading={t('admin.ruleRemoveHeading')}
        intro={t('admin.ruleRemoveIntro', { rule: text })}
        consequences={[]}
        action={`/intern/verwaltung/anmeldung/regeln/${rule.id}/entfernen`}
        confirmLabel={t('admin.ruleRemove', { rule: text })}
        back={{ href: '/intern/verwaltung/anmeldung' }}
      />,
    );
  };

  app.get('/intern/verwaltung/anmeldung/regeln/:id/entfernen', admins, (c) => confirmRuleRemoval(c));

  app.post('/intern/verwaltung/anmeldung/regeln/:id/entfernen', admins, async (c) => {
    if (!(await isConfirmed(c))) return confirmRuleRemoval(c);
    await removeSignInRule(db, c.get('tenant').id, actorOf(c), c.req.param('id'));
    return c.redirect('/intern/verwaltung/anmeldung?hinweis=ruleRemoved#hinweis', 303);
  });

  app.post('/intern/verwaltung/anmeldung/passwoerter', admins, (c) =>
    handleForm(c, ZStaffPasswordsInput, {
      action: (input) =>
        setStaffPasswords(db, c.get('tenant').id, actorOf(c), input.staffPasswords, !!deps.oidc),
      done: () => '/intern/verwaltung/anmeldung?hinweis=passwordsSaved#hinweis',
      failed: (values, errors) => signInPage(c, values, errors),
    }),
  );

  // The city's own details and its logo.
  const cityPage = async (
    c: Ctx,
    values?: Record<string, string>,
    errors?: FormErrors,
    logoErrors?: FormErrors,
    notice?: 'logoSavedUnsaved' | 'logoRemovedUnsaved',
  ) => {
    const t = c.get('t');
    const { name, timeZone, settings } = await citySettings(db, c.get('tenant').id, actorOf(c));
    const { hinweis } = ZCityDone.parse(c.req.query());
    const done = notice ?? hinweis;
    return c.html(
      <CitySettingsPage
        ctx={{ ...pageCtx(c), noticeText: done ? t(`citySettings.done.${done}`) : undefined }}
        values={values ?? citySettingsValues(name, timeZone, settings)}
        logo={settings.logo}
        errors={errors}
        logoErrors={logoErrors}
      />,
      errors || logoErrors ? 422 : 200,
    );
  };

  /**
   * What was typed into the details form when one of the logo's buttons (which belong to it) sent it, if it
   * differs from what is stored: the page shows it again, not yet saved, rather than losing it.
   */
  const unsavedDetails = async (c: Ctx) => {
    const body = await formBody(c);
    if (body.name === undefined) return undefined;
    const typed = formValues(ZCitySettingsInput, body) as Record<string, string>;
    const { name, timeZone, settings } = await citySettings(db, c.get('tenant').id, actorOf(c));
    const stored = citySettingsValues(name, timeZone, settings);
    const same = (a: string | undefined, b: string | undefined) =>
      (a ?? '').replace(/\r\n?/g, '\n').trim() === (b ?? '').replace(/\r\n?/g, '\n').trim();
    return Object.keys(stored).every((k) =>
      k === 'regionalKey' ? same(typed[k]?.replace(/\s/g, ''), stored[k]) : same(typed[k], stored[k]),
    )
      ? undefined
      : typed;
  };

  app.get('/intern/verwaltung/stadt', admins, (c) => cityPage(c));

  app.post('/intern/verwaltung/stadt', admins, (c) =>
    handleForm(c, ZCitySettingsInput, {
      action: (input) => saveCitySettings(db, c.get('tenant').id, actorOf(c), input),
      done: () => '/intern/verwaltung/stadt?hinweis=saved#hinweis',
      failed: (values, errors) => cityPage(c, values, errors),
    }),
  );

  // After a refused upload the address bar shows the form's address: opened again, it leads back.
  app.get('/intern/verwaltung/stadt/logo', admins, (c) => c.redirect('/intern/verwaltung/stadt', 303));

  app.post('/intern/verwaltung/stadt/logo', admins, async (c) => {
    const [file] = await formFiles(c, 'logo');
    const unsaved = await unsavedDetails(c);
    try {
      await setCityLogo(db, c.get('tenant').id, actorOf(c), file, (bytes, ext) =>
        imageProblem(pdfRenderer, bytes, ext),
      );
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
        return cityPage(c, unsaved, undefined, err.fields);
      throw err;
    }
    if (unsaved) return cityPage(c, unsaved, undefined, undefined, 'logoSavedUnsaved');
    return c.redirect('/intern/verwaltung/stadt?hinweis=logoSaved#hinweis', 303);
  });

  app.post('/intern/verwaltung/stadt/logo/entfernen', admins, async (c) => {
    const unsaved = await unsavedDetails(c);
    await removeCityLogo(db, c.get('tenant').id, actorOf(c));
    if (unsaved) return cityPage(c, unsaved, undefined, undefined, 'logoRemovedUnsaved');
    return c.redirect('/intern/verwaltung/stadt?hinweis=logoRemoved#hinweis', 303);
  });

  const savePartnerForm = (c: Ctx, id?: string) =>
    handleForm(c, ZPartnerInput, {
      action: (input) => savePartner(db, c.get('tenant').id, actorOf(c), input, id),
      done: (p) => `/intern/verwaltung/partner?hinweis=partnerSaved&partner=${p.id}#hinweis`,
      failed: (values, errors) => partnersPage(c, id ?? '', values, errors),
    });

  app.post('/intern/verwaltung/partner', admins, (c) => savePartnerForm(c));
  app.post('/intern/verwaltung/partner/:id', admins, (c) => savePartnerForm(c, c.req.param('id')));

  return app;
}
