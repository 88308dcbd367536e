import type { Config } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type RequestMeta, recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import type { Deps } from '../../platform/http/types.ts';
import { messageKey, translator } from '../../platform/i18n/i18n.ts';
import { isLang, type Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import { granted } from '../../platform/permissions.ts';
import {
  machineTranslator,
  type RetryPolicy,
  type StopReason,
} from '../../platform/translation/providers.ts';
import {
  normaliseLang,
  resumeTranslation,
  sourceHash,
  syncGlossary,
  type TranslatableSubject,
  type TranslationRun,
  type TranslationSettings,
  translateSubject,
  translationUsageOf,
} from '../../platform/translation/translation.ts';
import { isUuid } from '../../platform/validation.ts';
import { accountContacts, listAccountsWithRole, listTenants } from '../orgs/orgs.service.ts';
import { TRANSLATION_PERMISSIONS } from './translations.policy.ts';
import type { TranslationFilter } from './translations.queries.ts';
import * as q from './translations.queries.ts';
import type { GlossaryInput, ReviewTranslationInput, TranslationKey } from './translations.schemas.ts';

/** What the configuration says about machine translation, ready for a run. */
export function translationSettings(
  deps: Pick<Deps, 'config' | 'logger' | 'database'>,
  retry?: RetryPolicy,
): TranslationSettings {
  const cfg: Config['translation'] = deps.config.translation;
  const translator = machineTranslator(cfg, retry);
  return {
    translator,
    // What residents wrote in another language is translated into the city's own as well.
    languages: [...new Set([CONTENT_LANG, ...cfg.languages])].filter(isLang),
    monthlyCharacters: cfg.monthlyCharacters,
    logger: deps.logger,
    glossaryId: (tenantId, from, to) =>
      translator
        ? syncGlossary(deps.database.db, translator, tenantId, from, to)
        : Promise.resolve(undefined),
  };
}

/**
 * Translates what is missing or out of date for one tenant: every subject the modules declare, or the
 * records of one subject (`ids`) after an event. Stops for the month when the budget or the provider's
 * quota is spent.
 */
export async function translateMissing(
  db: DbOrTx,
  settings: TranslationSettings,
  subjects: readonly TranslatableSubject[],
  tenantId: string,
  opts: {
    type?: string;
    ids?: readonly string[];
    languages?: readonly Lang[];
    onProgress?: (subject: string, done: number, total: number) => void;
  } = {},
): Promise<TranslationRun> {
  const total: TranslationRun = { translated: 0, flagged: 0, characters: 0, failed: 0 };
  for (const subject of subjects) {
    if (opts.type && subject.type !== opts.type) continue;
    const run = await translateSubject(db, settings, tenantId, subject, {
      ...(opts.ids ? { ids: opts.ids } : {}),
      ...(opts.languages ? { languages: opts.languages } : {}),
      onProgress: (done, all) => opts.onProgress?.(subject.type, done, all),
    });
    total.translated += run.translated;
    total.flagged += run.flagged;
    total.characters += run.characters;
    total.failed += run.failed;
    if (run.stopped)
      return { ...total, stopped: run.stopped, ...(run.stoppedNow ? { stoppedNow: true } : {}) };
  }
  return total;
}

/** This month's machine translation for the administration: characters used, the budget, and a pause. */
export async function translationStatus(deps: Pick<Deps, 'config' | 'database'>, tenantId: string) {
  const cfg = deps.config.translation;
  if (cfg.provider === 'none') return { provider: 'none' as const, used: 0, budget: cfg.monthlyCharacters };
  const usage = await translationUsageOf(deps.database.db, tenantId, cfg.provider);
  return {
    provider: cfg.provider,
    used: usage?.characters ?? 0,
    budget: cfg.monthlyCharacters,
    stoppedAt: usage?.stoppedAt ?? null,
    stopReason: usage?.stopReason ?? null,
  };
}

function requireReviewer(actor: Actor | null): Actor {
  if (!granted(actor, TRANSLATION_PERMISSIONS, 'translation:review'))
    throw new AppError('FORBIDDEN', 'Only the CDO team and administrators review translations.');
  return actor!;
}

/** The subject a key names, or a 404: the back office only edits what a module declared translatable. */
function subjectOf(subjects: readonly TranslatableSubject[], key: TranslationKey) {
  const subject = subjects.find((s) => s.type === key.type && s.fields.includes(key.field));
  if (!subject) throw new AppError('NOT_FOUND', 'No such translatable field.');
  return subject;
}

/** Translations for the back office, each with its original's current text (none: the record is no longer public). */
/** Translations per page of the back-office list. */
export const TRANSLATIONS_PAGE = 50;

export async function translationOverview(
  db: DbOrTx,
  subjects: readonly TranslatableSubject[],
  tenantId: string,
  actor: Actor | null,
  filter: TranslationFilter,
  page = 1,
) {
  requireReviewer(actor);
  const [rows, total] = await Promise.all([
    q.listTranslations(db, tenantId, filter, {
      limit: TRANSLATIONS_PAGE,
      offset: (page - 1) * TRANSLATIONS_PAGE,
    }),
    q.countTranslations(db, tenantId, filter),
  ]);
  const originals = new Map<string, string>();
  for (const s of subjects) {
    const ids = rows.filter((r) => r.subjectType === s.type).map((r) => r.subjectId);
    if (!ids.length) continue;
    for (const o of await s.originals(db, tenantId, ids))
      for (const [field, text] of Object.entries(o.fields))
        if (text) originals.set(`${s.type}|${o.id}|${field}`, text);
  }
  return {
    total,
    pages: Math.max(1, Math.ceil(total / TRANSLATIONS_PAGE)),
    rows: rows.map((r) => ({
      ...r,
      original: originals.get(`${r.subjectType}|${r.subjectId}|${r.field}`) ?? null,
    })),
  };
}

/** One field's original and its translation into one language, for correcting it. */
export async function translationForEdit(
  db: DbOrTx,
  subjects: readonly TranslatableSubject[],
  tenantId: string,
  actor: Actor | null,
  key: TranslationKey,
) {
  requireReviewer(actor);
  const subject = subjectOf(subjects, key);
  const [original] = await subject.originals(db, tenantId, [key.id]);
  const text = original?.fields[key.field];
  if (!original || !text) throw new AppError('NOT_FOUND', 'The original is not public (any more).');
  const [row] = await q.findTranslation(db, tenantId, key);
  return { original: { text, lang: normaliseLang(original.lang) }, translation: row };
}

/**
 * A person corrects or confirms a translation: it is stored as reviewed by them against the current
 * original (a changed text counts as a person's translation), and the change is audited.
 */
export async function reviewTranslation(
  db: Db,
  subjects: readonly TranslatableSubject[],
  tenantId: string,
  actor: Actor | null,
  key: TranslationKey,
  input: ReviewTranslationInput,
  meta: RequestMeta = {},
) {
  const reviewer = requireReviewer(actor);
  const { original, translation } = await translationForEdit(db, subjects, tenantId, actor, key);
  return db.transaction(async (tx) => {
    const changed = !translation || translation.text !== input.text;
    const [after] = await q.upsertTranslation(tx, {
      tenantId,
      subjectType: key.type,
      subjectId: key.id,
      field: key.field,
      lang: key.lang,
      text: input.text,
      sourceLang: original.lang,
      sourceHash: sourceHash(original.text),
      origin: changed ? 'human' : translation.origin,
      provider: changed ? null : translation.provider,
      model: changed ? null : translation.model,
      translatedBy: changed ? reviewer.accountId : translation.translatedBy,
      translatedAt: changed ? new Date() : translation.translatedAt,
      reviewedBy: reviewer.accountId,
      reviewedAt: new Date(),
    });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: reviewer.accountId,
      action: 'translation.review',
      entityType: key.type,
      entityId: `${key.id}/${key.field}/${key.lang}`,
      before: translation ?? null,
      after,
      requestId: meta.requestId,
    });
    return after!;
  });
}

