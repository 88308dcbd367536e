/**
 * iCalendar (RFC 5545) as text, for calendar apps that subscribe to an address: public dates of the city
 * and a staff member's own due dates. The dates Rathaus keeps are calendar days, so events are all-day
 * (`VALUE=DATE`, the end exclusive); moments (`DTSTAMP`, `LAST-MODIFIED`) are UTC.
 */

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable for the record (`<kind>-<id>@<host>`). */
  uid: string;
  /** First day (YYYY-MM-DD); `lastDay` when it spans several. */
  day: string;
  lastDay?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: readonly string[];
  /** The last change of the record, when known. */
  modified?: Date;
}

export interface Calendar {
  /** Who makes it: `-//<organisation>//<product>//<language>`. */
  prodId: string;
  name: string;
  description?: string;
  /** The municipality's time zone, for the reader's display (`X-WR-TIMEZONE`); all-day events float. */
  timeZone: string;
  events: readonly CalendarEvent[];
  /** The moment the calendar is made (every event's `DTSTAMP`). */
  now: Date;
  /** How often a client should ask again (`REFRESH-INTERVAL`, RFC 7986), in hours. */
  refreshHours?: number;
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  // Control characters have no place in TEXT (line breaks are escaped below, tabs may stay).
  return [...value]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0x7f);
    })
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines begin with one space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A UTC date-time (`20261203T115100Z`). */
export function icsDateTime(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A calendar day as a DATE value (`20261203`). */
export function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The calendar as a text/calendar document (CRLF line ends, folded lines). */
export function renderICalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icsText(cal.name)}`,
    `X-WR-CALNAME:${icsText(cal.name)}`,
    ...(cal.description
      ? [`DESCRIPTION:${icsText(cal.description)}`, `X-WR-CALDESC:${icsText(cal.description)}`]
      : []),
    `X-WR-TIMEZONE:${cal.timeZone}`,
    ...(cal.refreshHours
      ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshHours}H`, `X-PUBLISHED-TTL:PT${cal.refreshHours}H`]
      : []),
  ];
  const stamp = icsDateTime(cal.now);
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.day)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(e.lastDay ?? e.day))}`,
      `SUMMARY:${icsText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${icsText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${icsText(e.location)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(icsText).join(',')}`] : []),
      ...(e.modified ? [`LAST-MODIFIED:${icsDateTime(e.modified)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
