import { describe, expect, it } from 'vitest';
import { clusterTexts } from './cluster.ts';

const texts = [
  'Sperrmüll online anmelden können',
  'Sperrmüll per App anmelden',
  'Online-Anmeldung für Sperrmüll mit Wunschtermin',
  'Radweg auf der Kölnstraße verbreitern',
  'Breiterer Radweg Kölnstraße',
  'Kölnstraße: Radweg zu schmal',
  'Kostenloses WLAN in allen Bussen',
];

describe('clustering similar proposals', () => {
  it('groups texts that say the same and leaves the odd one out', () => {
    const { clusters, unclustered } = clusterTexts(texts);
    const groups = clusters.map((c) => c.members.sort((a, b) => a - b));
    expect(groups).toContainEqual([0, 1, 2]);
    expect(groups).toContainEqual([3, 4, 5]);
    expect(unclustered).toEqual([6]);
  });

  it('puts every text in at most one cluster and names clusters by their words', () => {
    const { clusters, unclustered } = clusterTexts(texts);
    const seen = [...clusters.flatMap((c) => c.members), ...unclustered].sort((a, b) => a - b);
    expect(seen).toEqual(texts.map((_, i) => i));
    const bike = clusters.find((c) => c.members.includes(3))!;
    expect(bike.keyTerms.join(' ').toLowerCase()).toMatch(/radweg|kölnstra/);
  });

  it('is the same for the same input', () => {
    expect(clusterTexts(texts)).toEqual(clusterTexts(texts));
  });

  it('never names a cluster by letter phrases or politeness', () => {
    const letters = [
      'Sehr geehrte Damen und Herren, bitte bauen Sie einen Radweg an der Kölnstraße. Mit freundlichen Grüßen',
      'Sehr geehrte Damen und Herren, der Radweg an der Kölnstraße ist zu schmal. Vielen Dank',
      'Sehr geehrte Damen und Herren, bitte den Radweg Kölnstraße verbreitern. Freundliche Grüße',
    ];
    const [cluster] = clusterTexts(letters).clusters;
    const terms = cluster!.keyTerms.map((k) => k.toLowerCase());
    for (const noise of ['damen', 'herren', 'geehrte', 'bitte', 'grüßen', 'dank'])
      expect(terms, terms.join(', ')).not.toContain(noise);
    expect(terms.join(' ')).toMatch(/radweg|kölnstra/);
  });
});
