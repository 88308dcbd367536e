/**
 * Backup and restore with many large attachments: time, peak memory and file size for `BENCH_BACKUP_MB`
 * (default 1,024) of 5 MB files, on the embedded database (or DATABASE_URL). Reference in the same run:
 * the same amount written the same way (base64 JSON lines in a stored gzip member) straight from memory,
 * the least any backup in this format can cost.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { backupDatabase, restoreDatabase } from '../src/cli/backup.ts';
import { openDatabase } from '../src/db/client.ts';
import { createTenant } from '../src/modules/orgs/orgs.service.ts';

const MB = 1024 * 1024;
const totalMb = Number(process.env.BENCH_BACKUP_MB ?? 1024);
const fileMb = 5;
const files = Math.ceil(totalMb / fileMb);

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const measure = async <T>(what: string, fn: () => Promise<T>) => {
  if (global.gc) global.gc();
  const before = process.memoryUsage().rss;
  peak = before;
  const started = performance.now();
  const result = await fn();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${what.padEnd(34)} ${seconds.toFixed(1).padStart(7)} s   peak RSS +${((peak - before) / MB).toFixed(0).padStart(5)} MB`,
  );
  return { result, seconds, peakMb: (peak - before) / MB };
};

const dir = await mkdtemp(path.join(tmpdir(), 'rathaus-bench-backup-'));
const source = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: path.join(dir, 'a') });
await source.migrate();
const tenant = await createTenant(source.db, { slug: 'bench', name: 'Bench', cityName: 'Bench', hosts: [] });
await measure(`make ${files} files of ${fileMb} MB`, async () => {
  // Made by the database itself: a client round trip per file would measure the driver, not the backup.
  await source.db.execute(sql`
    insert into proposal_attachments (tenant_id, staging_token, filename, media_type, size, content)
    select ${tenant.id}::uuid, 'bench' || lpad(i::text, 19, '0'), 'scan-' || i || '.pdf', 'application/pdf',
           ${fileMb * MB}, decode(repeat(lpad(to_hex(i), 8, '0') || md5(i::text), ${(fileMb * MB) / 20}), 'hex')
    from generate_series(1, ${files}) i`);
});

const file = path.join(dir, 'backup.jsonl.gz');
const backup = await measure('rathaus backup (with verification)', () => backupDatabase(source, file));
const size = (await stat(file)).size;
await source.close();

const target = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: path.join(dir, 'b') });
await target.migrate();
const restore = await measure('rathaus restore', () => restoreDatabase(target, file, { force: true }));
const [check] = await target.rows<{ n: number; bytes: string }>(
  sql`select count(*)::int as n, sum(size)::text as bytes from proposal_attachments`,
);
await target.close();

const content = randomBytes(fileMb * MB);
const reference = await measure('reference: same lines from memory', async () => {
  // What the backup writes for the files (base64 JSON lines in a stored gzip member), without a database.
  const line = `{"content":"${content.toString('base64')}"}\n`;
  await pipeline(
    (async function* () {
      for (let i = 0; i < files; i++) yield line;
    })(),
    createGzip({ level: 0 }),
    createWriteStream(path.join(dir, 'reference.gz')),
  );
});
clearInterval(sampler);
await rm(dir, { recursive: true, force: true });

console.log(`
attachments: ${files} × ${fileMb} MB = ${((files * fileMb) / 1024).toFixed(2)} GB; restored ${check?.n} files, ${(Number(check?.bytes) / MB / 1024).toFixed(2)} GB
backup file: ${(size / MB).toFixed(0)} MB
backup:  ${backup.seconds.toFixed(1)} s, ${((files * fileMb) / backup.seconds).toFixed(0)} MB/s, peak RSS +${backup.peakMb.toFixed(0)} MB — ${(backup.seconds / reference.seconds).toFixed(2)}× the reference
restore: ${restore.seconds.toFixed(1)} s, ${((files * fileMb) / restore.seconds).toFixed(0)} MB/s, peak RSS +${restore.peakMb.toFixed(0)} MB
engine: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
process.exit(check?.n === files ? 0 : 1);