/** Lifts this month's pause (the budget was raised, the provider account topped up); audited. */
export async function resumeTranslations(
  deps: Pick<Deps, 'config' | 'database'>,
  tenantId: string,
  actor: Actor | null,
  meta: RequestMeta = {},
) {
  const reviewer = requireReviewer(actor);
  const cfg = deps.config.translation;
  if (cfg.provider === 'none') throw new AppError('INVALID_STATE', 'No translation provider is configured.');
  await deps.database.db.transaction(async (tx) => {
    const rows = await resumeTranslation(tx, tenantId, cfg.provider as 'deepl');
    await recordAudit(tx, {
      tenantId,
      actorAccountId: reviewer.accountId,
      action: 'translation.resume',
      entityType: 'translation_usage',
      entityId: cfg.provider,
      after: rows[0] ?? null,
      requestId: meta.requestId,
    });
  });
}

export async function glossary(db: DbOrTx, tenantId: string, actor: Actor | null) {
  requireReviewer(actor);
  return q.listGlossary(db, tenantId);
}

/** Adds a term of the city and how it is translated; the provider's copy follows on the next run. */
export async function addGlossaryEntry(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  input: GlossaryInput,
  meta: RequestMeta = {},
) {
  const reviewer = requireReviewer(actor);
  const taken = (await q.listGlossary(db, tenantId)).some(
    (e) => e.lang === input.lang && e.term.toLowerCase() === input.term.toLowerCase(),
  );
  if (taken)
    throw new AppError('VALIDATION_FAILED', 'The term has a translation into this language already.', {
      term: { key: 'translations.termTaken' },
    });
  return db.transaction(async (tx) => {
    const [row] = await q.insertGlossaryEntry(tx, { tenantId, ...input });
    await recordAudit(tx, {
      tenantId,
      actorAccountId: reviewer.accountId,
      action: 'glossary.add',
      entityType: 'translation_glossary',
      entityId: row!.id,
      after: row,
      requestId: meta.requestId,
    });
    return row!;
  });
}

