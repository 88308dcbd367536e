import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../platform/dates.ts';
import { LANGS } from '../../platform/i18n/langs.ts';

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
  roles: z.array(z.object({ role: z.string(), orgUnitId: z.string().uuid().nullable() })).default([]),
  isDemo: z.boolean().default(false),
});
export type CreateAccountInput = z.input<typeof ZCreateAccountInput>;

/** Where to go back to after signing in. */
export const ZBackInput = z.object({ zurueck: z.string().max(2000) });

/** The language switch: the language, and the page to come back to. */
export const ZLanguageInput = z.object({ lang: z.enum(LANGS).catch('de'), back: z.string().max(2000) });

const ZEmail = z.string().trim().min(1, 'validation.required').max(254).email('validation.email');
const ZNewPassword = z.string().min(12, 'validation.passwordTooShort').max(1000);

/** A citizen's sign-up: name shown with their contributions, address, password, the privacy notice read. */
export const ZSignUpInput = z.object({
  displayName: z.string().trim().min(2, 'validation.required').max(100),
  email: ZEmail,
  password: ZNewPassword,
  privacy: z.preprocess((v) => v === 'on', z.literal(true, { error: 'signup.privacyRequired' })),
});
export type SignUpInput = z.output<typeof ZSignUpInput>;

export const ZForgotInput = z.object({ email: ZEmail });

/** A new password, typed twice. */
export const ZNewPasswordInput = z
  .object({ password: ZNewPassword, repeat: z.string().max(1000) })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'password.mismatch' });
