import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { currentDay } from '../../platform/dates.ts';
import { AppError, forbidden, invalidState, notFound } from '../../platform/errors.ts';
import { recordContentChanged } from '../../platform/translation/translation.ts';
import { type PaperView, papersOf } from '../council/index.ts';
import { listIdeas } from '../ideas/ideas.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { canManageAgenda } from './agendas.policy.ts';
import * as q from './agendas.queries.ts';
import type { AgendaVersionInput, DecisionForm, DecisionInput } from './agendas.schemas.ts';
import type { Agenda, AgendaVersion } from './agendas.table.ts';

export { canManageAgenda };

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw notFound('No agenda for that year.');
}

/** Checks that the chosen items exist (ideas and projects of this tenant). */
async function resolveItems(db: DbOrTx, tenantId: string, items: string[]) {
  const parsed = [...new Set(items)].map((i) => {
    const [type, id] = i.split(':') as ['idea' | 'project', string];
    return { type, id };
  });
  const ideas = new Set((await listIdeas(db, tenantId)).map((i) => i.id));
  const projects = new Set(
    (
      await findProjectsByIds(
        db,
        tenantId,
        parsed.filter((p) => p.type === 'project').map((p) => p.id),
      )
    ).map((p) => p.id),
  );
  if (parsed.some((p) => (p.type === 'idea' ? !ideas.has(p.id) : !projects.has(p.id))))
    throw new AppError('VALIDATION_FAILED', 'Unknown item.', { items: { key: 'validation.choice' } });
  return parsed;
}

/**
 * Saves the agenda of a year: the first save creates it as a draft, every later save a new version (all
 * versions are kept). A submitted or adopted agenda is not changed any more.
 */
export async function saveAgendaVersion(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  year: number,
  input: AgendaVersionInput,
  meta: RequestMeta = {},
) {
  if (!canManageAgenda(actor)) throw forbidden('Only the CDO team drafts the agenda.');
  checkYear(year);
  const data = input;
  const items = await resolveItems(db, tenantId, data.items);
  return db.transaction(async (tx) => {
    let [agenda] = await q.findByYear(tx, tenantId, year);
    if (agenda && agenda.state !== 'draft')
      throw invalidState('The agenda has been submitted to the council and is no longer changed.');
    if (!agenda) [agenda] = await q.insertAgenda(tx, { tenantId, year, createdBy: actor!.accountId });
    const [latest] = await q.versionsOf(tx, tenantId, agenda!.id);
    const [version] = await q.insertVersion(tx, {
      tenantId,
      agendaId: agenda!.id,
      version: (latest?.version ?? 0) + 1,
      title: data.title,
      introduction: data.introduction,
      note: data.note,
      createdBy: actor!.accountId,
    });
    await q.insertItems(
      tx,
      items.map((it, position) => ({
        tenantId,
        versionId: version!.id,
        subjectType: it.type,
        subjectId: it.id,
        position,
      })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'agenda.version',
      entityType: 'agenda',
      entityId: agenda!.id,
      after: { year, version: version!.version, items: items.length, note: data.note },
      requestId: meta.requestId,
    });
    return { agenda: agenda!, version: version! };
  });
}

async function transition(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  year: number,
  from: Agenda['state'],
  patch: (a: Agenda, latestVersion: number) => Partial<Agenda>,
  action: string,
  meta: RequestMeta,
  /** What else the change brings about, in the same transaction. */
  then?: (tx: DbOrTx, latest: AgendaVersion) => Promise<unknown>,
) {
  if (!canManageAgenda(actor))
    throw forbidden('Only the CDO team submits the agenda and records the decision.');
  checkYear(year);
  return db.transaction(async (tx) => {
    const [before] = await q.findByYear(tx, tenantId, year);
    if (!before) throw notFound('No agenda for that year.');
    if (before.state !== from) throw invalidState(`The agenda is ${before.state}.`);
    const [latest] = await q.versionsOf(tx, tenantId, before.id);
    const [after] = await q.updateAgenda(tx, tenantId, before.id, patch(before, latest!.version));
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action,
      entityType: 'agenda',
      entityId: before.id,
      before,
      after,
      requestId: meta.requestId,
    });
    await then?.(tx, latest!);
    return after!;
  });
}

/** Submits the current draft to the council. */
export function submitAgenda(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  year: number,
  meta: RequestMeta = {},
) {
  return transition(
    db,
    tenantId,
    actor,
    year,
    'draft',
    () => ({ state: 'submitted', submittedAt: new Date() }),
    'agenda.submit',
    meta,
  );
}

