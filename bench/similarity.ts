/**
 * npm run bench:similarity — how well the duplicate hints' similarity agrees with people on German STS
 * data, beside PostgreSQL's trigram similarity (pg_trgm, what Decidim uses), computed by the database on
 * the same pairs in the same run, and beside Rathaus's earlier weighted cosine. On train the model's
 * figure is out of fold (each fifth of the pairs scored by a model trained on the rest); on dev it is the
 * shipped model, which never saw those pairs.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import {
  evaluateSimilarity,
  readPairs,
  trainSimilarityModel,
} from '../src/modules/proposals/similarity.eval.ts';
import { spearman } from '../src/platform/stats.ts';

const db = await openDatabase({});
await db.migrate();
console.log('split   pairs   Rathaus ρ   pg_trgm ρ   ratio   cosine ρ   time');
for (const split of ['train', 'dev']) {
  const pairs = await readPairs(path.join(import.meta.dirname, 'data', `stsb-de-${split}.csv`));
  const started = performance.now();
  const ours = split === 'train' ? trainSimilarityModel(pairs) : evaluateSimilarity(pairs);
  const ms = performance.now() - started;
  const rows = await db.rows<{ s: number }>(
    sql`select similarity(a, b) as s from json_to_recordset(${JSON.stringify(pairs.map((p) => ({ a: p.a, b: p.b })))}::json) as x(a text, b text)`,
  );
  const trgm = spearman(
    rows.map((r) => Number(r.s)),
    pairs.map((p) => p.score),
  );
  if (Math.abs(trgm - ours.trigramSpearman) > 1e-9)
    console.warn(`pg_trgm in the database (${trgm}) differs from pg-trgm.ts (${ours.trigramSpearman})`);
  console.log(
    `${split.padEnd(7)} ${String(pairs.length).padStart(5)}   ${ours.spearman.toFixed(4).padStart(9)}   ${trgm.toFixed(4).padStart(9)}   ${(ours.spearman / trgm).toFixed(3)}×   ${ours.cosineSpearman.toFixed(4).padStart(8)}   ${(ms / 1000).toFixed(1)} s`,
  );
}
await db.close();
