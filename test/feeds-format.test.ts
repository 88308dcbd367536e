import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/platform/dates.ts';
import { renderAtom } from '../src/platform/feeds/atom.ts';
import { foldLine, renderICalendar } from '../src/platform/feeds/icalendar.ts';
import {
  atomEntries,
  atomProblems,
  icsEvents,
  icsProblems,
  icsUnescape,
  unfoldIcs,
} from './feeds-validate.ts';

/** Any text people type, with what the formats must escape: markup, separators, line breaks, controls. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ';',
      ',',
      '\\',
      '\n',
      '\r\n',
      '\u0000',
      '\u0007',
      'ß',
      'ü',
      '→',
      '🚲',
      'ع',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  ),
  maxLength: 200,
});

/** What survives a format: XML 1.0 and iCalendar both drop control characters. */
const withoutControls = (s: string) =>
  [...s]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 0x9 || c === 0xa || c === 0xd || c >= 0x20;
    })
    .join('');

describe('Atom (RFC 4287)', () => {
  it('makes a valid feed of any texts, and gives them back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { maxLength: 5 }), anyText, (texts, feedTitle) => {
        const xml = renderAtom({
          self: 'https://bonn.example/neuigkeiten.atom',
          alternate: 'https://bonn.example/projekte',
          title: feedTitle,
          lang: 'de',
          author: { name: 'Stadt Bonn', uri: 'https://bonn.example/' },
          emptyUpdated: new Date('2026-12-01T10:00:00Z'),
          entries: texts.map(([title, content], i) => ({
            id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
            title,
            content,
            link: `https://bonn.example/projekte/p${i}`,
            published: new Date(Date.UTC(2026, 10, i + 1, 8)),
          })),
        });
        expect(atomProblems(xml)).toEqual([]);
        const entries = atomEntries(xml);
        expect(entries.map((e) => e.title)).toEqual(
          texts.map(([t]) => withoutControls(t).replace(/\r\n?/g, '\n')),
        );
        expect(entries.map((e) => e.content)).toEqual(
          texts.map(([, c]) => withoutControls(c).replace(/\r\n?/g, '\n')),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('finds what breaks the rules', () => {
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id>')[0]).toMatch(
      /not well-formed/,
    );
    expect(
      atomProblems(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2026-12-01</updated><entry><id>urn:a</id></entry></feed>',
      ),
    ).toEqual(
      expect.arrayContaining([
        'feed has 0 atom:id, must have exactly one',
        'feed updated: "2026-12-01" is not an RFC 3339 date',
        'entry 1 has 0 atom:title, must have exactly one',
        'entry 1 has no author',
      ]),
    );
  });
});

describe('iCalendar (RFC 5545)', () => {
  it('folds lines at 75 octets without splitting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n'))
          expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('makes a valid calendar of any texts, all-day events ending the next day, and gives the texts back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText, anyText), { maxLength: 5 }), anyText, (texts, name) => {
        const ics = renderICalendar({
          prodId: '-//Rathaus//Rathaus//DE',
          name,
          timeZone: 'Europe/Berlin',
          now: new Date('2026-12-03T11:51:00.123Z'),
          events: texts.map(([summary, description, location], i) => ({
            uid: `workshop-${i}@bonn.example`,
            day: addDays('2026-12-29', i),
            summary,
            description,
            location,
            url: `https://bonn.example/x/${i}`,
          })),
        });
        expect(icsProblems(ics)).toEqual([]);
        const events = icsEvents(ics);
        expect(events.map((e) => icsUnescape(e.props.get('SUMMARY')![0]!.value))).toEqual(
          texts.map(([s]) =>
            withoutControls(s)
              .replace(/\r\n|\r/g, '\n')
              .replace(/[\u007F]/g, ''),
          ),
        );
        expect(events.every((e) => e.props.get('DTSTAMP')![0]!.value === '20261203T115100Z')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('ends an all-day event on the following day, across a month and a year', () => {
    const ics = renderICalendar({
      prodId: '-//Rathaus//Rathaus//DE',
      name: 'Termine',
      timeZone: 'Europe/Berlin',
      now: new Date('2026-12-03T00:00:00Z'),
      events: [
        { uid: 'a@x', day: '2026-12-31', summary: 'Silvester' },
        { uid: 'b@x', day: '2027-02-27', lastDay: '2027-02-28', summary: 'Zwei Tage' },
      ],
    });
    const lines = unfoldIcs(ics);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
    expect(icsProblems(ics)).toEqual([]);
  });

  it('finds what breaks the rules', () => {
    const bad =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a;b\r\nDTSTART;VALUE=DATE:2026120\r\nEND:VEVENT\r\nEND:VCALENDAR\n';
    expect(icsProblems(bad)).toEqual(
      expect.arrayContaining([
        'a line ends with a bare LF',
        'an event has 0 UID, must have exactly one',
        '2026120 does not match its value type',
        'SUMMARY has an unescaped ; , or backslash',
        'VCALENDAR needs exactly one VERSION',
      ]),
    );
  });
});
