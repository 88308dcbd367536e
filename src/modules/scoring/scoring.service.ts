import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG, type ShippedText, shippedRow } from '../../platform/i18n/shipped.ts';
import { isUuid } from '../../platform/validation.ts';
import { getIdea, listIdeas } from '../ideas/ideas.service.ts';
import { findProjectsByIds, listProjectColumns } from '../projects/projects.service.ts';
import { canManageScoring } from './scoring.policy.ts';
import * as q from './scoring.queries.ts';
import { rankSubjects } from './scoring.rank.ts';

export { QUICK_WIN, type RankedItem } from './scoring.rank.ts';

import { type CriterionAxis, SCORE, type SubjectType, WEIGHT } from './scoring.table.ts';

export { canManageScoring };

/** The criteria a municipality starts with (Bonn's strategy names these); weights are editable. */
export const DEFAULT_CRITERIA: {
  key: string;
  name: ShippedText;
  description: ShippedText;
  axis: CriterionAxis;
  weight: number;
}[] = [
  {
    key: 'nutzen-buerger',
    name: {
      de: 'Nutzen für Bürgerinnen und Bürger',
      en: 'Benefit for residents',
      tr: 'Vatandaşlar için fayda',
      ar: 'الفائدة للسكان',
    },
    description: {
      de: 'Wie viele Menschen profitieren, wie spürbar?',
      en: 'How many people benefit, and how noticeably?',
      tr: 'Kaç kişi ne kadar belirgin şekilde yararlanıyor?',
      ar: 'كم عدد المستفيدين، وما مدى وضوح الفائدة؟',
    },
    axis: 'value',
    weight: 25,
  },
  {
    key: 'effizienz',
    name: {
      de: 'Effizienz der Verwaltung',
      en: 'Efficiency of the administration',
      tr: 'İdarenin verimliliği',
      ar: 'كفاءة الإدارة',
    },
    description: {
      de: 'Spart es Zeit, Wege, Papier und Doppelarbeit in der Verwaltung?',
      en: 'Does it save time, trips, paper and duplicate work in the administration?',
      tr: 'İdarede zaman, yol, kâğıt ve mükerrer işten tasarruf sağlıyor mu?',
      ar: 'هل يوفّر الوقت والتنقل والورق والعمل المكرر في الإدارة؟',
    },
    axis: 'value',
    weight: 20,
  },
  {
    key: 'klima',
    name: {
      de: 'Klima und Nachhaltigkeit',
      en: 'Climate and sustainability',
      tr: 'İklim ve sürdürülebilirlik',
      ar: 'المناخ والاستدامة',
    },
    description: {
      de: 'Trägt es zu Klimaschutz und Ressourcenschonung bei?',
      en: 'Does it contribute to climate protection and saving resources?',
      tr: 'İklimin korunmasına ve kaynak tasarrufuna katkı sağlıyor mu?',
      ar: 'هل يسهم في حماية المناخ وترشيد الموارد؟',
    },
    axis: 'value',
    weight: 10,
  },
  {
    key: 'teilhabe',
    name: { de: 'Soziale Teilhabe', en: 'Social inclusion', tr: 'Sosyal katılım', ar: 'الإدماج الاجتماعي' },
    description: {
      de: 'Hilft es Menschen, die es schwerer haben (Barrierefreiheit, Sprache, Alter)?',
      en: 'Does it help people who find things harder (accessibility, language, age)?',
      tr: 'İşleri daha zor olan insanlara yardımcı oluyor mu (erişilebilirlik, dil, yaş)?',
      ar: 'هل يساعد من يواجهون صعوبات أكبر (إمكانية الوصول، اللغة، العمر)؟',
    },
    axis: 'value',
    weight: 10,
  },
  {
    key: 'machbarkeit',
    name: { de: 'Machbarkeit', en: 'Feasibility', tr: 'Uygulanabilirlik', ar: 'قابلية التنفيذ' },
    description: {
      de: 'Hoch: Technik, Recht und Personal sind vorhanden.',
      en: 'High: technology, legal basis and staff are in place.',
      tr: 'Yüksek: teknik, yasal dayanak ve personel mevcut.',
      ar: 'عالية: التقنية والأساس القانوني والموظفون متوفرون.',
    },
    axis: 'effort',
    weight: 15,
  },
  {
    key: 'dauer',
    name: { de: 'Schnelle Umsetzung', en: 'Quick delivery', tr: 'Hızlı uygulama', ar: 'تنفيذ سريع' },
    description: {
      de: 'Hoch: in weniger als einem Jahr umsetzbar.',
      en: 'High: can be delivered in less than a year.',
      tr: 'Yüksek: bir yıldan kısa sürede uygulanabilir.',
      ar: 'عالية: يمكن تنفيذه في أقل من عام.',
    },
    axis: 'effort',
    weight: 10,
  },
  {
    key: 'kosten',
    name: { de: 'Geringe Kosten', en: 'Low cost', tr: 'Düşük maliyet', ar: 'تكلفة منخفضة' },
    description: {
      de: 'Hoch: geringe Investitions- und Folgekosten.',
      en: 'High: low investment and running costs.',
      tr: 'Yüksek: düşük yatırım ve işletme maliyetleri.',
      ar: 'عالية: تكاليف استثمار وتشغيل منخفضة.',
    },
    axis: 'effort',
    weight: 10,
  },
];

