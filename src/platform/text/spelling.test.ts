import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, Vocabulary, wordKey } from './spelling.ts';

describe('"did you mean" for searches that found nothing', () => {
  const vocabulary = new Vocabulary();
  for (const text of [
    'Die Fahrradstraße am Rhein braucht eine bessere Beleuchtung.',
    'Entlang der Fahrradstraße fehlen Bänke.',
    'Ein zweites Bürgeramt in Beuel, bitte.',
    'Das Bürgeramt sollte samstags öffnen.',
    'Radweg an der Reuterbrücke sanieren.',
    'Der Radweg endet plötzlich.',
    'Ein Radwerk für alle.',
    'Einmal Fahrradstrasse geschrieben.',
  ])
    vocabulary.add(text);

  it('counts swapped neighbours once and stops at the limit', () => {
    expect(editDistance('radweg', 'radweg')).toBe(0);
    expect(editDistance('radweg', 'rdaweg')).toBe(1);
    expect(editDistance('radweg', 'radwg')).toBe(1);
    expect(editDistance('buergeramt', 'burgeramt')).toBe(1);
    expect(editDistance('fahrradstrasse', 'radweg', 2)).toBe(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
      }),
    );
  });

  it('suggests the closest word the proposals use, as they write it', () => {
    expect(vocabulary.suggest('Fahradstraße')).toBe('Fahrradstraße');
    expect(vocabulary.suggest('fahradstrase')).toBe('Fahrradstraße');
    expect(vocabulary.suggest('Buergeramt')).toBe('Bürgeramt');
    expect(vocabulary.suggest('Bürgeramd')).toBe('Bürgeramt');
    // Found by the search anyway: the stemmer reads umlauts without their dots.
    expect(vocabulary.suggest('Burgeramt')).toBeUndefined();
    // Equally close: the word more proposals use ("Radweg" twice, "Radwerk" once and never suggested).
    expect(vocabulary.suggest('Radwek')).toBe('Radweg');
    expect(vocabulary.suggest('Radwg')).toBe('Radweg');
  });

  it('leaves known words, far ones and short ones alone', () => {
    expect(vocabulary.suggest('Radweg')).toBeUndefined();
    expect(vocabulary.knows('RADWEG')).toBe(true);
    expect(vocabulary.suggest('Schwimmbad')).toBeUndefined();
    expect(vocabulary.suggest('Rad')).toBeUndefined();
    // One edit for short words: "Bnke" is two from "bänke".
    expect(vocabulary.suggest('Bnke')).toBeUndefined();
  });

  it('corrects a query word by word and says when nothing changed', () => {
    expect(vocabulary.correct('Fahradstraße Beleuchtung 2027')).toBe('Fahrradstraße Beleuchtung 2027');
    expect(vocabulary.correct('Bürgeramt Beuel')).toBeUndefined();
    expect(vocabulary.correct('Schwimmbad')).toBeUndefined();
    expect(wordKey('Straße')).toBe('strasse');
    expect(wordKey('Bürgeramt')).toBe('burgeramt');
  });
});
