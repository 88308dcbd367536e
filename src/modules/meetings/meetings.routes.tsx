/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { hasAnyRole } from '../../platform/auth/actor.ts';
import type { AppError } from '../../platform/errors.ts';
import { type FormErrors, handleForm, readForm, safeBack } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { projectOptions } from '../projects/projects.service.ts';
import { listCyclesForCalendar, myReportTasks } from '../reviews/cycles.service.ts';
import { REVIEW_PERMISSIONS } from '../reviews/reviews.policy.ts';
import { approvalQueue } from '../reviews/reviews.service.ts';
import { canHoldMeeting } from './meetings.policy.ts';
import { ZActionItemInput, ZDecisionInput, ZItemDoneInput, ZMeetingInput } from './meetings.schemas.ts';
import {
  addActionItem,
  holdMeeting,
  listReviewMeetings,
  meetingDetail,
  openActionItems,
  recordDecision,
  setActionItemDone,
} from './meetings.service.ts';
import { MeetingPage, MeetingsPage, TasksPage } from './views/meetings.tsx';

/** Review meetings with their decisions and action items, and everyone's list of what they owe. */
export function meetingsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(REVIEW_PERMISSIONS, 'review:read');
  const holders = requirePermission(REVIEW_PERMISSIONS, 'meeting:hold');

  const meetingsPage = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const actor = c.get('actor');
    const [meetings, tree, cycles] = await Promise.all([
      listReviewMeetings(db, tenant.id, actor),
      loadOrgTree(db, tenant.id),
      listCyclesForCalendar(db, tenant.id),
    ]);
    const t = c.get('t');
    // The units whose meetings the actor may record (the same rule the service checks).
    const units = [...tree.byId.values()].filter(
      (u) =>
        (u.kind === 'office' || u.kind === 'department') &&
        canHoldMeeting(actor, { level: u.kind, orgUnitId: u.id }, tree),
    );
    const mayCdo = canHoldMeeting(actor, { level: 'cdo', orgUnitId: null }, tree);
    const mayHold = units.length > 0 || mayCdo;
    return c.html(
      <MeetingsPage
        ctx={pageCtx(c)}
        meetings={meetings}
        unitName={(id) => (id ? (tree.byId.get(id)?.name ?? '') : '')}
        form={
          mayHold
            ? {
                units: units
                  .sort((a, b) => a.name.localeCompare(b.name, 'de'))
                  .map((u) => ({ value: u.id, label: u.name })),
                cycles: cycles.map((x) => ({
                  value: x.id,
                  label: `${x.period} – ${t(`reviewLevel.${x.level}`)}`,
                })),
                levels: (mayCdo
                  ? (['office', 'department', 'cdo'] as const)
                  : (['office', 'department'] as const)
                ).map((l) => ({ value: l, label: t(`reviewLevel.${l}`) })),
                values: { heldOn: todayOf(c), ...values },
                errors,
              }
            : undefined
        }
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/besprechungen', readers, (c) => meetingsPage(c));

  app.post('/intern/besprechungen', holders, (c) =>
    handleForm(c, ZMeetingInput, {
      action: (input) => holdMeeting(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: (m) => `/intern/besprechungen/${m.id}?hinweis=meetingCreated`,
      failed: (values, errors) => meetingsPage(c, values, errors),
    }),
  );

  const meetingPage = async (
    c: Ctx,
    failed?: { form: 'decision' | 'item'; values: Record<string, string>; errors: FormErrors },
  ) => {
    const tenant = c.get('tenant');
    const [detail, projects] = await Promise.all([
      meetingDetail(db, tenant.id, c.get('actor'), c.req.param('id') ?? '', todayOf(c)),
      projectOptions(deps, tenant.id),
    ]);
    return c.html(
      <MeetingPage ctx={pageCtx(c)} detail={detail} projects={projects} failed={failed} />,
      failed ? 422 : 200,
    );
  };

  app.get('/intern/besprechungen/:id', readers, (c) => meetingPage(c));
  // The addresses a refused decision or action item was shown at lead back to the meeting when loaded again.
  app.get('/intern/besprechungen/:id/:form{beschluesse|aufgaben}', readers, (c) =>
    c.redirect(`/intern/besprechungen/${encodeURIComponent(c.req.param('id'))}`, 303),
  );

  app.post('/intern/besprechungen/:id/beschluesse', holders, (c) =>
    handleForm(c, ZDecisionInput, {
      action: (input) =>
        recordDecision(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/besprechungen/${c.req.param('id')}?hinweis=decisionRecorded`,
      failed: (values, errors) => meetingPage(c, { form: 'decision', values, errors }),
    }),
  );

  app.post('/intern/besprechungen/:id/aufgaben', holders, (c) =>
    handleForm(c, ZActionItemInput, {
      action: (input) =>
        addActionItem(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/besprechungen/${c.req.param('id')}?hinweis=itemAdded`,
      failed: (values, errors) => meetingPage(c, { form: 'item', values, errors }),
    }),
  );

  // Owners tick off their items; anyone on the staff may own one, so the rule is record-level.
  app.post('/intern/aufgaben/:id', readers, async (c) => {
    const { done, back } = await readForm(c, ZItemDoneInput);
    await setActionItemDone(db, c.get('tenant').id, actorOf(c), c.req.param('id'), done, metaOf(c));
    return c.redirect(`${safeBack(back, '/intern/aufgaben')}?hinweis=saved`, 303);
  });

  app.get('/intern/aufgaben', readers, async (c) => {
    const tenant = c.get('tenant');
    const actor = actorOf(c);
    const [reports, items, queue] = await Promise.all([
      myReportTasks(db, tenant.id, actor, todayOf(c)),
      openActionItems(db, tenant.id, actor, { today: todayOf(c) }),
      // An office head's own work includes the reports waiting for their decision (walk: "nothing to do"
      // while four waited).
      hasAnyRole(actor, ['office_head']) ? approvalQueue(db, tenant.id, actor) : undefined,
    ]);
    return c.html(
      <TasksPage
        ctx={pageCtx(c)}
        reports={reports}
        items={items}
        approvals={queue?.filter((q) => q.mayApprove).length}
      />,
    );
  });

  return app;
}
