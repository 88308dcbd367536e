import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIR_FEATURES, pairFeatures, textProfile } from './pair-features.ts';
import { pgTrigramSimilarity } from './pg-trgm.ts';
import { DocumentFrequencies, features } from './similarity.ts';
import { loadThesaurus, synonymGroups } from './thesaurus.ts';

const corpus = [
  'Ein Kaninchen rennt über die Wiese.',
  'Ein Hase läuft über die Wiese.',
  'Ein Mann spielt Gitarre.',
  'Drei Männer spielen Schach.',
  'Zwei Männer spielen Schach.',
  'Mehr Fahrradständer am Hauptbahnhof',
];
const df = new DocumentFrequencies();
for (const t of corpus) df.add(features(t));
const measure = (a: string, b: string) => {
  const f = pairFeatures(textProfile(a, df), textProfile(b, df), df);
  return Object.fromEntries(PAIR_FEATURES.map((n, i) => [n, f[i]!]));
};

describe('the thesaurus', () => {
  it('knows German synonyms by their stems, verbs also in their inflected forms', async () => {
    await loadThesaurus();
    const share = (a: string, b: string) => synonymGroups(a).some((g) => synonymGroups(b).includes(g));
    expect(share('kaninchen', 'hasen')).toBe(true);
    expect(share('rennt', 'lauft')).toBe(true);
    expect(share('kaninchen', 'gitarre')).toBe(false);
    expect(synonymGroups('xyzzyqua')).toEqual([]);
  });
});

describe('pair features', () => {
  it('are as many as their names, and the same whichever text comes first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.constantFrom(...corpus), fc.string(), (a, b, extra) => {
        const ab = pairFeatures(textProfile(a + extra, df), textProfile(b, df), df);
        const ba = pairFeatures(textProfile(b, df), textProfile(a + extra, df), df);
        expect(ab).toHaveLength(PAIR_FEATURES.length);
        for (let i = 0; i < ab.length; i++) expect(ab[i]).toBeCloseTo(ba[i]!, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('see a synonym where the letters differ, and a number that differs', async () => {
    await loadThesaurus();
    const rabbit = measure('Ein Kaninchen rennt über die Wiese.', 'Ein Hase läuft über die Wiese.');
    expect(rabbit.synonymsAligned).toBeGreaterThan(rabbit.alignedMin! + 0.2);
    expect(rabbit.synonymsUnmatchedShare).toBeLessThan(rabbit.unmatchedShare!);
    const chess = measure('Drei Männer spielen Schach.', 'Zwei Männer spielen Schach.');
    expect(chess.numbersDiffer).toBe(1);
    expect(measure('Ein Mann spielt Gitarre.', 'Ein Mann spielt Gitarre.').unmatchedShare).toBe(0);
  });
});

describe("pg_trgm's similarity, computed without a database", () => {
  it('cuts padded words into trigrams and shares them out', () => {
    // "  a"," ab","ab " vs "  a"," ac","ac ": 1 of 5 distinct trigrams in common.
    expect(pgTrigramSimilarity('ab', 'ac')).toBeCloseTo(1 / 5, 12);
    expect(pgTrigramSimilarity('Radweg', 'radweg!')).toBe(1);
    expect(pgTrigramSimilarity('', '')).toBe(0);
  });
});
