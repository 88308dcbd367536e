import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the orgs module: the source of truth. */
export const de = {
  nav: {
    internal: {
      admin: 'Verwaltung',
    },
  },
  notice: {
    passkeyAdded: 'Ihr Passkey ist gespeichert. Sie können sich ab jetzt damit anmelden.',
    passkeyRemoved: 'Der Passkey ist entfernt.',
    passkeyRenamed: 'Der neue Name des Passkeys ist gespeichert.',
    loggedOut: 'Sie sind abgemeldet.',
    sessionEnded:
      'Ihre Sitzung ist beendet: Ihr Dienstkonto gilt nicht mehr oder gibt Ihnen keine Rolle mehr. Bei Fragen hilft die Administration Ihrer Stadt.',
    loggedIn: 'Sie sind angemeldet.',
    emailConfirmed: 'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
    passwordUpdated: 'Ihr Passwort ist geändert. Auf anderen Geräten sind Sie abgemeldet.',
    passwordChanged: 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
  },
  validation: {
    timeZone: 'Bitte geben Sie eine Zeitzone wie Europe/Berlin an.',
    slug: 'Nur Kleinbuchstaben, Ziffern und Bindestriche (2–40 Zeichen).',
    passwordTooShort: 'Das Passwort braucht mindestens 12 Zeichen.',
  },
  passkeys: {
    title: 'Passkeys',
    intro:
      'Mit einem Passkey melden Sie sich ohne Passwort an: Ihr Gerät (Laptop, Smartphone oder Sicherheitsschlüssel) prüft Sie mit PIN, Fingerabdruck oder Gesicht. Der geheime Schlüssel verlässt das Gerät nie, und ein Passkey funktioniert nur auf dieser Website.',
    listTitle: 'Ihre Passkeys',
    none: 'Sie haben noch keinen Passkey.',
    created: 'angelegt am {{date}}',
    lastUsed: 'zuletzt verwendet am {{date}}',
    neverUsed: 'noch nicht verwendet',
    synced: 'über Ihr Gerätekonto synchronisiert',
    remove: 'Passkey „{{name}}“ entfernen',
    removeButton: 'Entfernen',
    rename: '„{{name}}“ umbenennen',
    newName: 'Neuer Name',
    saveName: 'Namen speichern',
    removeHeading: 'Passkey wirklich entfernen?',
    removeIntro:
      'Danach meldet dieser Passkey Sie nicht mehr bei Rathaus an. Auf Ihrem Gerät oder in Ihrem Passwort-Manager bleibt er gespeichert; dort können Sie ihn selbst löschen.',
    removeLast: 'Es ist Ihr letzter Passkey: Danach melden Sie sich mit Passwort oder Dienstkonto an.',
    removeLastProvider: 'Es ist Ihr letzter Passkey: Danach melden Sie sich mit Ihrem Dienstkonto an.',
    addTitle: 'Passkey hinzufügen',
    name: 'Name des Passkeys',
    nameHint: 'Damit Sie mehrere auseinanderhalten, zum Beispiel „Laptop im Büro“ oder „Diensthandy“.',
    add: 'Passkey anlegen',
    needsScript:
      'Einen Passkey anzulegen braucht JavaScript und einen Browser, der Passkeys unterstützt. Die Anmeldung mit Passwort bleibt davon unberührt.',
    nameInvalid: 'Bitte geben Sie dem Passkey einen Namen (höchstens 60 Zeichen).',
    notAccepted: 'Der Passkey wurde nicht angenommen. Bitte versuchen Sie es noch einmal.',
    unknown:
      'Dieser Passkey ist hier nicht (mehr) bekannt. Melden Sie sich anders an und legen Sie unter „Mein Bereich“ bei Bedarf einen neuen an.',
    exists:
      'Auf diesem Gerät ist schon ein Passkey für Ihr Konto gespeichert. Für ein weiteres Gerät legen Sie ihn dort an.',
    insecure:
      'Passkeys gehen nur über eine Adresse mit Namen und HTTPS (oder über localhost), nicht über eine IP-Adresse. Bitte wenden Sie sich an den IT-Betrieb.',
    providerOnly:
      'Ihre Stadt meldet Beschäftigte nur über das Dienstkonto an. Passkeys sind deshalb ausgeschaltet; die hier gespeicherten können Sie entfernen.',
    staffUseProvider:
      'Beschäftigte der Stadt melden sich mit „Mit dem Dienstkonto anmelden“ an, nicht mit einem Passkey.',
    cancelled:
      'Der Vorgang wurde abgebrochen oder die Zeit ist abgelaufen. Sie können es noch einmal versuchen.',
    failed: 'Das hat nicht geklappt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    manage: 'Passkeys verwalten',
  },
  login: {
    passkeyTitle: 'Mit einem Passkey',
    passkeyIntro:
      'Wenn Sie als Mitarbeiterin oder Mitarbeiter einen Passkey angelegt haben, melden Sie sich damit ohne Passwort an.',
    passkeyButton: 'Mit Passkey anmelden',
    passwordTitle: 'Mit E-Mail-Adresse und Passwort',
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    invalid: 'E-Mail-Adresse oder Passwort sind nicht richtig.',
    rateLimited:
      'Nach mehreren falschen Versuchen ist die Anmeldung für 15 Minuten gesperrt, zum Schutz Ihres Kontos. Wenn Sie Ihr Passwort nicht mehr wissen, setzen Sie es über „Passwort vergessen?“ neu.',
    lockedTitle: 'Anmeldung kurz gesperrt',
    invalidLocked:
      'E-Mail-Adresse oder Passwort sind nicht richtig. Die Anmeldung ist jetzt für 15 Minuten gesperrt; über „Passwort vergessen?“ können Sie ein neues Passwort setzen.',
    invalidLeft_one:
      'E-Mail-Adresse oder Passwort sind nicht richtig. Noch ein Versuch, dann ist die Anmeldung für 15 Minuten gesperrt.',
    invalidLeft_other:
      'E-Mail-Adresse oder Passwort sind nicht richtig. Noch {{count}} Versuche, dann ist die Anmeldung für 15 Minuten gesperrt.',
    unconfirmed:
      'Ihre E-Mail-Adresse ist noch nicht bestätigt. Wir haben Ihnen den Link dafür noch einmal geschickt.',
    wrongPassword: 'Das Passwort ist nicht richtig.',
    forgot: 'Passwort vergessen?',
    noAccount: 'Noch kein Konto?',
    signUp: 'Jetzt registrieren',
    providerTitle: 'Für Beschäftigte der Stadt',
    providerIntro: 'Melden Sie sich mit Ihrem Dienstkonto an, ohne eigenes Passwort für Rathaus.',
    providerButton: 'Mit dem Dienstkonto anmelden',
    providerNoRole:
      'Ihr Dienstkonto ist bekannt, hat in Rathaus aber keine Rolle. Bitte wenden Sie sich an die Administration Ihrer Stadt.',
    providerNoEmail:
      'Ihr Dienstkonto nennt keine E-Mail-Adresse, und ohne sie legt Rathaus kein Konto an. Bitte wenden Sie sich an die Administration Ihrer Stadt.',
    providerConflict:
      'Zu dieser E-Mail-Adresse gibt es schon ein Konto, das nicht mit Ihrem Dienstkonto verbunden werden kann. Bitte wenden Sie sich an die Administration Ihrer Stadt.',
    providerDisabled:
      'Ihr Konto in Rathaus ist deaktiviert. Bitte wenden Sie sich an die Administration Ihrer Stadt.',
    providerFailedTitle: 'Anmeldung mit dem Dienstkonto nicht abgeschlossen',
    providerFailed:
      'Die Anmeldung mit dem Dienstkonto ist abgebrochen oder abgelaufen. Bitte versuchen Sie es noch einmal.',
    staffUseProvider:
      'Beschäftigte der Stadt melden sich mit „Mit dem Dienstkonto anmelden“ an, nicht mit einem Passwort.',
  },
  signup: {
    title: 'Registrieren',
    intro:
      'Mit einem Konto können Sie Vorschläge unterstützen und kommentieren, Ihre Vorschläge verfolgen und Ihre Daten selbst herunterladen oder löschen.',
    displayName: 'Name',
    displayNameShort: 'Bitte geben Sie mindestens 2 Zeichen ein.',
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
  passwordChange: {
    title: 'Passwort ändern',
    back: 'Zurück zu Mein Bereich',
    intro:
      'Geben Sie Ihr bisheriges Passwort ein und das neue zweimal. Danach sind Sie überall sonst abgemeldet; in diesem Browser bleiben Sie angemeldet.',
    current: 'Bisheriges Passwort',
    submit: 'Passwort ändern',
    link: 'Passwort ändern',
    wrong: 'Das bisherige Passwort ist nicht richtig.',
    same: 'Das neue Passwort ist das bisherige. Bitte wählen Sie ein anderes.',
    rateLimited:
      'Das bisherige Passwort wurde zu oft falsch eingegeben. Bitte versuchen Sie es in 15 Minuten erneut.',
    noPassword:
      'Ihr Konto hat kein Passwort: Sie melden sich mit Ihrem Dienstkonto oder einem Passkey an. Ein Passwort ändern Sie dort, wo Ihr Dienstkonto verwaltet wird.',
    providerOnly:
      'Beschäftigte melden sich in dieser Stadt mit ihrem Dienstkonto an. Ihr Passwort ändern Sie dort, wo Ihr Dienstkonto verwaltet wird.',
  },
  password: {
    forgotTitle: 'Passwort vergessen',
    forgotIntro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.',
    forgotSubmit: 'Link anfordern',
    rateLimited: 'Es wurden gerade viele Links angefordert. Bitte versuchen Sie es in einer Stunde wieder.',
    sentTitle: 'Sehen Sie in Ihr Postfach',
    sent: 'Wenn zu dieser Adresse ein Konto besteht, haben wir einen Link geschickt. Er gilt zwei Stunden.',
    noMail:
      'Keine E-Mail erhalten? Sehen Sie im Spam-Ordner nach, oder fordern Sie den Link nach einigen Minuten noch einmal an.',
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
    confirmSubject: 'Bitte bestätigen Sie Ihr Konto im Portal der Stadt {{city}}',
    // No name: whoever signs up may type anything there, and the mail goes to any address typed.
    confirmBody:
      'Sie haben im Portal der Stadt {{city}} ein Konto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link (gültig {{hours}} Stunden):',
    existsSubject: 'Ihr Konto im Portal der Stadt {{city}}',
    existsBody:
      'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen. Sie haben bereits eines. Falls Sie Ihr Passwort nicht mehr wissen, wählen Sie mit diesem Link ein neues (gültig {{hours}} Stunden):',
    resetSubject: 'Neues Passwort für das Portal der Stadt {{city}}',
    resetBody: 'Mit diesem Link wählen Sie ein neues Passwort (gültig {{hours}} Stunden):',
    inviteSubject: 'Einladung in das Portal der Stadt {{city}}',
    inviteBody:
      'Für Sie wurde im Portal der Stadt {{city}} ein Konto mit dem Namen „{{name}}“ angelegt. Mit diesem Link wählen Sie Ihr Passwort (gültig {{days}} Tage):',
    ignore: 'Wenn Sie das nicht veranlasst haben, können Sie diese E-Mail ignorieren.',
    signature: 'Ihre Stadtverwaltung {{city}}',
    changedSubject: 'Ihr Passwort im Portal der Stadt {{city}} wurde geändert',
    changedBody:
      'Das Passwort Ihres Kontos wurde soeben geändert, und alle anderen Anmeldungen wurden beendet. Wenn Sie das nicht selbst waren, wählen Sie sofort mit „Passwort vergessen“ ein neues und geben Sie der Stadtverwaltung Bescheid:',
  },
  citySettings: {
    nav: 'Stadt',
    title: 'Angaben zur Stadt',
    intro:
      'Diese Angaben erscheinen im Kopf des Portals, im Impressum, in der Datenschutz- und der Barrierefreiheitserklärung, auf den PDF-Berichten und im Datenkatalog. Jede Änderung wird protokolliert und gilt sofort.',
    city: 'Die Stadt',
    name: 'Amtlicher Name',
    nameHint: 'So erscheint die Stadt als Herausgeberin, zum Beispiel „Bundesstadt Bonn“.',
    cityName: 'Kurzname',
    cityNameHint: 'Im Kopf jeder Seite und der Berichte, zum Beispiel „Bonn“.',
    stateName: 'Bundesland',
    regionalKey: 'Gemeinde- oder Regionalschlüssel',
    regionalKeyHint:
      'Der Amtliche Gemeindeschlüssel (8 Ziffern, Bonn: 05314000) oder Regionalschlüssel (12 Ziffern). Der Datenkatalog verortet die Daten damit.',
    regionalKeyFormat: 'Bitte 8 oder 12 Ziffern angeben.',
    imprint: 'Impressum',
    organisation: 'Herausgeberin',
    address: 'Anschrift',
    email: 'E-Mail-Adresse',
    phone: 'Telefon',
    representative: 'Vertreten durch',
    contacts: 'Ansprechstellen',
    privacyContact: 'Datenschutz',
    privacyContactHint:
      'Die Adresse der oder des Datenschutzbeauftragten; ohne Angabe gilt die des Impressums.',
    accessibilityContact: 'Barrierefreiheit',
    accessibilityContactHint: 'Wohin Menschen Barrieren melden; ohne Angabe gilt die Adresse des Impressums.',
    statement: 'Erklärung zur Barrierefreiheit',
    preparedOn: 'Erstellt am',
    reviewedOn: 'Zuletzt überprüft am',
    method: 'Bewertung',
    methodSelf: 'Selbstbewertung',
    methodExternal: 'Prüfung durch eine unabhängige Stelle',
    assessor: 'Prüfende Stelle',
    assessorHint: 'Nur bei einer Prüfung durch eine unabhängige Stelle.',
    assessorRequired: 'Bitte nennen Sie die prüfende Stelle.',
    enforcementName: 'Durchsetzungsstelle des Landes',
    enforcementUrl: 'Website der Durchsetzungsstelle',
    enforcementEmail: 'E-Mail-Adresse der Durchsetzungsstelle',
    timeZone: 'Zeitzone',
    timeZoneHint:
      'Bestimmt, welcher Tag „heute“ ist: für Fristen, Berichtszeiträume, Kalender und Uhrzeiten auf den Seiten.',
    signLanguage: 'Video in Gebärdensprache',
    signLanguageIntro:
      'Die Seite in Leichter Sprache zeigt ein Video in Deutscher Gebärdensprache (DGS), das das Portal erklärt, mit deutschen Untertiteln. Beide Dateien legt die Stadt selbst auf diesem Portal ab (etwa im Ordner /medien/, siehe Betriebshandbuch); ohne Angabe zeigt die Seite kein Video.',
    signVideo: 'Video (Pfad)',
    signVideoHint: 'Eine MP4- oder WebM-Datei auf diesem Portal, zum Beispiel /medien/dgs.mp4.',
    signCaptions: 'Untertitel (Pfad)',
    signCaptionsHint: 'Die Untertitel als WebVTT-Datei auf diesem Portal, zum Beispiel /medien/dgs.vtt.',
    signVideoPath:
      'Bitte einen Pfad auf diesem Portal angeben, der mit / beginnt und auf .mp4 oder .webm endet, etwa /medien/dgs.mp4.',
    signCaptionsPath:
      'Bitte einen Pfad auf diesem Portal angeben, der mit / beginnt und auf .vtt endet, etwa /medien/dgs.vtt.',
    signCaptionsRequired:
      'Bitte geben Sie die Untertitel zum Video an: Ohne sie erreicht es nur, wer Gebärdensprache versteht.',
    signVideoRequired: 'Bitte geben Sie das Video zu den Untertiteln an.',
    openData: 'Offene Daten',
    contributorId: 'Kennung bei GovData (contributorID)',
    contributorIdHint:
      'Die Adresse aus der Liste der Datenbereitsteller, die GovData bei der Registrierung vergibt, etwa http://dcat-ap.de/def/contributors/… . Der Katalog nennt sie bei jedem Datensatz.',
    contributorIdFormat: 'Bitte eine Adresse angeben, die mit http://dcat-ap.de/def/contributors/ beginnt.',
    save: 'Angaben speichern',
    logo: 'Logo',
    logoIntro:
      'Das Logo steht im Kopf des Portals und auf der Titelseite der PDF-Berichte. Eine SVG-Grafik oder ein PNG- oder JPEG-Bild bis 1 MB, mindestens 32 Pixel hoch; am besten auf transparentem oder weißem Grund.',
    logoNone: 'Noch kein Logo hochgeladen.',
    logoCurrent: 'Das aktuelle Logo ({{width}} × {{height}} Pixel)',
    logoCurrentSvg: 'Das aktuelle Logo (SVG-Grafik)',
    logoAlt: 'Logo: {{city}}',
    logoFile: 'Bilddatei',
    logoUpload: 'Logo hochladen',
    logoRemove: 'Logo entfernen',
    logoRequired: 'Bitte wählen Sie eine Bilddatei.',
    logoType: 'Die Datei ist weder eine SVG-Grafik noch ein PNG- oder JPEG-Bild.',
    logoSvgUnsafe:
      'Die SVG-Grafik enthält Skripte oder Verweise auf andere Dateien; ein Logo braucht beides nicht. Bitte speichern Sie es ohne sie (etwa als „Optimiertes SVG“ oder „Einfaches SVG“).',
    logoSvgSize:
      'Die SVG-Grafik nennt keine brauchbare Größe: Sie braucht eine viewBox oder width und height, und eine Seite darf höchstens 20-mal so lang sein wie die andere.',
    logoTooLarge: 'Die Datei ist größer als 1 MB.',
    logoSize:
      'Das Bild muss zwischen 32 und 5000 Pixel hoch und breit sein (diese Datei: {{width}} × {{height}}).',
    logoBroken: 'Das Bild lässt sich nicht lesen; die Datei ist vermutlich beschädigt.',
    done: {
      saved: 'Die Angaben zur Stadt sind gespeichert.',
      logoSaved: 'Das neue Logo ist gespeichert.',
      logoRemoved: 'Das Logo ist entfernt.',
      logoSavedUnsaved:
        'Das neue Logo ist gespeichert. Ihre Änderungen an den Angaben sind noch nicht gespeichert: Bitte prüfen Sie sie und speichern Sie sie mit „Angaben speichern“.',
      logoRemovedUnsaved:
        'Das Logo ist entfernt. Ihre Änderungen an den Angaben sind noch nicht gespeichert: Bitte prüfen Sie sie und speichern Sie sie mit „Angaben speichern“.',
    },
  },
  admin: {
    ruleExists: 'Diese Regel gibt es schon.',
    ruleUnitHint:
      'Nötig für Beschäftigte, Projektleitung, Amts- und Dezernatsleitung (das Amt oder Dezernat). Für CDO-Team und Moderation nur, wenn sie für eine Einheit statt für die ganze Stadt arbeiten; leer für die Administration.',
    signInNav: 'Anmeldung',
    signInTitle: 'Anmeldung mit dem Dienstkonto',
    signInIntro:
      'Beschäftigte melden sich über den Identitätsdienst der Stadt an ({{issuer}}). Die Regeln legen fest, welche Rolle eine Gruppe oder ein anderes Merkmal des Dienstkontos in Rathaus gibt: Sie gelten bei jeder Anmeldung und werden jede Minute neu geprüft. Wer im Identitätsdienst gesperrt wird, verliert den Zugang mit der nächsten Prüfung.',
    signInNotConfigured:
      'Für diese Installation ist kein Identitätsdienst eingerichtet (OIDC_ISSUER). Die Regeln gelten, sobald der Betrieb ihn einrichtet.',
    signInRules: 'Regeln',
    signInNoRules:
      'Noch keine Regeln: Über den Identitätsdienst melden sich nur Personen an, die schon ein Konto haben, und ihre Rollen bleiben, wie sie sind.',
    claim: 'Merkmal (Claim)',
    claimHint: 'Zum Beispiel groups oder realm_access.roles.',
    claimFormat:
      'Nur Buchstaben, Ziffern, Doppelpunkt, Binde- und Unterstrich; ein Punkt nur zwischen zwei Namen (realm_access.roles).',
    claimValue: 'Wert',
    claimValueHint:
      'Zum Beispiel der Gruppenname digital-cdo; bei Gruppenpfaden wie /stadt/digital-cdo genügt der letzte Teil.',
    ruleText: '{{claim}} enthält „{{value}}“ → {{role}}',
    ruleRemove: 'Regel entfernen: {{rule}}',
    ruleChange: 'Ändern: {{rule}}',
    ruleChangeSubmit: 'Änderung speichern',
    ruleRemoveTitle: 'Regel entfernen',
    ruleRemoveHeading: 'Rollen können wegfallen',
    ruleRemoveIntro:
      'Wer eine Rolle nur durch diese Regel hat, verliert sie bei der nächsten Prüfung seiner Anmeldung, spätestens nach einer Minute: {{rule}}',
    remove: 'Entfernen',
    addRule: 'Regel hinzufügen',
    addRuleSubmit: 'Regel speichern',
    passwordsTitle: 'Passwörter',
    staffPasswords: 'Beschäftigte dürfen sich auch mit einem Passwort anmelden',
    savePasswords: 'Einstellung speichern',
    title: 'Verwaltung',
    accounts: 'Konten',
    units: 'Organisation',
    partners: 'Partner',
    search: 'Name oder E-Mail-Adresse',
    filter: 'Anzeigen',
    allRoles: 'Alle Rollen',
    withRole: 'Mit der Rolle',
    accountCount_one: '{{count}} Konto',
    accountCount_other: '{{count}} Konten',
    name: 'Name',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    roleList: 'Rollen',
    state: 'Stand',
    active: 'aktiv',
    invited: 'eingeladen, Passwort noch nicht gesetzt',
    unconfirmed: 'E-Mail-Adresse noch nicht bestätigt',
    disabledOn: 'deaktiviert am {{date}}',
    createdOn: 'Angelegt am',
    unit: 'Organisationseinheit',
    unitHint:
      'Amtsleitung: ein Amt; Dezernatsleitung: ein Dezernat; Projektleitung und Beschäftigte: ihr Amt oder Team; Administration, Bürgerinnen, Bürger und Partner: keine.',
    noUnit: 'keine (gesamte Stadt)',
    roles: {
      citizen: 'Bürgerin oder Bürger',
      partner: 'Partner',
      staff: 'Beschäftigte',
      project_lead: 'Projektleitung',
      office_head: 'Amtsleitung',
      department_head: 'Dezernatsleitung',
      cdo: 'CDO-Team',
      moderator: 'Moderation',
      admin: 'Administration',
    },
    kinds: {
      administration: 'Verwaltung',
      department: 'Dezernat',
      office: 'Amt',
      team: 'Team',
    },
    unitFor: {
      citizen: 'Diese Rolle hat keine Organisationseinheit.',
      partner: 'Diese Rolle hat keine Organisationseinheit.',
      admin: 'Diese Rolle hat keine Organisationseinheit.',
      cdo: 'Bitte wählen Sie eine Organisationseinheit oder keine.',
      moderator: 'Bitte wählen Sie eine Organisationseinheit oder keine.',
      staff: 'Bitte wählen Sie die Organisationseinheit, in der die Person arbeitet.',
      project_lead: 'Eine Projektleitung gehört zu einem Amt oder Team.',
      office_head: 'Eine Amtsleitung leitet ein Amt: Bitte wählen Sie ein Amt.',
      department_head: 'Eine Dezernatsleitung leitet ein Dezernat: Bitte wählen Sie ein Dezernat.',
    },
    emailTaken: 'Zu dieser E-Mail-Adresse gibt es schon ein Konto.',
    partnerOrg: 'Partnerorganisation',
    partnerOrgHint:
      'Nur für die Rolle „Partner“: die Organisation, für die die Person spricht. Ihre Vorschläge tragen deren Namen, und sie sieht deren Projekte in „Mein Bereich“.',
    noPartnerOrg: 'keine',
    partnerFor: 'Bitte wählen Sie die Organisation, für die die Person spricht.',
    partnerOnly:
      'Nur die Rolle „Partner“ spricht für eine Organisation. Bitte wählen Sie „keine“ oder die Rolle „Partner“.',
    roleHeld: 'Das Konto hat diese Rolle dort schon.',
    roleUnconfirmed:
      'Die Adresse dieses Kontos ist noch nicht bestätigt. Eine Rolle bekommt es erst danach, denn registrieren kann sich jede und jeder mit jeder Adresse.',
    invite: 'Person einladen',
    inviteIntro:
      'Die Person bekommt eine E-Mail mit einem Link, mit dem sie ihr Passwort wählt (eine Woche gültig).',
    inviteSubmit: 'Einladung senden',
    removeRole: 'Rolle „{{role}}“ entziehen',
    noRoles: 'Das Konto hat keine Rolle.',
    addRole: 'Rolle hinzufügen',
    addRoleSubmit: 'Rolle hinzufügen',
    access: 'Zugang',
    invitePending: 'Die Person hat noch kein Passwort gewählt.',
    resend: 'Einladung erneut senden',
    selfDisable: 'Ihr eigenes Konto können Sie nicht deaktivieren.',
    deactivateIntro:
      'Nach dem Deaktivieren kann sich die Person nicht mehr anmelden und wird sofort abgemeldet. Ihre Arbeit bleibt mit ihrem Namen erhalten.',
    activateIntro: 'Das Konto ist deaktiviert. Nach dem Aktivieren kann sich die Person wieder anmelden.',
    deactivate: 'Konto deaktivieren',
    activate: 'Konto wieder aktivieren',
    unitsIntro:
      'Verwaltung ▸ Dezernate ▸ Ämter ▸ Teams. Ein Amt liegt unter einem Dezernat, ein Team unter einem Amt. Öffnen Sie eine Einheit, um sie umzubenennen.',
    code: 'Kennziffer',
    unitName: 'Bezeichnung',
    rename: 'Umbenennen',
    addUnit: 'Organisationseinheit anlegen',
    kind: 'Art',
    parent: 'Gehört zu',
    parentHint: 'Ein Dezernat gehört zur Verwaltung, ein Amt zu einem Dezernat, ein Team zu einem Amt.',
    noParent: 'keiner (oberste Ebene)',
    parentFor: {
      administration: 'Die Verwaltung ist die oberste Ebene und gehört zu keiner Einheit.',
      department: 'Ein Dezernat gehört zur Verwaltung.',
      office: 'Ein Amt gehört zu einem Dezernat.',
      team: 'Ein Team gehört zu einem Amt.',
    },
    addUnitSubmit: 'Einheit anlegen',
    partnerName: 'Name der Organisation',
    partnerKind: 'Art',
    website: 'Website',
    hubMember: 'Mitglied im Digital Hub',
    hub: 'Digital Hub',
    partnerExists: 'Einen Partner mit diesem Namen gibt es schon.',
    savePartner: 'Änderungen speichern',
    addPartner: 'Partner anlegen',
    addPartnerSubmit: 'Partner anlegen',
    done: {
      ruleAdded: 'Die Regel ist gespeichert.',
      ruleChanged: 'Die geänderte Regel ist gespeichert.',
      ruleRemoved: 'Die Regel ist entfernt.',
      passwordsSaved: 'Die Einstellung zu Passwörtern ist gespeichert.',
      invited: 'Die Einladung an {{name}} ist verschickt.',
      resent: 'Die Einladung an {{name}} ist erneut verschickt.',
      roleAdded: '{{name}} hat jetzt die Rolle „{{role}}“.',
      roleRemoved: '{{name}} hat die Rolle „{{role}}“ nicht mehr.',
      deactivated: 'Das Konto von {{name}} ist deaktiviert; alle Sitzungen sind beendet.',
      activated: 'Das Konto von {{name}} ist wieder aktiv.',
      unitCreated: 'Die Einheit „{{name}}“ ist angelegt.',
      unitRenamed: 'Die Einheit heißt jetzt „{{name}}“.',
      partnerSaved: 'Der Partner „{{name}}“ ist gespeichert.',
    },
    lastAdmin: 'Das letzte aktive Administrationskonto kann diese Rolle nicht verlieren.',
    alreadyActive: 'Die Person hat ihr Passwort schon gewählt; eine Einladung ist nicht mehr nötig.',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    internal: {
      admin: 'Administration',
    },
  },
  notice: {
    passkeyAdded: 'Your passkey is saved. From now on you can sign in with it.',
    passkeyRemoved: 'The passkey has been removed.',
    passkeyRenamed: 'The passkey’s new name is saved.',
    loggedOut: 'You are signed out.',
    sessionEnded:
      'Your session has ended: your work account is no longer valid or no longer gives you a role. Your city’s administration can help.',
    loggedIn: 'You are signed in.',
    emailConfirmed: 'Your e-mail address is confirmed. You can sign in now.',
    passwordUpdated: 'Your password is changed. You are signed out on other devices.',
    passwordChanged: 'Your new password is saved. Please sign in with it.',
  },
  validation: {
    timeZone: 'Please give a time zone such as Europe/Berlin.',
    slug: 'Only lower-case letters, digits and hyphens (2–40 characters).',
    passwordTooShort: 'The password needs at least 12 characters.',
  },
  passkeys: {
    title: 'Passkeys',
    intro:
      'With a passkey you sign in without a password: your device (laptop, smartphone or security key) checks it is you with a PIN, fingerprint or face. The secret key never leaves the device, and a passkey only works on this website.',
    listTitle: 'Your passkeys',
    none: 'You have no passkey yet.',
    created: 'added on {{date}}',
    lastUsed: 'last used on {{date}}',
    neverUsed: 'not used yet',
    synced: 'synced through your device account',
    remove: 'Remove passkey “{{name}}”',
    removeButton: 'Remove',
    rename: 'Rename “{{name}}”',
    newName: 'New name',
    saveName: 'Save name',
    removeHeading: 'Really remove the passkey?',
    removeIntro:
      'Afterwards this passkey no longer signs you in to Rathaus. It stays stored on your device or in your password manager; you can delete it there yourself.',
    removeLast: 'It is your last passkey: afterwards you sign in with your password or work account.',
    removeLastProvider: 'It is your last passkey: afterwards you sign in with your work account.',
    addTitle: 'Add a passkey',
    name: 'Name of the passkey',
    nameHint: 'To tell several apart, for example “Office laptop” or “Work phone”.',
    add: 'Create passkey',
    needsScript:
      'Creating a passkey needs JavaScript and a browser that supports passkeys. Signing in with your password is not affected.',
    nameInvalid: 'Please give the passkey a name (at most 60 characters).',
    notAccepted: 'The passkey was not accepted. Please try again.',
    unknown:
      'This passkey is not (or no longer) known here. Sign in another way and, if you like, create a new one under “My area”.',
    exists:
      'A passkey for your account is already stored on this device. For another device, create it there.',
    insecure:
      'Passkeys only work at an address with a name and HTTPS (or at localhost), not at an IP address. Please contact IT operations.',
    providerOnly:
      'Your city signs staff in through the work account only. Passkeys are therefore switched off; you can remove the ones stored here.',
    staffUseProvider: 'City staff sign in with “Sign in with your work account”, not with a passkey.',
    cancelled: 'The request was cancelled or timed out. You can try again.',
    failed: 'That did not work. Please reload the page and try again.',
    manage: 'Manage passkeys',
  },
  login: {
    passkeyTitle: 'With a passkey',
    passkeyIntro: 'If you work for the city and have set up a passkey, sign in with it, no password needed.',
    passkeyButton: 'Sign in with a passkey',
    passwordTitle: 'With e-mail address and password',
    title: 'Sign in',
    intro: 'Sign in with your e-mail address and password.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    invalid: 'The e-mail address or password is not correct.',
    rateLimited:
      'After several wrong attempts, signing in is paused for 15 minutes to protect your account. If you no longer know your password, set a new one through “Forgot your password?”.',
    lockedTitle: 'Signing in briefly paused',
    invalidLocked:
      'The e-mail address or password is not correct. Signing in is now paused for 15 minutes; you can set a new password through “Forgot your password?”.',
    invalidLeft_one:
      'The e-mail address or password is not correct. One more attempt, then signing in is paused for 15 minutes.',
    invalidLeft_other:
      'The e-mail address or password is not correct. {{count}} more attempts, then signing in is paused for 15 minutes.',
    unconfirmed: 'Your e-mail address is not confirmed yet. We have sent you the link for it once more.',
    wrongPassword: 'The password is not correct.',
    forgot: 'Forgotten your password?',
    noAccount: 'No account yet?',
    signUp: 'Sign up now',
    providerTitle: 'For city staff',
    providerIntro: 'Sign in with your work account, without a separate Rathaus password.',
    providerButton: 'Sign in with your work account',
    providerNoRole:
      'Your work account is known, but it has no role in Rathaus. Please contact your city’s administration.',
    providerNoEmail:
      'Your work account gives no e-mail address, and Rathaus makes no account without one. Please contact your city’s administration.',
    providerConflict:
      'An account with this e-mail address exists already and cannot be joined to your work account. Please contact your city’s administration.',
    providerDisabled: 'Your Rathaus account is deactivated. Please contact your city’s administration.',
    providerFailedTitle: 'Signing in with your work account did not complete',
    providerFailed: 'Signing in with your work account was cancelled or has expired. Please try again.',
    staffUseProvider: 'City staff sign in with “Sign in with your work account”, not with a password.',
  },
  signup: {
    title: 'Sign up',
    intro:
      'With an account you can support and comment on proposals, follow your own proposals, and download or delete your data yourself.',
    displayName: 'Name',
    displayNameShort: 'Please enter at least 2 characters.',
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
  passwordChange: {
    title: 'Change password',
    back: 'Back to My area',
    intro:
      'Enter your current password and the new one twice. Afterwards you are signed out everywhere else; in this browser you stay signed in.',
    current: 'Current password',
    submit: 'Change password',
    link: 'Change password',
    wrong: 'The current password is not correct.',
    same: 'The new password is the current one. Please choose another.',
    rateLimited: 'The current password was entered wrongly too often. Please try again in 15 minutes.',
    noPassword:
      'Your account has no password: you sign in with your work account or a passkey. Change a password where your work account is managed.',
    providerOnly:
      'In this city, staff sign in with their work account. Change your password where your work account is managed.',
  },
  password: {
    forgotTitle: 'Forgotten password',
    forgotIntro:
      'Give the e-mail address of your account. We send you a link with which you choose a new password.',
    forgotSubmit: 'Send link',
    rateLimited: 'Many links were just requested. Please try again in an hour.',
    sentTitle: 'Look in your inbox',
    sent: 'If there is an account for this address, we have sent a link. It works for two hours.',
    noMail: 'No e-mail? Look in your spam folder, or ask for the link again in a few minutes.',
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
    confirmSubject: 'Please confirm your account on the City of {{city}} portal',
    confirmBody:
      'You created an account on the City of {{city}} portal. Please confirm your e-mail address with this link (valid for {{hours}} hours):',
    existsSubject: 'Your account on the City of {{city}} portal',
    existsBody:
      'Someone tried to create an account with your e-mail address. You have one already. If you no longer know your password, choose a new one with this link (valid for {{hours}} hours):',
    resetSubject: 'New password for the City of {{city}} portal',
    resetBody: 'Choose a new password with this link (valid for {{hours}} hours):',
    inviteSubject: 'Invitation to the City of {{city}} portal',
    inviteBody:
      'An account named “{{name}}” was created for you on the City of {{city}} portal. Choose your password with this link (valid for {{days}} days):',
    ignore: 'If you did not ask for this, you can ignore this e-mail.',
    signature: 'Your City of {{city}} administration',
    changedSubject: 'Your password on the City of {{city}} portal was changed',
    changedBody:
      'The password of your account was just changed, and every other sign-in was ended. If this was not you, choose a new one at once with “Forgotten password” and tell the city administration:',
  },
  citySettings: {
    nav: 'City',
    title: 'About the city',
    intro:
      "These details appear in the portal's header, the legal notice, the privacy and accessibility statements, the PDF reports and the data catalogue. Every change is audited and applies at once.",
    city: 'The city',
    name: 'Official name',
    nameHint: 'How the city appears as publisher, for example “Bundesstadt Bonn”.',
    cityName: 'Short name',
    cityNameHint: 'In the header of every page and report, for example “Bonn”.',
    stateName: 'State',
    regionalKey: 'Municipality or regional key',
    regionalKeyHint:
      'The official municipality key (8 digits, Bonn: 05314000) or regional key (12 digits). The data catalogue places the data by it.',
    regionalKeyFormat: 'Please enter 8 or 12 digits.',
    imprint: 'Legal notice',
    organisation: 'Publisher',
    address: 'Address',
    email: 'E-mail address',
    phone: 'Telephone',
    representative: 'Represented by',
    contacts: 'Contacts',
    privacyContact: 'Data protection',
    privacyContactHint: "The data protection officer's address; without one, the legal notice's applies.",
    accessibilityContact: 'Accessibility',
    accessibilityContactHint:
      "Where people report barriers; without one, the legal notice's address applies.",
    statement: 'Accessibility statement',
    preparedOn: 'Prepared on',
    reviewedOn: 'Last reviewed on',
    method: 'Assessment',
    methodSelf: 'Self-assessment',
    methodExternal: 'Assessment by an independent body',
    assessor: 'Assessing body',
    assessorHint: 'Only for an assessment by an independent body.',
    assessorRequired: 'Please name the assessing body.',
    enforcementName: "The state's enforcement body",
    enforcementUrl: "Enforcement body's website",
    enforcementEmail: "Enforcement body's e-mail address",
    timeZone: 'Time zone',
    timeZoneHint:
      'Decides which day is “today”: for deadlines, reporting periods, calendars and times on the pages.',
    signLanguage: 'Video in sign language',
    signLanguageIntro:
      'The easy-read page shows a video in German Sign Language (DGS) explaining the portal, with German captions. The city puts both files on this portal itself (in the folder /medien/, say; see the operations manual); without them the page shows no video.',
    signVideo: 'Video (path)',
    signVideoHint: 'An MP4 or WebM file on this portal, for example /medien/dgs.mp4.',
    signCaptions: 'Captions (path)',
    signCaptionsHint: 'The captions as a WebVTT file on this portal, for example /medien/dgs.vtt.',
    signVideoPath:
      'Please enter a path on this portal that starts with / and ends in .mp4 or .webm, such as /medien/dgs.mp4.',
    signCaptionsPath:
      'Please enter a path on this portal that starts with / and ends in .vtt, such as /medien/dgs.vtt.',
    signCaptionsRequired:
      'Please give the captions for the video: without them it reaches only those who understand sign language.',
    signVideoRequired: 'Please give the video these captions belong to.',
    openData: 'Open data',
    contributorId: 'GovData identifier (contributorID)',
    contributorIdHint:
      'The address from the list of data providers that GovData assigns on registration, such as http://dcat-ap.de/def/contributors/… . The catalogue names it on every data set.',
    contributorIdFormat: 'Please enter an address starting with http://dcat-ap.de/def/contributors/.',
    save: 'Save details',
    logo: 'Logo',
    logoIntro:
      "The logo appears in the portal's header and on the title page of the PDF reports. An SVG drawing or a PNG or JPEG image up to 1 MB, at least 32 pixels high; best on a transparent or white background.",
    logoNone: 'No logo uploaded yet.',
    logoCurrent: 'The current logo ({{width}} × {{height}} pixels)',
    logoCurrentSvg: 'The current logo (SVG drawing)',
    logoAlt: 'Logo: {{city}}',
    logoFile: 'Image file',
    logoUpload: 'Upload logo',
    logoRemove: 'Remove logo',
    logoRequired: 'Please choose an image file.',
    logoType: 'The file is neither an SVG drawing nor a PNG or JPEG image.',
    logoSvgUnsafe:
      'The SVG drawing contains scripts or references to other files; a logo needs neither. Please save it without them (as “Optimized SVG” or “Plain SVG”, for example).',
    logoSvgSize:
      'The SVG drawing names no usable size: it needs a viewBox or width and height, and one side may be at most 20 times as long as the other.',
    logoTooLarge: 'The file is larger than 1 MB.',
    logoSize:
      'The image must be between 32 and 5000 pixels high and wide (this file: {{width}} × {{height}}).',
    logoBroken: 'The image cannot be read; the file is probably damaged.',
    done: {
      saved: 'The details about the city are saved.',
      logoSaved: 'The new logo is saved.',
      logoRemoved: 'The logo is removed.',
      logoSavedUnsaved:
        'The new logo is saved. Your changes to the details are not saved yet: please check them and save them with “Save details”.',
      logoRemovedUnsaved:
        'The logo is removed. Your changes to the details are not saved yet: please check them and save them with “Save details”.',
    },
  },
  admin: {
    ruleExists: 'This rule exists already.',
    ruleUnitHint:
      'Needed for staff, project leads, office and department heads (the office or department). For the CDO team and moderation only when they work for one unit rather than the whole city; empty for administration.',
    signInNav: 'Sign-in',
    signInTitle: 'Sign-in with the work account',
    signInIntro:
      'Staff sign in through the city’s identity provider ({{issuer}}). The rules decide which role a group or another attribute of the work account gives in Rathaus: they apply at every sign-in and are checked again every minute. Whoever is disabled at the identity provider loses access at the next check.',
    signInNotConfigured:
      'No identity provider is configured for this installation (OIDC_ISSUER). The rules apply once operations set one up.',
    signInRules: 'Rules',
    signInNoRules:
      'No rules yet: only people who already have an account sign in through the identity provider, and their roles stay as they are.',
    claim: 'Attribute (claim)',
    claimHint: 'For example groups or realm_access.roles.',
    claimFormat:
      'Only letters, digits, colon, hyphen and underscore; a dot only between two names (realm_access.roles).',
    claimValue: 'Value',
    claimValueHint:
      'For example the group name digital-cdo; for group paths such as /stadt/digital-cdo the last part is enough.',
    ruleText: '{{claim}} contains “{{value}}” → {{role}}',
    ruleRemove: 'Remove rule: {{rule}}',
    ruleChange: 'Change: {{rule}}',
    ruleChangeSubmit: 'Save the change',
    ruleRemoveTitle: 'Remove rule',
    ruleRemoveHeading: 'Roles may be taken away',
    ruleRemoveIntro:
      'Whoever holds a role only through this rule loses it at the next check of their sign-in, within a minute: {{rule}}',
    remove: 'Remove',
    addRule: 'Add a rule',
    addRuleSubmit: 'Save rule',
    passwordsTitle: 'Passwords',
    staffPasswords: 'Staff may also sign in with a password',
    savePasswords: 'Save setting',
    title: 'Administration',
    accounts: 'Accounts',
    units: 'Organisation',
    partners: 'Partners',
    search: 'Name or e-mail address',
    filter: 'Show',
    allRoles: 'All roles',
    withRole: 'With the role',
    accountCount_one: '{{count}} account',
    accountCount_other: '{{count}} accounts',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    roleList: 'Roles',
    state: 'State',
    active: 'active',
    invited: 'invited, no password yet',
    unconfirmed: 'e-mail address not confirmed yet',
    disabledOn: 'deactivated on {{date}}',
    createdOn: 'Created on',
    unit: 'Organisational unit',
    unitHint:
      'Office head: an office; department head: a department; project lead and staff: their office or team; administration, citizens and partners: none.',
    noUnit: 'none (the whole city)',
    roles: {
      citizen: 'Citizen',
      partner: 'Partner',
      staff: 'Staff',
      project_lead: 'Project lead',
      office_head: 'Office head',
      department_head: 'Department head',
      cdo: 'CDO team',
      moderator: 'Moderation',
      admin: 'Administration',
    },
    kinds: {
      administration: 'Administration',
      department: 'Department',
      office: 'Office',
      team: 'Team',
    },
    unitFor: {
      citizen: 'This role has no organisational unit.',
      partner: 'This role has no organisational unit.',
      admin: 'This role has no organisational unit.',
      cdo: 'Please choose an organisational unit, or none.',
      moderator: 'Please choose an organisational unit, or none.',
      staff: 'Please choose the unit the person works in.',
      project_lead: 'A project lead belongs to an office or a team.',
      office_head: 'An office head leads an office: please choose an office.',
      department_head: 'A department head leads a department: please choose a department.',
    },
    emailTaken: 'There is an account for this e-mail address already.',
    partnerOrg: 'Partner organisation',
    partnerOrgHint:
      'Only for the “partner” role: the organisation the person speaks for. Their proposals carry its name, and they see its projects in “My area”.',
    noPartnerOrg: 'none',
    partnerFor: 'Please choose the organisation the person speaks for.',
    partnerOnly:
      'Only the “partner” role speaks for an organisation. Please choose “none” or the partner role.',
    roleHeld: 'The account holds this role there already.',
    roleUnconfirmed:
      'This account’s address is not confirmed yet. It can be given a role only afterwards, since anyone can register with any address.',
    invite: 'Invite a person',
    inviteIntro: 'The person gets an e-mail with a link to choose their password (valid for a week).',
    inviteSubmit: 'Send invitation',
    removeRole: 'Remove the role “{{role}}”',
    noRoles: 'The account has no role.',
    addRole: 'Add a role',
    addRoleSubmit: 'Add role',
    access: 'Access',
    invitePending: 'The person has not chosen a password yet.',
    resend: 'Send the invitation again',
    selfDisable: 'You cannot deactivate your own account.',
    deactivateIntro:
      'Once deactivated, the person can no longer sign in and is signed out at once. Their work stays under their name.',
    activateIntro: 'The account is deactivated. Once reactivated, the person can sign in again.',
    deactivate: 'Deactivate account',
    activate: 'Reactivate account',
    unitsIntro:
      'Administration ▸ departments ▸ offices ▸ teams. An office sits under a department, a team under an office. Open a unit to rename it.',
    code: 'Code',
    unitName: 'Name',
    rename: 'Rename',
    addUnit: 'Add an organisational unit',
    kind: 'Kind',
    parent: 'Belongs to',
    parentHint: 'A department belongs to the administration, an office to a department, a team to an office.',
    noParent: 'none (top level)',
    parentFor: {
      administration: 'The administration is the top level and belongs to no unit.',
      department: 'A department belongs to the administration.',
      office: 'An office belongs to a department.',
      team: 'A team belongs to an office.',
    },
    addUnitSubmit: 'Add unit',
    partnerName: 'Name of the organisation',
    partnerKind: 'Kind',
    website: 'Website',
    hubMember: 'Member of the Digital Hub',
    hub: 'Digital Hub',
    partnerExists: 'There is a partner of this name already.',
    savePartner: 'Save changes',
    addPartner: 'Add a partner',
    addPartnerSubmit: 'Add partner',
    done: {
      ruleAdded: 'The rule is saved.',
      ruleChanged: 'The changed rule is saved.',
      ruleRemoved: 'The rule is removed.',
      passwordsSaved: 'The password setting is saved.',
      invited: 'The invitation to {{name}} is sent.',
      resent: 'The invitation to {{name}} is sent again.',
      roleAdded: '{{name}} now holds the role “{{role}}”.',
      roleRemoved: '{{name}} no longer holds the role “{{role}}”.',
      deactivated: 'The account of {{name}} is deactivated; all its sessions have ended.',
      activated: 'The account of {{name}} is active again.',
      unitCreated: 'The unit “{{name}}” is added.',
      unitRenamed: 'The unit is now called “{{name}}”.',
      partnerSaved: 'The partner “{{name}}” is saved.',
    },
    lastAdmin: 'The last active administrator account cannot lose this role.',
    alreadyActive: 'The person has chosen their password already; no invitation is needed.',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    orgs: typeof de;
  }
}

export { ar } from './orgs.messages.ar.ts';
export { tr } from './orgs.messages.tr.ts';
