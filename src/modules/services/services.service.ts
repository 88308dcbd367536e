import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG, type ShippedText, shippedRow, shippedText } from '../../platform/i18n/shipped.ts';
import { recordContentChanged } from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import { findProjectsByIds } from '../projects/projects.service.ts';
import { canManageServices, canRateService } from './services.policy.ts';
import * as q from './services.queries.ts';
import type { ServiceInput } from './services.schemas.ts';

export { canManageServices, canRateService };

/** The two OZG maturity models, shipped as data in every interface language; OZG 2.0 is active for a new tenant. */
export const MATURITY_MODELS = [
  {
    key: 'ozg-1.1',
    name: {
      de: 'OZG-Reifegradmodell 1.1 (Stufen 0–4)',
      en: 'OZG maturity model 1.1 (levels 0–4)',
      tr: 'OZG olgunluk modeli 1.1 (seviye 0–4)',
      ar: 'نموذج النضج OZG 1.1 (المستويات 0–4)',
    },
    levels: [
      [
        { de: 'Offline', en: 'Offline', tr: 'Çevrim dışı', ar: 'غير متاح عبر الإنترنت' },
        {
          de: 'Keine Informationen online.',
          en: 'No information online.',
          tr: 'İnternette bilgi yok.',
          ar: 'لا توجد معلومات عبر الإنترنت.',
        },
      ],
      [
        { de: 'Information', en: 'Information', tr: 'Bilgi', ar: 'معلومات' },
        {
          de: 'Beschreibung der Leistung online verfügbar.',
          en: 'A description of the service is online.',
          tr: 'Hizmetin açıklaması internette mevcut.',
          ar: 'وصف الخدمة متاح عبر الإنترنت.',
        },
      ],
      [
        { de: 'Formular-Assistent', en: 'Form assistant', tr: 'Form yardımcısı', ar: 'مساعد النماذج' },
        {
          de: 'Formular online ausfüllbar, Einreichung und Nachweise auf Papier.',
          en: 'The form can be filled in online; it and the evidence are submitted on paper.',
          tr: 'Form internette doldurulabilir; form ve belgeler kâğıt üzerinde teslim edilir.',
          ar: 'يمكن تعبئة النموذج عبر الإنترنت؛ ويُقدَّم هو والمستندات ورقيًا.',
        },
      ],
      [
        { de: 'Online-Leistung', en: 'Online service', tr: 'Çevrim içi hizmet', ar: 'خدمة إلكترونية' },
        {
          de: 'Antrag einschließlich Nachweisen online; der Bescheid kann noch auf Papier kommen.',
          en: 'Application and evidence online; the decision may still come on paper.',
          tr: 'Başvuru ve belgeler internetten; karar hâlâ kâğıt üzerinde gelebilir.',
          ar: 'الطلب والمستندات عبر الإنترنت؛ وقد يصل القرار ورقيًا.',
        },
      ],
      [
        {
          de: 'Online-Transaktion',
          en: 'Online transaction',
          tr: 'Çevrim içi işlem',
          ar: 'معاملة إلكترونية',
        },
        {
          de: 'Vollständig digital einschließlich Bescheid; Nachweise nach dem Once-Only-Prinzip.',
          en: 'Fully digital including the decision; evidence under the once-only principle.',
          tr: 'Karar dahil tamamen dijital; belgeler bir kez bildirim ilkesine göre.',
          ar: 'رقمية بالكامل بما في ذلك القرار؛ والمستندات وفق مبدأ المرة الواحدة.',
        },
      ],
    ],
  },
  {
    key: 'ozg-2.0',
    name: {
      de: 'OZG-2.0-Reifegradmodell (Stufen 0–7)',
      en: 'OZG 2.0 maturity model (levels 0–7)',
      tr: 'OZG 2.0 olgunluk modeli (seviye 0–7)',
      ar: 'نموذج النضج OZG 2.0 (المستويات 0–7)',
    },
    levels: [
      [
        { de: 'Nicht digital', en: 'Not digital', tr: 'Dijital değil', ar: 'غير رقمية' },
        {
          de: 'Die Leistung wird nur analog erbracht.',
          en: 'The service is provided on paper or in person only.',
          tr: 'Hizmet yalnızca kâğıt üzerinde veya yüz yüze sunulur.',
          ar: 'تُقدَّم الخدمة ورقيًا أو حضوريًا فقط.',
        },
      ],
      [
        { de: 'Information', en: 'Information', tr: 'Bilgi', ar: 'معلومات' },
        {
          de: 'Informationen zur Leistung sind online auffindbar.',
          en: 'Information about the service can be found online.',
          tr: 'Hizmetle ilgili bilgiler internette bulunabilir.',
          ar: 'يمكن العثور على معلومات الخدمة عبر الإنترنت.',
        },
      ],
      [
        {
          de: 'Formular zum Herunterladen',
          en: 'Downloadable form',
          tr: 'İndirilebilir form',
          ar: 'نموذج قابل للتنزيل',
        },
        {
          de: 'Das Antragsformular steht online zum Ausdrucken bereit.',
          en: 'The application form can be downloaded and printed.',
          tr: 'Başvuru formu indirilip yazdırılabilir.',
          ar: 'يمكن تنزيل نموذج الطلب وطباعته.',
        },
      ],
      [
        { de: 'Online-Antrag', en: 'Online application', tr: 'Çevrim içi başvuru', ar: 'طلب إلكتروني' },
        {
          de: 'Der Antrag kann online gestellt werden, Nachweise noch getrennt.',
          en: 'The application can be made online; evidence is still sent separately.',
          tr: 'Başvuru internetten yapılabilir; belgeler hâlâ ayrıca gönderilir.',
          ar: 'يمكن تقديم الطلب عبر الإنترنت؛ وتُرسل المستندات بشكل منفصل.',
        },
      ],
      [
        {
          de: 'Online-Antrag mit Nachweisen',
          en: 'Online application with evidence',
          tr: 'Belgelerle çevrim içi başvuru',
          ar: 'طلب إلكتروني مع المستندات',
        },
        {
          de: 'Antrag und Nachweise werden gemeinsam online eingereicht.',
          en: 'Application and evidence are submitted online together.',
          tr: 'Başvuru ve belgeler birlikte internetten gönderilir.',
          ar: 'يُقدَّم الطلب والمستندات معًا عبر الإنترنت.',
        },
      ],
      [
        { de: 'Digitaler Bescheid', en: 'Digital decision', tr: 'Dijital karar', ar: 'قرار رقمي' },
        {
          de: 'Auch der Bescheid kommt digital ins Postfach.',
          en: 'The decision, too, arrives digitally in the mailbox.',
          tr: 'Karar da dijital olarak posta kutusuna gelir.',
          ar: 'يصل القرار أيضًا رقميًا إلى صندوق البريد.',
        },
      ],
      [
        {
          de: 'Ende-zu-Ende digital',
          en: 'End-to-end digital',
          tr: 'Uçtan uca dijital',
          ar: 'رقمية من البداية إلى النهاية',
        },
        {
          de: 'Antrag, Bearbeitung im Fachverfahren und Bescheid ohne Medienbruch.',
          en: 'Application, processing in the specialist system and decision without a change of medium.',
          tr: 'Başvuru, uzman sistemde işlem ve karar ortam değişikliği olmadan.',
          ar: 'الطلب والمعالجة في النظام المتخصص والقرار دون تغيير الوسيط.',
        },
      ],
      [
        { de: 'Proaktiv', en: 'Proactive', tr: 'Proaktif', ar: 'استباقية' },
        {
          de: 'Die Verwaltung wird von sich aus tätig; Daten liegen nach dem Once-Only-Prinzip vor.',
          en: 'The administration acts on its own initiative; data is at hand under the once-only principle.',
          tr: 'İdare kendiliğinden harekete geçer; veriler bir kez bildirim ilkesine göre hazırdır.',
          ar: 'تتصرف الإدارة بمبادرة منها؛ والبيانات متوفرة وفق مبدأ المرة الواحدة.',
        },
      ],
    ],
  },
] as const satisfies readonly {
  key: string;
  name: ShippedText;
  levels: readonly (readonly [ShippedText, ShippedText])[];
}[];

