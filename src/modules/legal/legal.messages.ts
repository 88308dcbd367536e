import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the legal module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    accessibility_feedback: 'Rückmeldung zur Barrierefreiheit',
  },
  legal: {
    imprint: {
      title: 'Impressum',
      text: [
        'Angaben gemäß § 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag für das Transparenzportal der Stadt {{city}}.',
      ],
      organisation: 'Herausgeberin',
      address: 'Anschrift',
      representative: 'Vertreten durch',
      email: 'E-Mail',
      phone: 'Telefon',
      missing: 'Die Kommune hat ihre Impressumsangaben noch nicht hinterlegt.',
    },
    privacy: {
      title: 'Datenschutzerklärung',
      text: [
        'Verantwortlich für die Verarbeitung personenbezogener Daten in diesem Portal ist die Stadt {{city}}. Kontakt zum Datenschutz: {{contact}}.',
        'Wenn Sie einen Vorschlag einreichen, verarbeiten wir Titel, Beschreibung, die Angabe, als wer Sie einreichen, gegebenenfalls den Namen Ihrer Organisation und – freiwillig – Ihre E-Mail-Adresse (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit den Vorschriften über die Bürgerbeteiligung). Die E-Mail-Adresse wird nie veröffentlicht.',
        'Beim Aufruf der Seiten verarbeitet der Server technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Seite) zur Auslieferung und zum Schutz vor Missbrauch; zur Begrenzung von Anmelde- und Einreichungsversuchen wird die IP-Adresse höchstens 24 Stunden gespeichert.',
        'Dieses Portal bindet keine Inhalte Dritter ein: Schriften, Skripte und Stile werden von der Stadt selbst ausgeliefert. Es gibt keine Werbe-Cookies; wiederkehrende Besuche zählt ein Statistik-Cookie nur, wenn Sie eingewilligt haben (siehe Cookie-Einstellungen).',
        'Benachrichtigungen: Wenn Sie einem Vorschlag folgen oder bei Ihrem Vorschlag eine E-Mail-Adresse angeben, senden wir Ihnen zuerst einen Bestätigungslink (Double-Opt-in); an die bestätigte Adresse Ihres Kontos schreiben wir ohne ihn, wenn Sie es beim Unterstützen oder Folgen wählen. Erst nach der Bestätigung schreiben wir Ihnen – sofort oder einmal pro Woche, wie Sie es wählen. Unbestätigte Adressen löschen wir nach 30 Tagen. Jede E-Mail enthält einen Link, mit dem Sie alle Benachrichtigungen mit einem Klick abbestellen; die Adresse wird dann gelöscht.',
        'Anhänge, Kommentare und Unterstützungen: Dateien, die Sie einem Vorschlag anhängen, werden mit ihm veröffentlicht; nicht abgeschickte Dateien löschen wir nach einem Tag. Kommentare erscheinen mit dem Anzeigenamen Ihres Kontos. Wer einen Vorschlag unterstützt, wird nicht genannt; veröffentlicht wird nur die Zahl der Unterstützungen. Meldungen von Beiträgen sehen nur die Moderatorinnen und Moderatoren.',
        'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO) sowie das Recht auf Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.',
      ],
    },
    accessibility: {
      title: 'Erklärung zur Barrierefreiheit',
      text: [
        'Die Stadt {{city}} ist bemüht, dieses Portal im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0, BITV NRW) und der Norm EN 301 549 (WCAG 2.1, Stufe AA) barrierefrei zugänglich zu machen.',
        'Stand der Vereinbarkeit: Jede Seite wird bei jeder Änderung automatisiert mit axe geprüft und ist ohne JavaScript und vollständig mit der Tastatur bedienbar.',
        'Die Daten aus früheren Beteiligungsverfahren (z. B. Rad-Dialog 2017) werden so veröffentlicht, wie sie eingereicht wurden, und sind nicht in Leichter Sprache verfügbar.',
        'Barrieren melden: Wenn Ihnen Barrieren auffallen, schreiben Sie an {{contact}}. Wir antworten innerhalb eines Monats – oder nutzen Sie das Formular unten.',
        'Schlichtungsverfahren: Bleibt Ihre Meldung unbeantwortet oder unbefriedigend, können Sie sich an die Stelle wenden, die im Land der Stadt die Barrierefreiheit durchsetzt (Schlichtungs- oder Ombudsstelle).',
      ],
    },
    feedback: {
      title: 'Barriere melden',
      intro:
        'Ist etwas auf diesem Portal für Sie nicht zugänglich? Beschreiben Sie es hier. Wir antworten innerhalb eines Monats; ohne E-Mail-Adresse bleibt Ihre Meldung anonym.',
      page: 'Seite (Adresse oder Name)',
      message: 'Was ist nicht barrierefrei?',
      email: 'E-Mail-Adresse für die Antwort',
      submit: 'Meldung senden',
      sent: 'Danke für Ihre Meldung. Wir antworten innerhalb eines Monats.',
      sentNoReply:
        'Danke für Ihre Meldung. Wir bearbeiten sie innerhalb eines Monats; ohne E-Mail-Adresse können wir Ihnen nicht antworten.',
      staffTitle: 'Gemeldete Barrieren',
      staffIntro:
        'Meldungen aus der Erklärung zur Barrierefreiheit. Jede muss innerhalb eines Monats beantwortet werden; eine Woche vorher und bei Verzug kommt eine Erinnerung.',
      due: 'Antwort fällig am {{date}}',
      overdue: 'überfällig',
      answeredOn: 'beantwortet am {{date}}',
      answer: 'Antwort',
      answerButton: 'Antwort speichern und senden',
      answerSave: 'Antwort speichern',
      noEmail: 'Ohne E-Mail-Adresse: Die Antwort wird hier vermerkt.',
      none: 'Keine Meldungen.',
      received: 'Eingegangen am {{date}}',
    },
    easy: {
      title: 'Leichte Sprache',
      intro: [
        'Diese Internet-Seite ist von der Stadt {{city}}.',
        'Die Stadt will digitaler werden.',
        'Digital heißt: Man kann viele Dinge im Internet machen.',
        'Zum Beispiel einen Antrag stellen.',
        'Auf dieser Seite steht: Was macht die Stadt dafür? Und wie weit ist sie damit?',
      ],
      menuTitle: 'So finden Sie sich zurecht',
      menu: [
        'Oben auf jeder Seite ist ein Menü.',
        'Projekte: Hier stehen alle Projekte der Stadt.',
        'Strategie: Hier stehen die Ziele der Stadt.',
        'Agenda: Hier steht, was die Stadt in diesem Jahr machen will.',
        'Mitmachen: Hier können Sie eine Idee an die Stadt schicken.',
        'Berichte: Hier steht, was die Stadt geschafft hat.',
        'Ganz oben können Sie eine andere Sprache wählen.',
      ],
      participateTitle: 'So können Sie mitmachen',
      participate: [
        'Sie haben eine Idee für die Stadt?',
        'Dann klicken Sie auf: Mitmachen.',
        'Schreiben Sie einen Titel für Ihre Idee.',
        'Schreiben Sie dann: Was ist Ihre Idee?',
        'Klicken Sie dann auf: Vorschlag einreichen.',
        'Die Stadt liest Ihre Idee.',
        'Dann steht Ihre Idee auf dieser Seite.',
        'Sie können immer sehen: Was ist aus Ihrer Idee geworden?',
      ],
      accessTitle: 'Barriere-Freiheit',
      access: [
        'Die Stadt will: Alle Menschen können diese Seite benutzen.',
        'Auch Menschen mit Behinderung.',
        'Sie können die Seite zum Beispiel nur mit der Tastatur benutzen.',
        'Und mit einem Vorlese-Programm.',
        'Etwas klappt nicht? Dann schreiben Sie uns.',
        'Dafür gibt es ein Formular auf der Seite: Barriere-Freiheit.',
        'Wir antworten Ihnen innerhalb von einem Monat.',
        'Sie sind mit der Antwort nicht zufrieden?',
        'Dann können Sie sich bei der Ombuds-Stelle beschweren.',
        'Die Ombuds-Stelle hilft Ihnen. Das kostet nichts.',
      ],
      signTitle: 'Gebärden-Sprache',
      sign: 'Hier erklärt ein Video in Deutscher Gebärden-Sprache diese Seite.',
      statementLink: 'Zur Erklärung zur Barriere-Freiheit',
    },
    algorithms: {
      title: 'Wie Hinweise und Vorschläge berechnet werden',
      text: [
        'Rathaus hilft an zwei Stellen mit Berechnungen: bei Hinweisen auf ähnliche Vorschläge und bei Vorschlägen für ein Themenfeld. In beiden Fällen entscheidet immer ein Mensch – Sie selbst oder das Team der Stadt. Nichts wird automatisch zusammengelegt, ausgeblendet oder einsortiert.',
        'Ähnliche Vorschläge: Wenn Sie einen Vorschlag einreichen, vergleicht Rathaus ihn mit den veröffentlichten Vorschlägen. Gemessen wird, wie viele Wörter, Grundformen und Wortteile aus je drei Buchstaben beide Texte teilen (so passen „Radweg“ und „Radwegen“ zusammen), ob ein Wort im anderen Text ein Synonym hat (aus dem freien Wörterbuch OpenThesaurus, LGPL; so passen „Kaninchen“ und „Hase“ zusammen), wie viel Wichtiges in einem Text ohne Gegenstück bleibt und ob sich Zahlen oder Verneinungen unterscheiden. Wörter, die selten vorkommen, zählen mehr als Wörter, die fast überall stehen. Wie diese Messungen zusammen zählen, hat Rathaus an 5.749 deutschen Satzpaaren gelernt, deren Ähnlichkeit Menschen bewertet haben. Aus denselben Paaren hat Rathaus auch gelernt, welche ausgetauschten Wörter die Bedeutung kaum ändern („Kerl“ statt „Mann“) und welche viel („Flöte“ statt „Gitarre“); ein Tausch zählt, wenn er in mindestens zwei Paaren vorkam. Weil diese Sätze kurz sind, gilt das Gelernte für kurze Texte (bis 32 Wörter); ab 64 Wörtern entscheiden die gemeinsamen Wortteile und Grundformen, und dazwischen wird beides gemischt. Synonyme zählen beim Vergleich; gefunden werden Vorschläge aber über gemeinsame Wörter. Wir zeigen höchstens fünf Hinweise und sagen bei jedem in Worten, wie ähnlich er ist: „nahezu gleich“, „sehr ähnlich“, „ähnlich“ oder „verwandtes Thema“. Diese Stufen haben wir an menschlichen Urteilen geeicht: Satzpaare, denen Rathaus „nahezu gleich“ gibt, bewerteten Menschen im Mittel mit 4 bis 5 von 5 Punkten (gleiche Bedeutung), „sehr ähnlich“ mit 3 bis 4, „ähnlich“ mit 2 bis 3. Auf Paaren, die beim Lernen und bei der Eichung nicht verwendet wurden, lag das Urteil der Menschen je nach Stufe in 73 bis 83 von 100 Fällen mindestens auf der gezeigten Stufe. Ein gleicher Titel wird eigens genannt. Vor dem Absenden fragen wir nur dann noch einmal nach, wenn ein Hinweis mindestens „sehr ähnlich“ ist oder denselben Titel hat; die übrigen Hinweise erscheinen beim Schreiben. Ausgeblendete oder noch nicht geprüfte Vorschläge werden nie gezeigt. Die Moderation sieht bei jedem eingereichten Vorschlag bis zu drei derselben Hinweise ab „ähnlich“; ob er ein Duplikat ist, entscheidet sie selbst.',
        'Wie gut das funktioniert, messen wir offen: Auf einem deutschen Prüfdatensatz mit 1.500 Satzpaaren, deren Ähnlichkeit Menschen bewertet haben und die beim Lernen nicht verwendet wurden, stimmt die Reihenfolge von Rathaus zu 0,81 (Spearman-Korrelation, 1 wäre völlige Übereinstimmung) mit der Einschätzung der Menschen überein. Der einfache Buchstabenvergleich, den andere Beteiligungsplattformen nutzen, erreicht auf denselben Daten 0,73.',
        'Themenfelder: Für Vorschläge ohne Themenfeld kann das Team der Stadt sich einen Vorschlag machen lassen. Rathaus lernt dafür aus den Vorschlägen, die Menschen bereits einem Themenfeld zugeordnet haben, und gibt an, wie sicher die Zuordnung ist. Kleine Themenfelder werden beim Lernen stärker gewichtet, damit sie nicht übersehen werden. Auf den 2.314 Beiträgen des Bonner Rad-Dialogs 2017 trifft der Vorschlag bei zurückgehaltenen Beiträgen in 72 von 100 Fällen die Kategorie, die Fachleute vergeben haben.',
        'Gruppen ähnlicher Vorschläge: Um viele Vorschläge zu Projektideen zu bündeln, schlägt Rathaus dem Digitalisierungsteam Gruppen vor. Jeder Vorschlag kommt in die Gruppe, deren bisherige Vorschläge ihm am ähnlichsten sind – gemessen an gemeinsamen Wortteilen und Grundformen, seltene Wörter zählen mehr –, wenn die Ähnlichkeit eine feste Schwelle übersteigt; sonst beginnt er eine neue Gruppe. Das Team benennt, trennt, verschiebt oder verwirft jede Gruppe – keine Gruppe wird ohne menschliche Entscheidung zur Projektidee, und kein ursprünglicher Vorschlag wird dabei gelöscht.',
        'Suchvorschläge: Findet eine Suche nach Vorschlägen nichts, bietet Rathaus dieselbe Suche mit berichtigten Wörtern an („Meinten Sie …?“). Jedes Wort, das in keinem veröffentlichten Vorschlag vorkommt, wird durch das ähnlichste Wort ersetzt, das in mindestens zwei veröffentlichten Vorschlägen steht – bei kurzen Wörtern darf sich ein Buchstabe unterscheiden, bei längeren zwei. Angeboten wird die berichtigte Suche nur, wenn sie etwas findet; gesucht wird erst, wenn Sie sie wählen. Wörter aus noch nicht geprüften Vorschlägen werden nie vorgeschlagen.',
        'Alle Berechnungen laufen auf den Servern der Stadt, ohne externe Dienste und ohne dass Daten das Haus verlassen. Der Quellcode ist frei (EUPL-1.2); jede Stadt kann die Messungen mit dem Befehl „rathaus eval“ selbst wiederholen.',
      ],
    },
    cookies: {
      title: 'Cookie-Einstellungen',
      text: [
        'Hier steht jedes Cookie, das dieses Portal setzen kann; die Liste entsteht aus dem Programmcode. Es gibt keine Werbe- oder Komfort-Cookies, keine Inhalte von Drittanbietern und nichts im lokalen Speicher Ihres Browsers.',
        'Die Sprache steht in der Adresse der Seite (zum Beispiel /en/ für Englisch); dafür wird kein Cookie gesetzt. Sind Sie angemeldet, merkt sich Rathaus Ihre Wahl in Ihrem Konto.',
      ],
      caption: 'Cookies dieses Portals',
      name: 'Name',
      purpose: 'Zweck',
      category: 'Art',
      lifetime: 'Speicherdauer',
      necessary: 'technisch notwendig',
      statistics: 'Statistik, nur mit Ihrer Einwilligung',
      hours_one: '{{count}} Stunde',
      hours_other: '{{count}} Stunden',
      days_one: '{{count}} Tag',
      days_other: '{{count}} Tage',
      purposeOf: {
        rathaus_session:
          'Hält Sie angemeldet; entsteht bei der Anmeldung und wird bei der Abmeldung gelöscht.',
        rathaus_stats:
          'Zählt wiederkehrende Besuche; enthält den Tag Ihres ersten Besuchs und eine Zufallszahl, nichts über Sie.',
      },
      consentGiven: 'Danke: Wiederkehrende Besuche werden jetzt gezählt.',
      consentRefused: 'Ihre Wahl: nur notwendige Cookies. Es wurde nichts gespeichert.',
    },
    statement: {
      creation: 'Erstellung dieser Erklärung',
      prepared: 'Diese Erklärung wurde am {{prepared}} erstellt.',
      reviewed: 'Sie wurde zuletzt am {{reviewed}} überprüft.',
      methodSelf:
        'Grundlage ist eine Selbstbewertung der Stadt: die automatisierte Prüfung jeder Seite und eine Prüfung von Hand. Eine Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
      methodExternal: 'Grundlage ist eine Prüfung durch {{assessor}}.',
      undated:
        'Die Stadt hat diese Erklärung noch nicht datiert; eine Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
      enforcement: 'Durchsetzungsverfahren',
      enforcementBody: 'Zuständig ist:',
      website: 'Website',
      email: 'E-Mail',
    },
  },
  nav: { internal: { accessibility: 'Barrierefreiheit' } },
  mail: {
    accessibilityAnswer: {
      subject: '{{city}}: Antwort auf Ihre Meldung zur Barrierefreiheit',
      text: 'Sie haben uns eine Barriere gemeldet: „{{message}}“\n\nUnsere Antwort:\n{{answer}}',
    },
    accessibilityReminder: {
      upcoming: {
        subject: '{{city}}: Meldungen zur Barrierefreiheit bald fällig',
        text_one: 'Eine Meldung zur Barrierefreiheit muss bis {{due}} beantwortet werden.',
        text_other:
          '{{count}} Meldungen zur Barrierefreiheit müssen bald beantwortet werden, die erste bis {{due}}.',
      },
      overdue: {
        subject: '{{city}}: Meldungen zur Barrierefreiheit überfällig',
        text_one: 'Eine Meldung zur Barrierefreiheit ist nicht fristgerecht beantwortet (fällig am {{due}}).',
        text_other: '{{count}} Meldungen zur Barrierefreiheit sind nicht fristgerecht beantwortet.',
      },
    },
  },
  footer: {
    easy: 'Leichte Sprache',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    algorithms: 'So rechnet Rathaus',
    cookies: 'Cookie-Einstellungen',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    accessibility_feedback: 'Accessibility feedback',
  },
  legal: {
    imprint: {
      title: 'Legal notice',
      text: [
        'Information under § 5 of the German Digital Services Act (DDG) and § 18 of the Interstate Media Treaty for the transparency portal of the City of {{city}}.',
      ],
      organisation: 'Publisher',
      address: 'Address',
      representative: 'Represented by',
      email: 'E-mail',
      phone: 'Phone',
      missing: 'The municipality has not yet entered its legal notice.',
    },
    privacy: {
      title: 'Privacy notice',
      text: [
        'The City of {{city}} is the controller for personal data processed on this portal. Data protection contact: {{contact}}.',
        'When you submit a proposal we process the title, the description, whom you submit as, the name of your organisation where given and – voluntarily – your e-mail address (Art. 6(1)(e) GDPR together with the rules on citizen participation). The e-mail address is never published.',
        'When you open pages, the server processes technically necessary data (IP address, time, page) to deliver them and to prevent abuse; to limit sign-in and submission attempts the IP address is kept for at most 24 hours.',
        'This portal embeds no third-party content: fonts, scripts and styles are served by the city itself. There are no advertising cookies; a statistics cookie counts returning visits only if you have consented (see the cookie settings).',
        'Notifications: when you follow a proposal or give an e-mail address with your proposal, we first send you a confirmation link (double opt-in); to your account’s confirmed address we write without it, when you choose to be told while supporting or following. Only after you confirm do we write to you – right away or once a week, as you choose. We delete unconfirmed addresses after 30 days. Every e-mail has a link that unsubscribes you from all notifications with one click; the address is then deleted.',
        'Attachments, comments and supports: files you attach to a proposal are published with it; files of submissions never sent are deleted after a day. Comments appear with your account’s display name. Supporters are never named; only the number of supports is published. Only the moderators see reports of contributions.',
        'You have the right of access, rectification, erasure, restriction of processing, data portability and objection (Art. 15–21 GDPR) and the right to lodge a complaint with the data protection authority of North Rhine-Westphalia.',
      ],
    },
    accessibility: {
      title: 'Accessibility statement',
      text: [
        'The City of {{city}} strives to make this portal accessible in line with the German accessibility regulations (BITV 2.0, BITV NRW) and the standard EN 301 549 (WCAG 2.1, level AA).',
        'State of compliance: every page is checked automatically with axe on every change and works without JavaScript and entirely with the keyboard.',
        'Data from earlier participation processes (such as the cycling dialogue 2017) is published as it was submitted and is not available in easy language.',
        'Report barriers: if you notice barriers, write to {{contact}}. We answer within a month – or use the form below.',
        'Enforcement: if your report remains unanswered or the answer is unsatisfactory, you can turn to the body that enforces accessibility in the city’s state (conciliation or ombuds office).',
      ],
    },
    feedback: {
      title: 'Report a barrier',
      intro:
        'Is something on this portal not accessible to you? Describe it here. We answer within a month; without an e-mail address your report stays anonymous.',
      page: 'Page (address or name)',
      message: 'What is not accessible?',
      email: 'E-mail address for the answer',
      submit: 'Send the report',
      sent: 'Thank you for your report. We answer within a month.',
      sentNoReply:
        'Thank you for your report. We deal with it within a month; without an e-mail address we cannot answer you.',
      staffTitle: 'Reported barriers',
      staffIntro:
        'Reports from the accessibility statement. Each must be answered within a month; a reminder comes a week before and when it is overdue.',
      due: 'Answer due on {{date}}',
      overdue: 'overdue',
      answeredOn: 'answered on {{date}}',
      answer: 'Answer',
      answerButton: 'Save and send the answer',
      answerSave: 'Save the answer',
      noEmail: 'Without an e-mail address: the answer is recorded here.',
      none: 'No reports.',
      received: 'Received on {{date}}',
    },
    easy: {
      title: 'Easy read',
      intro: [
        'This website is from the city of {{city}}.',
        'The city wants to be more digital.',
        'Digital means: you can do many things on the internet.',
        'For example, apply for something.',
        'This website shows: What does the city do for this? And how far has it got?',
      ],
      menuTitle: 'How to find your way',
      menu: [
        'At the top of every page there is a menu.',
        'Projects: here are all the city’s projects.',
        'Strategy: here are the city’s goals.',
        'Agenda: here is what the city wants to do this year.',
        'Take part: here you can send an idea to the city.',
        'Reports: here is what the city has done.',
        'At the very top you can choose another language.',
      ],
      participateTitle: 'How to take part',
      participate: [
        'Do you have an idea for the city?',
        'Then click on: Take part.',
        'Write a title for your idea.',
        'Then write: What is your idea?',
        'Then click on: Submit the proposal.',
        'The city reads your idea.',
        'Then your idea is shown on this website.',
        'You can always see: What happened to your idea?',
      ],
      accessTitle: 'Accessibility',
      access: [
        'The city wants: everybody can use this website.',
        'People with disabilities too.',
        'For example, you can use the website with the keyboard only.',
        'And with a screen reader.',
        'Something does not work? Then write to us.',
        'There is a form for this on the page: Accessibility.',
        'We answer you within one month.',
        'You are not happy with the answer?',
        'Then you can complain to the ombudsman’s office.',
        'The ombudsman’s office helps you. It costs nothing.',
      ],
      signTitle: 'Sign language',
      sign: 'Here a video in German Sign Language explains this website.',
      statementLink: 'To the accessibility statement',
    },
    algorithms: {
      title: 'How hints and suggestions are computed',
      text: [
        'Rathaus helps with computations in two places: hints at similar proposals, and suggestions of a field of action. In both, a person always decides – you, or the city’s team. Nothing is merged, hidden or categorised automatically.',
        'Similar proposals: when you submit a proposal, Rathaus compares it with the published proposals. It measures how many words, base forms and parts of words three letters long both texts share (so “[[de:Radweg]]” and “[[de:Radwegen]]” match), whether a word has a synonym in the other text (from the free dictionary OpenThesaurus, LGPL; so “[[de:Kaninchen]]” and “[[de:Hase]]”, rabbit and hare, match), how much of what matters is left without a counterpart, and whether numbers or negations differ. Rare words count more than words that appear almost everywhere. How these measurements add up, Rathaus learned from 5,749 German sentence pairs whose similarity people have rated. From the same pairs it also learned which swapped words hardly change the meaning (“[[de:Kerl]]” for “[[de:Mann]]”, guy for man) and which change it a lot (“[[de:Flöte]]” for “[[de:Gitarre]]”, flute for guitar); a swap counts once it occurred in at least two pairs. As those sentences are short, what it learned applies to short texts (up to 32 words); from 64 words on, the shared parts of words and base forms decide, and in between the two are mixed. Synonyms count in the comparison, but proposals are found through the words they share. We show at most five hints and say in words how similar each is: “nearly the same”, “very similar”, “similar” or “related topic”. These degrees are calibrated on human judgement: sentence pairs Rathaus calls “nearly the same” were rated 4 to 5 of 5 points (same meaning) by people on average, “very similar” 3 to 4, “similar” 2 to 3. On pairs used neither for learning nor for the calibration, people’s rating reached at least the degree shown in 73 to 83 of 100 cases, depending on the degree. An identical title is named as such. Before you submit, we only ask again when a hint is at least “very similar” or has the same title; the other hints appear while you write. Hidden proposals and proposals not yet checked are never shown. The moderators see up to three of the same hints, from “similar” on, beside every submitted proposal; whether it is a duplicate is their decision.',
        'We measure how well this works in the open: on a German test set of 1,500 sentence pairs whose similarity people have rated and which were not used for learning, Rathaus’s order agrees with the people’s judgement at 0.81 (Spearman correlation; 1 would be complete agreement). The plain letter comparison other participation platforms use reaches 0.73 on the same data.',
        'Fields of action: for proposals without a field of action, the city’s team can ask for a suggestion. Rathaus learns from the proposals people have already assigned, and says how certain the suggestion is. Small fields count more while learning, so they are not overlooked. On the 2,314 contributions of Bonn’s cycling dialogue 2017, the suggestion matches the category experts assigned in 72 of 100 held-out cases.',
        'Groups of similar proposals: to condense many proposals into project ideas, Rathaus suggests groups to the digitalisation team. Each proposal joins the group whose proposals are most similar to it – measured by shared parts of words and base forms, rare words counting more – if the similarity passes a fixed threshold; otherwise it starts a new group. The team names, splits, moves or rejects every group – no group becomes a project idea without a human decision, and no original proposal is ever deleted.',
        'Search suggestions: when a search of the proposals finds nothing, Rathaus offers the same search with corrected words (“Did you mean …?”). Each word that no published proposal contains is replaced by the most similar word that at least two published proposals contain – one letter may differ in a short word, two in a longer one. The corrected search is offered only when it finds something, and it runs only when you choose it. Words from proposals not yet checked are never suggested.',
        'All computations run on the city’s servers, without external services and without any data leaving the city’s hands. The source code is free (EUPL-1.2); any city can repeat the measurements with the command “rathaus eval”.',
      ],
    },
    cookies: {
      title: 'Cookie settings',
      text: [
        'Here is every cookie this portal can set; the list is made from the program code. There are no advertising or convenience cookies, no third-party content and nothing in your browser’s local storage.',
        'The language is part of the page’s address (for example /en/ for English); no cookie is set for it. When you are signed in, Rathaus keeps your choice in your account.',
      ],
      caption: 'Cookies of this portal',
      name: 'Name',
      purpose: 'Purpose',
      category: 'Kind',
      lifetime: 'Kept for',
      necessary: 'technically necessary',
      statistics: 'statistics, only with your consent',
      hours_one: '{{count}} hour',
      hours_other: '{{count}} hours',
      days_one: '{{count}} day',
      days_other: '{{count}} days',
      purposeOf: {
        rathaus_session: 'Keeps you signed in; created when you sign in and deleted when you sign out.',
        rathaus_stats:
          'Counts returning visits; holds the day of your first visit and a random number, nothing about you.',
      },
      consentGiven: 'Thank you: returning visits are now counted.',
      consentRefused: 'Your choice: necessary cookies only. Nothing was stored.',
    },
    statement: {
      creation: 'Preparation of this statement',
      prepared: 'This statement was prepared on {{prepared}}.',
      reviewed: 'It was last reviewed on {{reviewed}}.',
      methodSelf:
        'It is based on a self-assessment by the city: the automated check of every page and a check by hand. An audit by an independent body is still outstanding.',
      methodExternal: 'It is based on an audit by {{assessor}}.',
      undated:
        'The city has not dated this statement yet; an audit by an independent body is still outstanding.',
      enforcement: 'Enforcement procedure',
      enforcementBody: 'The competent body is:',
      website: 'Website',
      email: 'E-mail',
    },
  },
  nav: { internal: { accessibility: 'Accessibility' } },
  mail: {
    accessibilityAnswer: {
      subject: '{{city}}: answer to your accessibility report',
      text: 'You reported a barrier to us: “{{message}}”\n\nOur answer:\n{{answer}}',
    },
    accessibilityReminder: {
      upcoming: {
        subject: '{{city}}: accessibility reports due soon',
        text_one: 'An accessibility report must be answered by {{due}}.',
        text_other: '{{count}} accessibility reports must be answered soon, the first by {{due}}.',
      },
      overdue: {
        subject: '{{city}}: accessibility reports overdue',
        text_one: 'An accessibility report was not answered in time (due on {{due}}).',
        text_other: '{{count}} accessibility reports were not answered in time.',
      },
    },
  },
  footer: {
    easy: 'Easy read',
    imprint: 'Legal notice',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    algorithms: 'How Rathaus computes',
    cookies: 'Cookie settings',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    legal: typeof de;
  }
}

export { ar } from './legal.messages.ar.ts';
export { tr } from './legal.messages.tr.ts';