export async function removeGlossaryEntry(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  id: string,
  meta: RequestMeta = {},
) {
  const reviewer = requireReviewer(actor);
  if (!isUuid(id)) throw new AppError('NOT_FOUND', 'No such glossary entry.');
  await db.transaction(async (tx) => {
    const [row] = await q.deleteGlossaryEntry(tx, tenantId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such glossary entry.');
    await recordAudit(tx, {
      tenantId,
      actorAccountId: reviewer.accountId,
      action: 'glossary.remove',
      entityType: 'translation_glossary',
      entityId: id,
      before: row,
      requestId: meta.requestId,
    });
  });
}

/** Tells the administrators and the CDO team, each in their language, that machine translation paused. */
export async function tellTranslationStopped(
  deps: Pick<Deps, 'database' | 'mailer' | 'config' | 'logger'>,
  tenantId: string,
  reason: StopReason,
) {
  const { db } = deps.database;
  const tenant = (await listTenants(db)).find((t) => t.id === tenantId);
  if (!tenant) return;
  const ids = [
    ...(await listAccountsWithRole(db, tenantId, 'admin')),
    ...(await listAccountsWithRole(db, tenantId, 'cdo')),
  ].map((a) => a.id);
  for (const person of await accountContacts(db, tenantId, ids)) {
    const t = translator(person.language);
    const values = {
      city: tenant.settings.cityName,
      reason: t(messageKey(`translations.pausedReason.${reason}`)),
    };
    await deps.mailer
      .send({
        to: person.email,
        subject: t('mail.translationStopped.subject', values),
        text: `${t('mail.greeting')}\n\n${t('mail.translationStopped.text', values)}\n\n${deps.config.baseUrl}/intern/uebersetzungen\n\n${t('mail.signatureAccount', values)}\n`,
      })
      .catch((err) => deps.logger.error({ err, tenantId }, 'translation pause mail failed'));
  }
}
