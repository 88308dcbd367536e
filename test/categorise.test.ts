import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evaluateCategoriser } from '../src/modules/condensing/categorise.eval.ts';
import { Categoriser, score } from '../src/platform/text/categorise.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-cat-'));

describe('category suggestion', () => {
  it('learns the Rad-Dialog categories: macro-F1 ≥ 0.60 on a held-out fifth', () => {
    const rows = parse(readFileSync(path.join(ROOT, 'demo/raddialog-bonn-2017.csv')), {
      columns: true,
    }) as Record<string, string>[];
    // Every fifth contribution of each category is held out.
    const seen = new Map<string, number>();
    const train: { text: string; label: string }[] = [];
    const test: { text: string; label: string }[] = [];
    for (const r of rows) {
      const n = (seen.get(r.category!) ?? 0) + 1;
      seen.set(r.category!, n);
      (n % 5 === 0 ? test : train).push({ text: `${r.title} ${r.title} ${r.text}`, label: r.category! });
    }
    const result = evaluateCategoriser(train, test);
    expect(result.labels).toHaveLength(8);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.6);
    expect(result.accuracy).toBeGreaterThan(0.65);
  }, 60_000);

  it('suggests with a confidence between 0 and 1', () => {
    const model = Categoriser.train([
      { text: 'Radweg zu schmal und kaputt', label: 'quality' },
      { text: 'Schlaglöcher im Radweg', label: 'quality' },
      { text: 'Ampel zu kurz grün für Radfahrer', label: 'lights' },
      { text: 'Lange Wartezeit an der Ampel', label: 'lights' },
    ]);
    const s = model.suggest('Die Ampel schaltet zu schnell auf Rot');
    expect(s.label).toBe('lights');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(() => Categoriser.train([{ text: 'x', label: 'a' }])).toThrow(/two categories/);
  });

  it('scores like the textbook', () => {
    const r = score(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(r.accuracy).toBe(0.75);
    expect(r.confusion).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(r.perLabel[0]).toMatchObject({ precision: 1, recall: 0.5 });
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 6);
  });
});

describe('rathaus eval categorise', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'eval', 'categorise', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints accuracy, macro-F1 and the confusion matrix', () => {
    const file = path.join(tmp, 'small.csv');
    writeFileSync(
      file,
      'id,title,text,category\n1,Radweg kaputt,Schlaglöcher im Radweg,quality\n2,Radweg schmal,Der Radweg ist zu schmal,quality\n3,Ampel,Die Ampel ist zu kurz grün,lights\n4,Ampel warten,Lange Wartezeit an der Ampel,lights\n',
    );
    const res = run('--train', file, '--test', file);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/accuracy\s+1\.0000/);
    expect(res.stdout).toMatch(/macro-F1\s+1\.0000/);
    expect(res.stdout).toContain('(columns: suggested)');
  });

  it('exits non-zero with a clear message on a malformed file', () => {
    const bad = path.join(tmp, 'bad.csv');
    writeFileSync(bad, 'id,title,category\n1,x,y\n');
    const r1 = run('--train', bad, '--test', bad);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('needs the columns id, title, text, category');
    const empty = path.join(tmp, 'empty-cat.csv');
    writeFileSync(empty, 'id,title,text,category\n1,x,y,\n');
    expect(run('--train', empty, '--test', empty).stderr).toContain('line 2: the category is empty');
    expect(run('--train', bad).status).toBe(1);
  }, 120_000);
});
