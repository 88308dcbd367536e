import { CDO, TOPICS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { findProjectsByIds, listMilestones, setBudgetTotals } from '../projects/projects.service.ts';
import { budgetTotals } from './delivery.queries.ts';
import {
  projectBudgets,
  projectDependencies,
  projectPartners,
  projectRisks,
  projectUpdates,
} from './delivery.table.ts';

/** Partners by what a project is about (title keywords), with what they contribute. */
const PARTNER_RULES: [RegExp, string, string][] = [
  [/Daten|Data|OParl|Hackathon|App/, 'Code for Bonn', 'Ehrenamtliche Entwicklung und Tests'],
  [/Daten|Data|GovTech|Unternehmens|Gewerbe/, 'Digital Hub Bonn', 'Start-ups aus dem Netzwerk'],
  [
    /Luft|Sensor|Bewässerung|Hitze|Energie/,
    'Rheinische Friedrich-Wilhelms-Universität Bonn',
    'Wissenschaftliche Begleitung',
  ],
  [/Schul|Qualifizierung|Prozess/, 'Hochschule Bonn-Rhein-Sieg', 'Lehrmodule und Evaluation'],
  [/Glasfaser|WLAN|Parking|Laternen|Energie/, 'Stadtwerke Bonn', 'Netz und Betrieb'],
  [/Sperrmüll|Container/, 'bonnorange AöR', 'Fachverfahren und Touren'],
];

const RISKS: [string, number, number, string][] = [
  ['Fachkräfte für die Umsetzung fehlen', 3, 2, 'Externe Unterstützung über Rahmenvertrag, Schulung im Team'],
  [
    'Schnittstelle des Fachverfahrens nicht verfügbar',
    2,
    3,
    'Frühe Abstimmung mit dem Hersteller, Übergangslösung per Export',
  ],
  [
    'Datenschutzprüfung dauert länger als geplant',
    2,
    2,
    'Datenschutzbeauftragte früh einbinden, Muster-DSFA nutzen',
  ],
  [
    'Akzeptanz bei den Beschäftigten gering',
    2,
    2,
    'Pilotamt mit Multiplikatorinnen, Schulungen vor dem Start',
  ],
];

/**
 * The delivery side of the demo projects: budget per year (spending follows the years that have passed),
 * partners (Digital Hub members among them), risks, public and internal news, and the dependencies of
 * online applications on the e-file.
 */
export const seedDelivery: SeedStep = async ({ db, tenantId, today, rand, refs }) => {
  const author = refs.get('account', CDO);
  const ids = TOPICS.flatMap((t) => (t.project ? [refs.get('project', t.project.title)] : []));
  const byId = new Map((await findProjectsByIds(db, tenantId, ids)).map((p) => [p.id, p]));
  const rows = ids.map((id) => byId.get(id)!);
  const year = Number(today.slice(0, 4));
  const eFile = rows.find((p) => p.title === 'Einführung der E-Akte');
  let riskIndex = 0;
  for (const p of rows) {
    const own = await listMilestones(db, tenantId, p.id);
    const reached = own.filter((m) => m.doneOn).at(-1);
    const next = own.find((m) => !m.doneOn);
    const spending = p.phase !== 'planned' && p.phase !== 'stopped';

    if (p.budgetPlanned && p.startsOn && p.endsOn) {
      const from = Number(p.startsOn.slice(0, 4));
      const to = Number(p.endsOn.slice(0, 4));
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const perYear = Number(p.budgetPlanned) / years.length;
      await db.insert(projectBudgets).values(
        years.map((y) => {
          const factor = !spending ? 0 : y < year ? 0.85 + rand() * 0.2 : y === year ? 0.5 + rand() * 0.3 : 0;
          return {
            tenantId,
            projectId: p.id,
            year: y,
            planned: perYear.toFixed(2),
            spent: (perYear * factor).toFixed(2),
          };
        }),
      );
      await setBudgetTotals(db, tenantId, p.id, await budgetTotals(db, tenantId, p.id));
    }

    const links = PARTNER_RULES.filter(([re]) => re.test(p.title)).flatMap(([, name, contribution]) => {
      const partnerId = refs.find('partner', name);
      return partnerId ? [{ tenantId, projectId: p.id, partnerId, contribution }] : [];
    });
    const unique = [...new Map(links.map((l) => [l.partnerId, l])).values()];
    if (unique.length) await db.insert(projectPartners).values(unique);

    if (p.phase === 'in_progress' || p.phase === 'paused') {
      const [title, probability, impact, mitigation] = RISKS[riskIndex++ % RISKS.length]!;
      await db
        .insert(projectRisks)
        .values({ tenantId, projectId: p.id, title, probability, impact, mitigation });
      const published = new Date(
        Date.parse(`${today}T10:00:00Z`) - (10 + Math.floor(rand() * 40)) * 86_400_000,
      );
      await db.insert(projectUpdates).values({
        tenantId,
        projectId: p.id,
        title: reached ? `Geschafft: ${reached.title}` : 'Das Projekt ist gestartet',
        body: `${reached ? 'Das Projektteam hat einen Meilenstein erreicht.' : 'Das Projektteam hat die Arbeit aufgenommen.'} Als Nächstes: ${next?.title ?? 'die Einführung in den Ämtern'}.`,
        visibility: p.visibility === 'internal' ? 'internal' : 'public',
        authorAccountId: p.leadAccountId ?? author,
        publishedAt: published,
      });
      if (riskIndex % 3 === 0)
        await db.insert(projectUpdates).values({
          tenantId,
          projectId: p.id,
          title: 'Abstimmung mit dem Personalrat',
          body: 'Die Dienstvereinbarung zur Einführung ist im Entwurf; der Personalrat hat Änderungswünsche zur Protokollierung.',
          visibility: 'internal',
          authorAccountId: p.leadAccountId ?? author,
          publishedAt: new Date(published.getTime() + 5 * 86_400_000),
        });
    }
    // Online applications need the e-file behind them.
    if (
      eFile &&
      p.id !== eFile.id &&
      /online|Online|digital|Digital/.test(p.title) &&
      /antrag|Antrag|Urkunden|Wohngeld|Gewerbe|Wohnsitz/.test(p.title)
    )
      await db.insert(projectDependencies).values({
        tenantId,
        projectId: p.id,
        dependsOnId: eFile.id,
        note: 'Anträge landen digital in der Akte',
      });
  }
};
