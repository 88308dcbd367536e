/** @jsxImportSource hono/jsx */

import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  Radios,
  Select,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { TenantSettings } from '../orgs.table.ts';
import { AdminNav } from './admin.tsx';

type Values = Record<string, string>;

/** The form's values from what is stored. */
export function citySettingsValues(name: string, timeZone: string, s: TenantSettings): Values {
  const st = s.accessibilityStatement;
  return {
    name,
    timeZone,
    cityName: s.cityName,
    stateName: s.stateName ?? '',
    regionalKey: s.regionalKey ?? '',
    organisation: s.legalNotice?.organisation ?? '',
    address: s.legalNotice?.address ?? '',
    email: s.legalNotice?.email ?? '',
    phone: s.legalNotice?.phone ?? '',
    representative: s.legalNotice?.representative ?? '',
    privacyContact: s.privacyContact ?? '',
    accessibilityContact: s.accessibilityContact ?? '',
    preparedOn: st?.preparedOn ?? '',
    reviewedOn: st?.reviewedOn ?? '',
    method: st?.method ?? 'self',
    assessor: st?.assessor ?? '',
    enforcementName: st?.enforcement?.name ?? '',
    enforcementUrl: st?.enforcement?.url ?? '',
    enforcementEmail: st?.enforcement?.email ?? '',
    govdataContributorId: s.govdataContributorId ?? '',
    signVideo: s.signLanguageVideo?.src ?? '',
    signCaptions: s.signLanguageVideo?.captions ?? '',
  };
}

/** Every time zone this Node knows (IANA names), the one given first if it is an alias not among them. */
function timeZoneOptions(current: string | undefined) {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = current && !zones.includes(current) ? [current, ...zones] : zones;
  return all.map((z) => ({ value: z, label: z }));
}

/**
 * The city's own details (administrators): names, legal notice, contacts, the accessibility statement's
 * facts, the GovData identifier, and the logo with its own upload form.
 */
