import { describe, expect, it } from 'vitest';
import { addDays, currentDay, currentYear, DEFAULT_TIME_ZONE, isTimeZone } from './dates.ts';

describe('calendar days of a municipality', () => {
  it("is the municipality's local day, not UTC's", () => {
    // 23:30 UTC on New Year's Eve is already the first of January in Bonn.
    const night = new Date('2026-12-31T23:30:00Z');
    expect(currentDay('Europe/Berlin', night)).toBe('2027-01-01');
    expect(currentDay('UTC', night)).toBe('2026-12-31');
    expect(currentYear('Europe/Berlin', night)).toBe(2027);
    // Summer time: 22:30 UTC on 14 April is 00:30 on the 15th in Berlin.
    expect(currentDay(DEFAULT_TIME_ZONE, new Date('2027-04-14T22:30:00Z'))).toBe('2027-04-15');
    expect(currentDay(DEFAULT_TIME_ZONE, new Date('2027-04-14T21:59:00Z'))).toBe('2027-04-14');
  });

  it('counts days across month ends, leap days and the change of summer time', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-10-25', 7)).toBe('2026-11-01');
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Bonn')).toBe(false);
  });
});
