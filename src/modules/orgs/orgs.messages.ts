import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the orgs module: the source of truth. */
export const de = {
  notice: {
    loggedOut: 'Sie sind abgemeldet.',
    loggedIn: 'Sie sind angemeldet.',
    emailConfirmed: 'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
    passwordChanged: 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
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
    unconfirmed:
      'Ihre E-Mail-Adresse ist noch nicht bestätigt. Wir haben Ihnen den Link dafür noch einmal geschickt.',
    wrongPassword: 'Das Passwort ist nicht richtig.',
    forgot: 'Passwort vergessen?',
    noAccount: 'Noch kein Konto?',
    signUp: 'Jetzt registrieren',
  },
  signup: {
    title: 'Registrieren',
    intro:
      'Mit einem Konto können Sie Vorschläge unterstützen und kommentieren, Ihre Vorschläge verfolgen und Ihre Daten selbst herunterladen oder löschen.',
    displayName: 'Name',
    displayNameHint: 'So erscheinen Sie bei Ihren Kommentaren, zum Beispiel „Anna M.“.',
    emailHint: 'An diese Adresse schicken wir einen Link, mit dem Sie das Konto bestätigen.',
    passwordHint: 'Mindestens 12 Zeichen. Ein Satz, den Sie sich merken können, ist ein gutes Passwort.',
    privacy: 'Ich habe die Datenschutzerklärung gelesen.',
    privacyRequired: 'Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.',
    submit: 'Konto anlegen',
    haveAccount: 'Sie haben schon ein Konto?',
    rateLimited:
      'Von Ihrem Anschluss wurden gerade viele Konten angelegt. Bitte versuchen Sie es in einer Stunde wieder.',
    sentTitle: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    sent: 'Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin, um Ihr Konto zu bestätigen; danach können Sie sich anmelden.',
    noMail:
      'Keine E-Mail erhalten? Sehen Sie im Spam-Ordner nach. Der Link gilt 72 Stunden; danach können Sie sich einfach erneut anmelden, dann schicken wir ihn noch einmal.',
    toPortal: 'Zurück zur Startseite',
  },
  password: {
    forgotTitle: 'Passwort vergessen',
    forgotIntro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
    forgotSubmit: 'Link anfordern',
    rateLimited: 'Es wurden gerade viele Links angefordert. Bitte versuchen Sie es in einer Stunde wieder.',
    sentTitle: 'Sehen Sie in Ihr Postfach',
    sent: 'Wenn zu dieser Adresse ein Konto besteht, haben wir einen Link geschickt. Er gilt zwei Stunden.',
    resetTitle: 'Neues Passwort wählen',
    resetIntro:
      'Nach dem Speichern melden Sie sich mit dem neuen Passwort an. Überall, wo Sie angemeldet waren, werden Sie abgemeldet.',
    new: 'Neues Passwort',
    repeat: 'Neues Passwort wiederholen',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    resetSubmit: 'Passwort speichern',
    linkTitle: 'Dieser Link funktioniert nicht mehr',
    linkExpired: 'Der Link ist abgelaufen. Fordern Sie einfach einen neuen an.',
    linkInvalid:
      'Der Link ist unvollständig oder wurde schon benutzt. Wenn Sie Ihr Passwort noch nicht gesetzt haben, fordern Sie einen neuen Link an.',
  },
  accountMail: {
    greeting: 'Guten Tag,',
    confirmSubject: 'Bitte bestätigen Sie Ihr Konto bei {{city}}',
    confirmBody:
      'Sie haben bei {{city}} ein Konto mit dem Namen „{{name}}“ angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link (gültig {{hours}} Stunden):',
    existsSubject: 'Ihr Konto bei {{city}}',
    existsBody:
      'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen. Sie haben bereits eines. Falls Sie Ihr Passwort nicht mehr wissen, wählen Sie mit diesem Link ein neues (gültig {{hours}} Stunden):',
    resetSubject: 'Neues Passwort für {{city}}',
    resetBody: 'Mit diesem Link wählen Sie ein neues Passwort (gültig {{hours}} Stunden):',
    inviteSubject: 'Einladung zu {{city}}',
    inviteBody:
      'Für Sie wurde bei {{city}} ein Konto mit dem Namen „{{name}}“ angelegt. Mit diesem Link wählen Sie Ihr Passwort (gültig {{days}} Tage):',
    ignore: 'Wenn Sie das nicht veranlasst haben, können Sie diese E-Mail ignorieren.',
    signature: 'Ihre Stadtverwaltung {{city}}',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  notice: {
    loggedOut: 'You are signed out.',
    loggedIn: 'You are signed in.',
    emailConfirmed: 'Your e-mail address is confirmed. You can sign in now.',
    passwordChanged: 'Your new password is saved. Please sign in with it.',
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
    unconfirmed: 'Your e-mail address is not confirmed yet. We have sent you the link for it once more.',
    wrongPassword: 'The password is not correct.',
    forgot: 'Forgotten your password?',
    noAccount: 'No account yet?',
    signUp: 'Sign up now',
  },
  signup: {
    title: 'Sign up',
    intro:
      'With an account you can support and comment on proposals, follow your own proposals, and download or delete your data yourself.',
    displayName: 'Name',
    displayNameHint: 'How you appear with your comments, for example “Anna M.”.',
    emailHint: 'We send a link to this address with which you confirm the account.',
    passwordHint: 'At least 12 characters. A sentence you can remember makes a good password.',
    privacy: 'I have read the privacy notice.',
    privacyRequired: 'Please confirm that you have read the privacy notice.',
    submit: 'Create account',
    haveAccount: 'You have an account already?',
    rateLimited: 'Many accounts were just created from your connection. Please try again in an hour.',
    sentTitle: 'Please confirm your e-mail address',
    sent: 'We have sent you an e-mail. Open the link in it to confirm your account; then you can sign in.',
    noMail:
      'No e-mail? Look in your spam folder. The link works for 72 hours; after that, simply sign in again and we send it once more.',
    toPortal: 'Back to the start page',
  },
  password: {
    forgotTitle: 'Forgotten password',
    forgotIntro:
      'Give the e-mail address of your account. We send you a link with which you choose a new password.',
    forgotSubmit: 'Send link',
    rateLimited: 'Many links were just requested. Please try again in an hour.',
    sentTitle: 'Look in your inbox',
    sent: 'If there is an account for this address, we have sent a link. It works for two hours.',
    resetTitle: 'Choose a new password',
    resetIntro:
      'After saving, sign in with the new password. You are signed out wherever you were signed in.',
    new: 'New password',
    repeat: 'Repeat the new password',
    mismatch: 'The two passwords do not match.',
    resetSubmit: 'Save password',
    linkTitle: 'This link no longer works',
    linkExpired: 'The link has expired. Simply request a new one.',
    linkInvalid:
      'The link is incomplete or has been used already. If you have not set your password yet, request a new link.',
  },
  accountMail: {
    greeting: 'Hello,',
    confirmSubject: 'Please confirm your account with {{city}}',
    confirmBody:
      'You created an account named “{{name}}” with {{city}}. Please confirm your e-mail address with this link (valid for {{hours}} hours):',
    existsSubject: 'Your account with {{city}}',
    existsBody:
      'Someone tried to create an account with your e-mail address. You have one already. If you no longer know your password, choose a new one with this link (valid for {{hours}} hours):',
    resetSubject: 'New password for {{city}}',
    resetBody: 'Choose a new password with this link (valid for {{hours}} hours):',
    inviteSubject: 'Invitation to {{city}}',
    inviteBody:
      'An account named “{{name}}” was created for you with {{city}}. Choose your password with this link (valid for {{days}} days):',
    ignore: 'If you did not ask for this, you can ignore this e-mail.',
    signature: 'Your city administration {{city}}',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    orgs: typeof de;
  }
}
