import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, inArray } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import { agendaItems, agendas, agendaVersions } from '../modules/agendas/agendas.table.ts';
import { abuseReports, comments, supports } from '../modules/comments/comments.table.ts';
import { ideaProposals, ideas } from '../modules/ideas/ideas.table.ts';
import { createAccount, createTenant, findTenantBySlug } from '../modules/orgs/orgs.service.ts';
import { orgUnits, partners } from '../modules/orgs/orgs.table.ts';
import { slugify } from '../modules/projects/projects.service.ts';
import { milestones, projects } from '../modules/projects/projects.table.ts';
import { importProposalsCsv } from '../modules/proposals/proposals.import.ts';
import { ensureProcess, newReference } from '../modules/proposals/proposals.service.ts';
import { AUTHOR_KINDS, proposals } from '../modules/proposals/proposals.table.ts';
import { progressReportItems, progressReports } from '../modules/reports/reports.table.ts';
import { createCycle, periodBounds } from '../modules/reviews/cycles.service.ts';
import { reviewCycles, statusReports } from '../modules/reviews/reviews.table.ts';
import { scoringModel } from '../modules/scoring/scoring.service.ts';
import { scores } from '../modules/scoring/scoring.table.ts';
import { maturityModels } from '../modules/services/services.service.ts';
import { onlineServices, serviceProjects } from '../modules/services/services.table.ts';
import {
  charterGuidelines,
  createFieldOfAction,
  createPillar,
} from '../modules/strategy/strategy.service.ts';
import {
  fieldsOfAction,
  goalGuidelines,
  goals,
  kpiMeasurements,
  kpis,
} from '../modules/strategy/strategy.table.ts';
import { processes, trainingParticipations, trainings } from '../modules/workforce/workforce.table.ts';
import { workshopProposals, workshops } from '../modules/workshops/workshops.table.ts';
import { addDays } from '../platform/dates.ts';
import { settlePendingEvents } from '../platform/events.ts';
import {
  BONN,
  DEMO_ACCOUNTS,
  GOALS,
  KPIS,
  ORG,
  ORGANISATIONS,
  PARTNERS,
  PILLARS,
  SERVICES,
  TITLE_VARIANTS,
  TOPICS,
  VOICES,
} from './bonn.ts';
import { seedDelivery } from './delivery.ts';
import { seedReviewControl } from './review-control.ts';

export const RADDIALOG_CSV = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'demo',
  'raddialog-bonn-2017.csv',
);
export const RADDIALOG = {
  slug: 'raddialog-2017',
  title: 'Bonner Rad-Dialog 2017',
  description: 'Online-Dialog zum Radverkehr in Bonn vom 13. September bis 18. Oktober 2017.',
  startsOn: '2017-09-13',
  endsOn: '2017-10-18',
  attribution: 'Raddialog der Stadt Bonn 2017, CC BY 4.0; labels: CIMT, HHU Düsseldorf',
};

