import { normalize } from './similarity.ts';

/**
 * "Did you mean …?" for a search that found nothing: the words of a collection, counted by the documents
 * they occur in, and for a word the collection does not know the closest one it knows well.
 *
 * Closeness is the edit distance with swapped neighbours counting once (Damerau–Levenshtein, optimal string
 * alignment): one edit for words of up to five letters, two for longer ones. Among words equally close the
 * most frequent wins. Keys are folded as the German stemmer folds them (lower case, ß as ss, no umlauts or
 * accents): a word the search finds anyway ("Burgeramt" finds "Bürgeramt") needs no suggestion.
 */

/** A word as the full-text search compares it. */
export function wordKey(word: string): string {
  return normalize(word);
}

const WORD = /[\p{L}]{4,}/gu;
/** Fewer documents than this, and a word may be a typo itself: it is never suggested. */
const MIN_DOCUMENTS = 2;
const MAX_WORD = 40;

export class Vocabulary {
  /** In how many documents each key occurs, and the form it was first written in. */
  private readonly words = new Map<string, { documents: number; shown: string }>();
  /** Known keys by first letter and length, built on the first suggestion after a change. */
  private byStart: Map<string, string[][]> | undefined;

  add(text: string): void {
    const seen = new Set<string>();
    for (const w of text.match(WORD) ?? []) {
      if (w.length > MAX_WORD) continue;
      const key = wordKey(w);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = this.words.get(key);
      if (entry) entry.documents++;
      else this.words.set(key, { documents: 1, shown: w });
    }
    this.byStart = undefined;
  }

  /** Each known word as [key, documents, the form first written]: to save the vocabulary and restore it. */
  *entries(): Generator<[string, number, string]> {
    for (const [key, { documents, shown }] of this.words) yield [key, documents, shown];
  }

  /** Puts back a word of a saved vocabulary (see entries). */
  restore(key: string, documents: number, shown: string): void {
    this.words.set(key, { documents, shown });
    this.byStart = undefined;
  }

  /** Whether a word occurs in the collection. */
  knows(word: string): boolean {
    return this.words.has(wordKey(word));
  }

  /** The known word closest to `word` (as first written), or undefined when none is close enough. */
  suggest(word: string): string | undefined {
    const key = wordKey(word);
    if (key.length < 4 || key.length > MAX_WORD || this.words.has(key)) return undefined;
    const max = key.length <= 5 ? 1 : 2;
    // Only words that begin with the same letter: a slip in the first letter is rare, and looking at them
    // alone keeps a suggestion to a millisecond or two among 25,000 words.
    const byLength = this.starts().get(key[0]!) ?? [];
    let best: { distance: number; documents: number; shown: string } | undefined;
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const candidate of byLength[len] ?? []) {
        const d = editDistance(key, candidate, best ? Math.min(best.distance, max) : max);
        if (d > max) continue;
        const entry = this.words.get(candidate)!;
        if (!best || d < best.distance || (d === best.distance && entry.documents > best.documents))
          best = { distance: d, documents: entry.documents, shown: entry.shown };
      }
    }
    return best?.shown;
  }

  /**
   * The query with each unknown word replaced by its suggestion; undefined when no word changes. Words the
   * collection knows, and what is not a word (numbers, signs), stay as typed.
   */
  correct(query: string): string | undefined {
    let changed = false;
    const corrected = query.replace(WORD, (w) => {
      const s = this.suggest(w);
      if (!s) return w;
      changed = true;
      return s;
    });
    return changed ? corrected : undefined;
  }

  private starts(): Map<string, string[][]> {
    if (this.byStart) return this.byStart;
    const byStart = new Map<string, string[][]>();
    for (const [key, entry] of this.words) {
      if (entry.documents < MIN_DOCUMENTS) continue;
      let byLength = byStart.get(key[0]!);
      if (!byLength) {
        byLength = [];
        byStart.set(key[0]!, byLength);
      }
      const bucket = byLength[key.length] ?? [];
      bucket.push(key);
      byLength[key.length] = bucket;
    }
    this.byStart = byStart;
    return byStart;
  }
}

/**
 * Edit distance with adjacent swaps counting once, computed only up to `limit`: anything farther returns
 * `limit + 1` as soon as a whole row exceeds it.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length + 1;
  if (rows.length < 3 * n) rows = new Int32Array(3 * n * 2);
  // Three rows in one buffer: the one before last (for swaps), the last, the current.
  let prev2 = 0;
  let prev = n;
  let cur = 2 * n;
  for (let j = 0; j < n; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        rows[prev + j]! + 1,
        rows[cur + j - 1]! + 1,
        rows[prev + j - 1]! + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(rows[prev + b.length]!, limit + 1);
}

/** editDistance's rows, kept between calls (a suggestion computes thousands). */
let rows = new Int32Array(256);
