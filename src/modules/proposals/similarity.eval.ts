import { readCsv } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import { firstReaching, isotonic, pearson, spearman } from '../../platform/stats.ts';
import {
  DocumentFrequencies,
  features,
  vectorize,
  vectorSimilarity,
} from '../../platform/text/similarity.ts';

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

/** Scores every pair with Rathaus's similarity (IDF from the file's own texts) and correlates with the given scores. */
export function evaluateSimilarity(pairs: readonly ScoredPair[]) {
  const df = new DocumentFrequencies();
  const feats = pairs.map((p) => {
    const fa = features(p.a);
    const fb = features(p.b);
    df.add(fa);
    df.add(fb);
    return [fa, fb] as const;
  });
  const predicted = feats.map(([fa, fb]) => vectorSimilarity(vectorize(fa, df), vectorize(fb, df)));
  const gold = pairs.map((p) => p.score);
  return {
    pairs: pairs.length,
    spearman: spearman(predicted, gold),
    pearson: pearson(predicted, gold),
    predicted,
  };
}

/**
 * The raw similarity from which people's average judgement (isotonic fit on the pairs) reaches 4, 3
 * and 2 of 5 — where the degrees "nearly the same", "very similar" and "similar" begin.
 */
export function fitSimilarityCalibration(pairs: readonly ScoredPair[]) {
  const { predicted } = evaluateSimilarity(pairs);
  const fit = isotonic(
    predicted,
    pairs.map((p) => p.score),
  );
  const at = (level: number) => Math.round(firstReaching(fit, level) * 1000) / 1000;
  return {
    pairs: pairs.length,
    thresholds: { nearlySame: at(4), verySimilar: at(3), similar: at(2) },
  };
}
