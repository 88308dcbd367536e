/**
 * What PostgreSQL's `pg_trgm` `similarity()` computes (what Decidim's similar-proposal hints use): each
 * word (letters and digits), lower-cased and padded with two spaces before and one after, cut into
 * trigrams; the share of the two texts' distinct trigrams they have in common. The reference the
 * duplicate hints are measured against, here so an evaluation needs no database (bench:similarity checks
 * it against the database's own function on the same pairs).
 */
export function pgTrigramSimilarity(a: string, b: string): number {
  const ta = trigramSet(a);
  const tb = trigramSet(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const union = ta.size + tb.size - common;
  return union ? common / union : 0;
}

function trigramSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return out;
}
