import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { evaluateSimilarity, readPairs } from '../src/modules/proposals/similarity.eval.ts';
import { pgTrigramSimilarity } from '../src/platform/text/pg-trgm.ts';
import { testDatabase } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('similarity of proposals on German STS', () => {
  it('agrees with people on German STS dev pairs it never saw better than trigram similarity does', async () => {
    const dev = evaluateSimilarity(await readPairs(path.join(ROOT, 'bench/data/stsb-de-dev.csv')));
    expect(dev.pairs).toBe(1500);
    expect(dev.spearman).toBeGreaterThanOrEqual(0.8);
    expect(dev.spearman / dev.trigramSpearman).toBeGreaterThanOrEqual(1.1);
    expect(dev.spearman).toBeGreaterThan(dev.cosineSpearman);
  });
});

describe('the trigram reference', () => {
  it("is what the database's pg_trgm similarity() computes, umlauts, digits and punctuation included", async () => {
    const pairs = (await readPairs(path.join(ROOT, 'bench/data/stsb-de-dev.csv'))).slice(0, 200);
    pairs.push(
      { a: 'Straße 12 über Köln', b: 'strasse 12 uber koln', score: 0 },
      { a: 'Fahrradständer!!', b: 'fahrrad-ständer', score: 0 },
    );
    const db = await testDatabase();
    const rows = await db.rows<{ s: number }>(
      sql`select similarity(x.a, x.b) as s from json_to_recordset(${JSON.stringify(pairs.map((p) => ({ a: p.a, b: p.b })))}::json) as x(a text, b text)`,
    );
    expect(rows).toHaveLength(pairs.length);
    for (const [i, r] of rows.entries())
      expect(pgTrigramSimilarity(pairs[i]!.a, pairs[i]!.b)).toBeCloseTo(Number(r.s), 5);
  });
});

describe('rathaus eval similarity', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-eval-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'eval', 'similarity', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints Spearman and Pearson for a pairs file', () => {
    const res = run('--pairs', path.join(ROOT, 'bench/data/stsb-de-dev.csv'));
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/pairs\s+1500/);
    expect(Number(/spearman\s+([0-9.]+)/.exec(res.stdout)?.[1])).toBeGreaterThanOrEqual(0.72);
    expect(res.stdout).toMatch(/pearson\s+0\.\d{4}/);
    expect(Number(/trigram\s+([0-9.]+)/.exec(res.stdout)?.[1])).toBeCloseTo(0.7333, 3);
    expect(res.stdout).toMatch(/ratio\s+1\.\d{3}×/);
  });

  it('exits non-zero with a clear message on a malformed file', () => {
    const wrongColumns = path.join(tmp, 'cols.csv');
    writeFileSync(wrongColumns, 'a,b,c\nx,y,1\n');
    const r1 = run('--pairs', wrongColumns);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('needs the columns text_a, text_b, score');
    const badScore = path.join(tmp, 'score.csv');
    writeFileSync(badScore, 'text_a,text_b,score\nEin Satz,Noch ein Satz,viel\n');
    const r2 = run('--pairs', badScore);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('line 2: score "viel" is not a number');
    expect(run().status).toBe(1);
    expect(run('--pairs', path.join(tmp, 'missing.csv')).stderr).toContain('Cannot read');
  }, 120_000);

  it('reads the pairs as given', async () => {
    const file = path.join(tmp, 'ok.csv');
    writeFileSync(file, 'text_a,text_b,score\n"Ein Mann, der tanzt.",Ein Mann tanzt.,4.5\n');
    expect(await readPairs(file)).toEqual([{ a: 'Ein Mann, der tanzt.', b: 'Ein Mann tanzt.', score: 4.5 }]);
  });
});