/**
 * The scoring model in force (created with the default criteria on first use) and its history; the
 * criteria in the reader's language where Rathaus shipped their words, each with the language it is in.
 */
export async function scoringModel(db: DbOrTx, tenantId: string, lang: Lang = CONTENT_LANG) {
  let criteria = await q.criteria(db, tenantId);
  if (!criteria.length) {
    await q.insertCriteria(
      db,
      DEFAULT_CRITERIA.map(({ weight: _w, name, description, ...c }, position) => ({
        tenantId,
        ...c,
        name: name.de,
        description: description.de,
        position,
      })),
    );
    criteria = await q.criteria(db, tenantId);
    const [model] = await q.insertModel(db, { tenantId, version: 1, note: 'Ausgangsmodell' });
    await q.insertWeights(
      db,
      criteria.map((c) => ({
        tenantId,
        modelId: model!.id,
        criterionId: c.id,
        weight: DEFAULT_CRITERIA.find((d) => d.key === c.key)?.weight ?? 0,
      })),
    );
  }
  const [models, weights] = await Promise.all([q.models(db, tenantId), q.weightsOf(db, tenantId)]);
  const current = models[0]!;
  const weightsOf = (modelId: string) =>
    new Map(weights.filter((w) => w.modelId === modelId).map((w) => [w.criterionId, w.weight]));
  return {
    criteria: criteria.map((c) =>
      shippedRow(
        c,
        DEFAULT_CRITERIA.find((d) => d.key === c.key),
        lang,
      ),
    ),
    current,
    weights: weightsOf(current.id),
    history: models.map((m) => ({ ...m, weights: weightsOf(m.id) })),
  };
}

/**
 * The criteria's texts that are the city's own wording, for machine translation: a text Rathaus shipped
 * (a default criterion as it came) is shown in every language from the messages and needs none.
 */
export async function ownCriterionTexts(db: DbOrTx, tenantId: string, ids?: readonly string[]) {
  const own = (stored: string, shipped: ShippedText | undefined) =>
    shipped && stored === shipped[CONTENT_LANG] ? null : stored;
  return (await q.criterionTexts(db, tenantId, ids)).flatMap((c) => {
    const shipped = DEFAULT_CRITERIA.find((d) => d.key === c.key);
    const fields = {
      name: own(c.name, shipped?.name),
      description: own(c.description, shipped?.description),
    };
    return fields.name === null && fields.description === null
      ? []
      : [{ id: c.id, lang: CONTENT_LANG, fields }];
  });
}

/** New weights become a new version of the model (the old ones stay on record). */
export async function setWeights(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: { weights: Record<string, string>; note: string },
  meta: RequestMeta = {},
) {
  if (!canManageScoring(actor)) throw forbidden('Only the CDO team changes the weights.');
  const model = await scoringModel(db, tenantId);
  const errors: AppError['fields'] = {};
  const parsed = model.criteria.map((c) => {
    const raw = (input.weights[c.id] ?? '').trim().replace(',', '.');
    const w = Number(raw);
    if (raw === '' || !Number.isFinite(w) || w < WEIGHT.min || w > WEIGHT.max)
      errors[`weight-${c.id}`] = { key: 'scoring.weightRange' };
    return { criterionId: c.id, weight: w };
  });
  if (!Object.keys(errors).length && parsed.every((p) => p.weight === 0))
    errors[`weight-${model.criteria[0]!.id}`] = { key: 'scoring.weightSum' };
  if (!input.note.trim()) errors.note = { key: 'scoring.noteRequired' };
  if (Object.keys(errors).length) throw new AppError('VALIDATION_FAILED', 'Invalid weights.', errors);
  return db.transaction(async (tx) => {
    const [created] = await q.insertModel(tx, {
      tenantId,
      version: model.current.version + 1,
      note: input.note.trim().slice(0, 500),
      createdBy: actor!.accountId,
    });
    await q.insertWeights(
      tx,
      parsed.map((p) => ({ tenantId, modelId: created!.id, ...p })),
    );
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'scoring.weights',
      entityType: 'scoring_model',
      entityId: created!.id,
      before: { version: model.current.version, weights: Object.fromEntries(model.weights) },
      after: {
        version: created!.version,
        weights: Object.fromEntries(parsed.map((p) => [p.criterionId, p.weight])),
      },
      requestId: meta.requestId,
    });
    return created!;
  });
}

