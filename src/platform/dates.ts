/** Calendar days as the database stores them (YYYY-MM-DD), in UTC so no time zone shifts a day. */

/** Today as a calendar day (YYYY-MM-DD, UTC): what due dates are compared with. */
export function currentDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day `days` after (or, negative, before) `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
