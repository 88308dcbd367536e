import { CDO, RUNNING_PROJECTS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { agendaItems, agendas, agendaVersions } from './agendas.table.ts';

/**
 * The annual agenda: this year's adopted by the council in the autumn before (two versions), next year's
 * in draft. History, so written as it was.
 */
export const seedAgendas: SeedStep = async ({ db, tenantId, now, refs }) => {
  const cdo = refs.get('account', CDO);
  const running = RUNNING_PROJECTS.slice(0, 14).map((title) => refs.get('project', title));
  const year = now.getUTCFullYear();
  for (const [y, adopted] of [
    [year, true],
    [year + 1, false],
  ] as const) {
    const [agenda] = await db
      .insert(agendas)
      .values({
        tenantId,
        year: y,
        state: adopted ? 'adopted' : 'draft',
        submittedAt: adopted ? new Date(`${y - 1}-10-20T09:00:00Z`) : null,
        decisionDate: adopted ? `${y - 1}-11-13` : null,
        decisionReference: adopted ? `${String(y - 1).slice(2)}13081` : null,
        decidedText: adopted
          ? `Der Rat der Stadt Bonn beschließt die Agenda Digitale Verwaltung ${y} in der vorgelegten Fassung und beauftragt die Verwaltung, dem Ausschuss für Digitalisierung halbjährlich über den Stand zu berichten.`
          : null,
        adoptedVersion: adopted ? 2 : null,
        createdBy: cdo,
        createdAt: new Date(`${y - 1}-09-01T09:00:00Z`),
      })
      .returning();
    const picks = running.slice(adopted ? 0 : 4, adopted ? 10 : 14);
    for (const version of adopted ? [1, 2] : [1]) {
      const [v] = await db
        .insert(agendaVersions)
        .values({
          tenantId,
          agendaId: agenda!.id,
          version,
          title: `Agenda Digitale Verwaltung ${y}`,
          introduction: `Mit der Agenda ${y} setzt die Verwaltung ihre Digitalisierungsstrategie fort: mehr Leistungen online, die E-Akte in weiteren Ämtern und bessere Daten für Entscheidungen. Die Vorhaben sind nach dem Bewertungsmodell priorisiert.`,
          note: version === 1 ? 'Erster Entwurf' : 'Nach der Beratung im Verwaltungsvorstand ergänzt',
          createdBy: cdo,
          createdAt: new Date(`${y - 1}-${version === 1 ? '09-15' : '10-10'}T09:00:00Z`),
        })
        .returning();
      await db.insert(agendaItems).values(
        picks
          .slice(0, version === 1 ? Math.max(1, picks.length - 2) : picks.length)
          .map((subjectId, position) => ({
            tenantId,
            versionId: v!.id,
            subjectType: 'project' as const,
            subjectId,
            position,
          })),
      );
    }
  }
};