/** Records the council's decision: the agenda (the submitted version) is adopted and public. */
export async function recordDecision(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  year: number,
  input: DecisionInput,
  meta: RequestMeta = {},
) {
  const data = input;
  // A decision the council took: not one dated after today (published, it cannot be taken back).
  if (meta.today && data.decisionDate > meta.today)
    throw new AppError('VALIDATION_FAILED', 'The decision date lies in the future.', {
      decisionDate: { key: 'agenda.decisionInFuture' },
    });
  return transition(
    db,
    tenantId,
    actor,
    year,
    'submitted',
    (_a, latest) => ({
      state: 'adopted',
      decisionDate: data.decisionDate,
      decisionReference: data.decisionReference,
      decidedText: data.decidedText,
      councilDocumentUrl: data.councilDocumentUrl ?? null,
      adoptedVersion: latest,
    }),
    'agenda.adopt',
    meta,
    // The adopted version goes public: its texts are translated after the commit.
    (tx, latest) =>
      recordContentChanged(tx, {
        tenantId,
        type: 'agenda_version',
        id: latest.id,
        actorAccountId: actor!.accountId,
      }),
  );
}

/** An agenda with its versions and the items of the version shown (adopted, else the newest). */
export async function agendaOfYear(
  db: DbOrTx,
  tenantId: string,
  year: number,
  opts: { adoptedOnly: boolean },
) {
  checkYear(year);
  const [agenda] = await q.findByYear(db, tenantId, year);
  if (!agenda || (opts.adoptedOnly && agenda.state !== 'adopted'))
    throw notFound('No adopted agenda for that year.');
  const versions = await q.versionsOf(db, tenantId, agenda.id);
  const shown = versions.find((v) => v.version === agenda.adoptedVersion) ?? versions[0]!;
  const rows = await q.itemsOf(db, tenantId, shown.id);
  const [ideas, projects] = await Promise.all([
    listIdeas(db, tenantId),
    findProjectsByIds(
      db,
      tenantId,
      rows.filter((r) => r.subjectType === 'project').map((r) => r.subjectId),
    ),
  ]);
  interface Item {
    type: 'idea' | 'project';
    id: string;
    title: string;
    number: string | null;
    slug: string | null;
    visibility: string;
  }
  const items = rows.flatMap((r): Item[] => {
    if (r.subjectType === 'idea') {
      const i = ideas.find((x) => x.id === r.subjectId);
      return i
        ? [
            {
              type: 'idea' as const,
              id: i.id,
              title: i.title,
              number: i.number,
              slug: null,
              visibility: 'public',
            },
          ]
        : [];
    }
    const p = projects.find((x) => x.id === r.subjectId);
    return p
      ? [
          {
            type: 'project' as const,
            id: p.id,
            title: p.title,
            number: null,
            slug: p.slug,
            visibility: p.visibility,
          },
        ]
      : [];
  });
  return {
    agenda,
    versions,
    shown,
    // The public sees public projects and ideas only; internal projects are counted, not named.
    items: opts.adoptedOnly ? items.filter((i) => i.visibility === 'public') : items,
    internalCount: items.filter((i) => i.visibility !== 'public').length,
  };
}

export async function listAgendas(db: DbOrTx, tenantId: string, opts: { adoptedOnly: boolean }) {
  const all = await q.listAgendas(db, tenantId);
  return opts.adoptedOnly ? all.filter((a) => a.state === 'adopted') : all;
}

/** The adopted agendas a project is on, with the council papers each was adopted with (the project page). */
export async function councilDecisionsOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  const adopted = await q.adoptedAgendasWithProject(db, tenantId, projectId);
  const papers = await papersOf(
    db,
    tenantId,
    'agenda',
    adopted.map((a) => a.id),
  );
  return adopted.map((a) => ({ year: a.year, papers: papers.get(a.id) ?? [] }));
}

/** The decision form's start from the linked papers: the deciding session's day, the reference, the page. */
export function decisionFromPapers(papers: readonly PaperView[], timeZone: string): Partial<DecisionForm> {
  const decided = papers.find((p) => p.decision);
  if (!decided?.decision) return {};
  return {
    decisionDate: decided.decision.date ? currentDay(timeZone, decided.decision.date) : '',
    decisionReference: decided.reference ?? '',
    councilDocumentUrl: decided.web ?? '',
  };
}
