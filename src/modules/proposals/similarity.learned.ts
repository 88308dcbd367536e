import { readFileSync } from 'node:fs';
import { type Curve, curveAt } from '../../platform/stats.ts';
import { type BoostedTrees, predictBoosted } from '../../platform/text/boosted-trees.ts';
import {
  contentStemSet,
  PAIR_FEATURES,
  pairFeatures,
  type TextProfile,
} from '../../platform/text/pair-features.ts';
import { type DocumentFrequencies, vectorSimilarity } from '../../platform/text/similarity.ts';
import {
  SUBSTITUTION_FEATURES,
  type SubstitutionTable,
  substitutionFeatures,
} from '../../platform/text/substitutions.ts';
import { SIMILARITY_CALIBRATION } from './similarity.calibration.ts';

/**
 * The duplicate hints' similarity, on people's scale (0–5, read here as 0–1).
 *
 * For texts of up to SHORT words — what people scored in the German STS pairs it was trained on (99 % of
 * them are that short) — boosted trees combine the pair features into the score people would give.
 * Texts of LONG words and more are beyond what the model saw: there, looked at by hand on the Rad-Dialog,
 * it liked loosely related long texts more than the ones about the same place and problem. For them the
 * weighted cosine (`similarity.ts`) decides, mapped to people's scale by a monotone curve fitted on the
 * same pairs (its order is kept). Between the two lengths the two are mixed in proportion, so no pair
 * jumps. `npm run train:similarity -- --write` trains the model (similarity.model.json) and fits the curve
 * and the degrees (similarity.calibration.ts); bench/README.md has the figures beside PostgreSQL's trigram
 * similarity.
 */
export const SHORT = 32;
export const LONG = 64;

/** The top of people's scale in the STS data (5 = the same meaning). */
export const SCALE = 5;

/** What the model reads of a pair: the lexical measurements, then the learned word swaps. */
export const MODEL_FEATURES = [...PAIR_FEATURES, ...SUBSTITUTION_FEATURES] as const;

/** The boosted trees and the table of word swaps whose measurements they were trained on. */
export interface SimilarityModel extends BoostedTrees {
  substitutions: SubstitutionTable;
}

let loaded: SimilarityModel | undefined;

/** The trained model, read once; refused when it was trained on other features than are measured now. */
export function similarityModel(): SimilarityModel {
  if (loaded) return loaded;
  const model: SimilarityModel = JSON.parse(
    readFileSync(new URL('./similarity.model.json', import.meta.url), 'utf8'),
  );
  if (model.features.join() !== MODEL_FEATURES.join() || !model.substitutions)
    throw new Error(
      'similarity.model.json was trained on other measurements than are made now (pair-features.ts, substitutions.ts): run npm run train:similarity -- --write',
    );
  loaded = model;
  return model;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** How alike two profiled texts are, 0–1 on people's scale (see above). */
export function proposalSimilarity(
  a: TextProfile,
  b: TextProfile,
  df: DocumentFrequencies,
  model: SimilarityModel = similarityModel(),
  cosineScale: Curve = SIMILARITY_CALIBRATION.cosineScale,
): number {
  return similarityFrom(
    Math.max(a.words, b.words),
    vectorSimilarity(a.vector, b.vector),
    () => modelFeatures(a, b, df, model.substitutions),
    model,
    cosineScale,
  );
}

/** MODEL_FEATURES of two profiled texts under a table of word swaps. */
function modelFeatures(
  a: TextProfile,
  b: TextProfile,
  df: DocumentFrequencies,
  substitutions: SubstitutionTable,
): number[] {
  return [
    ...pairFeatures(a, b, df),
    ...substitutionFeatures(substitutions, contentStemSet(a, df), contentStemSet(b, df)),
  ];
}

/** The same from a pair's longer word count, its cosine and (only measured when needed) its features. */
export function similarityFrom(
  words: number,
  cosine: number,
  features: () => readonly number[],
  model: BoostedTrees,
  cosineScale: Curve,
): number {
  const learnedShare = clamp((LONG - words) / (LONG - SHORT));
  const byCosine = clamp(curveAt(cosineScale, cosine) / SCALE);
  if (learnedShare === 0) return byCosine;
  const learned = clamp(predictBoosted(model, features()) / SCALE);
  return learnedShare * learned + (1 - learnedShare) * byCosine;
}
