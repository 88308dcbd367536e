import { readCsv } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type Curve,
  firstReaching,
  isotonic,
  isotonicCurve,
  pearson,
  spearman,
} from '../../platform/stats.ts';
import { type BoostOptions, fitBoostedTrees } from '../../platform/text/boosted-trees.ts';
import { contentStemSet, pairFeatures, textProfile } from '../../platform/text/pair-features.ts';
import { pgTrigramSimilarity } from '../../platform/text/pg-trgm.ts';
import { DocumentFrequencies, features } from '../../platform/text/similarity.ts';
import {
  learnSubstitutions,
  type StemPair,
  type SubstitutionTable,
  substitutionFeatures,
} from '../../platform/text/substitutions.ts';
import { SIMILARITY_CALIBRATION } from './similarity.calibration.ts';
import {
  MODEL_FEATURES,
  type SimilarityModel,
  similarityFrom,
  similarityModel,
} from './similarity.learned.ts';

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

/** Reads `text_a,text_b,score` pairs; a malformed file is refused with the line at fault. */
export async function readPairs(file: string): Promise<ScoredPair[]> {
  const rows = await readCsv(file, ['text_a', 'text_b', 'score']);
  return rows.map((r, i) => {
    const score = Number(r.score);
    if (!r.score?.trim() || !Number.isFinite(score))
      throw new AppError('VALIDATION_FAILED', `${file}, line ${i + 2}: score "${r.score}" is not a number.`);
    return { a: r.text_a ?? '', b: r.text_b ?? '', score };
  });
}

/**
 * The pairs' texts profiled under the frequencies of those same texts (the scores play no part): their
 * lexical features (`x`), longer word count and content stems.
 */
export function pairMatrix(pairs: readonly ScoredPair[]) {
  const df = new DocumentFrequencies();
  for (const p of pairs) {
    df.add(features(p.a));
    df.add(features(p.b));
  }
  const profiles = pairs.map((p) => [textProfile(p.a, df), textProfile(p.b, df)] as const);
  return {
    x: profiles.map(([a, b]) => pairFeatures(a, b, df)),
    words: profiles.map(([a, b]) => Math.max(a.words, b.words)),
    stems: profiles.map(
      ([a, b], i): StemPair => ({
        a: contentStemSet(a, df),
        b: contentStemSet(b, df),
        score: pairs[i]!.score,
      }),
    ),
  };
}

type PairMatrix = ReturnType<typeof pairMatrix>;

/** The rows' MODEL_FEATURES: their lexical features and their word swaps under `table`. */
function withSwaps(m: PairMatrix, rows: readonly number[], table: SubstitutionTable) {
  return rows.map((i) => [...m.x[i]!, ...substitutionFeatures(table, m.stems[i]!.a, m.stems[i]!.b)]);
}

/**
 * The rows' MODEL_FEATURES for training: each row's word swaps learned from the other rows only (FOLDS
 * folds of them), as they will be for pairs never seen. A table that knew a row's own score would teach
 * the trees to trust it more than it deserves.
 */
function trainingFeatures(m: PairMatrix, rows: readonly number[]) {
  const features = new Array<number[]>(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (n: number) => n % FOLDS === k;
    const table = learnSubstitutions(rows.filter((_, n) => !inFold(n)).map((i) => m.stems[i]!));
    rows.forEach((i, n) => {
      if (inFold(n)) features[n] = withSwaps(m, [i], table)[0]!;
    });
  }
  return features;
}

/** Boosted trees over MODEL_FEATURES trained on the rows, and the table of swaps learned from all of them. */
function fitModel(
  m: PairMatrix,
  rows: readonly number[],
  y: readonly number[],
  options: Partial<BoostOptions>,
): SimilarityModel {
  const trees = fitBoostedTrees(
    MODEL_FEATURES,
    trainingFeatures(m, rows),
    rows.map((i) => y[i]!),
    options,
  );
  return { ...trees, substitutions: learnSubstitutions(rows.map((i) => m.stems[i]!)) };
}

/** What the duplicate hints compute for each pair, from its measurements. */
function similarities(m: PairMatrix, rows: readonly number[], model: SimilarityModel, scale: Curve) {
  const x = withSwaps(m, rows, model.substitutions);
  return rows.map((i, n) => similarityFrom(m.words[i]!, m.x[i]![0]!, () => x[n]!, model, scale));
}

