/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { listProjects } from '../projects/projects.service.ts';
import { ProcessEditPage, ProcessesPage, type ProcessFormProps, TrainingsPage } from './views/workforce.tsx';
import { WORKFORCE_PERMISSIONS } from './workforce.policy.ts';
import {
  addProcess,
  addTraining,
  canEditProcesses,
  canManageTrainings,
  getProcess,
  processInventory,
  trainingOverview,
  updateProcess,
} from './workforce.service.ts';

const PROCESS_FIELDS = [
  'officeId',
  'name',
  'description',
  'digitalState',
  'redesigned',
  'projectId',
] as const;

/** The process inventory per office and the trainings with their coverage (internal pages). */
export function workforceRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(WORKFORCE_PERMISSIONS, 'workforce:read');
  const trainers = requirePermission(WORKFORCE_PERMISSIONS, 'training:manage');

  const formProps = async (
    c: Ctx,
    values: Record<string, string>,
    errors?: AppError['fields'],
  ): Promise<ProcessFormProps> => {
    const tenant = c.get('tenant');
    const [tree, projects] = await Promise.all([
      loadOrgTree(db, tenant.id),
      listProjects(db, tenant.id, { publicOnly: false, limit: 10_000, offset: 0 }),
    ]);
    const actor = c.get('actor');
    return {
      offices: tree
        .offices()
        .filter((o) => canEditProcesses(actor, o.id, tree))
        .map((o) => ({ value: o.id, label: o.name })),
      projects: projects.rows.map((p) => ({ value: p.id, label: p.title })),
      values,
      errors,
    };
  };

  const listPage = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const inv = await processInventory(db, c.get('tenant').id);
    const actor = c.get('actor');
    const form = await formProps(c, values, errors);
    return c.html(
      <ProcessesPage
        ctx={pageCtx(c)}
        offices={inv.offices}
        totals={inv.totals}
        total={inv.total}
        redesigned={inv.redesigned}
        canAdd={form.offices.length > 0}
        editable={(officeId) => canEditProcesses(actor, officeId, inv.tree)}
        form={form}
      />,
      errors ? 422 : 200,
    );
  };

  const read = async (c: Ctx) => {
    const body = await formBody(c);
    return Object.fromEntries(PROCESS_FIELDS.map((f) => [f, field(body, f)])) as Record<string, string>;
  };

  app.get('/intern/prozesse', readers, (c) => listPage(c));

  app.post('/intern/prozesse', readers, async (c) => {
    const values = await read(c);
    try {
      await addProcess(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect('/intern/prozesse?hinweis=created', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return listPage(c, values, err.fields);
    }
  });

  const editPage = async (c: Ctx, values?: Record<string, string>, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const p = await getProcess(db, tenant.id, c.req.param('id') ?? '');
    if (!canEditProcesses(c.get('actor'), p.officeId, await loadOrgTree(db, tenant.id)))
      throw new AppError('FORBIDDEN', 'Only the CDO team or the office head.');
    const current = values ?? {
      officeId: p.officeId,
      name: p.name,
      description: p.description,
      digitalState: p.digitalState,
      redesigned: p.redesigned ? 'on' : '',
      projectId: p.projectId ?? '',
    };
    return c.html(
      <ProcessEditPage ctx={pageCtx(c)} id={p.id} name={p.name} form={await formProps(c, current, errors)} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/prozesse/:id', readers, (c) => editPage(c));

  app.post('/intern/prozesse/:id', readers, async (c) => {
    const values = await read(c);
    try {
      await updateProcess(db, c.get('tenant').id, actorOf(c), c.req.param('id'), values as never, metaOf(c));
      return c.redirect('/intern/prozesse?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return editPage(c, values, err.fields);
    }
  });

  const trainingsPage = async (
    c: Ctx,
    values: Record<string, string | string[]> = {},
    errors?: AppError['fields'],
  ) => {
    const o = await trainingOverview(db, c.get('tenant').id, c.get('actor'));
    return c.html(
      <TrainingsPage
        ctx={pageCtx(c)}
        {...o}
        canAdd={canManageTrainings(c.get('actor'))}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/schulungen', readers, (c) => trainingsPage(c));

  app.post('/intern/schulungen', trainers, async (c) => {
    const body = await formBody(c);
    const values = {
      title: field(body, 'title'),
      kind: field(body, 'kind'),
      heldOn: field(body, 'heldOn'),
      provider: field(body, 'provider'),
      accountIds: fields(body, 'accountIds'),
    };
    try {
      await addTraining(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect('/intern/schulungen?hinweis=created', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return trainingsPage(c, values, err.fields);
    }
  });

  return app;
}
