import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import {
  recordContentChanged,
  type ShownText,
  shownText,
  translationLookup,
} from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { canManageStrategy, canMeasureKpi } from './strategy.policy.ts';
import * as q from './strategy.queries.ts';
import type { GoalInput, KpiInput, MeasurementInput } from './strategy.schemas.ts';
import { fieldsOfAction, type Goal, pillars } from './strategy.table.ts';

export { canManageStrategy, canMeasureKpi };

/** Pillars with their fields of action, in their set order; for filters, forms and the home page. */
export async function listStrategy(db: DbOrTx, tenantId: string) {
  const ps = await db
    .select()
    .from(pillars)
    .where(eq(pillars.tenantId, tenantId))
    .orderBy(asc(pillars.position));
  const fs = await db
    .select()
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.tenantId, tenantId))
    .orderBy(asc(fieldsOfAction.position));
  return ps.map((p) => ({ ...p, fields: fs.filter((f) => f.pillarId === p.id) }));
}

export async function findFieldOfAction(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(fieldsOfAction)
    .where(and(eq(fieldsOfAction.tenantId, tenantId), eq(fieldsOfAction.id, id)));
  return row;
}

export async function createPillar(
  db: DbOrTx,
  tenantId: string,
  p: { key: string; name: string; description?: string; position: number },
) {
  const [row] = await db
    .insert(pillars)
    .values({ tenantId, ...p })
    .returning();
  return row!;
}

export async function createFieldOfAction(
  db: DbOrTx,
  tenantId: string,
  f: { pillarId: string; key: string; name: string; description?: string; position: number },
) {
  const [row] = await db
    .insert(fieldsOfAction)
    .values({ tenantId, ...f })
    .returning();
  return row!;
}

/**
 * The strategy tree through the tenant cache; every public page reads it. In another language than the
 * city's, pillars' and fields' names and descriptions are the stored translations where they exist;
 * `nameLang` / `descriptionLang` say which language each is in (for `lang` on the page).
 */
export function cachedStrategy(
  deps: Pick<Deps, 'cache' | 'database'>,
  tenantId: string,
  lang: Lang = CONTENT_LANG,
): Promise<LocalStrategy> {
  const tree = () => deps.cache.value(tenantId, 'strategy', () => listStrategy(deps.database.db, tenantId));
  if (lang === CONTENT_LANG) {
    const asWritten = <R extends { name: string; description: string }>(r: R) => ({
      ...r,
      nameLang: CONTENT_LANG,
      descriptionLang: CONTENT_LANG,
      shown: [r.name, r.description].map((text) => shownText(text, CONTENT_LANG, undefined, CONTENT_LANG)),
    });
    return tree().then((ps) => ps.map((p) => ({ ...asWritten(p), fields: p.fields.map(asWritten) })));
  }
  return deps.cache.value(tenantId, `strategy:${lang}`, async () => {
    const ps = await tree();
    const texts = await translationLookup(deps.database.db, tenantId, lang, [
      { type: 'pillar', records: ps },
      { type: 'field_of_action', records: ps.flatMap((p) => p.fields) },
    ]);
    const local = <R extends { id: string; name: string; description: string }>(type: string, r: R) => {
      const name = texts.shown(type, r.id, 'name', r.name);
      const description = texts.shown(type, r.id, 'description', r.description);
      return {
        ...r,
        name: name.text,
        nameLang: name.lang,
        description: description.text,
        descriptionLang: description.lang,
        shown: [name, description],
      };
    };
    return ps.map((p) => ({
      ...local('pillar', p),
      fields: p.fields.map((f) => local('field_of_action', f)),
    }));
  });
}

type Localised<R> = R & {
  nameLang: string;
  descriptionLang: string;
  /** Name and description as shown (for a page's translation note). */
  shown: ShownText[];
};
/** The strategy tree in one language (see cachedStrategy). */
export type LocalStrategy = (Localised<Omit<StrategyTree[number], 'fields'>> & {
  fields: Localised<StrategyTree[number]['fields'][number]>[];
})[];

/** Every field of action as a select option, labelled with its pillar ("Digitale Stadt: Mobilität"). */
export function fieldOptions(
  strategy: StrategyTree | LocalStrategy,
): { value: string; label: string; lang?: string }[] {
  return strategy.flatMap((p) =>
    p.fields.map((f) => ({
      value: f.id,
      label: `${p.name}: ${f.name}`,
      // A label half translated is marked as the city's language.
      ...('nameLang' in p && 'nameLang' in f
        ? { lang: p.nameLang === f.nameLang ? f.nameLang : CONTENT_LANG }
        : {}),
    })),
  );
}

