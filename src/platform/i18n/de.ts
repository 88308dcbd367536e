/**
 * The platform's shared words (layout, navigation frame, forms, validation, errors, mail greetings):
 * German, the source of truth. Each module keeps its own messages in its <module>.messages.ts.
 */
export const de = {
  layout: {
    skipToContent: 'Zum Inhalt springen',
    product: 'Digitalisierung transparent',
    languages: 'Sprache',
    productInternal: 'Interner Bereich',
    errorTitle: 'Fehler: {{title}}',
  },
  nav: {
    menu: 'Menü',
    main: 'Hauptnavigation',
    footer: 'Rechtliches und Service',
    login: 'Anmelden',
    logout: 'Abmelden',
    myArea: 'Mein Bereich ({{name}})',
    internalArea: 'Interner Bereich',
    publicPortal: 'Zum öffentlichen Portal',
  },
  footer: {
    poweredBy: 'Betrieben mit Rathaus – freie Software unter der EUPL-1.2.',
  },
  notice: {
    saved: 'Gespeichert.',
    created: 'Angelegt.',
  },
  confirm: {
    irreversible: 'Dieser Schritt lässt sich nicht rückgängig machen',
    cancel: 'Abbrechen und zurück',
    edit: 'Zurück und weiter bearbeiten',
  },
  form: {
    choiceGroup_one: '{{group}} ({{count}})',
    choiceGroup_other: '{{group}} ({{count}})',
    errorSummary: 'Bitte korrigieren Sie die folgenden Angaben',
    tryLater: 'Bitte versuchen Sie es später noch einmal',
    optional: 'optional',
    passwordAgain:
      'Aus Sicherheitsgründen zeigen wir Passwörter nicht wieder an: Bitte geben Sie es noch einmal ein.',
  },
  validation: {
    url: 'Bitte geben Sie eine vollständige Adresse ein, die mit http beginnt.',
    required: 'Bitte füllen Sie dieses Feld aus.',
    tooShort: 'Bitte geben Sie mindestens {{min}} Zeichen ein.',
    tooLong: 'Bitte geben Sie höchstens {{max}} Zeichen ein.',
    tooSmall: 'Der Wert muss mindestens {{min}} sein.',
    tooBig: 'Der Wert darf höchstens {{max}} sein.',
    email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    date: 'Bitte geben Sie ein gültiges Datum ein.',
    dateRange: 'Bitte geben Sie ein Datum zwischen 1990 und 2100 ein.',
    format: 'Das Format ist nicht gültig.',
    choice: 'Bitte wählen Sie einen der angebotenen Werte.',
    selectOne: 'Bitte wählen Sie mindestens einen Eintrag aus.',
    money: 'Bitte geben Sie einen Betrag in Euro an, z. B. 125000 oder 125.000,50.',
  },
  error: {
    backHome: 'Zur Startseite',
    requestId: 'Fehlernummer für Rückfragen: {{id}}',
    NOT_FOUND: {
      title: 'Seite nicht gefunden',
      text: 'Diese Seite gibt es nicht (mehr). Bitte prüfen Sie die Adresse.',
    },
    FORBIDDEN: {
      title: 'Keine Berechtigung',
      text: 'Mit Ihrer Rolle dürfen Sie diese Seite oder Aktion nicht nutzen.',
    },
    UNAUTHENTICATED: {
      title: 'Anmeldung erforderlich',
      text: 'Bitte melden Sie sich an, um fortzufahren.',
    },
    CSRF_REJECTED: {
      title: 'Formular abgelaufen',
      text: 'Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte laden Sie die Seite neu und senden Sie es erneut.',
    },
    RATE_LIMITED: {
      title: 'Zu viele Versuche',
      text: 'Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
    },
    INVALID_STATE: {
      title: 'Nicht möglich',
      text: 'Diese Aktion ist im aktuellen Zustand nicht möglich.',
    },
    CONFLICT: {
      title: 'Konflikt',
      text: 'Der Eintrag existiert bereits.',
    },
    BAD_REQUEST: {
      title: 'Anfrage nicht lesbar',
      text: 'Die Anfrage ließ sich nicht lesen, etwa weil sie unvollständig übertragen wurde oder ein unzulässiges Zeichen enthielt. Bitte versuchen Sie es erneut.',
    },
    PAYLOAD_TOO_LARGE: {
      title: 'Zu viele Daten auf einmal',
      text: 'Was Sie gesendet haben, ist größer, als Rathaus annimmt: Formulare mit Dateien bis 16 MB, andere bis 2 MB. Gehen Sie bitte mit „Zurück“ zum Formular und senden Sie weniger, etwa kleinere oder weniger Dateien.',
    },
    VALIDATION_FAILED: {
      title: 'Ungültige Anfrage',
      text: 'Die Anfrage enthielt ungültige Angaben.',
    },
    INTERNAL: {
      title: 'Ein Fehler ist aufgetreten',
      text: 'Leider ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    },
  },
  list: {
    separator: ', ',
  },
  translation: {
    machine: 'Maschinell übersetzt aus dem Original ({{language}}).',
    human: 'Übersetzt aus dem Original ({{language}}).',
    showOriginal: 'Original anzeigen',
    untranslated: 'Noch nicht übersetzt – hier steht das Original ({{language}}).',
    viewingOriginal: 'Sie sehen das Original ({{language}}).',
    showTranslation: 'Zur Übersetzung',
    pageMachine: 'Einige Texte dieser Seite sind maschinell übersetzt aus dem Original ({{language}}).',
    pageHuman: 'Einige Texte dieser Seite sind aus dem Original ({{language}}) übersetzt.',
    pageUntranslated: 'Was noch nicht übersetzt ist, steht im Original ({{language}}).',
    showOriginals: 'Originale anzeigen',
    viewingOriginals: 'Sie sehen die Texte dieser Seite im Original.',
    showTranslations: 'Zu den Übersetzungen',
  },
  consent: {
    title: 'Statistik ohne Tracking',
    text: 'Wir zählen Seitenaufrufe und Besuche auf dem Server, ohne Cookie und ohne Ihre Adresse zu speichern. Wenn Sie zustimmen, merkt sich ein Cookie ein Jahr lang, dass Sie schon einmal hier waren, damit wir wiederkehrende Besuche zählen können. Ablehnen ändert sonst nichts, und dabei wird nichts gespeichert.',
    accept: 'Statistik-Cookie erlauben',
    reject: 'Nur notwendige Cookies',
    given:
      'Sie haben das Statistik-Cookie erlaubt. Mit „Nur notwendige Cookies“ nehmen Sie das jederzeit zurück.',
  },
  pagination: {
    beyond_one: 'Diese Seite gibt es nicht, die Liste hat eine Seite.',
    beyond_other: 'Diese Seite gibt es nicht, die Liste hat {{count}} Seiten.',
    last: 'Zur letzten Seite',
    label: 'Seiten',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    pageOf: 'Seite {{page}} von {{pages}}',
  },
  status: {
    on_track: 'Im Plan',
    at_risk: 'Gefährdet',
    off_track: 'Kritisch',
    none: 'Noch kein Status',
  },
  mail: {
    signatureAccount:
      'Mit freundlichen Grüßen\nIhre Stadt {{city}} – Team Bürgerbeteiligung\n\nDiese Nachricht wurde automatisch an die Adresse Ihres Kontos versandt.',
    greeting: 'Guten Tag,',
    signature:
      'Mit freundlichen Grüßen\nIhre Stadt {{city}} – Team Bürgerbeteiligung\n\nDiese Nachricht wurde automatisch versandt, weil Sie Ihre E-Mail-Adresse bei einem Vorschlag angegeben haben.',
  },
};
