import { describe, expect, it } from 'vitest';
import { normalizeAmount, parseInput, zDay, zMoney } from './validation.ts';

describe('amounts as people type them', () => {
  it('reads German and English notation alike', () => {
    const cases: [string, string][] = [
      ['125000', '125000'],
      ['125.000,50', '125000.50'],
      ['125,000.50', '125000.50'],
      ['1.500', '1500'],
      ['1,500', '1500'],
      ['2,5', '2.5'],
      ['2.50', '2.50'],
      ['1.000.000', '1000000'],
      ['1,000,000.5', '1000000.5'],
      ['1234,56', '1234.56'],
      ['12 500 €', '12500'],
    ];
    for (const [typed, read] of cases) expect(normalizeAmount(typed), typed).toBe(read);
  });

  it('refuses what it cannot read for certain, at the field', () => {
    for (const typed of [
      '1.000,000',
      '1,000.000',
      '1.2.3',
      '1,5,0',
      '-5',
      '.5',
      'zehn',
      '1234.567',
      '1.00,5',
    ])
      expect(() => parseInput(zMoney(), typed), typed).toThrow();
  });
});

describe('days', () => {
  it('takes days from 1990 to 2100 that exist', () => {
    expect(parseInput(zDay(), '2027-02-28')).toBe('2027-02-28');
    for (const typed of ['1900-01-01', '0001-01-01', '9999-12-31', '2027-02-30', '27-02-01'])
      expect(() => parseInput(zDay(), typed), typed).toThrow();
  });
});
