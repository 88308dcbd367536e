/** @jsxImportSource hono/jsx */
import { langAttribute } from '../../platform/i18n/shipped.ts';
import type { JourneyContribution } from '../../platform/journey.ts';
import { projectsOfIdeas } from './projects.service.ts';

/** An idea's journey goes on into the projects that implement it (internal ones only for staff). */
export const projectsJourney: JourneyContribution = {
  from: 'idea',
  order: 10,
  async steps({ db, tenantId, actor, t, lang }, idea) {
    const projects = (await projectsOfIdeas(db, tenantId, [idea.id])).filter(
      (p) => p.visibility === 'public' || actor,
    );
    if (!projects.length) return [{ done: false, label: t('journey.noProjectYet') }];
    return projects.map((p) => ({
      done: true,
      label: t('journey.project'),
      date: p.createdAt,
      detail: (
        <a class="kern-link" href={`/projekte/${p.slug}`} lang={langAttribute(lang)}>
          {p.title}
        </a>
      ),
      next: { type: 'project', id: p.id },
    }));
  },
};
