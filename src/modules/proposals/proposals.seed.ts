import {
  day,
  MODERATOR,
  ORGANISATIONS,
  PROCESS_2016,
  PROPOSALS_PER_TOPIC,
  proposalTitle,
  TOPICS,
  VOICES,
} from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { ensureProcess, newReference } from './proposals.service.ts';
import { AUTHOR_KINDS, proposals } from './proposals.table.ts';

/** Recent submissions waiting for moderation: [title, text, author kind]. */
const WAITING = [
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

/** Two the moderation hid: [title, text, reason]. */
const HIDDEN = [
  [
    'Günstige Kredite – jetzt anfragen!!!',
    'Beste Konditionen für alle, einfach auf den Link klicken und Geld sparen.',
    'Werbung (Spam)',
  ],
  [
    'test test',
    'Dies ist nur ein Test und kein echter Vorschlag für die Stadt Bonn.',
    'Kein inhaltlicher Beitrag',
  ],
] as const;

/**
 * The participation of 2016: five published proposals per topic from every kind of author, ten recent
 * ones waiting for moderation and two hidden. History, so written as it was. Names: 'process' ▸ slug,
 * 'proposal' ▸ `topic:<index>:<n>`.
 */
export const seedProposals: SeedStep = async ({ db, tenantId, now, rand, refs }) => {
  const moderator = refs.get('account', MODERATOR);
  const process = await ensureProcess(db, tenantId, PROCESS_2016);
  refs.set('process', PROCESS_2016.slug, process.id);
  let kindIndex = 0;
  for (const [ti, topic] of TOPICS.entries()) {
    const rows: (typeof proposals.$inferInsert)[] = [];
    for (let n = 0; n < PROPOSALS_PER_TOPIC; n++) {
      const kind = AUTHOR_KINDS[kindIndex++ % AUTHOR_KINDS.length]!;
      const voices = VOICES[kind]!;
      const orgs = ORGANISATIONS[kind];
      const created = new Date(
        day('2016-09-05').getTime() + Math.floor(rand() * 85) * 86400_000 + Math.floor(rand() * 36_000_000),
      );
      const published = new Date(created.getTime() + 2 * 86400_000);
      rows.push({
        tenantId,
        number: newReference('V'),
        processId: process.id,
        title: proposalTitle(topic, n),
        body: `${topic.body} ${voices[Math.floor(rand() * voices.length)]}`,
        authorKind: kind,
        organisationName: orgs ? orgs[Math.floor(rand() * orgs.length)]! : null,
        fieldOfActionId: refs.get('field', topic.field),
        state: 'published',
        publishedAt: published,
        moderatedBy: moderator,
        moderatedAt: published,
        createdAt: created,
      });
    }
    const inserted = await db.insert(proposals).values(rows).returning({ id: proposals.id });
    for (const [n, r] of inserted.entries()) refs.set('proposal', `topic:${ti}:${n}`, r.id);
  }
  await db.insert(proposals).values(
    WAITING.map(([title, body, kind], i) => ({
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
    HIDDEN.map(([title, body, reason]) => ({
      tenantId,
      number: newReference('V'),
      title,
      body,
      authorKind: 'citizen' as const,
      state: 'hidden' as const,
      moderationReason: reason,
      moderatedBy: moderator,
      moderatedAt: new Date(now.getTime() - 86_400_000),
      createdAt: new Date(now.getTime() - 2 * 86_400_000),
    })),
  );
};
