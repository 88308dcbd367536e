import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.ts';
import { pearson, spearman } from '../../platform/stats.ts';
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
  const text = await readFile(file, 'utf8').catch(() => {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${file}.`);
  });
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
    });
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', `${file} is not a valid CSV file: ${(err as Error).message}`);
  }
  if (!rows.length) throw new AppError('VALIDATION_FAILED', `${file} has no pairs.`);
  const cols = Object.keys(rows[0]!);
  for (const c of ['text_a', 'text_b', 'score']) {
    if (!cols.includes(c))
      throw new AppError(
        'VALIDATION_FAILED',
        `${file} needs the columns text_a, text_b, score; found ${cols.join(', ')}.`,
      );
  }
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
