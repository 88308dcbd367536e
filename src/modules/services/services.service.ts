import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { isUuid } from '../../platform/validation.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { canManageServices, canRateService } from './services.policy.ts';
import * as q from './services.queries.ts';
import type { ServiceInput } from './services.schemas.ts';

export { canManageServices, canRateService };

/** The two OZG maturity models, shipped as data; OZG 2.0 is active for a new tenant. */
export const MATURITY_MODELS = [
  {
    key: 'ozg-1.1',
    name: 'OZG-Reifegradmodell 1.1 (Stufen 0–4)',
    levels: [
      ['Offline', 'Keine Informationen online.'],
      ['Information', 'Beschreibung der Leistung online verfügbar.'],
      ['Formular-Assistent', 'Formular online ausfüllbar, Einreichung und Nachweise auf Papier.'],
      [
        'Online-Leistung',
        'Antrag einschließlich Nachweisen online; der Bescheid kann noch auf Papier kommen.',
      ],
      [
        'Online-Transaktion',
        'Vollständig digital einschließlich Bescheid; Nachweise nach dem Once-Only-Prinzip.',
      ],
    ],
  },
  {
    key: 'ozg-2.0',
    name: 'OZG-2.0-Reifegradmodell (Stufen 0–7)',
    levels: [
      ['Nicht digital', 'Die Leistung wird nur analog erbracht.'],
      ['Information', 'Informationen zur Leistung sind online auffindbar.'],
      ['Formular zum Herunterladen', 'Das Antragsformular steht online zum Ausdrucken bereit.'],
      ['Online-Antrag', 'Der Antrag kann online gestellt werden, Nachweise noch getrennt.'],
      ['Online-Antrag mit Nachweisen', 'Antrag und Nachweise werden gemeinsam online eingereicht.'],
      ['Digitaler Bescheid', 'Auch der Bescheid kommt digital ins Postfach.'],
      ['Ende-zu-Ende digital', 'Antrag, Bearbeitung im Fachverfahren und Bescheid ohne Medienbruch.'],
      ['Proaktiv', 'Die Verwaltung wird von sich aus tätig; Daten liegen nach dem Once-Only-Prinzip vor.'],
    ],
  },
] as const;

/** The tenant's maturity models with their levels (both OZG models are put in place on first use). */
export async function maturityModels(db: DbOrTx, tenantId: string) {
  let models = await q.models(db, tenantId);
  if (models.length < MATURITY_MODELS.length) {
    for (const m of MATURITY_MODELS) {
      const [row] = await q.insertModel(db, {
        tenantId,
        key: m.key,
        name: m.name,
        active: m.key === 'ozg-2.0',
      });
      const id = row?.id ?? (await q.models(db, tenantId)).find((x) => x.key === m.key)!.id;
      await q.insertLevels(
        db,
        m.levels.map(([name, description], level) => ({ tenantId, modelId: id, level, name, description })),
      );
    }
    models = await q.models(db, tenantId);
  }
  const levels = await q.levels(db, tenantId);
  const withLevels = models.map((m) => ({ ...m, levels: levels.filter((l) => l.modelId === m.id) }));
  return { models: withLevels, active: withLevels.find((m) => m.active) ?? withLevels[0]! };
}

/** The catalogue: services with their level on the active model, office and the projects behind them. */
export async function serviceCatalogue(db: DbOrTx, tenantId: string) {
  const [{ active }, services, links, tree] = await Promise.all([
    maturityModels(db, tenantId),
    q.services(db, tenantId),
    q.links(db, tenantId),
    loadOrgTree(db, tenantId),
  ]);
  const projects = await findProjectsByIds(db, tenantId, [...new Set(links.map((l) => l.projectId))]);
  const rows = services.map((s) => ({
    ...s,
    levelName: active.levels.find((l) => l.level === s.level)?.name ?? String(s.level),
    office: tree.byId.get(s.officeId)?.name ?? '',
    projects: links
      .filter((l) => l.serviceId === s.id)
      .map((l) => projects.find((p) => p.id === l.projectId))
      .filter((p) => !!p)
      .map((p) => ({ id: p.id, title: p.title, slug: p.slug, visibility: p.visibility })),
  }));
  const counts = active.levels.map((l) => ({
    level: l.level,
    name: l.name,
    count: rows.filter((r) => r.level === l.level).length,
  }));
  return { model: active, services: rows, counts, offices: tree.offices() };
}