export function CitySettingsPage({
  ctx,
  values,
  logo,
  errors,
  logoErrors,
}: {
  ctx: PageCtx;
  values: Values;
  logo: TenantSettings['logo'];
  errors?: Errors | undefined;
  logoErrors?: Errors | undefined;
}) {
  const { t } = ctx;
  // `content`: the city's own German words (names, the publisher), marked as such on an English page.
  const field = (
    name: string,
    opts: { required?: boolean; hint?: string; type?: string; content?: boolean } = {},
  ) => (
    <TextField
      t={t}
      name={name}
      lang={opts.content ? langAttr(ctx) : undefined}
      label={t(`citySettings.${name}` as 'citySettings.name')}
      value={values[name]}
      errors={errors}
      required={opts.required}
      hint={opts.hint}
      type={opts.type}
    />
  );
  return (
    <Layout ctx={ctx} title={t('citySettings.title')}>
      <h1 class="kern-heading-large">{t('citySettings.title')}</h1>
      <AdminNav ctx={ctx} current="city" />
      <p class="kern-body">{t('citySettings.intro')}</p>
      <ErrorSummary t={t} errors={errors ?? logoErrors} />
      <form method="post" action="/intern/verwaltung/stadt" class="stack" id="city-settings" novalidate>
        <Csrf token={ctx.csrf} />
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.city')}</legend>
          <div class="kern-fieldset__body stack">
            {field('name', { required: true, hint: t('citySettings.nameHint'), content: true })}
            {field('cityName', { required: true, hint: t('citySettings.cityNameHint'), content: true })}
            {field('stateName', { content: true })}
            {field('regionalKey', { hint: t('citySettings.regionalKeyHint') })}
            <Select
              t={t}
              name="timeZone"
              label={t('citySettings.timeZone')}
              hint={t('citySettings.timeZoneHint')}
              value={values.timeZone}
              errors={errors}
              required
              options={timeZoneOptions(values.timeZone)}
            />
          </div>
        </fieldset>
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.imprint')}</legend>
          <div class="kern-fieldset__body stack">
            {field('organisation', { required: true, content: true })}
            <TextArea
              t={t}
              name="address"
              lang={langAttr(ctx)}
              label={t('citySettings.address')}
              value={values.address}
              errors={errors}
              required
              rows={3}
            />
            {field('email', { required: true, type: 'email' })}
            {field('phone', { type: 'tel' })}
            {field('representative', { content: true })}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.contacts')}</legend>
          <div class="kern-fieldset__body stack">
            {field('privacyContact', { type: 'email', hint: t('citySettings.privacyContactHint') })}
            {field('accessibilityContact', {
              type: 'email',
              hint: t('citySettings.accessibilityContactHint'),
            })}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.statement')}</legend>
          <div class="kern-fieldset__body stack">
            {field('preparedOn', { type: 'date' })}
            {field('reviewedOn', { type: 'date' })}
            <Radios
              t={t}
              name="method"
              label={t('citySettings.method')}
              value={values.method}
              errors={errors}
              required
              options={[
                { value: 'self', label: t('citySettings.methodSelf') },
                { value: 'external', label: t('citySettings.methodExternal') },
              ]}
            />
            <TextField
              t={t}
              name="assessor"
              label={t('citySettings.assessor')}
              hint={t('citySettings.assessorHint')}
              value={values.assessor}
              errors={errors}
              conditional
            />
            {field('enforcementName', { content: true })}
            {field('enforcementUrl', { type: 'url' })}
            {field('enforcementEmail', { type: 'email' })}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.signLanguage')}</legend>
          <div class="kern-fieldset__body stack">
            <p class="kern-body">{t('citySettings.signLanguageIntro')}</p>
            {field('signVideo', { hint: t('citySettings.signVideoHint') })}
            {field('signCaptions', { hint: t('citySettings.signCaptionsHint') })}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset settings-section">
          <legend class="settings-section__title">{t('citySettings.openData')}</legend>
          <div class="kern-fieldset__body stack">
            <TextField
              t={t}
              name="govdataContributorId"
              label={t('citySettings.contributorId')}
              hint={t('citySettings.contributorIdHint')}
              value={values.govdataContributorId}
              errors={errors}
              type="url"
            />
          </div>
        </fieldset>
        <div class="form-actions">
          <Button>{t('citySettings.save')}</Button>
        </div>
      </form>
      <section aria-labelledby="logo-title" class="stack">
        <h2 class="kern-heading-medium" id="logo-title">
          {t('citySettings.logo')}
        </h2>
        <p class="kern-body">{t('citySettings.logoIntro')}</p>
        {logo ? (
          <figure class="city-logo-preview">
            <img
              src={`/logo/${logo.file}`}
              alt={t('citySettings.logoAlt', { city: ctx.cityName })}
              width={Math.round((logo.width / logo.height) * 64)}
              height={64}
            />
            <figcaption class="kern-body kern-body--small">
              {logo.file.endsWith('.svg')
                ? t('citySettings.logoCurrentSvg')
                : t('citySettings.logoCurrent', { width: logo.width, height: logo.height })}
            </figcaption>
          </figure>
        ) : (
          <p class="kern-body">{t('citySettings.logoNone')}</p>
        )}
        {/* The logo's field and buttons belong to the details form above, so what was typed there comes along
            and is shown again if it is not saved yet (an upload never loses it). */}
        <div class={`kern-form-input${logoErrors?.logo ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="f-logo">
            {t('citySettings.logoFile')}
          </label>
          <FieldErrorMessage t={t} id="f-logo-error" error={logoErrors?.logo} />
          <input
            class="kern-form-input__input"
            type="file"
            id="f-logo"
            name="logo"
            form="city-settings"
            accept="image/png,image/jpeg,image/svg+xml"
            aria-describedby={logoErrors?.logo ? 'f-logo-error' : undefined}
            aria-invalid={logoErrors?.logo ? 'true' : undefined}
          />
        </div>
        <div class="form-actions">
          <Button
            kind="secondary"
            form="city-settings"
            formAction="/intern/verwaltung/stadt/logo"
            formEnctype="multipart/form-data"
          >
            {t('citySettings.logoUpload')}
          </Button>
          {logo ? (
            <Button kind="tertiary" form="city-settings" formAction="/intern/verwaltung/stadt/logo/entfernen">
              {t('citySettings.logoRemove')}
            </Button>
          ) : null}
        </div>
      </section>
    </Layout>
  );
}
