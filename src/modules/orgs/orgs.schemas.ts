import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/auth/actor.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../platform/dates.ts';
import { LANGS } from '../../platform/i18n/langs.ts';
import {
  zOptionalDay,
  zOptionalEmail,
  zOptionalText,
  zOptionalUrl,
  zPageNumber,
} from '../../platform/validation.ts';
import { ORG_UNIT_KINDS, PARTNER_KINDS, ROLES } from './orgs.table.ts';

export const ZLoginInput = z.object({
  email: z.string().trim().min(1, 'validation.required').max(254).email('validation.email'),
  password: z.string().min(1, 'validation.required').max(1000),
});
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZCreateTenantInput = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,40}$/, 'validation.slug'),
  name: z.string().trim().min(2).max(200),
  cityName: z.string().trim().min(2).max(200),
  hosts: z.array(z.string().trim().toLowerCase().min(1).max(253)).default([]),
  timeZone: z.string().refine(isTimeZone, 'validation.timeZone').default(DEFAULT_TIME_ZONE),
});
export type CreateTenantInput = z.input<typeof ZCreateTenantInput>;

export const ZCreateAccountInput = z.object({
  email: z.string().trim().email('validation.email').max(254),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'validation.passwordTooShort').max(1000),
  roles: z
    .array(
      z.object({
        role: z.string(),
        orgUnitId: z.string().uuid().nullable(),
        partnerId: z.string().uuid().nullable().optional(),
      }),
    )
    .default([]),
  isDemo: z.boolean().default(false),
});
export type CreateAccountInput = z.input<typeof ZCreateAccountInput>;

/** Where to go back to after signing in. */
export const ZBackInput = z.object({ zurueck: z.string().max(2000) });

/** The language switch: the language, and the page to come back to. */
export const ZLanguageInput = z.object({ lang: z.enum(LANGS).catch('de'), back: z.string().max(2000) });

/** Sign-out: the language of the page the button was on (absent from an old page: the session's). */
export const ZSignOutInput = z.object({ lang: z.enum(LANGS).optional().catch(undefined) });

const ZEmail = z.string().trim().min(1, 'validation.required').max(254).email('validation.email');
const ZNewPassword = z.string().min(12, 'validation.passwordTooShort').max(1000);

/** A citizen's sign-up: name shown with their contributions, address, password, the privacy notice read. */
export const ZSignUpInput = z.object({
  displayName: z.string().trim().min(1, 'validation.required').min(2, 'signup.displayNameShort').max(100),
  email: ZEmail,
  password: ZNewPassword,
  privacy: z.preprocess((v) => v === 'on', z.literal(true, { error: 'signup.privacyRequired' })),
});
export type SignUpInput = z.output<typeof ZSignUpInput>;

export const ZForgotInput = z.object({ email: ZEmail });

/** Changing one's password while signed in: the current one, and the new one typed twice. */
export const ZChangePasswordInput = z
  .object({
    current: z.string().min(1, 'validation.required').max(1000),
    password: ZNewPassword,
    repeat: z.string().max(1000),
  })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'password.mismatch' });
export type ChangePasswordInput = z.output<typeof ZChangePasswordInput>;

/** A new password, typed twice. */
export const ZNewPasswordInput = z
  .object({ password: ZNewPassword, repeat: z.string().max(1000) })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'password.mismatch' });

const zUnit = () =>
  z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.string().uuid('validation.choice').nullable());

/** Inviting a person: their name and address, a first role and where they hold it. */
export const ZInviteInput = z.object({
  displayName: z.string().trim().min(1, 'validation.required').min(2).max(100),
  email: ZEmail,
  role: z.enum(ROLES, { error: 'validation.choice' }),
  orgUnitId: zUnit(),
  partnerId: zUnit(),
});
export type InviteInput = z.output<typeof ZInviteInput>;

/** One more role for an account, at a unit where the role needs one. */
export const ZRoleInput = z.object({
  role: z.enum(ROLES, { error: 'validation.choice' }),
  orgUnitId: zUnit(),
  /** For the partner role: the organisation the person speaks for. */
  partnerId: zUnit(),
});
export type RoleInput = z.output<typeof ZRoleInput>;

/** A rule of the identity provider's claims to a staff role (the administration's sign-in page). */
export const ZSignInRuleInput = z.object({
  claim: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(100)
    // A claim's name, or a path of names into nested claims (realm_access.roles): no empty step.
    .regex(/^[\w:-]+(\.[\w:-]+)*$/, 'admin.claimFormat'),
  value: z.string().trim().min(1, 'validation.required').max(200),
  role: z.enum(STAFF_ROLES, { error: 'validation.choice' }),
  orgUnitId: zUnit(),
});
export type SignInRuleInput = z.output<typeof ZSignInRuleInput>;

/** A passkey's new name (checked by the use case: 1–60 characters). */
export const ZPasskeyNameInput = z.object({ name: z.string() });

export const ZStaffPasswordsInput = z.object({
  staffPasswords: z.preprocess((v) => v === 'on', z.boolean()),
});

/** A new unit of the org chart: its kind, the unit above it, its code and name. */
export const ZOrgUnitInput = z.object({
  kind: z.enum(ORG_UNIT_KINDS, { error: 'validation.choice' }),
  parentId: zUnit(),
  code: z.string().trim().max(20),
  name: z.string().trim().min(1, 'validation.required').min(2).max(200),
});
export type OrgUnitInput = z.output<typeof ZOrgUnitInput>;