export type StrategyTree = Awaited<ReturnType<typeof listStrategy>>;

/** The four guidelines of the Smart City Charter (Germany, 2017), the same for every municipality. */
export const CHARTER_GUIDELINES = [
  {
    key: 'ziele-strategien-strukturen',
    title: 'Ziele, Strategien und Strukturen',
    description:
      'Digitale Transformation braucht Ziele, Strategien und Strukturen: eine integrierte Stadtentwicklung, die die Digitalisierung gestaltet, statt ihr zu folgen.',
  },
  {
    key: 'transparenz-teilhabe-mitgestaltung',
    title: 'Transparenz, Teilhabe und Mitgestaltung',
    description:
      'Digitale Transformation braucht Transparenz, Teilhabe und Mitgestaltung: Bürgerinnen und Bürger, Wirtschaft und Wissenschaft gestalten mit; Entscheidungen sind nachvollziehbar.',
  },
  {
    key: 'infrastrukturen-daten-dienstleistungen',
    title: 'Infrastrukturen, Daten und Dienstleistungen',
    description:
      'Digitale Transformation braucht Infrastrukturen, Daten und Dienstleistungen: offen, interoperabel, sicher und in kommunaler Verantwortung.',
  },
  {
    key: 'ressourcen-kompetenzen-kooperation',
    title: 'Ressourcen, Kompetenzen und Kooperation',
    description:
      'Digitale Transformation braucht Ressourcen, Kompetenzen und Kooperation: Personal, Wissen und Zusammenarbeit zwischen Kommunen und mit Partnern.',
  },
] as const;

/** The tenant's charter guidelines; the four of the charter are put in place on first use. */
export async function charterGuidelines(db: DbOrTx, tenantId: string) {
  const rows = await q.listGuidelines(db, tenantId);
  if (rows.length >= CHARTER_GUIDELINES.length) return rows;
  await q.insertGuidelines(
    db,
    CHARTER_GUIDELINES.map((g, position) => ({ tenantId, ...g, position })),
  );
  return q.listGuidelines(db, tenantId);
}

export interface GoalNode extends Goal {
  guidelineIds: string[];
  children: GoalNode[];
}

/** Pillars ▸ fields of action ▸ goals ▸ sub-goals, with each goal's charter guidelines. */
export async function strategyTree(db: DbOrTx, tenantId: string) {
  const [strategy, goals, links, guidelines] = await Promise.all([
    listStrategy(db, tenantId),
    q.listGoals(db, tenantId),
    q.goalGuidelineLinks(db, tenantId),
    charterGuidelines(db, tenantId),
  ]);
  const nodes = new Map<string, GoalNode>(
    goals.map((g) => [
      g.id,
      { ...g, guidelineIds: links.filter((l) => l.goalId === g.id).map((l) => l.guidelineId), children: [] },
    ]),
  );
  const roots: GoalNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return {
    pillars: strategy.map((p) => ({
      ...p,
      fields: p.fields.map((f) => ({ ...f, goals: roots.filter((g) => g.fieldOfActionId === f.id) })),
    })),
    guidelines,
    goals: [...nodes.values()],
  };
}

