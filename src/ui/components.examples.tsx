/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { alternates } from '../platform/http/locale.ts';
import { type Lang, textDirection, translator } from '../platform/i18n/i18n.ts';
import {
  Button,
  ChartFigure,
  Checkboxes,
  CheckField,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FieldIds,
  GroupedCheckboxes,
  Notice,
  Pagination,
  Paragraphs,
  Radios,
  Select,
  StatusBadge,
  TableScroll,
  TextArea,
  TextField,
} from './components.tsx';
import { Layout } from './layout.tsx';
import type { PageCtx } from './page.ts';

const t = translator('de');
const errors: Errors = {
  name: { key: 'validation.required' },
  kind: { key: 'validation.choice' },
  topics: { key: 'validation.selectOne' },
};

/** Every UI component in its states; rendered by a browser test and checked with axe. */
/** A city's projects: more than a select draws element by element. */
const LONG_LIST = Array.from({ length: 240 }, (_, i) => ({
  value: `p-${i}`,
  label: `Projekt ${i}: Digitale Akte „${i}“`,
}));

export const COMPONENT_EXAMPLES: Record<string, () => Child> = {
  chart: () => (
    <ChartFigure
      svg={
        '<svg role="img" aria-label="Balkendiagramm: 3 Leistungen auf Stufe 2, 5 auf Stufe 4" viewBox="0 0 100 20" width="100" height="20"><rect width="30" height="8" fill="#004b76"></rect><rect y="10" width="50" height="8" fill="#004b76"></rect></svg>'
      }
      caption="Leistungen je Stufe; dieselben Zahlen stehen in der Tabelle."
    />
  ),
  paragraphs: () => (
    <Paragraphs
      text={
        'Die E-Akte wird Amt für Amt eingeführt.\nDer Stand steht im Projekt.\n\nDie nächsten Ämter folgen im Frühjahr.'
      }
    />
  ),
  'text field': () => (
    <TextField t={t} name="plain" label="Titel" hint="Eine kurze Überschrift" value="Sperrmüll" required />
  ),
  'text field with error': () => (
    <TextField t={t} name="name" label="Name" value="" errors={errors} required />
  ),
  'single checkbox with error': () => (
    <CheckField
      t={t}
      name="consent"
      label="Ich habe die Datenschutzerklärung gelesen."
      errors={{ consent: { key: 'validation.consentRequired' } }}
    />
  ),
  'text area': () => <TextArea t={t} name="body" label="Beschreibung" value={'Zeile 1\nZeile 2'} />,
  select: () => (
    <Select
      t={t}
      name="choice"
      label="Amt"
      empty="Bitte auswählen"
      value="b"
      options={[
        { value: 'a', label: 'Tiefbauamt' },
        { value: 'b', label: 'Umweltamt' },
      ]}
    />
  ),
  'select with a long list (drawn once, kept)': () => (
    <Select
      t={t}
      name="project"
      label="Hängt ab von Projekt"
      empty="Bitte auswählen"
      value="p-17"
      exclude="p-3"
      options={LONG_LIST}
    />
  ),
  'radios with error': () => (
    <Radios
      t={t}
      name="kind"
      label="Art"
      value=""
      options={[
        { value: 'x', label: 'Bürgerin' },
        { value: 'y', label: 'Verein' },
      ]}
      errors={errors}
      required
    />
  ),
  checkboxes: () => (
    <Checkboxes
      t={t}
      name="topics"
      label="Themen"
      values={['a']}
      options={[
        { value: 'a', label: 'Mobilität' },
        { value: 'b', label: 'Bildung', hint: 'Schulen und Bibliotheken' },
      ]}
      errors={errors}
    />
  ),
  'grouped checkboxes': () => (
    <GroupedCheckboxes
      t={t}
      name="people"
      label="Teilnehmende"
      values={['b']}
      options={[
        { value: 'a', label: 'Anna Becker', group: 'Amt 10 – Personal- und Organisationsamt' },
        { value: 'b', label: 'Jonas Weber', group: 'Amt 10 – Personal- und Organisationsamt' },
        { value: 'c', label: 'Leyla Demir', group: 'Amt 66 – Tiefbauamt' },
      ]}
      errors={{ people: { key: 'validation.selectOne' } }}
    />
  ),
  'error summary': () => <ErrorSummary t={t} errors={errors} />,
  notice: () => <Notice kind="success" title="Gespeichert." />,
  'status badges': () => (
    <p>
      <StatusBadge t={t} status="on_track" /> <StatusBadge t={t} status="at_risk" />{' '}
      <StatusBadge t={t} status="off_track" /> <StatusBadge t={t} status={null} />
    </p>
  ),
  pagination: () => <Pagination t={t} page={2} pages={5} href={(p) => `?page=${p}`} />,
  'wide table': () => (
    <TableScroll label="Budgets je Jahr">
      <table class="kern-table kern-table--striped">
        <caption>Budgets je Jahr</caption>
        <thead>
          <tr class="kern-table__row">
            {['Projekt', '2024', '2025', '2026', '2027', '2028', '2029', '2030'].map((h) => (
              <th scope="col" class="kern-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {['Digitales Bürgeramt', 'Open-Data-Portal'].map((p) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__header">
                {p}
              </th>
              {[120, 240, 310, 180, 90, 60, 40].map((n) => (
                <td class="kern-table__cell">{`${n}.000 €`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  ),
  'description list': () => (
    <DescriptionList
      items={[
        ['Amt', 'Tiefbauamt'],
        ['Phase', 'In Umsetzung'],
      ]}
    />
  ),
  'one form per card': () => (
    <>
      {[1, 2].map((n) => (
        <FieldIds scope={`card${n}`}>
          <form method="post" action={`/beispiel/${n}`} class="stack" aria-label={`Bericht ${n}`}>
            <ErrorSummary t={t} errors={n === 2 ? { decision: { key: 'validation.choice' } } : undefined} />
            <Radios
              t={t}
              name="decision"
              label={`Entscheidung zu Bericht ${n}`}
              value="approve"
              options={[
                { value: 'approve', label: 'Freigeben' },
                { value: 'return', label: 'Zur Überarbeitung zurückgeben' },
              ]}
              errors={n === 2 ? { decision: { key: 'validation.choice' } } : undefined}
              required
            />
            <TextArea t={t} name="comment" label={`Anmerkung zu Bericht ${n}`} rows={2} />
          </form>
        </FieldIds>
      ))}
    </>
  ),
  buttons: () => (
    <div class="form-actions">
      <Button>Primär</Button>
      <Button kind="secondary">Sekundär</Button>
    </div>
  ),
};

/** One page with all examples, in the real layout. */
export function ExamplesPage({ lang = 'de' }: { lang?: Lang } = {}) {
  const ctx: PageCtx = {
    lang,
    dir: textDirection(lang),
    t: translator(lang),
    cityName: 'Bonn',
    actor: null,
    csrf: null,
    path: '/beispiele',
    here: '/beispiele',
    alternates: alternates('http://localhost', '/beispiele'),
    notice: undefined,
    noticeText: undefined,
    nav: [{ href: '/', label: 'Start' }],
    footer: [{ href: '/impressum', label: 'Impressum' }],
  };
  return (
    <Layout ctx={ctx} title="Komponenten">
      <h1 class="kern-heading-large">Komponenten</h1>
      {Object.entries(COMPONENT_EXAMPLES).map(([name, render]) => (
        <section aria-label={name} class="stack">
          <h2 class="kern-heading-small">{name}</h2>
          <form action="#" method="post" novalidate>
            {render()}
          </form>
        </section>
      ))}
    </Layout>
  );
}
