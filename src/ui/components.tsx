/** @jsxImportSource hono/jsx */
import { type Child, createContext, useContext } from 'hono/jsx';
import { groupBy } from '../platform/collections.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Lang, T } from '../platform/i18n/i18n.ts';
import { LOCALES } from '../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../platform/i18n/shipped.ts';
import type { ShownText } from '../platform/translation/translation.ts';

export type Errors = Record<string, FieldError>;

const FieldScope = createContext('');

/**
 * Where one page holds the same form several times (a card per report, a form per goal), each form's
 * fields, messages and error summary get ids under its own scope, so ids stay unique and labels, hints
 * and summary links point into the right form.
 */
export function FieldIds({ scope, children }: { scope: string; children: Child }) {
  return <FieldScope.Provider value={scope}>{children}</FieldScope.Provider>;
}

/** The id of a field (`f-title`, or `f-<scope>-title` inside FieldIds). */
export function fieldId(name: string): string {
  const scope = useContext(FieldScope);
  return scope ? `f-${scope}-${name}` : `f-${name}`;
}

/** The attribute that marks an error summary (in any FieldIds scope); the layout looks for it to title the page. */
export const ERROR_SUMMARY_MARK = 'data-error-summary';

/** A rendered element as text, now (no component here is asynchronous; one that were would be a bug). */
export function renderNow(node: { toString(): string | Promise<string> }): string {
  const html = node.toString();
  if (typeof html !== 'string') throw new Error('An asynchronous component cannot be rendered here.');
  return html;
}

/** One choice of a select, radio group or checkbox group. */
export interface Option {
  value: string;
  label: string;
}

/**
 * The GOV.UK-style error summary at the top of a form; each entry links to its field. `title` replaces
 * "please correct" where there is nothing to correct; a refusal for too many attempts (a `….rateLimited`
 * message alone) asks to try again later by itself.
 */
