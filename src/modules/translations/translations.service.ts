import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Deps } from '../../platform/http/types.ts';
import { isLang, type Lang } from '../../platform/i18n/langs.ts';
import { machineTranslator, type RetryPolicy } from '../../platform/translation/providers.ts';
import {
  type TranslatableSubject,
  type TranslationRun,
  type TranslationSettings,
  translateSubject,
  translationUsageOf,
} from '../../platform/translation/translation.ts';

/** What the configuration says about machine translation, ready for a run. */
export function translationSettings(
  deps: Pick<Deps, 'config' | 'logger'>,
  retry?: RetryPolicy,
): TranslationSettings {
  const cfg: Config['translation'] = deps.config.translation;
  return {
    translator: machineTranslator(cfg, retry),
    languages: cfg.languages.filter(isLang),
    monthlyCharacters: cfg.monthlyCharacters,
    logger: deps.logger,
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
    if (run.stopped) return { ...total, stopped: run.stopped };
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
