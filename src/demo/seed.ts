import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import { MODULES } from '../modules/index.ts';
import { createTenant, findTenantBySlug } from '../modules/orgs/orgs.service.ts';
import { importProposalsCsv } from '../modules/proposals/proposals.import.ts';
import { currentDay } from '../platform/dates.ts';
import { settlePendingEvents } from '../platform/events.ts';
import { runSeedSteps, type SeedStep } from '../platform/seed.ts';
import { BONN, DEMO_ACCOUNTS } from './content/bonn.ts';

import { RADDIALOG, RADDIALOG_CSV } from './raddialog.ts';

export { RADDIALOG, RADDIALOG_CSV };

/** Seeds the Bonn demo on an empty database and prints the demo accounts' password once. */
export async function seedDemoIfEmpty(
  database: Database,
  config: Config,
  print: (line: string) => void,
  opts: { announce?: boolean; now?: Date } = {},
) {
  if (await findTenantBySlug(database.db, BONN.slug)) return false;
  const started = Date.now();
  print(
    'Empty database: creating the Bonn demo (about 40 projects, 350 proposals, the 2017 cycling dialogue) …',
  );
  const password = randomBytes(12).toString('base64url');
  // The 2017 dialogue is history before the progress reports of 2026, which count its contributions
  // among the published proposals (walk: the reports said 335 where every other page said 2,649).
  const importRadDialog: SeedStep = async ({ db, tenantId, refs }) => {
    print(`Importing the Bonner Rad-Dialog 2017 (2,314 contributions) …`);
    await importProposalsCsv(db, RADDIALOG_CSV, {
      tenantId,
      process: RADDIALOG,
      fieldOfActionId: refs.get('field', 'mobilitaet'),
      publish: true,
      numberPrefix: 'RAD',
    });
  };
  await seedBonn(
    database.db,
    password,
    opts.now ?? (config.env === 'test' ? DEMO_TEST_NOW : new Date()),
    undefined,
    undefined,
    { reports: importRadDialog },
  );
  await database.analyze();
  if (opts.announce !== false) announceDemoAccounts(database, config, password, print);
  print(`Demo seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

/** The fixed day the demo is seeded for in tests, so dates on pages do not move. */
export const DEMO_TEST_NOW = new Date('2026-11-29T12:00:00Z');

/** Prints the demo accounts with their password once, and keeps them in DATA_DIR/demo-accounts.txt. */
export function announceDemoAccounts(
  database: Database,
  config: Config,
  password: string,
  print: (line: string) => void,
) {
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
}

/**
 * The Bonn demo: the tenant, then every module's seed step in the order of the module list (each writes
 * its own part; see platform/seed.ts), with the caller's steps `before` the named modules' (the CSV
 * import, which tests leave out). `now` decides which milestones are done and which quarter is open.
 */
export async function seedBonn(
  db: Db,
  password: string,
  now: Date,
  hosts = ['localhost', '127.0.0.1'],
  slug = BONN.slug,
  before: Readonly<Record<string, SeedStep>> = {},
) {
  const tenant = await createTenant(
    db,
    { slug, name: BONN.name, cityName: BONN.cityName, hosts },
    BONN.settings,
  );
  const refs = await runSeedSteps(
    MODULES,
    { db, tenantId: tenant.id, now, today: currentDay(tenant.timeZone, now), password },
    undefined,
    before,
  );
  // The demo is history: none of the events its use cases recorded may send mail once the server runs.
  await settlePendingEvents(db, tenant.id);
  return { tenantId: tenant.id, refs };
}
