import { normalize } from '../../platform/text/similarity.ts';
import { SIMILARITY_CALIBRATION } from './similarity.calibration.ts';

/**
 * How alike two proposals are, in words people understand. The raw similarity (0–1, the model's
 * reading of people's 0–5 scale) is not a percentage anyone can read. The degrees follow what people judged: on the German STS training pairs (0 = unrelated … 5 = the
 * same meaning), pairs from `verySimilar` on were rated at least 3 on average, and so on
 * (`npm run train:similarity` fits the thresholds; a test keeps them in step with the measure).
 */
export const SIMILARITY_DEGREES = ['nearlySame', 'verySimilar', 'similar', 'related'] as const;
export type SimilarityDegree = (typeof SIMILARITY_DEGREES)[number];

export function degreeOf(
  similarity: number,
  t: { nearlySame: number; verySimilar: number; similar: number } = SIMILARITY_CALIBRATION.thresholds,
): SimilarityDegree {
  if (similarity >= t.nearlySame) return 'nearlySame';
  if (similarity >= t.verySimilar) return 'verySimilar';
  if (similarity >= t.similar) return 'similar';
  return 'related';
}

/** Titles that read the same once case, accents and punctuation are set aside. */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) =>
    normalize(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const ka = key(a);
  return ka.length > 0 && ka === key(b);
}
