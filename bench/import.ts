/**
 * npm run bench:import — a portfolio workbook of 200 and of 2,000 projects (German headings, Excel dates,
 * budgets as numbers) imported as the CDO team does it, on PGlite by default or on the PostgreSQL of
 * DATABASE_URL: reading the workbook, the preview (every row checked and matched), the import in one
 * transaction, and the same workbook again (every row recognised, nothing written).
 *
 * Reference, in the same process: creating the first 200 of those projects one by one through
 * createProject, the use case behind the "new project" form; the ratio says what the bulk import
 * saves per project. Measured, never asserted.
 */
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { readSheet } from '../src/modules/portfolio/import.read.ts';
import { guessMapping, previewImport, runImport } from '../src/modules/portfolio/import.service.ts';
import { ZCreateProjectInput } from '../src/modules/projects/projects.schemas.ts';
import { createProject } from '../src/modules/projects/projects.service.ts';
import { fieldsOfAction } from '../src/modules/strategy/strategy.table.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture } from '../test/fixtures/orgs.ts';
import { portfolioWorkbook } from '../test/fixtures/workbook.ts';

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, poolSize: 4 });
await database.migrate();
const { db } = database;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`bench:import on ${engine}, Node ${process.version}`);
const lines: string[] = [];
for (const n of [200, 2_000]) {
  const f = await createOrgFixture(db);
  const cdo = await f.actor('cdo');
  const book = await portfolioWorkbook(n, f);
  let t0 = performance.now();
  const sheet = await readSheet(book, 'portfolio.xlsx');
  const read = performance.now() - t0;
  const mapping = guessMapping(sheet.headers);
  t0 = performance.now();
  const preview = await previewImport(db, f.tenant.id, sheet, mapping);
  const check = performance.now() - t0;
  t0 = performance.now();
  const first = await runImport(db, f.tenant.id, cdo, sheet, mapping);
  const imported = performance.now() - t0;
  t0 = performance.now();
  const again = await runImport(db, f.tenant.id, cdo, sheet, mapping);
  const repeated = performance.now() - t0;
  lines.push(
    `${String(n).padStart(5)} projects (${(book.length / 1024).toFixed(0)} KB): read ${s(read)}, preview ${s(check)} (${preview.counts.invalid} invalid), import ${s(imported)} (${first.created} created), again ${s(repeated)} (${again.unchanged} unchanged, ${again.created} created); per project ${(imported / n).toFixed(2)} ms`,
  );
  if (n === 200) {
    // Reference: the same 200 projects through the form's use case, one at a time, in a fresh tenant.
    const g = await createOrgFixture(db);
    const gCdo = await g.actor('cdo');
    const [field] = await db.select().from(fieldsOfAction).where(eq(fieldsOfAction.tenantId, g.tenant.id));
    t0 = performance.now();
    for (let i = 0; i < n; i++)
      await createProject(
        db,
        g.tenant.id,
        gCdo,
        parseInput(ZCreateProjectInput, {
          title: `Digitales Vorhaben Nummer ${i + 1}`,
          summary: `Kurzbeschreibung des Vorhabens ${i + 1} für das Portfolio.`,
          fieldOfActionId: field!.id,
          ownerOrgUnitId: g.officeA.id,
        }),
      );
    const oneByOne = performance.now() - t0;
    lines.push(
      `  reference: 200 projects one by one through createProject ${s(oneByOne)} (${(oneByOne / n).toFixed(2)} ms each); import ÷ one-by-one = ${(imported / oneByOne).toFixed(2)}`,
    );
  }
}
console.log(lines.join('\n'));
await database.close();
