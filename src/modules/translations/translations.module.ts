import type { Deps } from '../../platform/http/types.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import { CONTENT_CHANGED, type TranslatableSubject } from '../../platform/translation/translation.ts';
import { listTenants } from '../orgs/orgs.service.ts';
import * as messages from './translations.messages.ts';
import { TRANSLATION_PERMISSIONS } from './translations.policy.ts';
import { translationsRoutes } from './translations.routes.tsx';
import { tellTranslationStopped, translateMissing, translationSettings } from './translations.service.ts';

/**
 * Machine translation of the city's content into the portal's languages, in jobs after the events that
 * publish or change it (never while a page is shown). The subjects come from the modules' manifests
 * (`translatable`), handed over by the module list: this module imports none of them.
 */
export function translationsModule(subjects: readonly TranslatableSubject[]): ModuleManifest {
  const byEvent = new Map<string, TranslatableSubject[]>();
  for (const s of subjects) for (const e of s.events ?? []) byEvent.set(e, [...(byEvent.get(e) ?? []), s]);
  // A module's own events name their subjects; `content.changed` names the record type it is about.
  const subjectsOf = (event: { type: string; subjectType: string }) =>
    event.type === CONTENT_CHANGED
      ? subjects.filter((s) => s.type === event.subjectType)
      : (byEvent.get(event.type) ?? []);
  return {
    name: 'translations',
    layer: 'pages',
    messages,
    permissions: TRANSLATION_PERMISSIONS,
    nav: [
      {
        area: 'internal',
        href: '/intern/uebersetzungen',
        label: 'nav.internal.translations',
        order: 190,
        roles: TRANSLATION_PERMISSIONS['translation:review'],
      },
    ],
    routes: (deps) => translationsRoutes(deps, subjects),
    events: {
      consume: [
        {
          name: 'translate-changed',
          on: [...byEvent.keys(), CONTENT_CHANGED],
          consumer: async (deps: Deps, event) => {
            for (const s of subjectsOf(event))
              await deps.jobs.send(
                'translate-subject',
                { tenantId: event.tenantId, type: s.type, ids: [event.subjectId] },
                { singletonKey: `${event.tenantId}:${s.type}:${event.subjectId}` },
              );
          },
        },
      ],
    },
    jobs: (deps) => [
      {
        name: 'translate-subject',
        expireInSeconds: 1800,
        handler: (data: { tenantId: string; type: string; ids: string[] }) =>
          translateMissing(deps.database.db, translationSettings(deps), subjects, data.tenantId, {
            type: data.type,
            ids: data.ids,
          }).then(async (run) => {
            if (run.translated) deps.cache.invalidate(data.tenantId);
            if (run.stoppedNow) await tellTranslationStopped(deps, data.tenantId, run.stopped!);
            return run;
          }),
      },
      {
        // Whatever an event missed (a job that failed, a provider that was down, a new language): at night.
        name: 'translate-missing',
        cron: '30 2 * * *',
        expireInSeconds: 3600,
        handler: async () => {
          const settings = translationSettings(deps);
          for (const tenant of await listTenants(deps.database.db)) {
            const run = await translateMissing(deps.database.db, settings, subjects, tenant.id);
            if (run.translated) deps.cache.invalidate(tenant.id);
            if (run.stoppedNow) await tellTranslationStopped(deps, tenant.id, run.stopped!);
          }
        },
      },
    ],
  };
}
