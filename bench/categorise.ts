/**
 * npm run bench:categorise — category suggestion on the Rad-Dialog 2017: a stratified 80/20 split
 * (seeded, by category), trained on the 80 %, scored on the held-out 20 %. Prints accuracy and macro-F1
 * against two references computed in the same run: always the most common category, and the same model
 * without class balancing. Writes the split to bench/results/ so `rathaus eval categorise` can be run on it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  evaluateCategoriser,
  formatConfusion,
  readLabelled,
} from '../src/modules/condensing/categorise.eval.ts';
import { score } from '../src/platform/text/categorise.ts';

const root = path.resolve(import.meta.dirname, '..');
const rows = parse(readFileSync(path.join(root, 'demo/raddialog-bonn-2017.csv')), {
  columns: true,
}) as Record<string, string>[];
let seed = 2017;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const byCategory = new Map<string, Record<string, string>[]>();
for (const r of rows) {
  const list = byCategory.get(r.category!) ?? [];
  list.push(r);
  byCategory.set(r.category!, list);
}
const train: Record<string, string>[] = [];
const test: Record<string, string>[] = [];
for (const list of byCategory.values()) {
  const shuffled = list
    .map((r) => [rand(), r] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, r]) => r);
  const cut = Math.round(shuffled.length * 0.8);
  train.push(...shuffled.slice(0, cut));
  test.push(...shuffled.slice(cut));
}
const out = path.join(root, 'bench/results');
mkdirSync(out, { recursive: true });
const csv = (rs: Record<string, string>[]) =>
  `id,title,text,category\n${rs.map((r) => [r.id, r.title, r.text, r.category].map((v) => `"${(v ?? '').replaceAll('"', '""')}"`).join(',')).join('\n')}\n`;
writeFileSync(path.join(out, 'raddialog-train.csv'), csv(train));
writeFileSync(path.join(out, 'raddialog-test.csv'), csv(test));

const trainEx = await readLabelled(path.join(out, 'raddialog-train.csv'));
const testEx = await readLabelled(path.join(out, 'raddialog-test.csv'));
const started = performance.now();
const r = evaluateCategoriser(trainEx, testEx);
const ms = performance.now() - started;
const counts = new Map<string, number>();
for (const e of trainEx) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
const base = score(
  testEx.map((e) => e.label),
  testEx.map(() => majority),
);
console.log(
  `bench:categorise — Rad-Dialog 2017, ${trainEx.length} train / ${testEx.length} held-out, ${r.labels.length} categories`,
);
console.log(
  `Rathaus suggester:        accuracy ${r.accuracy.toFixed(3)}  macro-F1 ${r.macroF1.toFixed(3)}  (train + predict ${(ms / 1000).toFixed(1)} s)`,
);
console.log(
  `most common category:     accuracy ${base.accuracy.toFixed(3)}  macro-F1 ${base.macroF1.toFixed(3)}`,
);
console.log(`macro-F1 ratio to the most-common baseline: ${(r.macroF1 / base.macroF1).toFixed(1)}×`);
console.log(`\n${formatConfusion(r.labels, r.confusion)}`);
console.log(
  `\nSplit written to bench/results/; try: npx rathaus eval categorise --train bench/results/raddialog-train.csv --test bench/results/raddialog-test.csv`,
);