/** Renaming a unit: code and name. */
export const ZOrgUnitRename = ZOrgUnitInput.pick({ code: true, name: true });

/** A partner organisation: name, kind, membership of the Digital Hub, website. */
export const ZPartnerInput = z.object({
  name: z.string().trim().min(1, 'validation.required').min(2).max(200),
  kind: z.enum(PARTNER_KINDS, { error: 'validation.choice' }),
  digitalHubMember: z.preprocess((v) => v === 'on', z.boolean()),
  website: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/.test(v), 'validation.url')
    .transform((v) => (v === '' ? null : v)),
});
export type PartnerInput = z.output<typeof ZPartnerInput>;

/** The accounts list's search and role filter. */
/**
 * The change log's filters (/intern/verwaltung/protokoll): kind of record, one record, one person, days.
 * A kind or person that is no such thing finds nothing; days are checked, and a wrong one is named.
 */
export const ZAuditLogQuery = z.object({
  bereich: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  gegenstand: z.string().trim().max(200).optional().catch(undefined),
  person: z.uuid().optional().catch(undefined),
  von: zOptionalDay(),
  bis: zOptionalDay(),
  seite: zPageNumber(),
});
export type AuditLogQuery = z.infer<typeof ZAuditLogQuery>;

export const ZAccountListQuery = z.object({
  q: z.string().trim().max(100).catch(''),
  role: z.enum(ROLES).optional().catch(undefined),
  seite: zPageNumber(),
});

/**
 * What the administration edits about the city itself (/intern/verwaltung/stadt): its names, the legal
 * notice, the contacts, the accessibility statement's facts and its identifier at GovData.
 */
/**
 * A file the city serves on the portal itself (its own origin, which is all the pages' content security
 * policy admits): a path such as /medien/dgs.mp4, no address of another site; empty for none.
 */
function ownPath(ending: RegExp, message: 'citySettings.signVideoPath' | 'citySettings.signCaptionsPath') {
  return z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === '' || (/^\/(?![/\\])[^\s?#\\]+$/.test(v) && ending.test(v)), message)
    .transform((v) => (v === '' ? undefined : v));
}

export const ZCitySettingsInput = z
  .object({
    name: z.string().trim().min(1, 'validation.required').min(2).max(200),
    cityName: z.string().trim().min(1, 'validation.required').min(2).max(120),
    stateName: zOptionalText(80),
    regionalKey: z
      .string()
      .transform((v) => v.replace(/\s/g, ''))
      .pipe(z.string().regex(/^(\d{8}|\d{12})?$/, 'citySettings.regionalKeyFormat'))
      .transform((v) => (v === '' ? undefined : v)),
    organisation: z.string().trim().min(1, 'validation.required').min(2).max(200),
    address: z.string().trim().min(1, 'validation.required').min(5).max(500),
    email: z.string().trim().min(1, 'validation.required').max(254).email('validation.email'),
    // A number as people write it: +49 228 77-0, (0228) 77 0, 0228/770.
    phone: zOptionalText(60).refine(
      (v) => v === undefined || /^\+?[\d\s()/-]{5,}$/.test(v),
      'citySettings.phoneFormat',
    ),
    representative: zOptionalText(200),
    privacyContact: zOptionalEmail(),
    accessibilityContact: zOptionalEmail(),
    preparedOn: zOptionalDay(),
    reviewedOn: zOptionalDay(),
    method: z.enum(['self', 'external'], { error: 'validation.choice' }).catch('self'),
    assessor: zOptionalText(200),
    enforcementName: zOptionalText(200),
    enforcementUrl: zOptionalUrl(),
    enforcementEmail: zOptionalEmail(),
    govdataContributorId: z
      .string()
      .trim()
      .max(200)
      .refine(
        (v) => v === '' || /^http:\/\/dcat-ap\.de\/def\/contributors\/[A-Za-z0-9_.-]+$/.test(v),
        'citySettings.contributorIdFormat',
      )
      .transform((v) => (v === '' ? undefined : v)),
    timeZone: z.string().trim().refine(isTimeZone, 'validation.timeZone'),
    signVideo: ownPath(/\.(mp4|webm)$/i, 'citySettings.signVideoPath'),
    signCaptions: ownPath(/\.vtt$/i, 'citySettings.signCaptionsPath'),
  })
  .superRefine((v, ctx) => {
    if (v.signVideo && !v.signCaptions)
      ctx.addIssue({ code: 'custom', path: ['signCaptions'], message: 'citySettings.signCaptionsRequired' });
    if (v.signCaptions && !v.signVideo)
      ctx.addIssue({ code: 'custom', path: ['signVideo'], message: 'citySettings.signVideoRequired' });
    if (v.method === 'external' && !v.assessor)
      ctx.addIssue({ code: 'custom', path: ['assessor'], message: 'citySettings.assessorRequired' });
    if (v.reviewedOn && !v.preparedOn)
      ctx.addIssue({ code: 'custom', path: ['preparedOn'], message: 'validation.required' });
    if (v.reviewedOn && v.preparedOn && v.reviewedOn < v.preparedOn)
      ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'citySettings.reviewedBeforePrepared' });
  });
export type CitySettingsInput = z.output<typeof ZCitySettingsInput>;