/**
 * Scores every pair with the duplicate hints' similarity and correlates it with the given scores, beside
 * PostgreSQL's trigram similarity and Rathaus's weighted cosine on the same pairs.
 */
export function evaluateSimilarity(
  pairs: readonly ScoredPair[],
  model: SimilarityModel = similarityModel(),
  cosineScale: Curve = SIMILARITY_CALIBRATION.cosineScale,
) {
  const m = pairMatrix(pairs);
  const predicted = similarities(
    m,
    pairs.map((_, i) => i),
    model,
    cosineScale,
  );
  const gold = pairs.map((p) => p.score);
  return {
    pairs: pairs.length,
    spearman: spearman(predicted, gold),
    pearson: pearson(predicted, gold),
    predicted,
    trigramSpearman: spearman(
      pairs.map((p) => pgTrigramSimilarity(p.a, p.b)),
      gold,
    ),
    cosineSpearman: spearman(
      m.x.map((f) => f[0]!),
      gold,
    ),
  };
}

/** Folds for choosing and checking the model on the training pairs: every FOLDS-th pair held out in turn. */
export const FOLDS = 5;

/**
 * Trains the similarity model on all the pairs, and once per fold on the others, to say how the duplicate
 * hints' similarity does on pairs its model never saw (`folds`, `outOfFold`), beside trigram similarity
 * and the weighted cosine. The curve that maps the cosine to people's scale is fitted on all the pairs
 * (it has no more freedom than a monotone line of 24 knots).
 */
export function trainSimilarityModel(pairs: readonly ScoredPair[], options: Partial<BoostOptions> = {}) {
  const m = pairMatrix(pairs);
  const { x } = m;
  const y = pairs.map((p) => p.score);
  const trigram = pairs.map((p) => pgTrigramSimilarity(p.a, p.b));
  const cosineScale = isotonicCurve(
    x.map((f) => f[0]!),
    y,
  );
  const outOfFold = new Array<number>(pairs.length).fill(0);
  const folds = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = x.map((_, i) => i).filter((i) => i % FOLDS !== k);
    const held = x.map((_, i) => i).filter((i) => i % FOLDS === k);
    const model = fitModel(m, train, y, options);
    const predicted = similarities(m, held, model, cosineScale);
    for (const [j, i] of held.entries()) outOfFold[i] = predicted[j]!;
    const gold = held.map((i) => y[i]!);
    folds.push({
      pairs: held.length,
      spearman: spearman(predicted, gold),
      trigramSpearman: spearman(
        held.map((i) => trigram[i]!),
        gold,
      ),
      cosineSpearman: spearman(
        held.map((i) => x[i]![0]!),
        gold,
      ),
    });
  }
  return {
    model: fitModel(
      m,
      x.map((_, i) => i),
      y,
      options,
    ),
    cosineScale,
    folds,
    outOfFold,
    spearman: spearman(outOfFold, y),
    trigramSpearman: spearman(trigram, y),
    cosineSpearman: spearman(
      x.map((f) => f[0]!),
      y,
    ),
  };
}

/**
 * The curve from the cosine to people's scale, and the similarity from which people's average judgement
 * (isotonic fit on the pairs) reaches 4, 3, 2 and 1.5 of 5 — where the degrees "nearly the same", "very
 * similar", "similar" and "related" begin (below "related" no hint is shown: the STS guidelines call 1
 * "not equivalent, but on the same topic", and hints from there on stopped nearly every submission). Fitted on the out-of-fold similarities, which are as wrong as
 * they will be on new proposals (the model's predictions for pairs it was trained on are not).
 */
export function fitSimilarityCalibration(
  trained: { outOfFold: number[]; cosineScale: Curve },
  pairs: readonly ScoredPair[],
) {
  const fit = isotonic(
    trained.outOfFold,
    pairs.map((p) => p.score),
  );
  const at = (level: number) => Math.round(firstReaching(fit, level) * 1000) / 1000;
  return {
    pairs: pairs.length,
    cosineScale: trained.cosineScale,
    thresholds: { nearlySame: at(4), verySimilar: at(3), similar: at(2), related: at(1.5) },
  };
}
