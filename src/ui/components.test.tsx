/** @jsxImportSource hono/jsx */
import { describe, expect, it } from 'vitest';
import {
  CheckField,
  ErrorSummary,
  type Errors,
  markWithin,
  nameGenericErrors,
  Pagination,
  Radios,
  Select,
  TextArea,
  TextField,
  withContent,
  withLangParts,
} from './components.tsx';

const t = ((key: string) => key) as unknown as Parameters<typeof Select>[0]['t'];
/** The options a select's HTML offers: value, label (as the browser reads it) and whether chosen. */
const offered = (html: string) =>
  [...html.matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)<\/option>/g)].map((m) => ({
    value: m[1]!,
    label: m[3]!.replace(/&#(\d+);|&amp;|&lt;|&gt;|&quot;|&#39;/g, (e, n) =>
      n
        ? String.fromCharCode(Number(n))
        : { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }[e]!,
    ),
    selected: m[2]!.includes('selected'),
  }));

describe('a select', () => {
  it('offers a long list (kept as drawn once) exactly as a short one: the choice marked, one left out', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      value: `p${i}`,
      label: `Projekt ${i} <„Bau“ & Co.>`,
    }));
    const draw = (value: string, exclude?: string | readonly string[]) =>
      String(
        <Select
          t={t}
          name="p"
          label="Projekt"
          empty="– bitte wählen –"
          value={value}
          options={many}
          exclude={exclude}
        />,
      );
    for (const [value, exclude] of [
      ['p7', 'p3'],
      ['p249', 'p0'],
      ['', 'p249'],
      ['p12', undefined],
      ['p5', ['p1', 'p10', 'p249', 'p0']],
      ['', []],
    ] as const) {
      const left = typeof exclude === 'string' ? [exclude] : (exclude ?? []);
      const expected = [
        { value: '', label: '– bitte wählen –', selected: false },
        ...many
          .filter((o) => !(left as readonly string[]).includes(o.value))
          .map((o) => ({ ...o, selected: o.value === value })),
      ];
      expect(offered(draw(value, exclude))).toEqual(expected);
      // The short list's way, for the same options.
      const few = String(
        <Select
          t={t}
          name="p"
          label="Projekt"
          empty="– bitte wählen –"
          value={value}
          options={many.slice(0, 20)}
          exclude={exclude}
        />,
      );
      expect(offered(few)).toEqual(expected.filter((o) => o.value === '' || Number(o.value.slice(1)) < 20));
    }
    // "p1" is chosen, not "p12" or "p100", whose values begin alike.
    expect(
      offered(draw('p1'))
        .filter((o) => o.selected)
        .map((o) => o.value),
    ).toEqual(['p1']);
  });
});

describe('a message with words in another language', () => {
  it('marks them with their language and leaves the rest as it is', () => {
    const html = String(<p>{withLangParts('so [[de:Radweg]] and [[de:Radwegen]] match, <b> stays text')}</p>);
    expect(html).toBe(
      '<p>so <span lang="de">Radweg</span> and <span lang="de">Radwegen</span> match, &lt;b&gt; stays text</p>',
    );
    expect(String(<p>{withLangParts('plain')}</p>)).toBe('<p>plain</p>');
  });

  it('marks the city’s words a message names, on a page in another language only', () => {
    const en = ((key: string, v: Record<string, unknown>) =>
      key === 'internal.home.reportFor'
        ? `Report for “${v.project}” ${v.period}`
        : key) as unknown as Parameters<typeof Select>[0]['t'];
    const named = (lang: 'de' | 'en') =>
      String(
        <p>
          {withContent(
            { t: en, lang },
            'internal.home.reportFor',
            { project: 'E-Akte <neu>' },
            { period: '2026-Q3' },
          )}
        </p>,
      );
    expect(named('en')).toBe('<p>Report for “<span lang="de">E-Akte &lt;neu&gt;</span>” 2026-Q3</p>');
    expect(named('de')).toBe('<p>Report for “E-Akte &lt;neu&gt;” 2026-Q3</p>');
    // A period kept whole keeps the dash before it at the end of the line before (walk).
    const dashed = ((_key: string, v: Record<string, unknown>) =>
      `${v.project} – ${v.period}`) as unknown as Parameters<typeof Select>[0]['t'];
    expect(
      String(
        <p>
          {withContent(
            { t: dashed, lang: 'en' },
            'internal.home.reportFor',
            { project: 'E-Akte' },
            { period: '2026-Q3' },
            ['period'],
          )}
        </p>,
      ),
    ).toBe('<p><span lang="de">E-Akte</span>\u00A0– <span class="nowrap">2026-Q3</span></p>');
    // A text composed before the words are known to stand in it: marked where they occur.
    expect(String(<p>{markWithin({ lang: 'en' }, 'Remove “Staff – Amt 40”', 'Amt 40')}</p>)).toBe(
      '<p>Remove “Staff – <span lang="de">Amt 40</span>”</p>',
    );
    expect(String(<p>{markWithin({ lang: 'de' }, 'Staff – Amt 40', 'Amt 40')}</p>)).toBe(
      '<p>Staff – Amt 40</p>',
    );
  });
});

