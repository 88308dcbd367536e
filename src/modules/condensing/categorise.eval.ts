import { readCsv } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import { Categoriser, type Example, score } from '../../platform/text/categorise.ts';

/** Reads `id,title,text,category` rows; a malformed file is refused with the line at fault. */
export async function readLabelled(file: string): Promise<Example[]> {
  const rows = await readCsv(file, ['id', 'title', 'text', 'category']);
  return rows.map((r, i) => {
    const label = r.category?.trim();
    if (!label) throw new AppError('VALIDATION_FAILED', `${file}, line ${i + 2}: the category is empty.`);
    // The title counts twice: it is the author's own summary.
    return { text: `${r.title ?? ''} ${r.title ?? ''} ${r.text ?? ''}`, label };
  });
}

/** Trains on one set and scores the suggestions on another. */
export function evaluateCategoriser(train: readonly Example[], test: readonly Example[]) {
  const labels = new Set(train.map((e) => e.label));
  if (labels.size < 2)
    throw new AppError('VALIDATION_FAILED', 'The training file needs at least two categories.');
  const model = Categoriser.train(train);
  return score(
    test.map((e) => e.label),
    test.map((e) => model.suggest(e.text).label),
  );
}

/** The confusion matrix as aligned text: rows are the true category, columns the suggested one. */
export function formatConfusion(
  labels: readonly string[],
  confusion: readonly (readonly number[])[],
): string {
  const short = labels.map((_, i) => `${i + 1}`);
  const width = Math.max(4, ...confusion.flat().map((n) => String(n).length + 1));
  const lines = [`${''.padEnd(6)}${short.map((s) => s.padStart(width)).join('')}   (columns: suggested)`];
  for (const [i, l] of labels.entries()) {
    lines.push(
      `${String(i + 1).padEnd(6)}${confusion[i]!.map((n) => String(n).padStart(width)).join('')}   ${l}`,
    );
  }
  return lines.join('\n');
}
