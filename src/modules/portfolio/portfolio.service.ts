import type { Deps } from '../../platform/http/types.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import type { ShownText } from '../../platform/translation/translation.ts';
import { loadOrgTree } from '../orgs/orgs.service.ts';
import type { ProjectFilter } from '../projects/projects.schemas.ts';
import { type listProjects, type Project, STATUS_SHOWN_PHASES } from '../projects/projects.service.ts';
import { projectIdsWithAnyApprovedStatus, projectIdsWithLatestStatus } from '../reviews/reviews.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import type { Lookup } from './views/public.tsx';

/** Names of fields, pillars and offices for a tenant, for views that show ids as words; cached per tenant. */
/** Names of fields of action, pillars and offices for pages, in the reader's language where translated. */
export function loadLookup(deps: Deps, tenantId: string, lang: Lang = CONTENT_LANG) {
  return deps.cache.value(tenantId, `lookup:${lang}`, () => readLookup(deps, tenantId, lang));
}

async function readLookup(deps: Deps, tenantId: string, lang: Lang) {
  const [strategy, tree] = await Promise.all([
    cachedStrategy(deps, tenantId, lang),
    loadOrgTree(deps.database.db, tenantId),
  ]);
  const fields = new Map(
    strategy.flatMap((p) => p.fields.map((f) => [f.id, { field: f, pillar: p }] as const)),
  );
  const lookup: Lookup = {
    fieldName: (id) => fields.get(id)?.field.name ?? '',
    fieldLang: (id) => fields.get(id)?.field.nameLang ?? CONTENT_LANG,
    pillarName: (id) => fields.get(id)?.pillar.name ?? '',
    pillarLang: (id) => fields.get(id)?.pillar.nameLang ?? CONTENT_LANG,
    officeName: (id) => tree.byId.get(id)?.name ?? '',
  };
  return { strategy, tree, lookup };
}

export interface TimelineEvent {
  date: string;
  kind: 'start' | 'end' | 'milestone' | 'milestone_done' | 'status' | 'update' | 'stopped';
  title: string;
  /** The language of `title` where it is not the city's (a translated piece of news). */
  lang?: string;
  detail?: string;
}

/** The project's story in order: start, milestones, approved statuses, updates, end. */
export function buildTimeline(
  project: Pick<Project, 'startsOn' | 'endsOn' | 'phase' | 'stopReason' | 'updatedAt'>,
  milestones: readonly { title: string; dueOn: string; doneOn: string | null }[],
  statuses: readonly { period: string; overallStatus: string; progress: number; reviewedAt: Date | null }[],
  updates: readonly { title: string; publishedAt: Date; shown?: { title: ShownText } }[],
): TimelineEvent[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const events: TimelineEvent[] = [];
  if (project.startsOn) events.push({ date: project.startsOn, kind: 'start', title: '' });
  for (const m of milestones)
    events.push(
      m.doneOn
        ? { date: m.doneOn, kind: 'milestone_done', title: m.title }
        : { date: m.dueOn, kind: 'milestone', title: m.title },
    );
  for (const s of statuses)
    if (s.reviewedAt)
      events.push({
        date: day(s.reviewedAt),
        kind: 'status',
        title: s.period,
        detail: `${s.overallStatus}:${s.progress}`,
      });
  for (const u of updates)
    events.push({
      date: day(u.publishedAt),
      kind: 'update',
      title: u.shown?.title.text ?? u.title,
      ...(u.shown ? { lang: u.shown.title.lang } : {}),
    });
  if (project.phase === 'stopped')
    events.push({ date: day(project.updatedAt), kind: 'stopped', title: project.stopReason ?? '' });
  else if (project.endsOn) events.push({ date: project.endsOn, kind: 'end', title: '' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The project list's filters (pillar, field and office by key, status, phase, search) as a project query,
 * for the list and the roadmap alike; `strategy` and `tree` as loadLookup gives them.
 */
export async function projectQueryOf(
  deps: Deps,
  tenantId: string,
  filter: Pick<ProjectFilter, 'q' | 'pillar' | 'field' | 'office' | 'status' | 'phase'>,
  { strategy, tree }: Pick<Awaited<ReturnType<typeof loadLookup>>, 'strategy' | 'tree'>,
): Promise<Omit<Parameters<typeof listProjects>[2], 'publicOnly' | 'limit' | 'offset'>> {
  const { db } = deps.database;
  const pillar = strategy.find((p) => p.key === filter.pillar);
  const fieldRow = strategy.flatMap((p) => p.fields).find((f) => f.key === filter.field);
  const office = tree.offices().find((o) => o.code === filter.office);
  let fieldIds: string[] | undefined;
  if (fieldRow) fieldIds = [fieldRow.id];
  if (pillar)
    fieldIds = (fieldIds ?? pillar.fields.map((f) => f.id)).filter((id) =>
      pillar.fields.some((f) => f.id === id),
    );
  let idIn: string[] | undefined;
  let idNotIn: string[] | undefined;
  if (filter.status === 'none') idNotIn = await projectIdsWithAnyApprovedStatus(db, tenantId);
  else if (filter.status) idIn = await projectIdsWithLatestStatus(db, tenantId, filter.status);
  return {
    fieldIds,
    ownerOrgUnitId: office?.id,
    phase: filter.phase || undefined,
    phases: filter.status ? STATUS_SHOWN_PHASES : undefined,
    idIn,
    idNotIn,
    q: filter.q,
  };
}

/** The choices of the project filters: pillars, fields of action and offices, as loadLookup gives them. */
export function projectFilterOptions({
  strategy,
  tree,
}: Pick<Awaited<ReturnType<typeof loadLookup>>, 'strategy' | 'tree'>) {
  return {
    pillars: strategy.map((p) => ({ value: p.key, label: p.name, lang: p.nameLang })),
    fields: strategy.flatMap((p) => p.fields.map((f) => ({ value: f.key, label: f.name, lang: f.nameLang }))),
    offices: tree
      .offices()
      .filter((o) => o.code)
      .map((o) => ({ value: o.code!, label: o.name })),
  };
}
