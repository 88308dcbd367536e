import { describe, expect, it } from 'vitest';
import { unitLabel } from './orgs.service.ts';

describe('unitLabel', () => {
  it('puts the code before the name, unless the name holds it already', () => {
    expect(unitLabel({ code: '66', name: 'Tiefbauamt' })).toBe('66 – Tiefbauamt');
    expect(unitLabel({ code: null, name: 'Stadtverwaltung' })).toBe('Stadtverwaltung');
    expect(unitLabel({ code: 'I', name: 'Dezernat I – Allgemeine Verwaltung' })).toBe(
      'Dezernat I – Allgemeine Verwaltung',
    );
    // A code that is only part of a word in the name still goes in front.
    expect(unitLabel({ code: 'IT', name: 'Amt für Digitalisierung und ITK' })).toBe(
      'IT – Amt für Digitalisierung und ITK',
    );
    expect(unitLabel({ code: 'Amt 12', name: 'Amt 12 – Digitalisierung' })).toBe('Amt 12 – Digitalisierung');
  });
});
