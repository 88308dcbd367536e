import { isRobot } from '../analytics/collector.ts';
import { currentDay } from '../dates.ts';
import { isDownloadPath, isLanguageNeutralPath } from '../i18n/langs.ts';
import type { Deps, TenantInfo } from './types.ts';

/** What the statistics need to know of one answered request, whichever path answered it. */
export interface AnsweredRequest {
  method: string;
  status: number;
  path: string;
  contentType: string;
  host: string | undefined;
  userAgent: string | undefined;
  referer: string | undefined;
  address: string;
  /** The day statistics consent was first given, if it was. */
  consentSince: string | undefined;
  /** A search that found nothing (its terms). */
  searchMiss?: string | undefined;
  /** The page showed what the public cannot see (see the `uncounted` request variable). */
  uncounted?: boolean | undefined;
}

/**
 * The path a page view is counted under: a page below one of the modules' private prefixes (a link with a
 * token, a reference, a person's own pages) as the prefix alone, every other page as it is.
 */
export function statisticsPath(path: string, modules: Deps['modules']): string {
  for (const prefix of privatePrefixes(modules))
    if (path === prefix || path.startsWith(`${prefix}/`)) return prefix;
  return path;
}

const prefixesOf = new WeakMap<Deps['modules'], readonly string[]>();

/** The modules' private prefixes, gathered once per module list (every page view, cached ones too, asks). */
function privatePrefixes(modules: Deps['modules']): readonly string[] {
  let prefixes = prefixesOf.get(modules);
  if (!prefixes) {
    prefixes = modules.flatMap((m) => m.privatePaths ?? []);
    prefixesOf.set(modules, prefixes);
  }
  return prefixes;
}

/**
 * Statistics without tracking: what people (not robots) read and download, counted after the answer
 * (cached pages included) without delaying it; the address only ever enters a salted daily hash.
 */
export function countPageView(
  deps: Pick<Deps, 'stats' | 'logger' | 'modules'>,
  tenant: TenantInfo,
  r: AnsweredRequest,
) {
  // A revalidated page (304) was read as much as a sent one.
  if (r.method !== 'GET' || (r.status !== 200 && r.status !== 304) || r.uncounted) return;
  const download = isDownloadPath(r.path);
  if (isLanguageNeutralPath(r.path) && !download) return;
  if (isRobot(r.userAgent)) return;
  const day = currentDay(tenant.timeZone);
  if (download) {
    deps.stats.count(tenant.id, day, 'download', r.path.slice('/daten/'.length));
    return;
  }
  if (!r.contentType.startsWith('text/html')) return;
  if (r.searchMiss)
    deps.stats.count(tenant.id, day, 'search_empty', r.searchMiss.toLowerCase().trim().slice(0, 100));
  let referrerHost: string | undefined;
  try {
    const host = new URL(r.referer ?? '').host;
    if (host && host !== r.host) referrerHost = host;
  } catch {
    referrerHost = undefined;
  }
  deps.stats
    .view({
      tenantId: tenant.id,
      day,
      path: statisticsPath(r.path, deps.modules),
      address: r.address,
      userAgent: r.userAgent ?? '',
      referrerHost,
      returning: !!r.consentSince && r.consentSince < day,
    })
    .catch((err) => deps.logger.error({ err }, 'statistics not counted'));
}
