/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { barChartSvg } from '../../platform/charts/charts.ts';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { listProjects } from '../projects/projects.service.ts';
import { SERVICE_PERMISSIONS } from './services.policy.ts';
import {
  addService,
  canManageServices,
  canRateService,
  getService,
  serviceCatalogue,
  updateService,
} from './services.service.ts';
import { type FormProps, ServiceEditPage, ServicesAdminPage, ServicesPage } from './views/services.tsx';

const FIELDS = ['name', 'leikaKey', 'officeId', 'url', 'level'] as const;

/** /onlinedienste (public catalogue with counts per maturity level) and its back office. */
export function servicesRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(SERVICE_PERMISSIONS, 'service:read');
  const managers = requirePermission(SERVICE_PERMISSIONS, 'service:manage');

  app.get('/onlinedienste', async (c) => {
    const t = c.get('t');
    const { model, services, counts, offices } = await serviceCatalogue(db, c.get('tenant').id);
    const level = c.req.query('stufe') ?? '';
    const office = c.req.query('amt') ?? '';
    const rows = services.filter(
      (s) => (level === '' || String(s.level) === level) && (office === '' || s.officeId === office),
    );
    const chart = barChartSvg({
      bars: counts.map((x) => ({ label: `${x.level} – ${x.name}`, value: x.count })),
      label: t('services.chartAlt', {
        model: model.name,
        total: services.length,
        parts: counts.map((x) => `${x.level}: ${x.count}`).join(', '),
      }),
      unit: t('services.count'),
      locale: c.get('lang') === 'de' ? 'de-DE' : 'en-GB',
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
      />,
    );
  });

  const formProps = async (
    c: Ctx,
    values: Record<string, string | string[]>,
    errors?: AppError['fields'],
  ): Promise<FormProps> => {
    const tenant = c.get('tenant');
    const [{ model, offices }, projects] = await Promise.all([
      serviceCatalogue(db, tenant.id),
      listProjects(db, tenant.id, { publicOnly: false, limit: 10_000, offset: 0 }),
    ]);
    return {
      model,
      offices: offices.map((o) => ({ value: o.id, label: o.name })),
      projects: projects.rows.map((p) => ({ value: p.id, label: p.title })),
      values,
      errors,
    };
  };

  const adminPage = async (
    c: Ctx,
    values: Record<string, string | string[]> = {},
    errors?: AppError['fields'],
  ) => {
    const { services } = await serviceCatalogue(db, c.get('tenant').id);
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

  const read = async (c: Ctx) => {
    const body = await formBody(c);
    return {
      ...Object.fromEntries(FIELDS.map((f) => [f, field(body, f)])),
      projectIds: fields(body, 'projectIds'),
    } as Record<string, string> & { projectIds: string[] };
  };

  app.get('/intern/onlinedienste', readers, (c) => adminPage(c));

  app.post('/intern/onlinedienste', managers, async (c) => {
    const values = await read(c);
    try {
      await addService(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect('/intern/onlinedienste?hinweis=created', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return adminPage(c, values, err.fields);
    }
  });

  const editPage = async (
    c: Ctx,
    values?: Record<string, string | string[]>,
    errors?: AppError['fields'],
  ) => {
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

  app.post('/intern/onlinedienste/:id', readers, async (c) => {
    const values = await read(c);
    try {
      await updateService(db, c.get('tenant').id, actorOf(c), c.req.param('id'), values as never, metaOf(c));
      return c.redirect(`/intern/onlinedienste/${c.req.param('id')}?hinweis=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return editPage(c, values, err.fields);
    }
  });

  return app;
}