/** A goal (or a sub-goal under a goal of the same field of action), with its charter guidelines. */
export async function createGoal(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: GoalInput,
  meta: RequestMeta = {},
) {
  if (!canManageStrategy(actor)) throw forbidden('Only the CDO team edits the strategy.');
  const data = input;
  if (!(await findFieldOfAction(db, tenantId, data.fieldOfActionId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown field of action.', {
      fieldOfActionId: { key: 'validation.choice' },
    });
  if (data.parentId) {
    const [parent] = await q.findGoal(db, tenantId, data.parentId);
    if (parent?.fieldOfActionId !== data.fieldOfActionId)
      throw new AppError('VALIDATION_FAILED', 'The parent goal belongs to another field of action.', {
        parentId: { key: 'strategy.parentMismatch' },
      });
  }
  const guidelines = await charterGuidelines(db, tenantId);
  if (data.guidelineIds.some((id) => !guidelines.some((g) => g.id === id)))
    throw new AppError('VALIDATION_FAILED', 'Unknown guideline.', {
      guidelineIds: { key: 'validation.choice' },
    });
  return db.transaction(async (tx) => {
    const [goal] = await q.insertGoal(tx, {
      tenantId,
      fieldOfActionId: data.fieldOfActionId,
      parentId: data.parentId ?? null,
      title: data.title,
      description: data.description,
    });
    await q.linkGoalGuidelines(
      tx,
      data.guidelineIds.map((guidelineId) => ({ tenantId, goalId: goal!.id, guidelineId })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'goal.create',
      entityType: 'goal',
      entityId: goal!.id,
      after: { ...goal, guidelineIds: data.guidelineIds },
      requestId: meta.requestId,
    });
    await recordContentChanged(tx, {
      tenantId,
      type: 'goal',
      id: goal!.id,
      actorAccountId: actor!.accountId,
    });
    return goal!;
  });
}

/** Defines a KPI (U4SSC fields). */
export async function createKpi(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: KpiInput,
  meta: RequestMeta = {},
) {
  if (!canManageStrategy(actor)) throw forbidden('Only the CDO team defines KPIs.');
  const data = input;
  if ((await q.findKpiByKey(db, tenantId, data.key)).length)
    throw new AppError('VALIDATION_FAILED', 'Key taken.', { key: { key: 'strategy.keyTaken' } });
  if (data.ownerOrgUnitId && !(await loadOrgTree(db, tenantId)).byId.get(data.ownerOrgUnitId))
    throw new AppError('VALIDATION_FAILED', 'Unknown unit.', {
      ownerOrgUnitId: { key: 'validation.choice' },
    });
  if (data.fieldOfActionId && !(await findFieldOfAction(db, tenantId, data.fieldOfActionId)))
    throw new AppError('VALIDATION_FAILED', 'Unknown field.', {
      fieldOfActionId: { key: 'validation.choice' },
    });
  if (data.goalId && !(await q.findGoal(db, tenantId, data.goalId)).length)
    throw new AppError('VALIDATION_FAILED', 'Unknown goal.', { goalId: { key: 'validation.choice' } });
  return db.transaction(async (tx) => {
    const [kpi] = await q.insertKpi(tx, {
      tenantId,
      ...data,
      ownerOrgUnitId: data.ownerOrgUnitId ?? null,
      fieldOfActionId: data.fieldOfActionId ?? null,
      goalId: data.goalId ?? null,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'kpi.create',
      entityType: 'kpi',
      entityId: kpi!.id,
      after: kpi,
      requestId: meta.requestId,
    });
    await recordContentChanged(tx, { tenantId, type: 'kpi', id: kpi!.id, actorAccountId: actor!.accountId });
    return kpi!;
  });
}

/** Records (or corrects) a KPI's value for a day: the CDO team or the head of the owning office. */
export async function recordMeasurement(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  kpiId: string,
  input: MeasurementInput,
  meta: RequestMeta = {},
) {
  if (!isUuid(kpiId)) throw notFound();
  const [kpi] = await q.findKpi(db, tenantId, kpiId);
  if (!kpi) throw notFound('No such KPI.');
  if (!canMeasureKpi(actor, kpi, await loadOrgTree(db, tenantId)))
    throw forbidden('Only the CDO team or the owning office records measurements.');
  const data = input;
  return db.transaction(async (tx) => {
    const [row] = await q.upsertMeasurement(tx, {
      tenantId,
      kpiId,
      measuredOn: data.measuredOn,
      value: data.value,
      note: data.note,
      createdBy: actor!.accountId,
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'kpi.measure',
      entityType: 'kpi',
      entityId: kpiId,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** KPIs with their measurements, oldest first (public: every KPI of the strategy is public). */
export async function kpisWithMeasurements(db: DbOrTx, tenantId: string) {
  const list = await q.listKpis(db, tenantId);
  const ms = await q.measurementsOf(
    db,
    tenantId,
    list.map((k) => k.id),
  );
  return list.map((k) => ({ ...k, measurements: ms.filter((m) => m.kpiId === k.id) }));
}

/**
 * How far a KPI has come from its baseline towards its target, 0 to 1 (beyond the target counts as 1,
 * a move the wrong way as 0), by its latest measurement; null without one or when baseline equals target.
 */
export function kpiProgress(kpi: {
  baseline: number;
  target: number;
  measurements: readonly { value: number }[];
}): number | null {
  const latest = kpi.measurements.at(-1);
  if (!latest || kpi.target === kpi.baseline) return null;
  const share = (latest.value - kpi.baseline) / (kpi.target - kpi.baseline);
  return Math.min(1, Math.max(0, share));
}

export async function getKpi(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [kpi] = await q.findKpi(db, tenantId, id);
  if (!kpi) throw notFound('No such KPI.');
  return { ...kpi, measurements: await q.measurementsOf(db, tenantId, [kpi.id]) };
}