/**
 * Names stored with a model's German name (a report's frozen figures) in the reader's language where
 * Rathaus shipped the words: the model's and each level's, as written where a city wrote its own.
 */
export function shippedMaturityNames(model: string, lang: Lang) {
  const shipped = MATURITY_MODELS.find((m) => m.name[CONTENT_LANG] === model);
  return {
    model: shippedText(model, shipped?.name, lang),
    level: (level: number, name: string) => shippedText(name, shipped?.levels[level]?.[0], lang),
  };
}

/**
 * The tenant's maturity models with their levels (both OZG models are put in place on first use), in
 * the reader's language where Rathaus shipped the words; each text carries the language it is in.
 */
export async function maturityModels(db: DbOrTx, tenantId: string, lang: Lang = CONTENT_LANG) {
  let models = await q.models(db, tenantId);
  if (models.length < MATURITY_MODELS.length) {
    for (const m of MATURITY_MODELS) {
      const [row] = await q.insertModel(db, {
        tenantId,
        key: m.key,
        name: m.name.de,
        active: m.key === 'ozg-2.0',
      });
      const id = row?.id ?? (await q.models(db, tenantId)).find((x) => x.key === m.key)!.id;
      await q.insertLevels(
        db,
        m.levels.map(([name, description], level) => ({
          tenantId,
          modelId: id,
          level,
          name: name.de,
          description: description.de,
        })),
      );
    }
    models = await q.models(db, tenantId);
  }
  const levels = await q.levels(db, tenantId);
  const withLevels = models.map((m) => {
    const shipped = MATURITY_MODELS.find((x) => x.key === m.key);
    const name = shippedText(m.name, shipped?.name, lang);
    return {
      ...m,
      name: name.text,
      lang: name.lang,
      levels: levels
        .filter((l) => l.modelId === m.id)
        .map((l) => {
          const texts = shipped?.levels[l.level];
          return shippedRow(l, texts && { name: texts[0], description: texts[1] }, lang);
        }),
    };
  });
  return { models: withLevels, active: withLevels.find((m) => m.active) ?? withLevels[0]! };
}

/** The catalogue: services with their level on the active model, office and the projects behind them. */
export async function serviceCatalogue(db: DbOrTx, tenantId: string, lang: Lang = CONTENT_LANG) {
  const [{ active }, services, links, tree] = await Promise.all([
    maturityModels(db, tenantId, lang),
    q.services(db, tenantId),
    q.links(db, tenantId),
    loadOrgTree(db, tenantId),
  ]);
  const projects = await findProjectsByIds(db, tenantId, [...new Set(links.map((l) => l.projectId))]);
  const rows = services.map((s) => ({
    ...s,
    levelName: active.levels.find((l) => l.level === s.level)?.name ?? String(s.level),
    levelLang: active.levels.find((l) => l.level === s.level)?.lang ?? CONTENT_LANG,
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
    lang: l.lang,
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
    // Its name is public at once: translated after the commit.
    await recordContentChanged(tx, {
      tenantId,
      type: 'online_service',
      id: row!.id,
      actorAccountId: actor!.accountId,
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
    if (after!.name !== before.name)
      await recordContentChanged(tx, {
        tenantId,
        type: 'online_service',
        id,
        actorAccountId: actor!.accountId,
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
