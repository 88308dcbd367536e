import { CDO, OPEN_IDEAS, RUNNING_PROJECTS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { scoringModel } from './scoring.service.ts';
import { scores } from './scoring.table.ts';

/** A justification per criterion for a high, a middling and a low score. */
const REASONS: Record<string, [string, string, string]> = {
  'nutzen-buerger': [
    'Betrifft sehr viele Menschen im Alltag.',
    'Spürbar für eine bestimmte Gruppe.',
    'Vor allem intern sichtbar.',
  ],
  effizienz: [
    'Spart viele Arbeitsstunden in mehreren Ämtern.',
    'Weniger Papier und Wege.',
    'Nur geringe Entlastung.',
  ],
  klima: ['Weniger Fahrten und Papier.', 'Neutral für das Klima.', 'Mehr Geräte, aber Ersatz alter Technik.'],
  teilhabe: [
    'Barrierefrei und mehrsprachig geplant.',
    'Hilft Menschen ohne Zeit für Behördengänge.',
    'Kein besonderer Effekt.',
  ],
  machbarkeit: [
    'Technik ist erprobt, Partner vorhanden.',
    'Rechtliche Fragen noch offen.',
    'Abhängig von Landes-IT.',
  ],
  dauer: ['In wenigen Monaten umsetzbar.', 'Etwa ein Jahr.', 'Mehrjähriges Vorhaben.'],
  kosten: [
    'Geringe Kosten, vorhandene Lizenzen.',
    'Mittlere Investition.',
    'Hohe Investitions- und Folgekosten.',
  ],
};

/** The default scoring model, and justified scores three weeks old for open ideas and running projects. */
export const seedScoring: SeedStep = async ({ db, tenantId, now, rand, refs }) => {
  const model = await scoringModel(db, tenantId);
  const subjects = [
    ...OPEN_IDEAS.slice(0, 10).map((name) => ['idea', refs.get('idea', name)] as const),
    ...RUNNING_PROJECTS.slice(0, 14).map((title) => ['project', refs.get('project', title)] as const),
  ];
  const rows: (typeof scores.$inferInsert)[] = [];
  for (const [subjectType, subjectId] of subjects)
    for (const c of model.criteria) {
      const score = 1 + Math.floor(rand() * 5);
      rows.push({
        tenantId,
        subjectType,
        subjectId,
        criterionId: c.id,
        score,
        justification: REASONS[c.key]![score >= 4 ? 0 : score >= 2 ? 1 : 2],
        scoredBy: refs.get('account', CDO),
        scoredAt: new Date(now.getTime() - 20 * 86400_000),
      });
    }
  if (rows.length) await db.insert(scores).values(rows);
};
