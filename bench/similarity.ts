/**
 * npm run bench:similarity — quality of the duplicate-hint similarity on German STS data, against
 * PostgreSQL trigram similarity (pg_trgm, what Decidim used) computed on the same pairs in the same run.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { evaluateSimilarity, readPairs } from '../src/modules/proposals/similarity.eval.ts';
import { spearman } from '../src/platform/stats.ts';

const db = await openDatabase({});
await db.migrate();
console.log('split   pairs   Rathaus ρ   pg_trgm ρ   ratio   time');
for (const split of ['train', 'dev']) {
  const pairs = await readPairs(path.join(import.meta.dirname, 'data', `stsb-de-${split}.csv`));
  const started = performance.now();
  const ours = evaluateSimilarity(pairs);
  const ms = performance.now() - started;
  const rows = await db.rows<{ s: number }>(
    sql`select similarity(a, b) as s from json_to_recordset(${JSON.stringify(pairs.map((p) => ({ a: p.a, b: p.b })))}::json) as x(a text, b text)`,
  );
  const trgm = spearman(
    rows.map((r) => Number(r.s)),
    pairs.map((p) => p.score),
  );
  console.log(
    `${split.padEnd(7)} ${String(pairs.length).padStart(5)}   ${ours.spearman.toFixed(4).padStart(9)}   ${trgm.toFixed(4).padStart(9)}   ${(ours.spearman / trgm).toFixed(2)}×   ${ms.toFixed(0)} ms`,
  );
}
await db.close();
