/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, type FormValues, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { projectOptions } from '../projects/projects.service.ts';
import { ProcessEditPage, ProcessesPage, type ProcessFormProps, TrainingsPage } from './views/workforce.tsx';
import { WORKFORCE_PERMISSIONS } from './workforce.policy.ts';
import { ZProcessInput, ZTrainingInput } from './workforce.schemas.ts';
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

/** The process inventory per office and the trainings with their coverage (internal pages). */
export function workforceRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(WORKFORCE_PERMISSIONS, 'workforce:read');
  const trainers = requirePermission(WORKFORCE_PERMISSIONS, 'training:manage');

  const formProps = async (
    c: Ctx,
    values: Record<string, string>,
    errors?: FormErrors,
  ): Promise<ProcessFormProps> => {
    const tenant = c.get('tenant');
    const [tree, projects] = await Promise.all([loadOrgTree(db, tenant.id), projectOptions(deps, tenant.id)]);
    const actor = c.get('actor');
    return {
      offices: tree
        .offices()
        .filter((o) => canEditProcesses(actor, o.id, tree))
        .map((o) => ({ value: o.id, label: o.name })),
      projects,
      values,
      errors,
    };
  };

  const listPage = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
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

  app.get('/intern/prozesse', readers, (c) => listPage(c));

  app.post('/intern/prozesse', readers, (c) =>
    handleForm(c, ZProcessInput, {
      action: (input) => addProcess(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/prozesse?hinweis=created',
      failed: (values, errors) => listPage(c, values, errors),
    }),
  );

  const editPage = async (c: Ctx, values?: Record<string, string>, errors?: FormErrors) => {
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

  app.post('/intern/prozesse/:id', readers, (c) =>
    handleForm(c, ZProcessInput, {
      action: (input) =>
        updateProcess(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => '/intern/prozesse?hinweis=saved',
      failed: (values, errors) => editPage(c, values, errors),
    }),
  );

  const trainingsPage = async (c: Ctx, values: FormValues = {}, errors?: FormErrors) => {
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

  app.post('/intern/schulungen', trainers, (c) =>
    handleForm(c, ZTrainingInput, {
      action: (input) => addTraining(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/schulungen?hinweis=created',
      failed: (values, errors) => trainingsPage(c, values, errors),
    }),
  );

  return app;
}
