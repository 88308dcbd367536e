/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { currentYear } from '../../platform/dates.ts';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, type FormValues, handleForm, isConfirmed } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import {
  CouncilDecisions,
  canManageCouncil,
  mountPaperLinks,
  PaperLinkPanel,
  paperNoticeOf,
  paperPanel,
  papersOfOne,
} from '../council/index.ts';
import { readRanking } from '../scoring/scoring.service.ts';
import { AGENDA_PERMISSIONS } from './agendas.policy.ts';
import { ZAgendaVersionInput, ZDecisionInput } from './agendas.schemas.ts';
import {
  agendaOfYear,
  canManageAgenda,
  decisionFromPapers,
  listAgendas,
  recordDecision,
  saveAgendaVersion,
  submitAgenda,
} from './agendas.service.ts';
import {
  AgendaEditPage,
  AgendaListPage,
  type Candidate,
  PublicAgendaListPage,
  PublicAgendaPage,
} from './views/agendas.tsx';

/** /agenda (adopted agendas) and the CDO team's drafting, versions, submission and the council decision. */
export function agendasRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(AGENDA_PERMISSIONS, 'agenda:read');
  const managers = requirePermission(AGENDA_PERMISSIONS, 'agenda:manage');

  app.get('/agenda', async (c) => {
    const agendas = await listAgendas(db, c.get('tenant').id, { adoptedOnly: true });
    return c.html(<PublicAgendaListPage ctx={pageCtx(c)} agendas={agendas} />);
  });

  app.get('/agenda/:year{[0-9]{4}}', async (c) => {
    const tenant = c.get('tenant');
    const { agenda, shown, items, internalCount } = await agendaOfYear(
      db,
      tenant.id,
      Number(c.req.param('year')),
      {
        adoptedOnly: true,
      },
    );
    const [years, papers] = await Promise.all([
      listAgendas(db, tenant.id, { adoptedOnly: true }).then((list) => list.map((a) => a.year)),
      papersOfOne(db, tenant.id, { type: 'agenda', id: agenda.id }),
    ]);
    // The adopted text and the projects' titles in the reader's language where a translation exists.
    const original = c.req.query('original') === '1';
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'agenda_version', records: [shown] },
        { type: 'project', records: items.filter((i) => i.type === 'project') },
      ],
      { original },
    );
    const path = `/agenda/${agenda.year}`;
    const ctx = pageCtx(c);
    return c.html(
      <PublicAgendaPage
        ctx={ctx}
        council={<CouncilDecisions ctx={ctx} papers={papers} />}
        agenda={agenda}
        version={texts.records('agenda_version', [shown], ['title', 'introduction'])[0]!}
        items={items.map((i) =>
          i.type === 'project' ? { ...i, shown: texts.shown('project', i.id, 'title', i.title) } : i,
        )}
        internalCount={internalCount}
        years={years}
        translation={{ originalHref: `${path}?original=1`, translatedHref: original ? path : undefined }}
      />,
    );
  });

  app.get('/intern/agenda', readers, async (c) => {
    const agendas = await listAgendas(db, c.get('tenant').id, { adoptedOnly: false });
    const nextYear = Math.max(currentYear(c.get('tenant').timeZone) + 1, ...agendas.map((a) => a.year + 1));
    return c.html(<AgendaListPage ctx={pageCtx(c)} agendas={agendas} nextYear={nextYear} />);
  });

  const editPage = async (
    c: Ctx,
    values: FormValues = {},
    errors?: FormErrors,
    form?: 'version' | 'decision',
  ) => {
    const tenant = c.get('tenant');
    const year = Number(c.req.param('year'));
    let current: Awaited<ReturnType<typeof agendaOfYear>> | undefined;
    try {
      current = await agendaOfYear(db, tenant.id, year, { adoptedOnly: false });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err;
    }
    const [ranked, council] = await Promise.all([
      readRanking(deps, tenant.id, { publicOnly: false }),
      current
        ? paperPanel(db, tenant.id, { type: 'agenda', id: current.agenda.id }, c.req.query('vorlage'))
        : undefined,
    ]);
    // The decision form starts from the linked paper's deciding session, when the council has decided.
    const shown: FormValues = errors
      ? values
      : { ...decisionFromPapers(council?.linked ?? [], tenant.timeZone), ...values };
    const candidates: Candidate[] = [
      ...ranked.items.map((i) => ({
        type: i.type,
        id: i.id,
        title: i.title,
        rank: i.rank,
        total: i.total,
        quickWin: i.quickWin,
      })),
      ...ranked.unscored.map((u) => ({
        type: u.type,
        id: u.id,
        title: u.title,
        rank: null,
        total: null,
        quickWin: false,
      })),
    ];
    // Items already on the agenda stay choosable even if they left the ranking (e.g. completed).
    for (const i of current?.items ?? [])
      if (!candidates.some((x) => x.id === i.id))
        candidates.push({ type: i.type, id: i.id, title: i.title, rank: null, total: null, quickWin: false });
    const { ctx, notice } = paperNoticeOf(pageCtx(c));
    return c.html(
      <AgendaEditPage
        ctx={ctx}
        year={year}
        agenda={current?.agenda}
        versions={current?.versions ?? []}
        items={current?.items ?? []}
        candidates={candidates}
        canManage={canManageAgenda(c.get('actor'))}
        values={shown}
        council={
          council ? (
            <PaperLinkPanel
              ctx={ctx}
              data={council}
              notice={notice}
              action={`/intern/agenda/${year}/ratsvorlagen`}
              pagePath={`/intern/agenda/${year}`}
              canManageSource={canManageCouncil(c.get('actor'))}
              canLink={canManageAgenda(c.get('actor'))}
            />
          ) : undefined
        }
        errors={errors}
        form={form}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/agenda/:year{[0-9]{4}}', readers, (c) => editPage(c));

  app.post('/intern/agenda/:year{[0-9]{4}}', managers, (c) =>
    handleForm(c, ZAgendaVersionInput, {
      action: (input) =>
        saveAgendaVersion(db, c.get('tenant').id, actorOf(c), Number(c.req.param('year')), input, metaOf(c)),
      done: () => `/intern/agenda/${c.req.param('year')}?hinweis=saved`,
      failed: (values, errors) => editPage(c, values, errors, 'version'),
    }),
  );

  /** Submitting freezes the agenda for the council: asked once more, with what it means. */
  const confirmSubmit = async (c: Ctx) => {
    const t = c.get('t');
    const year = Number(c.req.param('year'));
    const { shown, items } = await agendaOfYear(db, c.get('tenant').id, year, { adoptedOnly: false });
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('agenda.submitTitle', { year })}
        heading={t('agenda.submitHeading')}
        intro={t('agenda.submitIntro', { version: shown.version, count: items.length })}
        consequences={[t('agenda.submitFrozen')]}
        action={`/intern/agenda/${year}/einreichen`}
        confirmLabel={t('agenda.submit')}
        back={{ href: `/intern/agenda/${year}` }}
      />,
    );
  };

  app.get('/intern/agenda/:year{[0-9]{4}}/einreichen', managers, (c) => confirmSubmit(c));

  app.post('/intern/agenda/:year{[0-9]{4}}/einreichen', managers, async (c) => {
    if (!(await isConfirmed(c))) return confirmSubmit(c);
    await submitAgenda(db, c.get('tenant').id, actorOf(c), Number(c.req.param('year')), metaOf(c));
    return c.redirect(`/intern/agenda/${c.req.param('year')}?hinweis=saved`, 303);
  });

  app.post('/intern/agenda/:year{[0-9]{4}}/beschluss', managers, (c) =>
    handleForm(c, ZDecisionInput, {
      action: (input) =>
        recordDecision(db, c.get('tenant').id, actorOf(c), Number(c.req.param('year')), input, metaOf(c)),
      done: () => `/intern/agenda/${c.req.param('year')}?hinweis=saved`,
      failed: (values, errors) => editPage(c, values, errors, 'decision'),
    }),
  );

  // The council papers of the agenda: the paper it was adopted with, linked instead of typed in.
  mountPaperLinks(app, deps, {
    path: '/intern/agenda/:year{[0-9]{4}}/ratsvorlagen',
    guard: managers,
    subject: async (c) => ({
      type: 'agenda',
      id: (await agendaOfYear(db, c.get('tenant').id, Number(c.req.param('year')), { adoptedOnly: false }))
        .agenda.id,
    }),
    back: (c) => `/intern/agenda/${c.req.param('year')}`,
  });

  return app;
}
