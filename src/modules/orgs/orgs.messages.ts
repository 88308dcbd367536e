import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the orgs module: the source of truth. */
export const de = {
  notice: {
    loggedOut: 'Sie sind abgemeldet.',
    loggedIn: 'Sie sind angemeldet.',
  },
  validation: {
    timeZone: 'Bitte geben Sie eine Zeitzone wie Europe/Berlin an.',
    slug: 'Nur Kleinbuchstaben, Ziffern und Bindestriche (2–40 Zeichen).',
    passwordTooShort: 'Das Passwort braucht mindestens 12 Zeichen.',
  },
  login: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    invalid: 'E-Mail-Adresse oder Passwort sind nicht richtig.',
    rateLimited: 'Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten.',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  notice: {
    loggedOut: 'You are signed out.',
    loggedIn: 'You are signed in.',
  },
  validation: {
    timeZone: 'Please give a time zone such as Europe/Berlin.',
    slug: 'Only lower-case letters, digits and hyphens (2–40 characters).',
    passwordTooShort: 'The password needs at least 12 characters.',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your e-mail address and password.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    invalid: 'The e-mail address or password is not correct.',
    rateLimited: 'Too many sign-in attempts. Please wait 15 minutes.',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    orgs: typeof de;
  }
}
