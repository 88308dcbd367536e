/**
 * Calendar days as the database stores them (YYYY-MM-DD). "Today" is the municipality's local day: a
 * report due on the 15th is overdue from midnight in Bonn, not from 01:00 or 02:00 (UTC).
 */

/** The time zone of a municipality that names none (every German one). */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today (or `now`) as a calendar day in the given time zone: what due dates are compared with. */
export function currentDay(timeZone: string = DEFAULT_TIME_ZONE, now = new Date()): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(now);
}

/** The calendar year of today in the given time zone. */
export function currentYear(timeZone: string = DEFAULT_TIME_ZONE, now = new Date()): number {
  return Number(currentDay(timeZone, now).slice(0, 4));
}

/** Whether a time zone name is one this runtime knows (IANA, e.g. Europe/Berlin). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The day `days` after (or, negative, before) `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
