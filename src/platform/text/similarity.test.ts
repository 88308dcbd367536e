import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pearson, spearman } from '../stats.ts';
import { DocumentFrequencies, features, normalize, similarity, stems } from './similarity.ts';

describe('similarity of proposals', () => {
  const corpus = [
    'Mehr Fahrradständer am Hauptbahnhof',
    'Radwege in der Innenstadt verbreitern',
    'Kostenloses WLAN in Bussen und Bahnen',
    'Sperrmüll online anmelden',
    'Die Ampel am Bertha-von-Suttner-Platz ist für Radfahrer zu kurz grün',
  ];
  const df = new DocumentFrequencies();
  for (const t of corpus) df.add(features(t));
  const sim = (a: string, b: string) => similarity(features(a), features(b), df);

  it('folds case, umlauts and ß, and stems German words', () => {
    expect(normalize('Straße ÖFFNEN Café')).toBe('strasse offnen cafe');
    expect(stems('Die Radwege sind gefährlich')).toEqual(stems('Radweg gefährliche'));
  });

  it('ranks a reworded duplicate above an unrelated proposal', () => {
    const q = 'Fahrradständer am Bahnhof fehlen';
    expect(sim(q, 'Mehr Fahrradständer am Hauptbahnhof')).toBeGreaterThan(
      sim(q, 'Sperrmüll online anmelden') + 0.3,
    );
    expect(sim('Sperrmüll online anmelden', 'Sperrmüll online anmelden')).toBeCloseTo(1, 6);
  });

  it('is symmetric, between 0 and 1, and 1 for identical texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (a, b) => {
        const s = sim(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-9);
        expect(Math.abs(s - sim(b, a))).toBeLessThan(1e-9);
        if (features(a).grams.size) expect(sim(a, a)).toBeCloseTo(1, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('computes rank and linear correlation like the textbook', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9934, 3);
  });
});