export function ErrorSummary({ t, errors, title }: { t: T; errors: Errors | undefined; title?: string }) {
  const entries = Object.entries(errors ?? {});
  if (!entries.length) return null;
  // A limit reached (the network's or the account's) has nothing to correct: "try again later".
  const tooMany = entries.every(([field, e]) => field === '_form' && /\.rateLimited\w*$/.test(e.key));
  const summary = fieldId('error-summary').replace(/^f-/, '');
  return (
    <div
      class="kern-alert kern-alert--danger"
      role="alert"
      aria-labelledby={`${summary}-title`}
      tabindex={-1}
      // Focus lands on the summary when the page with errors opens (no script needed), as GOV.UK does.
      autofocus
      id={summary}
      data-error-summary=""
    >
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title" id={`${summary}-title`}>
          {title ?? t(tooMany ? 'form.tryLater' : 'form.errorSummary')}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {entries.map(([field, e]) =>
            // What concerns the whole form has no field to lead to: plain text, not a link to itself.
            field === '_form' ? (
              <li>{t(e.key, e.values)}</li>
            ) : (
              <li>
                <a
                  class="kern-link"
                  href={`#${fieldId(field)}`}
                  // A message that fits any field ("Bitte füllen Sie dieses Feld aus.") is named by its field's
                  // label once the page is rendered (nameGenericErrors): the summary alone must say which.
                  data-error-label={e.key.startsWith('validation.') ? '' : undefined}
                >
                  {t(e.key, e.values)}
                </a>
              </li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}

const GENERIC_ERROR_LINK = /<a class="kern-link" href="#([^"]+)" data-error-label="">([^<]*)<\/a>/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The error summary's generic messages with the label of their field in front ("Zusammenfassung: Bitte
 * füllen Sie dieses Feld aus."), read from the rendered page: the field's `<label for>` or, for a group
 * of choices, its fieldset's legend. A message whose field is not found stays as it is.
 */
export function nameGenericErrors(html: string): string {
  if (!html.includes(' data-error-label=""')) return html;
  return html.replace(GENERIC_ERROR_LINK, (link, id: string, message: string) => {
    const at = escapeRegExp(id);
    const label =
      new RegExp(`<label[^>]* for="${at}"[^>]*>(.*?)</label>`, 's').exec(html)?.[1] ??
      new RegExp(`<fieldset[^>]* id="${at}"[^>]*>\\s*<legend[^>]*>(.*?)</legend>`, 's').exec(html)?.[1];
    // The label's words, also those marked by language; not its "(optional)" or a hint inside it.
    const name = label
      ?.replace(/<span class="kern-(?:label--small|hint)">.*?<\/span>/gs, '')
      .replace(/<[^>]+>/g, '')
      .trim();
    // A label that is a whole sentence (a consent checkbox's) would bury the message: left out. A long name
    // is kept ("Zusammenfassung für Dezernat I – Personal, Organisation und Bürgerdienste", walk).
    if (!name || name.length > 90 || (name.length > 60 && /[.!?]$/.test(name))) return link;
    // A function, so that "$&" or "$'" in a label or message stays text.
    return link.replace(`>${message}</a>`, () => `>${name}: ${message}</a>`);
  });
}

export function Notice({
  kind,
  title,
  id,
  children,
}: {
  /** An anchor, so a redirect can land on the confirmation (`#hinweis`). */
  id?: string;
  kind: 'success' | 'info' | 'warning';
  title: string;
  children?: Child;
}) {
  return (
    <div class={`kern-alert kern-alert--${kind}`} role="status" id={id} tabindex={id ? -1 : undefined}>
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <span class="kern-title">{title}</span>
      </div>
      {children ? <div class="kern-alert__body">{children}</div> : null}
    </div>
  );
}

interface FieldProps {
  t: T;
  name: string;
  /** Text, or text with the city's words marked by language (`withContent`). */
  label: Child;
  hint?: string | undefined;
  errors?: Errors | undefined;
  required?: boolean;
  /**
   * Required only in some cases (a unit for some roles, a reason to hide): no "(optional)" after the label;
   * the hint says when it is needed.
   */
  conditional?: boolean;
  /**
   * The field's id where another field of the same name has `f-<name>` already (a select to add one more
   * beside the boxes of the same name): the error summary leads to the first.
   */
  id?: string | undefined;
}

/** The field's own id: the one it was given, or `f-<name>` in its scope. */
const idOf = (p: FieldProps) => p.id ?? fieldId(p.name);

function describedBy(id: string, hint: string | undefined, err: FieldError | undefined) {
  return [hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldFrame(p: FieldProps & { children: Child }) {
  const err = p.errors?.[p.name];
  const id = idOf(p);
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {p.label}
        {p.required || p.conditional ? null : (
          <span class="kern-label--small"> ({p.t('form.optional')})</span>
        )}
      </label>
      {p.hint ? (
        <div class="kern-hint" id={`${id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      <FieldErrorMessage t={p.t} id={`${id}-error`} error={err} />
      {p.children}
    </div>
  );
}

export function TextField(
  p: FieldProps & {
    value?: string | null | undefined;
    type?: string;
    autocomplete?: string;
    maxlength?: number;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'text';
    /** The language of what is typed where it is not the page's (the city's German names on an English page). */
    lang?: string | undefined;
  },
) {
  const err = p.errors?.[p.name];
  // A password is never written back into the page; after a refused form, its field says so.
  const again = p.type === 'password' && p.errors && Object.keys(p.errors).length > 0;
  const hint = again ? [p.hint, p.t('form.passwordAgain')].filter(Boolean).join(' ') : p.hint;
  return (
    <FieldFrame {...p} hint={hint}>
      <input
        class={`kern-form-input__input${err ? ' kern-form-input__input--error' : ''}`}
        id={idOf(p)}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        autocomplete={p.autocomplete}
        maxlength={p.maxlength}
        inputmode={p.inputmode}
        lang={p.lang}
        required={p.required}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={describedBy(idOf(p), hint, err)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  p: FieldProps & {
    value?: string | null | undefined;
    rows?: number;
    maxlength?: number;
    /** The language (and direction) of what is typed, where it is not the page's (a translation). */
    lang?: string | undefined;
    dir?: 'ltr' | 'rtl' | undefined;
  },
) {
  const err = p.errors?.[p.name];
  return (
    <FieldFrame {...p}>
      <textarea
        class={`kern-form-input__input${err ? ' kern-form-input__input--error' : ''}`}
        id={idOf(p)}
        name={p.name}
        rows={p.rows ?? 6}
        maxlength={p.maxlength}
        lang={p.lang}
        dir={p.dir}
        required={p.required}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={describedBy(idOf(p), p.hint, err)}
      >
        {p.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/**
 * From how many options a list is long: a select draws them once per list and keeps them (manyOptions),
 * and a form offers a select rather than a box for each.
 */
export const MANY_OPTIONS = 200;
const drawnOptions = new WeakMap<ReadonlyArray<SelectOption>, string>();
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

type SelectOption = { value: string; label: string; lang?: string | undefined };

/**
 * A long list's options (every project of a city: thousands) as HTML, drawn once per list and kept while
 * the list is (lists read through the tenant cache live until the next change): drawing them element by
 * element took tens of milliseconds of the event loop on every view. The chosen one is marked and the
 * excluded ones cut from the kept HTML.
 */
function manyOptions(
  options: ReadonlyArray<SelectOption>,
  value: string | null | undefined,
  exclude: readonly string[],
) {
  let html = drawnOptions.get(options);
  if (html === undefined) {
    html = options
      .map(
        (o) =>
          `<option value="${escapeHtml(o.value)}"${o.lang ? ` lang="${escapeHtml(o.lang)}"` : ''}>${escapeHtml(o.label)}</option>`,
      )
      .join('');
    drawnOptions.set(options, html);
  }
  const at = (v: string) => html!.indexOf(`<option value="${escapeHtml(v)}"`);
  for (const x of exclude) {
    const from = at(x);
    if (from < 0) continue;
    const to: number = html.indexOf('</option>', from) + '</option>'.length;
    html = html.slice(0, from) + html.slice(to);
  }
  if (value && at(value) >= 0) {
    const after = at(value) + `<option value="${escapeHtml(value)}"`.length;
    html = `${html.slice(0, after)} selected=""${html.slice(after)}`;
  }
  return html;
}

export function Select(
  p: FieldProps & {
    value?: string | null | undefined;
    /** `lang` marks a label written in another language than the page (a city's content in an English page). */
    options: ReadonlyArray<SelectOption>;
    empty?: string;
    /**
     * Options not to offer: the project itself among the projects it may depend on, the projects already
     * ticked beside the select.
     */
    exclude?: string | readonly string[] | undefined;
  },
) {
  const err = p.errors?.[p.name];
  const exclude = p.exclude === undefined ? [] : typeof p.exclude === 'string' ? [p.exclude] : p.exclude;
  const id = idOf(p);
  const attrs = {
    class: `kern-form-input__select${err ? ' kern-form-input__select--error' : ''}`,
    id,
    name: p.name,
    required: p.required,
    'aria-invalid': err ? 'true' : undefined,
    'aria-describedby': describedBy(id, p.hint, err),
  };
  const empty = p.empty !== undefined ? `<option value="">${escapeHtml(p.empty)}</option>` : '';
  return (
    <FieldFrame {...p}>
      <div class="kern-form-input__select-wrapper">
        {p.options.length > MANY_OPTIONS ? (
          <select
            {...attrs}
            dangerouslySetInnerHTML={{ __html: empty + manyOptions(p.options, p.value, exclude) }}
          />
        ) : (
          <select {...attrs}>
            {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
            {p.options
              .filter((o) => !exclude.includes(o.value))
              .map((o) => (
                <option value={o.value} selected={o.value === p.value} lang={o.lang}>
                  {o.label}
                </option>
              ))}
          </select>
        )}
      </div>
    </FieldFrame>
  );
}

/** The message under a field or fieldset, linked from the error summary and by aria-describedby. */
export function FieldErrorMessage({ t, id, error }: { t: T; id: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p class="kern-error" id={id}>
      <span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span class="kern-body">{t(error.key, error.values)}</span>
    </p>
  );
}

/** A fieldset of choices: its legend, hint and error message around the options. */
function ChoiceFrame(p: FieldProps & { children: Child }) {
  const err = p.errors?.[p.name];
  return (
    <fieldset
      class={`kern-fieldset${err ? ' kern-fieldset--error' : ''}`}
      id={fieldId(p.name)}
      aria-describedby={err ? `${fieldId(p.name)}-error` : undefined}
    >
      <legend class="kern-label">{p.label}</legend>
      {p.hint ? <div class="kern-hint">{p.hint}</div> : null}
      <FieldErrorMessage t={p.t} id={`${fieldId(p.name)}-error`} error={err} />
      {p.children}
    </fieldset>
  );
}

/** One radio or checkbox of a fieldset, numbered within it (`index`) for its id. */
function ChoiceOption(p: {
  type: 'radio' | 'checkbox';
  name: string;
  index: number;
  value: string;
  label: Child;
  /** The label's language where it is not the page's (a city's unit or field on an English page). */
  lang?: string | undefined;
  hint?: string | undefined;
  checked: boolean;
}) {
  const id = `${fieldId(p.name)}-${p.index}`;
  return (
    <div class="kern-form-check">
      <input
        class={`kern-form-check__${p.type}`}
        type={p.type}
        id={id}
        name={p.name}
        value={p.value}
        checked={p.checked}
      />
      <label class="kern-label" for={id}>
        {p.lang ? <span lang={p.lang}>{p.label}</span> : p.label}
        {p.hint ? <span class="kern-hint"> {p.hint}</span> : null}
      </label>
    </div>
  );
}

/** One choice of a fieldset; `lang` marks a label in another language than the page (a city's content). */
type ChoiceItem = { value: string; label: Child; hint?: string; lang?: string | undefined };

/** Radios or checkboxes as one fieldset: legend, hint, error message and the options. */
function ChoiceFieldset(
  p: FieldProps & {
    type: 'radio' | 'checkbox';
    isChecked: (value: string) => boolean;
    options: ReadonlyArray<ChoiceItem>;
  },
) {
  return (
    <ChoiceFrame {...p}>
      <div class="kern-fieldset__body">
        {p.options.map((o, i) => (
          <ChoiceOption
            type={p.type}
            name={p.name}
            index={i}
            value={o.value}
            label={o.label}
            lang={o.lang}
            hint={o.hint}
            checked={p.isChecked(o.value)}
          />
        ))}
      </div>
    </ChoiceFrame>
  );
}

/** A group of checkboxes (multiple) with a legend, as one fieldset. */
export function Checkboxes(
  p: FieldProps & {
    values: readonly string[];
    options: ReadonlyArray<ChoiceItem>;
  },
) {
  return <ChoiceFieldset {...p} type="checkbox" isChecked={(v) => p.values.includes(v)} />;
}

/**
 * Checkboxes for a long list in groups (a city's 500 staff by office): a fieldset whose groups open and
 * close (`details`, without JavaScript too), each named with how many it holds; a group with a ticked box
 * starts open (a count of the ticked ones would go stale as people tick). The boxes are numbered as
 * Checkboxes numbers them.
 */
export function GroupedCheckboxes(
  p: FieldProps & {
    values: readonly string[];
    options: ReadonlyArray<{ value: string; label: string; group: string }>;
    /** The language of the labels and group names where it is not the page's (people and offices). */
    lang?: string | undefined;
  },
) {
  const groups = groupBy(
    p.options.map((o, i) => ({ ...o, i })),
    (o) => o.group,
  );
  return (
    <ChoiceFrame {...p}>
      {[...groups].map(([group, options]) => {
        const ticked = options.filter((o) => p.values.includes(o.value)).length;
        return (
          <details class="choice-group" open={ticked > 0}>
            <summary class="kern-link">
              {tMarked(p.t, 'form.choiceGroup', { group }, { count: options.length }, p.lang)}
            </summary>
            <div class="kern-fieldset__body">
              {options.map((o) => (
                <ChoiceOption
                  type="checkbox"
                  name={p.name}
                  index={o.i}
                  value={o.value}
                  label={o.label}
                  lang={p.lang}
                  checked={p.values.includes(o.value)}
                />
              ))}
            </div>
          </details>
        );
      })}
    </ChoiceFrame>
  );
}

export function Radios(
  p: FieldProps & {
    value?: string | null | undefined;
    options: ReadonlyArray<ChoiceItem>;
  },
) {
  return <ChoiceFieldset {...p} type="radio" isChecked={(v) => v === p.value} />;
}

export function Button({
  children,
  kind = 'primary',
  name,
  value,
  label,
  form,
  formAction,
  formEnctype,
}: {
  children: Child;
  kind?: 'primary' | 'secondary' | 'tertiary';
  name?: string;
  value?: string;
  /**
   * The accessible name where the visible words alone are ambiguous (one "Link" per row): it starts with
   * them. Not a hidden span inside: KERN styles a button holding `.kern-sr-only` as an icon button.
   */
  label?: string;
  /** A button outside its form (`form`), sending it elsewhere (`formAction`, `formEnctype`). */
  form?: string;
  formAction?: string;
  formEnctype?: 'multipart/form-data';
}) {
  return (
    <button
      type="submit"
      class={`kern-btn kern-btn--${kind}`}
      name={name}
      value={value}
      aria-label={label}
      form={form}
      formaction={formAction}
      formenctype={formEnctype}
    >
      <span class="kern-label">{children}</span>
    </button>
  );
}

/** Hidden CSRF field; every form that changes something carries it. */
export function Csrf({ token }: { token: string | null }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}

const STATUS_BADGE: Record<string, string> = { on_track: 'success', at_risk: 'warning', off_track: 'danger' };

/** The traffic-light status as a badge with text, never colour alone. */
/** The statuses a badge shows (a report's overall status, or none yet). */
export type BadgeStatus = 'on_track' | 'at_risk' | 'off_track';

/**
 * The traffic-light badge of a reported status. `ended` names a state that overrides it (a stopped
 * project is not "on track", whatever its last report said): shown as a neutral badge.
 */
export function StatusBadge({
  t,
  status,
  ended,
}: {
  t: T;
  status: BadgeStatus | null | undefined;
  ended?: string | undefined;
}) {
  if (ended)
    return (
      <span class="kern-badge badge-ended">
        <span class="kern-label">{ended}</span>
      </span>
    );
  if (!status)
    return (
      <span class="kern-badge kern-badge--info">
        <span class="kern-label">{t('status.none')}</span>
      </span>
    );
  return (
    <span class={`kern-badge kern-badge--${STATUS_BADGE[status] ?? 'info'}`}>
      <span class="kern-label">{t(`status.${status}`)}</span>
    </span>
  );
}

export function Pagination({
  t,
  page,
  pages,
  href,
  label,
}: {
  t: T;
  page: number;
  pages: number;
  href: (p: number) => string;
  /** The navigation's name where a page has two lists with pages (each landmark needs its own). */
  label?: string | undefined;
}) {
  // An empty list has no pages to lead to (the list says it is empty).
  if (pages < 1) return null;
  // A page past the end (an old link, a typed address): say so and lead to the last page.
  if (page > pages)
    return (
      <nav class="pagination" aria-label={label ?? t('pagination.label')}>
        <p class="kern-body">
          {t('pagination.beyond', { count: pages })}{' '}
          <a class="kern-link" href={href(pages)}>
            {t('pagination.last')}
          </a>
        </p>
      </nav>
    );
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={label ?? t('pagination.label')}>
      <ul class="kern-list kern-list--horizontal">
        {page > 1 ? (
          <li>
            <a class="kern-link" href={href(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        ) : null}
        <li>
          <span>{t('pagination.pageOf', { page, pages })}</span>
        </li>
        {page < pages ? (
          <li>
            <a class="kern-link" href={href(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function DescriptionList({ items }: { items: ReadonlyArray<[string, Child]> }) {
  return (
    <dl class="kern-description-list">
      {items.map(([k, v]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{k}</dt>
          <dd class="kern-description-list-item__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A select in a GET filter form, with an "all" option first. */
export function FilterSelect({
  id,
  label,
  value,
  options,
  all,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string; lang?: string | undefined }[];
  all: string;
}) {
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={fieldId(id)}>
        {label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={fieldId(id)} name={id}>
          <option value="">{all}</option>
          {options.map((o) => (
            <option value={o.value} selected={o.value === value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/**
 * One checkbox a form asks for on its own (consent, "I understand", a yes/no setting), sending "on", with
 * its message when it is required and missing.
 */
export function CheckField({
  t,
  name,
  label,
  checked,
  errors,
}: {
  t: T;
  name: string;
  label: Child;
  checked?: boolean | undefined;
  errors?: Errors | undefined;
}) {
  const id = fieldId(name);
  const err = errors?.[name];
  return (
    <div class={`kern-form-check${err ? ' kern-form-check--error' : ''}`}>
      <FieldErrorMessage t={t} id={`${id}-error`} error={err} />
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        name={name}
        id={id}
        checked={checked}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err ? `${id}-error` : undefined}
      />
      <label class="kern-label" for={id}>
        {label}
      </label>
    </div>
  );
}

/** One checkbox with its label (a proposal in a list, a member of a cluster …). */
export function CheckOption({
  name,
  value,
  id,
  checked,
  children,
}: {
  name: string;
  value: string;
  id: string;
  checked?: boolean;
  children: Child;
}) {
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        name={name}
        value={value}
        id={id}
        checked={checked}
      />
      <label class="kern-label" for={id}>
        {children}
      </label>
    </div>
  );
}

/**
 * A chart rendered on the server (platform/charts: the SVG carries role="img" and its text alternative)
 * with a caption that points to the data table beside it.
 */
/**
 * A text as its author wrote it: a paragraph per blank-line-separated part, single line breaks kept.
 * `lang` marks text in another language than the page's (see ui/page.ts textLang, langAttr).
 */
export function Paragraphs({ text, lang }: { text: string; lang?: string | undefined }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p class="kern-body kern-preline-text" lang={lang}>
            {p.trim()}
          </p>
        ))}
    </>
  );
}

/**
 * A wide table's scroll box. It takes the focus, so that a keyboard can scroll it sideways, and is a named
 * group (named as the table's caption), so that a screen reader says what the stop is. A group, not a
 * region: a region is a landmark, and a page's sections are often named as their tables are.
 */
export function TableScroll({ label, children }: { label: string; children: Child }) {
  return (
    <div class="table-scroll" tabindex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * A message's words in another language marked for screen readers (WCAG 3.1.2): `[[de:Radweg]]` in an
 * English text becomes <span lang="de">Radweg</span>, so a German example word is read as German.
 */
export function withLangParts(text: string): Child[] {
  // Split with its two groups: text, language, word, text, language, word, …, text.
  const parts = text.split(/\[\[([a-z]{2,3}):([^\]]+)\]\]/);
  const out: Child[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    if (parts[i]) out.push(parts[i]);
    if (i + 2 < parts.length) out.push(<span lang={parts[i + 1]}>{parts[i + 2]}</span>);
  }
  return out;
}

/**
 * A message with the city's own words in it ("Report for „Digitale Akte“ 2026-Q3"): each of `content` is
 * marked `lang="de"` where the page is in another language (WCAG 3.1.2), as it is where it stands alone.
 * The values named in `whole` (a period such as "2026-Q3") are kept on one line: a phone broke them at
 * the hyphen (walk).
 */
export function withContent(
  ctx: { t: T; lang: Lang },
  key: Parameters<T>[0],
  content: Record<string, string>,
  values: Record<string, unknown> = {},
  whole: readonly string[] = [],
): Child {
  return tMarked(ctx.t, key, content, values, ctx.lang === CONTENT_LANG ? undefined : CONTENT_LANG, whole);
}

/**
 * A finished text with the city's words in it marked where they occur ("Remove the role “Staff – Amt 40”"),
 * for texts composed of several messages before the words are known to stand in them.
 */
export function markWithin(ctx: { lang: Lang }, text: string, words: string | undefined): Child {
  if (!words || ctx.lang === CONTENT_LANG || !text.includes(words)) return text;
  return text
    .split(words)
    .flatMap((part, i) => (i ? [<span lang={CONTENT_LANG}>{words}</span>, part] : [part]));
}

/**
 * A message with `content` marked as written in `lang` (none: the page's own language, left plain), and
 * the values named in `whole` each kept on one line.
 */
export function tMarked(
  t: T,
  key: Parameters<T>[0],
  content: Record<string, string>,
  values: Record<string, unknown>,
  lang: string | undefined,
  whole: readonly string[] = [],
): Child {
  if (!lang && !whole.length) return t(key, { ...values, ...content });
  // Each value to wrap stands in as a marker no message contains, then becomes its own element.
  const wrapped: { name: string; text: string; lang?: string }[] = [
    ...(lang ? Object.entries(content).map(([name, text]) => ({ name, text, lang })) : []),
    ...whole.map((name) => ({ name, text: String(values[name] ?? '') })),
  ];
  const markers = Object.fromEntries(wrapped.map((w, i) => [w.name, `\uE000${i}\uE001`]));
  const parts = t(key, { ...values, ...(lang ? {} : content), ...markers }).split(/\uE000(\d+)\uE001/);
  return parts.map((part, i) => {
    if (!(i % 2)) {
      // A dash before a value kept whole stays at the end of the line before ("Digitale Akte –" / "2026-Q4"),
      // never the first thing on a line of its own (walk).
      const next = parts[i + 1] === undefined ? undefined : wrapped[Number(parts[i + 1])];
      return next && !next.lang ? part.replace(/\s([\u2013\u2014])\s$/, '\u00A0$1 ') : part;
    }
    const w = wrapped[Number(part)]!;
    return w.lang ? <span lang={w.lang}>{w.text}</span> : <span class="nowrap">{w.text}</span>;
  });
}

export function ChartFigure({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure class="chart">
      {/* Drawn left to right (axes, numbers, dates) whatever the page's direction. */}
      <div dir="ltr" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption class="kern-body kern-body--small">{caption}</figcaption>
    </figure>
  );
}

/** A language's name in the reader's language (tr ▸ „Türkisch“ on a German page). */
export function languageName(pageLang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([LOCALES[pageLang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What a reader needs to know about the language of a city's or a person's text: made by a machine (or a
 * person) from another language, with a link to the original; or shown as written, in its language,
 * because there is no translation; or, on the original's own view, the way back to the translation.
 */
export function TranslationNote({
  t,
  lang,
  shown,
  originalHref,
  translatedHref,
}: {
  t: T;
  lang: Lang;
  shown: ShownText;
  /** This page with the originals (`?original=1`). */
  originalHref: string;
  /** Set on the original's view: this page with the translations again. */
  translatedHref?: string | undefined;
}) {
  if (translatedHref)
    return (
      <p class="translation-note kern-body kern-body--small">
        {t('translation.viewingOriginal', { language: languageName(lang, shown.lang) })}{' '}
        <a class="kern-link" href={translatedHref}>
          {t('translation.showTranslation')}
        </a>
      </p>
    );
  if (shown.original) {
    const language = languageName(lang, shown.original.lang);
    return (
      <p class="translation-note kern-body kern-body--small">
        {shown.machine ? t('translation.machine', { language }) : t('translation.human', { language })}{' '}
        <a class="kern-link" href={originalHref} hreflang={shown.original.lang}>
          {t('translation.showOriginal')}
        </a>
      </p>
    );
  }
  if (shown.lang !== lang)
    return (
      <p class="translation-note kern-body kern-body--small">
        {t('translation.untranslated', { language: languageName(lang, shown.lang) })}
      </p>
    );
  return null;
}

/**
 * The choice about the statistics cookie (TDDDG § 25): both answers as equal buttons, a plain form that
 * works without script; nothing is stored before, and refusing stores nothing.
 */
export function ConsentForm({
  t,
  csrf,
  back,
  given,
  headingLevel = 2,
}: {
  t: T;
  csrf: string | null;
  back: string;
  given: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="consent" aria-labelledby="consent-title">
      <Heading class="kern-heading-small" id="consent-title">
        {t('consent.title')}
      </Heading>
      <p class="kern-body">{given ? t('consent.given') : t('consent.text')}</p>
      <form method="post" action="/cookies" class="consent__actions">
        <Csrf token={csrf} />
        <input type="hidden" name="back" value={back} />
        {given ? null : (
          <button type="submit" name="choice" value="statistics" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('consent.accept')}</span>
          </button>
        )}
        <button type="submit" name="choice" value="necessary" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('consent.reject')}</span>
        </button>
      </form>
    </section>
  );
}

/**
 * One note for a page that shows many of the city's texts at once (goals, KPIs, news, comments): whether
 * some are translations (machine-made or not), with one link to the page in the originals, and that what
 * is not translated yet stands in its original language. Each text carries its own `lang` attribute.
 */
export function PageTranslationNote({
  t,
  lang,
  texts,
  originalHref,
  translatedHref,
}: {
  t: T;
  lang: Lang;
  texts: readonly ShownText[];
  /** This page with the originals (`?original=1`). */
  originalHref: string;
  /** Set on the originals' view: this page with the translations again. */
  translatedHref?: string | undefined;
}) {
  const names = (langs: readonly string[]) =>
    [...new Set(langs)].map((l) => languageName(lang, l)).join(', ');
  if (translatedHref)
    return texts.some((s) => s.lang !== lang) ? (
      <p class="translation-note kern-body kern-body--small">
        {t('translation.viewingOriginals')}{' '}
        <a class="kern-link" href={translatedHref}>
          {t('translation.showTranslations')}
        </a>
      </p>
    ) : null;
  const translated = texts.filter((s) => s.original);
  const untranslated = texts.filter((s) => !s.original && s.lang !== lang);
  if (!translated.length && !untranslated.length) return null;
  const language = names(translated.map((s) => s.original!.lang));
  return (
    <p class="translation-note kern-body kern-body--small">
      {translated.length ? (
        <>
          {translated.some((s) => s.machine)
            ? t('translation.pageMachine', { language })
            : t('translation.pageHuman', { language })}{' '}
        </>
      ) : null}
      {untranslated.length ? (
        <>{t('translation.pageUntranslated', { language: names(untranslated.map((s) => s.lang)) })} </>
      ) : null}
      {translated.length ? (
        <a class="kern-link" href={originalHref}>
          {t('translation.showOriginals')}
        </a>
      ) : null}
    </p>
  );
}
