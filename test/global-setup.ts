import { openDatabase } from '../src/db/client.ts';

/** On PostgreSQL the schema is migrated once before the workers start; PGlite workers migrate their own. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
  await database.migrate();
  await database.close();
}