describe('Pagination', () => {
  it('says nothing for an empty list, and names a page past the end of one with pages', () => {
    expect(String(<Pagination t={t} page={2} pages={0} href={(p) => `?seite=${p}`} />)).toBe('');
    const past = String(
      <Pagination t={t} page={5} pages={2} href={(p) => `?seite=${p}`} label="Seiten der Rangliste" />,
    );
    expect(past).toContain('aria-label="Seiten der Rangliste"');
    expect(past).toContain('href="?seite=2"');
  });
});

describe('ErrorSummary', () => {
  it('asks to correct what is wrong, and only to try later when too many attempts were refused', () => {
    const wrong = String(<ErrorSummary t={t} errors={{ title: { key: 'validation.required' } }} />);
    expect(wrong).toContain('form.errorSummary');
    const later = String(<ErrorSummary t={t} errors={{ _form: { key: 'participate.rateLimited' } }} />);
    expect(later).toContain('form.tryLater');
    expect(later).not.toContain('form.errorSummary');
    // What concerns the whole form is said, not linked (walk: a link led to the summary itself).
    expect(later).toContain('<li>participate.rateLimited</li>');
    expect(later).not.toContain('href=');
  });

  it('leaves a sentence-long label (a consent checkbox) out of the message', () => {
    const errors: Errors = { consent: { key: 'validation.required' } };
    const label = 'Ich willige ein, dass die Stadt meine E-Mail-Adresse speichert, um mir zu schreiben.';
    const html = nameGenericErrors(
      String(
        <>
          <ErrorSummary t={t} errors={errors} />
          <CheckField t={t} name="consent" label={label} errors={errors} />
        </>,
      ),
    );
    expect(html).toMatch(/href="#f-consent"[^>]*>validation\.required<\/a>/);
    expect(html).toMatch(/id="f-consent"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-consent"/);
  });

  it('names the field of a message that fits any field, from its label or its legend', () => {
    const errors: Errors = {
      summary: { key: 'validation.required' },
      'summary-d1': { key: 'validation.required' },
      level: { key: 'validation.choice' },
      lead: { key: 'participate.tooOften' },
      nowhere: { key: 'validation.required' },
    };
    const html = nameGenericErrors(
      String(
        <>
          <ErrorSummary t={t} errors={errors} />
          <TextField t={t} name="summary" label="Zusammenfassung" errors={errors} required />
          <Radios
            t={t}
            name="level"
            label="Ebene"
            options={[{ value: 'office', label: 'Ämter' }]}
            errors={errors}
          />
          <TextField t={t} name="lead" label="Projektleitung" errors={errors} required />
          <TextArea
            t={t}
            name="summary-d1"
            label={[
              'Zusammenfassung für ',
              <span lang="de">Dezernat I – Personal, Organisation und Bürgerdienste</span>,
            ]}
            errors={errors}
          />
        </>,
      ),
    );
    // Replacement patterns in a label stay text (review).
    expect(
      nameGenericErrors(
        String(
          <>
            <ErrorSummary t={t} errors={{ cost: { key: 'validation.required' } }} />
            <TextField t={t} name="cost" label="Kosten in $' (US$&)" required />
          </>,
        ),
      ),
    ).toContain('Kosten in $&#39; (US$&amp;): validation.required');
    const links = [...html.matchAll(/href="#[^"]+"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    // A specific message is left as written; a field not on the page leaves its message alone.
    expect(links).toEqual([
      'Zusammenfassung: validation.required',
      // A long name that is no sentence stays (a department's roll-up, walk), its marked words too.
      'Zusammenfassung für Dezernat I – Personal, Organisation und Bürgerdienste: validation.required',
      'Ebene: validation.choice',
      'participate.tooOften',
      'validation.required',
    ]);
  });
});
