import { CDO } from '../../demo/content/bonn.ts';
import { addDays } from '../../platform/dates.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { findReviewCycle } from '../reviews/reviews.service.ts';
import { actionItems, meetingDecisions, reviewMeetings } from './meetings.table.ts';

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The review meetings of the last closed quarter, Dezernat I's round and the CDO's, with their decisions
 * and action items (one of them overdue).
 */
export const seedMeetings: SeedStep = async ({ db, tenantId, today, refs }) => {
  const account = (email: string) => refs.get('account', email);
  const lastClosed = (await findReviewCycle(db, tenantId, refs.get('cycle', 'office:last-closed')))!;
  const [dept] = await db
    .insert(reviewMeetings)
    .values({
      tenantId,
      level: 'department',
      orgUnitId: refs.get('unit', 'I'),
      cycleId: lastClosed.id,
      title: `Dezernatsrunde I – Digitalisierung ${lastClosed.period}`,
      heldOn: earlier(addDays(lastClosed.dueOn, 7), today),
      minutes:
        'Teilnehmende: Dezernent, Amtsleitungen 10, 12, 33, Stabsstelle Digitalisierung.\nBesprochen: Statusberichte des Quartals, Personalbedarf im Amt 12, Terminservice im Bürgeramt.',
      createdBy: account('dezernat1@bonn.example'),
    })
    .returning();
  await db.insert(meetingDecisions).values([
    {
      tenantId,
      meetingId: dept!.id,
      text: 'Das Amt 33 führt die Online-Terminvergabe in allen Bürgerbüros zum nächsten Quartal ein.',
    },
    {
      tenantId,
      meetingId: dept!.id,
      text: 'Zwei zusätzliche Stellen für das Amt 12 werden beim Verwaltungsvorstand beantragt.',
    },
  ]);
  const [cdoRound] = await db
    .insert(reviewMeetings)
    .values({
      tenantId,
      level: 'cdo',
      orgUnitId: null,
      cycleId: null,
      title: `CDO-Runde ${lastClosed.period}`,
      heldOn: earlier(addDays(lastClosed.dueOn, 21), today),
      minutes:
        'Portfoliostand, Abweichungen zwischen gemeldetem und berechnetem Zustand, Vorbereitung des Fortschrittsberichts.',
      createdBy: account(CDO),
    })
    .returning();
  await db.insert(actionItems).values([
    {
      tenantId,
      meetingId: dept!.id,
      title: 'Stellenantrag für zwei IT-Fachkräfte vorbereiten',
      ownerAccountId: account('amt12@bonn.example'),
      dueOn: addDays(today, -5),
    },
    {
      tenantId,
      meetingId: dept!.id,
      title: 'Zeitplan der Online-Terminvergabe abstimmen',
      ownerAccountId: account('amt33@bonn.example'),
      dueOn: earlier(addDays(lastClosed.dueOn, 21), today),
      doneAt: new Date(`${earlier(addDays(lastClosed.dueOn, 18), today)}T08:00:00Z`),
      doneBy: account('amt33@bonn.example'),
    },
    {
      tenantId,
      meetingId: cdoRound!.id,
      title: 'Fortschrittsbericht an den Rat entwerfen',
      ownerAccountId: account(CDO),
      dueOn: addDays(today, 10),
    },
    {
      tenantId,
      meetingId: cdoRound!.id,
      title: 'Abweichungen bei verspäteten Meilensteinen mit den Projektleitungen klären',
      ownerAccountId: account('leitung66@bonn.example'),
      dueOn: addDays(today, 2),
    },
  ]);
};
