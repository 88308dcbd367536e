/**
 * npm run train:similarity — trains the duplicate hints' similarity (boosted trees over the pair
 * features) on the German STS training pairs, and fits the degrees the hints show (nearly the same, very
 * similar, similar) to people's judgement. Prints how the model does on each of five folds it was not
 * trained on, beside PostgreSQL's trigram similarity and the weighted cosine on the same pairs; how the
 * degrees hold on the dev pairs (never used for a choice; bench:similarity reports the dev correlation);
 * and, with --write, stores the model in src/modules/proposals/similarity.model.json and the thresholds in
 * similarity.calibration.ts.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { degreeOf, SIMILARITY_DEGREES } from '../src/modules/proposals/similarity.degree.ts';
import {
  evaluateSimilarity,
  fitSimilarityCalibration,
  readPairs,
  trainSimilarityModel,
} from '../src/modules/proposals/similarity.eval.ts';

const data = (split: string) => path.join(import.meta.dirname, 'data', `stsb-de-${split}.csv`);
const train = await readPairs(data('train'));
const started = performance.now();
const trained = trainSimilarityModel(train);
console.log(
  `trained on ${train.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s (${trained.model.trees.length} trees)\n`,
);
console.log('fold   pairs   model ρ   trigram ρ   ratio   cosine ρ');
const row = (
  name: string,
  r: { pairs?: number; spearman: number; trigramSpearman: number; cosineSpearman: number },
) =>
  console.log(
    `${name.padEnd(6)} ${String(r.pairs ?? train.length).padStart(5)}   ${r.spearman.toFixed(4)}   ${r.trigramSpearman.toFixed(4).padStart(9)}   ${(r.spearman / r.trigramSpearman).toFixed(3)}×   ${r.cosineSpearman.toFixed(4).padStart(8)}`,
  );
for (const [k, f] of trained.folds.entries()) row(String(k + 1), f);
row('all', trained);

const fitted = fitSimilarityCalibration(trained, train);
console.log(`\ndegrees fitted on the out-of-fold predictions:`, fitted.thresholds);

if (process.argv.includes('--write')) {
  const dir = path.join(import.meta.dirname, '..', 'src', 'modules', 'proposals');
  await writeFile(path.join(dir, 'similarity.model.json'), `${JSON.stringify(trained.model)}\n`);
  await writeFile(
    path.join(dir, 'similarity.calibration.ts'),
    `/** Written by \`npm run train:similarity -- --write\` from bench/data/stsb-de-train.csv; do not edit by hand. */\nexport const SIMILARITY_CALIBRATION = ${JSON.stringify(fitted, null, 2)} as const;\n`,
  );
  // Formatted as the project's formatter would, so `npm run check` stays green.
  spawnSync('npx', ['biome', 'format', '--write', path.join(dir, 'similarity.calibration.ts')], {
    stdio: 'ignore',
  });
  console.log(
    `written to ${path.relative(process.cwd(), dir)}/similarity.model.json and similarity.calibration.ts`,
  );

  const dev = await readPairs(data('dev'));
  const scored = evaluateSimilarity(dev, trained.model);
  console.log('\ndev pairs by degree (human score 0–5; neither the model nor the degrees saw them)');
  console.log('degree        pairs   mean human score   share rated ≥ degree’s level');
  const level = { nearlySame: 4, verySimilar: 3, similar: 2, related: 0 } as const;
  for (const d of SIMILARITY_DEGREES) {
    const gold = dev
      .filter((_, i) => degreeOf(scored.predicted[i]!, fitted.thresholds) === d)
      .map((p) => p.score);
    const mean = gold.reduce((s, v) => s + v, 0) / (gold.length || 1);
    const share = gold.filter((g) => g >= level[d]).length / (gold.length || 1);
    const shown = d === 'related' ? '–' : `${(share * 100).toFixed(0)} %`;
    console.log(
      `${d.padEnd(12)} ${String(gold.length).padStart(6)}   ${mean.toFixed(2).padStart(16)}   ${shown.padStart(28)}`,
    );
  }
}
