/**
 * npm run calibrate:similarity — fits the degrees the duplicate hints show (nearly the same, very
 * similar, similar) to people's judgement: an isotonic regression of the human score on Rathaus's
 * similarity over the German STS training pairs; each degree starts where the fitted human score
 * reaches 4, 3 and 2 of 5. Prints how the degrees hold on the dev pairs (never used for the fit) and,
 * with --write, stores the thresholds in src/modules/proposals/similarity.calibration.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { degreeOf, SIMILARITY_DEGREES } from '../src/modules/proposals/similarity.degree.ts';
import {
  evaluateSimilarity,
  fitSimilarityCalibration,
  readPairs,
} from '../src/modules/proposals/similarity.eval.ts';

const data = (split: string) => path.join(import.meta.dirname, 'data', `stsb-de-${split}.csv`);
const train = await readPairs(data('train'));
const fitted = fitSimilarityCalibration(train);
console.log(`fitted on ${train.length} training pairs:`, fitted.thresholds);

const dev = await readPairs(data('dev'));
const scored = evaluateSimilarity(dev);
console.log('\ndev pairs by degree (human score 0–5; the fit never saw them)');
console.log('degree        pairs   mean human score   share rated ≥ degree’s level');
const level = { nearlySame: 4, verySimilar: 3, similar: 2, related: 0 } as const;
for (const d of SIMILARITY_DEGREES) {
  const gold = dev.filter((_, i) => degreeOf(scored.predicted[i]!) === d).map((p) => p.score);
  const mean = gold.reduce((s, v) => s + v, 0) / (gold.length || 1);
  const share = gold.filter((g) => g >= level[d]).length / (gold.length || 1);
  const shown = d === 'related' ? '–' : `${(share * 100).toFixed(0)} %`;
  console.log(
    `${d.padEnd(12)} ${String(gold.length).padStart(6)}   ${mean.toFixed(2).padStart(16)}   ${shown.padStart(28)}`,
  );
}

if (process.argv.includes('--write')) {
  const file = path.join(
    import.meta.dirname,
    '..',
    'src',
    'modules',
    'proposals',
    'similarity.calibration.ts',
  );
  await writeFile(
    file,
    `/** Written by \`npm run calibrate:similarity -- --write\` from bench/data/stsb-de-train.csv; do not edit by hand. */\nexport const SIMILARITY_CALIBRATION = ${JSON.stringify(fitted, null, 2)} as const;\n`,
  );
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}