/** A small deterministic generator, so the demo is the same on every machine. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (iso: string) => new Date(`${iso}T09:00:00+01:00`);

/** Seeds the Bonn demo on an empty database and prints the demo password once. */
export async function seedDemoIfEmpty(database: Database, config: Config, print: (line: string) => void) {
  if (await findTenantBySlug(database.db, BONN.slug)) return false;
  const started = Date.now();
  print(
    'Empty database: creating the Bonn demo (about 40 projects, 350 proposals, the 2017 cycling dialogue) …',
  );
  const password = randomBytes(12).toString('base64url');
  const { tenantId } = await seedBonn(
    database.db,
    password,
    config.env === 'test' ? new Date('2026-11-29T12:00:00Z') : new Date(),
  );
  print(`Importing the Bonner Rad-Dialog 2017 (2,314 contributions) …`);
  const mobility = await fieldId(database.db, tenantId, 'mobilitaet');
  await importProposalsCsv(database.db, RADDIALOG_CSV, {
    tenantId,
    process: RADDIALOG,
    fieldOfActionId: mobility,
    publish: true,
    numberPrefix: 'RAD',
  });
  // The demo is history: none of its events may send mail once the server runs.
  await settlePendingEvents(database.db, tenantId);
  await database.analyze();
  const lines = [
    '',
    '────────────────────────────────────────────────────────────',
    ' Rathaus demo accounts (shown once; also in DATA_DIR/demo-accounts.txt)',
    ` Password for all of them: ${password}`,
    ...DEMO_ACCOUNTS.map(([email, name, role]) => `   ${email.padEnd(26)} ${role.padEnd(16)} ${name}`),
    '────────────────────────────────────────────────────────────',
    '',
  ];
  for (const l of lines) print(l);
  if (database.engine === 'pglite')
    writeFileSync(path.join(config.dataDir, 'demo-accounts.txt'), `${lines.join('\n')}\n`, { mode: 0o600 });
  print(`Demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

async function fieldId(db: Db, tenantId: string, key: string) {
  const [row] = await db
    .select()
    .from(fieldsOfAction)
    .where(and(eq(fieldsOfAction.tenantId, tenantId), eq(fieldsOfAction.key, key)));
  return row!.id;
}

/** Everything of the Bonn demo except the CSV import; `now` decides which milestones are done. */
export async function seedBonn(
  db: Db,
  password: string,
  now: Date,
  hosts = ['localhost', '127.0.0.1'],
  slug = BONN.slug,
) {
  const today = now.toISOString().slice(0, 10);
  const rand = rng(2017);
  const tenant = await createTenant(
    db,
    { slug, name: BONN.name, cityName: BONN.cityName, hosts },
    BONN.settings,
  );
  const tenantId = tenant.id;

  // Strategy
  const fieldIds = new Map<string, string>();
  for (const [i, p] of PILLARS.entries()) {
    const pillar = await createPillar(db, tenantId, {
      key: p.key,
      name: p.name,
      description: p.description,
      position: i,
    });
    for (const [j, [key, name, description]] of p.fields.entries()) {
      const f = await createFieldOfAction(db, tenantId, {
        pillarId: pillar.id,
        key,
        name,
        description,
        position: j,
      });
      fieldIds.set(key, f.id);
    }
  }

  // Organisation
  const [root] = await db
    .insert(orgUnits)
    .values({ tenantId, kind: 'administration', name: 'Stadtverwaltung Bonn' })
    .returning();
  const unitIds = new Map<string, string>();
  for (const d of ORG) {
    const [dep] = await db
      .insert(orgUnits)
      .values({ tenantId, parentId: root!.id, kind: 'department', code: d.code, name: d.name })
      .returning();
    unitIds.set(d.code, dep!.id);
    for (const [code, name] of d.offices) {
      const [office] = await db
        .insert(orgUnits)
        .values({ tenantId, parentId: dep!.id, kind: 'office', code, name })
        .returning();
      unitIds.set(code, office!.id);
    }
  }
  await db
    .insert(partners)
    .values(PARTNERS.map(([name, kind, hub]) => ({ tenantId, name, kind, digitalHubMember: hub })));

  const accountIds = new Map<string, string>();
  for (const [email, name, role, unit] of DEMO_ACCOUNTS) {
    const a = await createAccount(db, tenantId, {
      email,
      displayName: name,
      password,
      isDemo: true,
      roles: [{ role, orgUnitId: unit ? unitIds.get(unit)! : null }],
    });
    accountIds.set(email, a.id);
  }
  const leadFor = (office: string) => {
    const hit = DEMO_ACCOUNTS.find(([, , role, unit]) => role === 'project_lead' && unit === office);
    return hit ? accountIds.get(hit[0])! : null;
  };
  const cdo = accountIds.get('cdo@bonn.example')!;
  const moderator = accountIds.get('moderation@bonn.example')!;

  // Goals, the Smart City Charter and KPIs with their measurements.
  const guidelines = new Map((await charterGuidelines(db, tenantId)).map((g) => [g.key, g.id]));
  const goalIds = new Map<string, string>();
  for (const [gi, [fieldKey, title, subs, charter]] of GOALS.entries()) {
    const [goal] = await db
      .insert(goals)
      .values({ tenantId, fieldOfActionId: fieldIds.get(fieldKey)!, title, position: gi })
      .returning();
    goalIds.set(title, goal!.id);
    await db
      .insert(goalGuidelines)
      .values(charter.map((key) => ({ tenantId, goalId: goal!.id, guidelineId: guidelines.get(key)! })));
    for (const [si, sub] of subs.entries())
      await db.insert(goals).values({
        tenantId,
        fieldOfActionId: fieldIds.get(fieldKey)!,
        parentId: goal!.id,
        title: sub,
        position: si,
      });
  }
  for (const k of KPIS) {
    const { values, office, field, goal, ...rest } = k;
    const [kpi] = await db
      .insert(kpis)
      .values({
        tenantId,
        ...rest,
        ownerOrgUnitId: unitIds.get(office)!,
        fieldOfActionId: fieldIds.get(field)!,
        goalId: goalIds.get(goal)!,
      })
      .returning();
    await db.insert(kpiMeasurements).values(
      values.map(([measuredOn, value]) => ({
        tenantId,
        kpiId: kpi!.id,
        measuredOn,
        value,
        createdBy: cdo,
      })),
    );
  }

  // Participation 2016 ▸ proposals ▸ ideas
  const process = await ensureProcess(db, tenantId, {
    slug: 'digitales-bonn-2016',
    title: 'Digitales Bonn 2016',
    description:
      'Beteiligungsverfahren zur Digitalisierungsstrategie: Unternehmen, Wissenschaft, Behörden, Vereine und Bürgerschaft reichten Vorschläge ein.',
    startsOn: '2016-09-01',
    endsOn: '2016-11-30',
  });
  // A co-creation workshop of the 2016 process; its proposals carry it as their source.
  const [workshop] = await db
    .insert(workshops)
    .values({
      tenantId,
      title: 'Zukunftswerkstatt „Digitales Bonn“',
      heldOn: '2016-10-12',
      place: 'Altes Rathaus, Markt 2, Bonn',
      organiser: 'Stadt Bonn, Stabsstelle Digitalisierung, mit dem Digital Hub Bonn',
      participants: 64,
      processId: process.id,
      createdBy: moderator,
      createdAt: day('2016-10-13'),
    })
    .returning();
  const projectByTopic = new Map<number, string>();
  let kindIndex = 0;
  for (const [ti, topic] of TOPICS.entries()) {
    const rows: (typeof proposals.$inferInsert)[] = [];
    for (let v = 0; v < 5; v++) {
      const kind = AUTHOR_KINDS[kindIndex++ % AUTHOR_KINDS.length]!;
      const voices = VOICES[kind]!;
      const orgs = ORGANISATIONS[kind];
      const created = new Date(
        day('2016-09-05').getTime() + Math.floor(rand() * 85) * 86400_000 + Math.floor(rand() * 36_000_000),
      );
      rows.push({
        tenantId,
        number: newReference('V'),
        processId: process.id,
        title: TITLE_VARIANTS[v]!.replace('{t}', topic.title),
        body: `${topic.body} ${voices[Math.floor(rand() * voices.length)]}`,
        authorKind: kind,
        organisationName: orgs ? orgs[Math.floor(rand() * orgs.length)]! : null,
        fieldOfActionId: fieldIds.get(topic.field)!,
        state: 'published',
        publishedAt: new Date(created.getTime() + 2 * 86400_000),
        moderatedBy: moderator,
        moderatedAt: new Date(created.getTime() + 2 * 86400_000),
        createdAt: created,
      });
    }
    const inserted = await db.insert(proposals).values(rows).returning({ id: proposals.id });
    // Every fourth topic's first proposal came out of the workshop.
    if (ti % 4 === 0)
      await db.insert(workshopProposals).values({
        tenantId,
        workshopId: workshop!.id,
        proposalId: inserted[0]!.id,
        createdAt: rows[0]!.createdAt,
      });
    // Project topics and the first dozen other topics were condensed into ideas in 2017.
    const condensed = topic.project || ti < 50;
    if (!condensed) continue;
    const linkedAt = day(`2017-0${1 + (ti % 6)}-1${ti % 9}`);
    const [idea] = await db
      .insert(ideas)
      .values({
        tenantId,
        number: newReference('I'),
        title: topic.title,
        description: topic.body,
        fieldOfActionId: fieldIds.get(topic.field)!,
        state: topic.project ? 'in_project' : 'open',
        createdBy: cdo,
        createdAt: linkedAt,
      })
      .returning();
    await db
      .insert(ideaProposals)
      .values(
        inserted.map((r) => ({ tenantId, ideaId: idea!.id, proposalId: r.id, linkedBy: cdo, linkedAt })),
      );
    await db
      .update(proposals)
      .set({ state: 'merged' })
      .where(
        and(
          eq(proposals.tenantId, tenantId),
          eq(proposals.processId, process.id),
          eq(proposals.state, 'published'),
          inIds(inserted.map((r) => r.id)),
        ),
      );
    if (topic.project) projectByTopic.set(ti, idea!.id);
  }

  // Recent submissions waiting for moderation, and two hidden ones.
  const recent = [
    [
      'Mehr Fahrradbügel am Hauptbahnhof',
      'Am Hauptbahnhof fehlen sichere Abstellmöglichkeiten. Bitte mehr Bügel und eine überdachte Radstation.',
      'citizen',
    ],
    [
      'Digitale Anmeldung für Schwimmkurse',
      'Die Plätze in Schwimmkursen sind nach Minuten weg. Eine faire Online-Anmeldung mit Losverfahren wäre besser.',
      'citizen',
    ],
    [
      'Sensoren für Parkplätze an Schulen',
      'Elterntaxis blockieren morgens die Straßen. Sensoren und Hol- und Bringzonen könnten helfen.',
      'ngo',
    ],
    [
      'Open-Source-Software gemeinsam mit anderen Städten',
      'Städte sollten Software gemeinsam entwickeln und teilen, statt sie jeweils einzeln zu kaufen.',
      'company',
    ],
    [
      'Prüfung von KI für die Bearbeitung einfacher Anträge',
      'Einfache Anträge könnten mit KI vorsortiert werden – transparent und mit menschlicher Entscheidung.',
      'science',
    ],
    [
      'Digitale Stadtführungen für Touristen',
      'Audioguides und Karten zu Beethoven, Bundesviertel und Rheinufer in mehreren Sprachen.',
      'startup',
    ],
    [
      'Bessere Abstimmung der Baustellen mit den Stadtwerken',
      'Dieselbe Straße wird oft zweimal aufgerissen. Ein gemeinsames Baustellenkataster würde das verhindern.',
      'authority',
    ],
    [
      'Onlineformular für Sondernutzungen',
      'Für einen Infostand braucht man eine Sondernutzungserlaubnis – das Formular sollte online sein.',
      'ngo',
    ],
    [
      'Schnelleres WLAN in der Stadtbibliothek',
      'Im Lesesaal bricht das WLAN oft zusammen, besonders in der Prüfungszeit.',
      'citizen',
    ],
    [
      'Interne Wissensdatenbank für alle Ämter',
      'Viele Fragen werden in jedem Amt neu beantwortet. Eine gemeinsame Wissensdatenbank spart Zeit.',
      'staff',
    ],
  ] as const;
  await db.insert(proposals).values(
    recent.map(([title, body, kind], i) => ({
      tenantId,
      number: newReference('V'),
      title,
      body,
      authorKind: kind,
      organisationName: ORGANISATIONS[kind]?.[0] ?? null,
      state: 'submitted' as const,
      createdAt: new Date(now.getTime() - (i + 1) * 7_200_000),
    })),
  );
  await db.insert(proposals).values(
    [
      [
        'Günstige Kredite – jetzt anfragen!!!',
        'Beste Konditionen für alle, einfach auf den Link klicken und Geld sparen.',
      ],
      ['test test', 'Dies ist nur ein Test und kein echter Vorschlag für die Stadt Bonn.'],
    ].map(([title, body], i) => ({
      tenantId,
      number: newReference('V'),
      title: title!,
      body: body!,
      authorKind: 'citizen' as const,
      state: 'hidden' as const,
      moderationReason: i === 0 ? 'Werbung (Spam)' : 'Kein inhaltlicher Beitrag',
      moderatedBy: moderator,
      moderatedAt: new Date(now.getTime() - 86_400_000),
      createdAt: new Date(now.getTime() - 2 * 86_400_000),
    })),
  );

  // Supports and a conversation on the published proposals that are still open for condensing.
  const open = await db
    .select({ id: proposals.id, createdAt: proposals.createdAt })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        eq(proposals.processId, process.id),
        eq(proposals.state, 'published'),
      ),
    );
  const supporters = [...accountIds.values()];
  const supportRows: (typeof supports.$inferInsert)[] = [];
  for (const p of open)
    for (const accountId of supporters)
      if (rand() < 0.3) supportRows.push({ tenantId, proposalId: p.id, accountId, createdAt: p.createdAt });
  if (supportRows.length) await db.insert(supports).values(supportRows);
  const citizen = accountIds.get('buergerin@bonn.example')!;
  const partner = accountIds.get('partner@bonn.example')!;
  const staff = accountIds.get('mitarbeit@bonn.example')!;
  const talk = open.slice(0, 3);
  for (const [i, p] of talk.entries()) {
    const [first] = await db
      .insert(comments)
      .values({
        tenantId,
        proposalId: p.id,
        accountId: citizen,
        body: [
          'Das würde mir viele Wege ins Bürgeramt sparen. Wichtig wäre, dass es auch auf dem Handy gut funktioniert.',
          'Gute Idee! Bitte auch an Menschen denken, die nicht so gut Deutsch sprechen.',
          'In Köln gibt es das schon – vielleicht kann man sich dort etwas abschauen?',
        ][i]!,
        state: 'published',
        moderatedBy: moderator,
        moderatedAt: new Date(p.createdAt.getTime() + 3 * 86400_000),
        createdAt: new Date(p.createdAt.getTime() + 2 * 86400_000),
      })
      .returning();
    await db.insert(comments).values({
      tenantId,
      proposalId: p.id,
      parentId: first!.id,
      accountId: i === 1 ? staff : partner,
      body:
        i === 1
          ? 'Danke für den Hinweis. Die Online-Dienste sollen nach und nach in Leichter Sprache und auf Englisch angeboten werden.'
          : 'Der Digital Hub bringt gern Start-ups mit Erfahrung in mobilen Anwendungen ein.',
      state: 'published',
      moderatedBy: moderator,
      moderatedAt: new Date(p.createdAt.getTime() + 5 * 86400_000),
      createdAt: new Date(p.createdAt.getTime() + 4 * 86400_000),
    });
  }
  if (talk[0]) {
    await db.insert(comments).values({
      tenantId,
      proposalId: talk[0].id,
      accountId: partner,
      body: 'Wir könnten dazu im nächsten Meetup des Digital Hub einen Prototyp zeigen.',
      state: 'submitted',
      createdAt: new Date(now.getTime() - 3_600_000),
    });
    const [rude] = await db
      .insert(comments)
      .values({
        tenantId,
        proposalId: talk[0].id,
        accountId: citizen,
        body: 'Das klappt doch eh nie, die Verwaltung kriegt ja nicht mal ihre Website hin.',
        state: 'published',
        moderatedBy: moderator,
        moderatedAt: new Date(now.getTime() - 86_400_000),
        createdAt: new Date(now.getTime() - 2 * 86_400_000),
      })
      .returning();
    await db.insert(abuseReports).values({
      tenantId,
      entityType: 'comment',
      entityId: rude!.id,
      reason: 'Unsachlich und pauschal abwertend',
      createdAt: new Date(now.getTime() - 7_200_000),
    });
  }

  // Review cycles: five closed quarters and the current one open.
  const currentQuarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  const periods: string[] = [];
  {
    let [y, q] = [now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) + 1];
    for (let i = 0; i < 6; i++) {
      periods.unshift(`${y}-Q${q}`);
      q--;
      if (q === 0) [y, q] = [y - 1, 4];
    }
  }
  const cycles = [];
  for (const period of periods)
    cycles.push(
      await createCycle(
        db,
        tenantId,
        null,
        { period, level: 'office', open: period === currentQuarter },
        { system: true },
      ),
    );
  for (const c of cycles.filter((x) => x.period !== currentQuarter))
    await db
      .update(reviewCycles)
      .set({ state: 'closed' })
      .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, c.id)));

  // Projects with milestones and their approved status over the cycles.
  const heads = new Map(
    DEMO_ACCOUNTS.filter(([, , r]) => r === 'office_head').map(([email, , , unit]) => [
      unit!,
      accountIds.get(email)!,
    ]),
  );
  for (const [ti, ideaId] of projectByTopic) {
    const topic = TOPICS[ti]!;
    const p = topic.project!;
    const lead = leadFor(p.office);
    const created = day(p.start);
    const [project] = await db
      .insert(projects)
      .values({
        tenantId,
        slug: slugify(p.title),
        title: p.title,
        summary: p.summary,
        description: `${p.summary}\n\nHervorgegangen aus dem Beteiligungsverfahren „Digitales Bonn 2016“: ${topic.body}`,
        fieldOfActionId: fieldIds.get(topic.field)!,
        ownerOrgUnitId: unitIds.get(p.office)!,
        leadAccountId: lead,
        ideaId,
        phase: p.phase,
        startsOn: p.start,
        endsOn: p.end,
        budgetPlanned: String(p.budget),
        budgetSpent: String(
          Math.round(
            p.budget * (p.phase === 'completed' ? 0.97 : p.phase === 'planned' ? 0 : 0.2 + rand() * 0.5),
          ),
        ),
        quickWin: p.quickWin ?? false,
        visibility: p.internal ? 'internal' : 'public',
        createdAt: created,
        updatedAt: created,
      })
      .returning();
    const span = (new Date(p.end).getTime() - new Date(p.start).getTime()) / 86400_000;
    const ms = p.milestones.map((title, i) => {
      const due = addDays(p.start, Math.round((span * (i + 1)) / p.milestones.length));
      const late = rand() < 0.15;
      return {
        tenantId,
        projectId: project!.id,
        title,
        dueOn: due,
        doneOn: due <= today && !late && p.phase !== 'paused' ? addDays(due, -Math.floor(rand() * 10)) : null,
      };
    });
    await db.insert(milestones).values(ms);
    const risk = rand();
    for (const [ci, cycle] of cycles.entries()) {
      const { startsOn, endsOn } = periodBounds(cycle.period);
      if (p.start > endsOn) continue;
      // A project finished before reviews began gets its final report in the first cycle.
      if (p.phase === 'completed' && p.end < startsOn && !(ci === 0)) continue;
      const isOpen = cycle.period === currentQuarter;
      if (isOpen && !['66', '33', '12', '67'].includes(p.office)) continue;
      const elapsed = Math.min(
        1,
        Math.max(0, (new Date(endsOn).getTime() - new Date(p.start).getTime()) / 86400_000 / span),
      );
      const finished = p.phase === 'completed' && p.end <= endsOn;
      const status = finished
        ? 'on_track'
        : p.phase === 'paused'
          ? 'at_risk'
          : risk < 0.12 && ci >= 3
            ? 'off_track'
            : risk < 0.3 && ci >= 2
              ? 'at_risk'
              : 'on_track';
      const progress = finished
        ? 100
        : p.phase === 'planned'
          ? 0
          : Math.min(95, Math.round(elapsed * 90 + rand() * 8));
      const submitted = new Date(new Date(`${cycle.dueOn}T08:00:00Z`).getTime() - 5 * 86400_000);
      await db.insert(statusReports).values({
        tenantId,
        projectId: project!.id,
        cycleId: cycle.id,
        overallStatus: status,
        progress,
        summary: summaryFor(
          status,
          progress,
          p.milestones[Math.min(p.milestones.length - 1, Math.floor(elapsed * p.milestones.length))]!,
        ),
        state: isOpen ? 'submitted' : 'approved_office',
        submittedBy: lead ?? cdo,
        submittedAt: isOpen ? new Date(now.getTime() - 86_400_000) : submitted,
        reviewedBy: isOpen ? null : (heads.get(p.office) ?? cdo),
        reviewedAt: isOpen ? null : new Date(submitted.getTime() + 3 * 86400_000),
      });
    }
  }
  await seedDelivery(db, tenantId, today, rand, cdo);
  await seedReviewControl(db, { tenantId, officeCycles: cycles, currentQuarter, today, accountIds, unitIds });

  // Prioritisation: the default model, and justified scores for running projects and open ideas.
  const model = await scoringModel(db, tenantId);
  const REASONS: Record<string, string[]> = {
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
    klima: [
      'Weniger Fahrten und Papier.',
      'Neutral für das Klima.',
      'Mehr Geräte, aber Ersatz alter Technik.',
    ],
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
  const scoreRows: (typeof scores.$inferInsert)[] = [];
  const openIdeas = await db
    .select({ id: ideas.id })
    .from(ideas)
    .where(and(eq(ideas.tenantId, tenantId), eq(ideas.state, 'open')))
    .limit(10);
  const running = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), inArray(projects.phase, ['planned', 'in_progress'])))
    .limit(14);
  for (const [type, list] of [
    ['idea', openIdeas],
    ['project', running],
  ] as const)
    for (const s of list)
      for (const c of model.criteria) {
        const score = 1 + Math.floor(rand() * 5);
        const reasons = REASONS[c.key]!;
        scoreRows.push({
          tenantId,
          subjectType: type,
          subjectId: s.id,
          criterionId: c.id,
          score,
          justification: reasons[score >= 4 ? 0 : score >= 2 ? 1 : 2]!,
          scoredBy: cdo,
          scoredAt: new Date(now.getTime() - 20 * 86400_000),
        });
      }
  if (scoreRows.length) await db.insert(scores).values(scoreRows);

  // The online service catalogue on the OZG 2.0 maturity model.
  const { active: maturity } = await maturityModels(db, tenantId);
  const serviceRows = await db
    .insert(onlineServices)
    .values(
      SERVICES.map(([leikaKey, name, office, level]) => ({
        tenantId,
        leikaKey,
        name,
        officeId: unitIds.get(office)!,
        url: level >= 3 ? `https://www.bonn.de/service/${slugify(name)}` : null,
        modelId: maturity.id,
        level,
      })),
    )
    .returning({ id: onlineServices.id, level: onlineServices.level });
  const raising = running.slice(0, 3);
  await db.insert(serviceProjects).values(
    serviceRows
      .filter((s) => s.level <= 4)
      .slice(0, 6)
      .map((s, i) => ({ tenantId, serviceId: s.id, projectId: raising[i % raising.length]!.id })),
  );

  const year = now.getUTCFullYear();
  // The process map and the trainings.
  const PROCESSES: [string, string, 'analog' | 'partly_digital' | 'end_to_end', boolean][] = [
    ['33', 'Anmeldung einer Wohnung', 'end_to_end', true],
    ['33', 'Ausstellung eines Personalausweises', 'partly_digital', false],
    ['33', 'Gewerbeanmeldung', 'end_to_end', true],
    ['33', 'Wohngeldantrag', 'partly_digital', false],
    ['66', 'Aufgrabungsgenehmigung', 'partly_digital', true],
    ['66', 'Sondernutzungserlaubnis', 'analog', false],
    ['66', 'Baustellenkoordination', 'partly_digital', false],
    ['67', 'Baumfällgenehmigung', 'analog', false],
    ['67', 'Sperrmüllabholung', 'end_to_end', true],
    ['10', 'Stellenbesetzung', 'partly_digital', true],
    ['10', 'Reisekostenabrechnung', 'analog', false],
    ['12', 'IT-Beschaffung', 'partly_digital', false],
  ];
  await db.insert(processes).values(
    PROCESSES.map(([office, name, digitalState, redesigned]) => ({
      tenantId,
      officeId: unitIds.get(office)!,
      name,
      digitalState,
      redesigned,
    })),
  );
  const staffIds = [...accountIds.entries()]
    .filter(([email]) => /^(leitung|amt|mitarbeit)/.test(email))
    .map(([, id]) => id);
  for (const [title, kind, heldOn, every] of [
    ['Projektmanagement in der Verwaltung (Grundkurs)', 'project_management', `${year - 1}-03-12`, 1],
    ['Prozessmanagement und Prozessmodellierung (BPMN)', 'process_management', `${year - 1}-09-24`, 2],
    ['Nutzerzentrierte Onlinedienste', 'other', `${year}-02-05`, 3],
  ] as const) {
    const [training] = await db
      .insert(trainings)
      .values({ tenantId, title, kind, heldOn, provider: 'Studieninstitut Rhein-Sieg' })
      .returning();
    await db
      .insert(trainingParticipations)
      .values(
        staffIds
          .filter((_, i) => i % every === 0)
          .map((accountId) => ({ tenantId, trainingId: training!.id, accountId })),
      );
  }

  // The annual agenda: this year's adopted by the council, next year's in draft.
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
        picks.slice(0, version === 1 ? Math.max(1, picks.length - 2) : picks.length).map((p, position) => ({
          tenantId,
          versionId: v!.id,
          subjectType: 'project' as const,
          subjectId: p.id,
          position,
        })),
      );
    }
  }

  // Progress reports to the council for the last two closed quarters, published a month after each.
  for (const cycle of cycles.filter((x) => x.period !== currentQuarter).slice(-2)) {
    const approved = await db
      .select({ report: statusReports, title: projects.title })
      .from(statusReports)
      .innerJoin(
        projects,
        and(eq(projects.tenantId, statusReports.tenantId), eq(projects.id, statusReports.projectId)),
      )
      .where(
        and(
          eq(statusReports.tenantId, tenantId),
          eq(statusReports.cycleId, cycle.id),
          eq(statusReports.state, 'approved_office'),
          eq(projects.visibility, 'public'),
        ),
      );
    const [year, quarter] = cycle.period.split('-Q');
    const publishedAt = new Date(new Date(`${cycle.endsOn}T10:00:00Z`).getTime() + 30 * 86400_000);
    const [report] = await db
      .insert(progressReports)
      .values({
        tenantId,
        slug: `fortschrittsbericht-${year}-q${quarter}`,
        title: `Digitale Verwaltung und digitale Stadt – Bericht an den Rat, ${quarter}. Quartal ${year}`,
        cycleId: cycle.id,
        summary: `Im ${quarter}. Quartal ${year} wurden ${approved.length} öffentliche Projekte geprüft. Die Ämter haben ihre Statusberichte abgegeben, die Amtsleitungen haben sie freigegeben. Der Bericht zeigt für jedes Projekt den freigegebenen Stand; Projekte mit dem Stand „Gefährdet“ oder „Kritisch“ werden in der nächsten Sitzung des Digitalausschusses besprochen.`,
        state: 'published',
        publishedAt,
        createdBy: cdo,
        createdAt: new Date(publishedAt.getTime() - 7 * 86400_000),
      })
      .returning();
    await db.insert(progressReportItems).values(
      approved
        .sort((a, b) => a.title.localeCompare(b.title, 'de'))
        .map(({ report: r }, position) => ({
          tenantId,
          reportId: report!.id,
          projectId: r.projectId,
          position,
          overallStatus: r.overallStatus,
          progress: r.progress,
          statusSummary: r.summary,
          reviewedAt: r.reviewedAt,
        })),
    );
  }
  return { tenantId, accountIds, unitIds, fieldIds };
}

function summaryFor(status: string, progress: number, milestone: string) {
  if (progress === 100)
    return `Das Projekt ist abgeschlossen. Der Meilenstein „${milestone}“ wurde erreicht; der Betrieb ist an die Linie übergeben.`;
  if (status === 'on_track')
    return `Das Projekt liegt im Plan (${progress} %). Aktueller Schwerpunkt: „${milestone}“.`;
  if (status === 'at_risk')
    return `Verzögerungen beim Meilenstein „${milestone}“ (${progress} %). Gegenmaßnahmen sind eingeleitet; der Endtermin ist gefährdet.`;
  return `Der Meilenstein „${milestone}“ ist deutlich verspätet (${progress} %). Eine Entscheidung über Zeitplan und Budget ist erforderlich.`;
}

const inIds = (ids: string[]) => inArray(proposals.id, ids);
