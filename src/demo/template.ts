import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { type Database, emptyTemplateFile, openDatabase } from '../db/client.ts';
import { readTemplate, writeTemplate } from '../db/template.ts';
import { findTenantBySlug, setDemoPassword } from '../modules/orgs/orgs.service.ts';
import { BONN } from './content/bonn.ts';
import { announceDemoAccounts, seedDemoIfEmpty } from './seed.ts';
import { demoTemplateFile, today } from './template-file.ts';

export { usableDemoTemplate } from './template-file.ts';

// The Bonn demo as a template (see db/template.ts): `rathaus prepare` seeds it into an in-memory database
// and packs it, so the first `npm start` unpacks it instead of seeding for 5–7 s. The demo's dates follow
// the day it is seeded (which milestones are done, which quarter is open), so a template serves only on
// the day it was made (in Bonn's time zone); on a later day the first start seeds as before. Each start
// from it gets a password of its own.

/** After unpacking the demo: a new password for the demo accounts, printed once like a fresh seed. */
export async function adoptDemoTemplate(database: Database, config: Config, print: (line: string) => void) {
  const tenant = await findTenantBySlug(database.db, BONN.slug);
  if (!tenant) throw new Error('The demo template holds no Bonn tenant.');
  const password = randomBytes(12).toString('base64url');
  await setDemoPassword(database.db, tenant.id, password);
  print('Empty database: the Bonn demo was unpacked from the template npm ci prepared today.');
  announceDemoAccounts(database, config, password, print);
}

/** `rathaus prepare`: today's demo template, unless it is there already. */
export async function prepareDemoTemplate(
  config: Config,
  finish?: (database: Database) => Promise<void>,
  now = new Date(),
): Promise<{ file: string; bytes: number } | undefined> {
  const file = demoTemplateFile(today(now));
  if (readTemplate(file)) return undefined;
  const database = await openDatabase({ template: readTemplate(emptyTemplateFile()) });
  try {
    await database.migrate();
    await seedDemoIfEmpty(database, config, () => {}, { announce: false, now });
    await finish?.(database);
    const packed = await database.dump!();
    writeTemplate(file, packed);
    return { file, bytes: packed.byteLength };
  } finally {
    await database.close();
  }
}