async function validate(db: DbOrTx, tenantId: string, data: ServiceInput) {
  const [{ active }, tree] = await Promise.all([maturityModels(db, tenantId), loadOrgTree(db, tenantId)]);
  if (tree.byId.get(data.officeId)?.kind !== 'office')
    throw new AppError('VALIDATION_FAILED', 'Unknown office.', { officeId: { key: 'validation.choice' } });
  if (!active.levels.some((l) => l.level === data.level))
    throw new AppError('VALIDATION_FAILED', 'Unknown level.', { level: { key: 'validation.choice' } });
  const projects = await findProjectsByIds(db, tenantId, data.projectIds);
  if (projects.length !== new Set(data.projectIds).size)
    throw new AppError('VALIDATION_FAILED', 'Unknown project.', { projectIds: { key: 'validation.choice' } });
  return { data, model: active, tree };
}

/** Adds a service to the catalogue (CDO team). */
export async function addService(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: ServiceInput,
  meta: RequestMeta = {},
) {
  if (!canManageServices(actor)) throw forbidden('Only the CDO team adds services to the catalogue.');
  const { data, model } = await validate(db, tenantId, input);
  if ((await q.findByLeika(db, tenantId, data.leikaKey)).length)
    throw new AppError('VALIDATION_FAILED', 'LeiKa key taken.', { leikaKey: { key: 'services.leikaTaken' } });
  return db.transaction(async (tx) => {
    const [row] = await q.insertService(tx, {
      tenantId,
      leikaKey: data.leikaKey,
      name: data.name,
      officeId: data.officeId,
      url: data.url ?? null,
      modelId: model.id,
      level: data.level,
    });
    await q.replaceLinks(tx, tenantId, row!.id, [...new Set(data.projectIds)]);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'service.create',
      entityType: 'online_service',
      entityId: row!.id,
      after: { ...row, projectIds: data.projectIds },
      requestId: meta.requestId,
    });
    return row!;
  });
}

/** Updates a service (level, link, projects): the CDO team or the head of the responsible office. */
export async function updateService(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  input: ServiceInput,
  meta: RequestMeta = {},
) {
  if (!isUuid(id)) throw notFound();
  const [before] = await q.findService(db, tenantId, id);
  if (!before) throw notFound('No such service.');
  const { data, model, tree } = await validate(db, tenantId, input);
  // The rule holds before and after the change: an office head may not hand a service to another office.
  if (!canRateService(actor, before, tree) || !canRateService(actor, data, tree))
    throw forbidden('Only the CDO team or the responsible office head.');
  const dup = (await q.findByLeika(db, tenantId, data.leikaKey))[0];
  if (dup && dup.id !== id)
    throw new AppError('VALIDATION_FAILED', 'LeiKa key taken.', { leikaKey: { key: 'services.leikaTaken' } });
  return db.transaction(async (tx) => {
    const [after] = await q.updateService(tx, tenantId, id, {
      leikaKey: data.leikaKey,
      name: data.name,
      officeId: data.officeId,
      url: data.url ?? null,
      modelId: model.id,
      level: data.level,
    });
    await q.replaceLinks(tx, tenantId, id, [...new Set(data.projectIds)]);
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'service.update',
      entityType: 'online_service',
      entityId: id,
      before,
      after: { ...after, projectIds: data.projectIds },
      requestId: meta.requestId,
    });
    return after!;
  });
}

export async function getService(db: DbOrTx, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const { services, model } = await serviceCatalogue(db, tenantId);
  const s = services.find((x) => x.id === id);
  if (!s) throw notFound('No such service.');
  return { service: s, model };
}
