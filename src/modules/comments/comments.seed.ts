import { isCondensed, MODERATOR, PROPOSALS_PER_TOPIC, TOPICS } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { proposalsByIds } from '../proposals/proposals.service.ts';
import { abuseReports, comments, supports } from './comments.table.ts';

const CITIZEN = 'buergerin@bonn.example';
const PARTNER = 'partner@bonn.example';
const STAFF = 'mitarbeit@bonn.example';

const FIRST = [
  'Das würde mir viele Wege ins Bürgeramt sparen. Wichtig wäre, dass es auch auf dem Handy gut funktioniert.',
  'Gute Idee! Bitte auch an Menschen denken, die nicht so gut Deutsch sprechen.',
  'In Köln gibt es das schon – vielleicht kann man sich dort etwas abschauen?',
];
const ANSWER_BY_STAFF =
  'Danke für den Hinweis. Die Online-Dienste sollen nach und nach in Leichter Sprache und auf Englisch angeboten werden.';
const ANSWER_BY_PARTNER = 'Der Digital Hub bringt gern Start-ups mit Erfahrung in mobilen Anwendungen ein.';

/**
 * Supports and a conversation on the 2016 proposals that are still open for condensing: replies from
 * staff and a partner, a comment waiting for moderation and a reported one.
 */
export const seedComments: SeedStep = async ({ db, tenantId, now, rand, refs }) => {
  const moderator = refs.get('account', MODERATOR);
  const account = (email: string) => refs.get('account', email);
  const openIds = TOPICS.flatMap((topic, ti) =>
    isCondensed(topic, ti)
      ? []
      : Array.from({ length: PROPOSALS_PER_TOPIC }, (_, n) => refs.get('proposal', `topic:${ti}:${n}`)),
  );
  const byId = new Map((await proposalsByIds(db, tenantId, openIds)).map((p) => [p.id, p]));
  const open = openIds.map((id) => byId.get(id)!);
  const supporters = [...refs.all('account').values()];
  const rows: (typeof supports.$inferInsert)[] = [];
  for (const p of open)
    for (const accountId of supporters)
      if (rand() < 0.3) rows.push({ tenantId, proposalId: p.id, accountId, createdAt: p.createdAt });
  if (rows.length) await db.insert(supports).values(rows);

  const at = (p: { createdAt: Date }, days: number) => new Date(p.createdAt.getTime() + days * 86400_000);
  const talk = open.slice(0, 3);
  for (const [i, p] of talk.entries()) {
    const [first] = await db
      .insert(comments)
      .values({
        tenantId,
        proposalId: p.id,
        accountId: account(CITIZEN),
        body: FIRST[i]!,
        state: 'published',
        moderatedBy: moderator,
        moderatedAt: at(p, 3),
        createdAt: at(p, 2),
      })
      .returning();
    await db.insert(comments).values({
      tenantId,
      proposalId: p.id,
      parentId: first!.id,
      accountId: account(i === 1 ? STAFF : PARTNER),
      body: i === 1 ? ANSWER_BY_STAFF : ANSWER_BY_PARTNER,
      state: 'published',
      moderatedBy: moderator,
      moderatedAt: at(p, 5),
      createdAt: at(p, 4),
    });
  }
  const first = talk[0];
  if (!first) return;
  await db.insert(comments).values({
    tenantId,
    proposalId: first.id,
    accountId: account(PARTNER),
    body: 'Wir könnten dazu im nächsten Meetup des Digital Hub einen Prototyp zeigen.',
    state: 'submitted',
    createdAt: new Date(now.getTime() - 3_600_000),
  });
  const [rude] = await db
    .insert(comments)
    .values({
      tenantId,
      proposalId: first.id,
      accountId: account(CITIZEN),
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
};
