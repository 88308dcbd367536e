import { CDO } from '../../demo/content/bonn.ts';
import type { SeedStep } from '../../platform/seed.ts';
import { loadActor } from '../orgs/orgs.service.ts';
import { addProcess, addTraining } from './workforce.service.ts';
import type { DigitalState, TrainingKind } from './workforce.table.ts';

/** The process map: [office, process, how digital it is, redesigned]. */
const PROCESSES: [string, string, DigitalState, boolean][] = [
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

/** The process map of four offices and three trainings of the last two years with their participants. */
export const seedWorkforce: SeedStep = async ({ db, tenantId, now, refs }) => {
  const cdo = await loadActor(db, tenantId, refs.get('account', CDO));
  for (const [office, name, digitalState, redesigned] of PROCESSES)
    await addProcess(db, tenantId, cdo, {
      officeId: refs.get('unit', office),
      name,
      description: '',
      digitalState,
      redesigned,
      projectId: undefined,
    });
  const staff = [...refs.all('account')]
    .filter(([email]) => /^(leitung|amt|mitarbeit)/.test(email))
    .map(([, id]) => id);
  const year = now.getUTCFullYear();
  const TRAININGS: [string, TrainingKind, string, number][] = [
    ['Projektmanagement in der Verwaltung (Grundkurs)', 'project_management', `${year - 1}-03-12`, 1],
    ['Prozessmanagement und Prozessmodellierung (BPMN)', 'process_management', `${year - 1}-09-24`, 2],
    ['Nutzerzentrierte Onlinedienste', 'other', `${year}-02-05`, 3],
  ];
  for (const [title, kind, heldOn, every] of TRAININGS)
    await addTraining(db, tenantId, cdo, {
      title,
      kind,
      heldOn,
      provider: 'Studieninstitut Rhein-Sieg',
      accountIds: staff.filter((_, i) => i % every === 0),
    });
};