async function subjectTitle(db: DbOrTx, tenantId: string, type: SubjectType, id: string) {
  if (!isUuid(id)) return undefined;
  if (type === 'idea') return (await getIdea(db, tenantId, id))?.title;
  return (await findProjectsByIds(db, tenantId, [id]))[0]?.title;
}

/** Scores (0–5 with a justification each) for an idea or a project. */
export async function scoreSubject(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  type: SubjectType,
  subjectId: string,
  entries: { criterionId: string; score: string; justification: string }[],
  meta: RequestMeta = {},
) {
  if (!canManageScoring(actor)) throw forbidden('Only the CDO team scores.');
  if (!(await subjectTitle(db, tenantId, type, subjectId))) throw notFound('Nothing to score here.');
  const model = await scoringModel(db, tenantId);
  const errors: AppError['fields'] = {};
  const rows: { criterionId: string; score: number; justification: string }[] = [];
  for (const c of model.criteria) {
    const e = entries.find((x) => x.criterionId === c.id);
    if (!e || (e.score === '' && !e.justification.trim())) continue;
    const s = Number(e.score);
    // Each message names its criterion: a form of six criteria shows them in one summary.
    const criterion = { criterion: c.name };
    if (!Number.isInteger(s) || s < SCORE.min || s > SCORE.max)
      errors[`score-${c.id}`] = { key: 'scoring.scoreRange', values: criterion };
    if (e.justification.trim().length < 3)
      errors[`why-${c.id}`] = { key: 'scoring.justificationRequired', values: criterion };
    rows.push({ criterionId: c.id, score: s, justification: e.justification.trim().slice(0, 1000) });
  }
  if (!rows.length && !Object.keys(errors).length)
    errors[`score-${model.criteria[0]!.id}`] = { key: 'scoring.scoreOne' };
  if (Object.keys(errors).length) throw new AppError('VALIDATION_FAILED', 'Invalid scores.', errors);
  return db.transaction(async (tx) => {
    const before = await q.scoresOf(tx, tenantId, type, subjectId);
    for (const r of rows)
      await q.upsertScore(tx, { tenantId, subjectType: type, subjectId, ...r, scoredBy: actor!.accountId });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: actor!.accountId,
      action: 'scoring.score',
      entityType: type,
      entityId: subjectId,
      before,
      after: rows,
      requestId: meta.requestId,
    });
  });
}

/**
 * Ideas and projects ranked by their weighted score: total = Σ weight × score ÷ Σ weight over the scored
 * criteria; value and ease are the same over the value and the effort criteria. The public sees public
 * projects and ideas only — with weights and scores, so anyone can recompute the order.
 */
export async function ranking(db: DbOrTx, tenantId: string, opts: { publicOnly: boolean; lang?: Lang }) {
  const [model, all, ideas, projects] = await Promise.all([
    scoringModel(db, tenantId, opts.lang),
    q.allScores(db, tenantId),
    listIdeas(db, tenantId),
    listProjectColumns(db, tenantId, { publicOnly: opts.publicOnly }),
  ]);
  const subjects = [
    ...ideas
      .filter((i) => i.state === 'open')
      .map((i) => ({ type: 'idea' as const, id: i.id, title: i.title, href: `/intern/ideen/${i.id}` })),
    ...projects
      .filter((p) => p.phase !== 'completed' && p.phase !== 'stopped')
      .map((p) => ({ type: 'project' as const, id: p.id, title: p.title, href: `/projekte/${p.slug}` })),
  ];
  return { model, ...rankSubjects(model, subjects, all) };
}

/**
 * The ranking as `ranking` computes it, kept until the next change in the tenant where pages are kept:
 * at 2,000 projects it takes about 60 ms, and the prioritisation, its public page and the agenda ask for it
 * on every view.
 */
export function readRanking(
  deps: Pick<Deps, 'cache' | 'database' | 'config'>,
  tenantId: string,
  opts: { publicOnly: boolean; lang?: Lang },
): ReturnType<typeof ranking> {
  // The agenda asks without a language, the prioritisation in German: one reading for both.
  const lang = opts.lang ?? CONTENT_LANG;
  const read = () => ranking(deps.database.db, tenantId, { ...opts, lang });
  return deps.config.responseCache
    ? deps.cache.value(tenantId, `ranking:${opts.publicOnly ? 'public' : 'all'}:${lang}`, read)
    : read();
}

/** One subject's scores for the scoring form. */
export async function subjectScores(
  db: DbOrTx,
  tenantId: string,
  type: SubjectType,
  id: string,
  lang: Lang = CONTENT_LANG,
) {
  const title = await subjectTitle(db, tenantId, type, id);
  if (!title) throw notFound('Nothing to score here.');
  const [model, rows] = await Promise.all([
    scoringModel(db, tenantId, lang),
    q.scoresOf(db, tenantId, type, id),
  ]);
  return { title, model, scores: rows };
}
