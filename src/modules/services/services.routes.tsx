/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { barChartSvg } from '../../platform/charts/charts.ts';
import { type FormErrors, type FormValues, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { LOCALES } from '../../platform/i18n/langs.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { projectOptions } from '../projects/projects.service.ts';
import { SERVICE_PERMISSIONS } from './services.policy.ts';
import { ZServiceInput } from './services.schemas.ts';
import {
  addService,
  canManageServices,
  canRateService,
  getService,
  serviceCatalogue,
  updateService,
} from './services.service.ts';
import { type FormProps, ServiceEditPage, ServicesAdminPage, ServicesPage } from './views/services.tsx';

/** /onlinedienste (public catalogue with counts per maturity level) and its back office. */
export function servicesRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(SERVICE_PERMISSIONS, 'service:read');
  const managers = requirePermission(SERVICE_PERMISSIONS, 'service:manage');

  app.get('/onlinedienste', async (c) => {
    const t = c.get('t');
    const { model, services, counts, offices } = await serviceCatalogue(
      db,
      c.get('tenant').id,
      c.get('lang'),
    );
    const level = c.req.query('stufe') ?? '';
    const office = c.req.query('amt') ?? '';
    const listed = services.filter(
      (s) => (level === '' || String(s.level) === level) && (office === '' || s.officeId === office),
    );
    // The services' names and their public projects' titles in the reader's language where translated.
    const original = c.req.query('original') === '1';
    const projects = listed.flatMap((s) => s.projects.filter((p) => p.visibility === 'public'));
    const texts = await translationLookup(
      db,
      c.get('tenant').id,
      c.get('lang'),
      [
        { type: 'online_service', records: listed },
        { type: 'project', records: projects },
      ],
      { original },
    );
    const rows = texts.records('online_service', listed, ['name']).map((s) => ({
      ...s,
      projects: texts.records(
        'project',
        s.projects.filter((p) => p.visibility === 'public'),
        ['title'],
      ),
    }));
    const chart = barChartSvg({
      bars: counts.map((x) => ({ label: `${x.level} – ${x.name}`, value: x.count })),
      label: t('services.chartAlt', {
        model: model.name,
        total: services.length,
        parts: counts.map((x) => `${x.level}: ${x.count}`).join(', '),
      }),
      unit: t('services.count'),
      locale: LOCALES[c.get('lang')],
    });
    return c.html(
      <ServicesPage
        ctx={pageCtx(c)}
        model={model}
        counts={counts}
        rows={rows}
        chart={chart}
        filter={{ level, office }}
        offices={offices.map((o) => ({ value: o.id, label: o.name }))}
        translation={{
          originalHref: '/onlinedienste?original=1',
          translatedHref: original ? '/onlinedienste' : undefined,
        }}
      />,
    );
  });

  const formProps = async (c: Ctx, values: FormValues, errors?: FormErrors): Promise<FormProps> => {
    const tenant = c.get('tenant');
    const [{ model, offices }, projects] = await Promise.all([
      serviceCatalogue(db, tenant.id, c.get('lang')),
      projectOptions(deps, tenant.id),
    ]);
    return {
      model,
      offices: offices.map((o) => ({ value: o.id, label: o.name })),
      projects,
      values,
      errors,
    };
  };

  const adminPage = async (c: Ctx, values: FormValues = {}, errors?: FormErrors) => {
    const { services } = await serviceCatalogue(db, c.get('tenant').id, c.get('lang'));
    return c.html(
      <ServicesAdminPage
        ctx={pageCtx(c)}
        rows={services}
        canAdd={canManageServices(c.get('actor'))}
        form={await formProps(c, values, errors)}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/onlinedienste', readers, (c) => adminPage(c));

  app.post('/intern/onlinedienste', managers, (c) =>
    handleForm(c, ZServiceInput, {
      action: (input) => addService(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/onlinedienste?hinweis=created',
      failed: (values, errors) => adminPage(c, values, errors),
    }),
  );

  const editPage = async (c: Ctx, values?: FormValues, errors?: FormErrors) => {
    const tenant = c.get('tenant');
    const { service } = await getService(db, tenant.id, c.req.param('id') ?? '');
    const canEdit = canRateService(c.get('actor'), service, await loadOrgTree(db, tenant.id));
    const current = values ?? {
      name: service.name,
      leikaKey: service.leikaKey,
      officeId: service.officeId,
      url: service.url ?? '',
      level: String(service.level),
      projectIds: service.projects.map((p) => p.id),
    };
    return c.html(
      <ServiceEditPage
        ctx={pageCtx(c)}
        title={service.name}
        id={service.id}
        canEdit={canEdit}
        row={service}
        form={await formProps(c, current, errors)}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/onlinedienste/:id', readers, (c) => editPage(c));

  app.post('/intern/onlinedienste/:id', readers, (c) =>
    handleForm(c, ZServiceInput, {
      action: (input) =>
        updateService(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/onlinedienste/${c.req.param('id')}?hinweis=saved`,
      failed: (values, errors) => editPage(c, values, errors),
    }),
  );

  return app;
}
