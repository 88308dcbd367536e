import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the council module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    council_source: 'Ratsinformationssystem',
    report: 'Fortschrittsbericht',
  },
  nav: {
    internal: {
      council: 'Ratsinformationen',
    },
  },
  council: {
    title: 'Ratsinformationssystem (OParl)',
    intro:
      'Rathaus liest Vorlagen, Sitzungen und Beschlüsse über die OParl-Schnittstelle des Ratsinformationssystems. So verknüpft das CDO-Team eine Agenda oder einen Bericht mit der Vorlage, statt eine Adresse abzutippen, und der Beschluss erscheint auf der Agenda- und den Projektseiten.',
    systemUrl: 'Adresse des OParl-Systems',
    systemUrlHint:
      'Die Adresse des System-Objekts der Schnittstelle, z. B. https://www.bonn.sitzung-online.de/public/oparl/system. Rathaus folgt nur Adressen auf demselben Server.',
    body: 'Körperschaft',
    bodyHint:
      'Das System bietet mehrere Körperschaften an. Wählen Sie die, deren Vorlagen Rathaus lesen soll.',
    bodyChoose: 'Bitte wählen',
    save: 'Speichern und abgleichen',
    status: 'Stand des Abgleichs',
    notConfigured: 'Noch kein Ratsinformationssystem eingerichtet.',
    lastRun: 'Letzter Abgleich',
    lastSuccess: 'Letzter erfolgreicher Abgleich',
    lastChanges: 'Dabei gelesen',
    lastCounts: '{{papers}} geänderte Vorlagen, {{meetings}} geänderte Sitzungen, {{pages}} Seiten',
    resumes: 'Unterbrochener Abgleich',
    resumeCounts:
      'Bisher {{papers}} Vorlagen, {{meetings}} Sitzungen, {{pages}} Seiten; der nächste Abgleich setzt auf der Seite fort, bei der er stehen blieb.',
    never: 'noch nie',
    papersKnown: 'Bekannte Vorlagen',
    latestPaper: 'Neueste Vorlage vom',
    failed: 'Der letzte Abgleich ist nicht vollständig gelungen',
    failedHint:
      'Bereits gelesene Vorlagen bleiben erhalten; der nächste Abgleich setzt an derselben Stelle wieder an. Die Meldung lautet:',
    needsBody: 'Bitte wählen Sie oben die Körperschaft, deren Vorlagen Rathaus lesen soll.',
    schedule:
      'Rathaus gleicht jede Stunde ab und fragt dabei nur nach dem, was sich seit dem letzten erfolgreichen Abgleich geändert hat; einmal in der Woche liest es alles.',
    syncNow: 'Jetzt abgleichen',
    disconnect: 'Verbindung trennen',
    disconnectHint:
      'Rathaus liest dann nichts mehr aus dem Ratsinformationssystem. Gelesene Vorlagen und ihre Verknüpfungen bleiben erhalten.',
    synced: 'Abgleich abgeschlossen.',
    syncQueued: 'Der Abgleich läuft im Hintergrund. Laden Sie die Seite in einigen Augenblicken neu.',
    syncFailed:
      'Der Abgleich ist nicht vollständig gelungen; die Einzelheiten stehen unter „Stand des Abgleichs“.',
    disconnected: 'Die Verbindung zum Ratsinformationssystem ist getrennt.',
    papers: 'Ratsvorlagen',
    paperLinked: 'Die Vorlage ist verknüpft.',
    paperUnlinked: 'Die Verknüpfung ist entfernt.',
    linkedNone: 'Noch keine Vorlage verknüpft.',
    search: 'Vorlage suchen',
    searchHint: 'Drucksachen-Nummer oder Wörter aus dem Betreff, z. B. „Digitalisierungsagenda“',
    searchButton: 'Suchen',
    results: 'Vorlagen zu „{{q}}“',
    noResults: 'Keine Vorlage zu „{{q}}“ gefunden.',
    link: 'Verknüpfen',
    alreadyLinked: 'Bereits verknüpft.',
    unlink: 'Verknüpfung entfernen',
    setUp: 'Zuerst das Ratsinformationssystem einrichten',
    setUpAsk: 'Das CDO-Team richtet das Ratsinformationssystem unter „Ratsinformationen“ ein.',
    agendaItem: 'TOP {{number}}',
    meetingUnknown: 'Sitzung noch nicht bekannt',
    noResult: 'noch kein Ergebnis',
    cancelled: 'abgesagt',
    deleted: 'Im Ratsinformationssystem zurückgezogen oder gelöscht.',
    decisions: 'Beschlüsse des Rates',
    decisionsSource:
      'Aus dem Ratsinformationssystem der Stadt: die Vorlagen, ihre Beratungen und Ergebnisse.',
    presented: 'Im Rat vorgestellt',
  },
};

/** English messages; the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    council_source: 'Council information system',
    report: 'Progress report',
  },
  nav: {
    internal: {
      council: 'Council information',
    },
  },
  council: {
    title: 'Council information system (OParl)',
    intro:
      'Rathaus reads papers, meetings and decisions through the council information system’s OParl interface. The CDO team links an agenda or a report to its paper instead of typing an address, and the decision appears on the agenda page and the project pages.',
    systemUrl: 'Address of the OParl system',
    systemUrlHint:
      'The address of the interface’s System object, e.g. https://www.bonn.sitzung-online.de/public/oparl/system. Rathaus follows only addresses on the same server.',
    body: 'Body',
    bodyHint: 'The system offers several bodies. Choose the one whose papers Rathaus should read.',
    bodyChoose: 'Please choose',
    save: 'Save and synchronise',
    status: 'Synchronisation',
    notConfigured: 'No council information system set up yet.',
    lastRun: 'Last run',
    lastSuccess: 'Last successful run',
    lastChanges: 'Read in it',
    lastCounts: '{{papers}} changed papers, {{meetings}} changed meetings, {{pages}} pages',
    resumes: 'Interrupted run',
    resumeCounts:
      'So far {{papers}} papers, {{meetings}} meetings, {{pages}} pages; the next run continues at the page where it stopped.',
    never: 'never',
    papersKnown: 'Papers known',
    latestPaper: 'Newest paper dated',
    failed: 'The last run did not complete',
    failedHint:
      'Papers already read are kept; the next run starts again from the same point. The message reads:',
    needsBody: 'Please choose above the body whose papers Rathaus should read.',
    schedule:
      'Rathaus synchronises every hour and asks only for what changed since the last successful run; once a week it reads everything.',
    syncNow: 'Synchronise now',
    disconnect: 'Disconnect',
    disconnectHint:
      'Rathaus then reads nothing more from the council information system. Papers already read and their links are kept.',
    synced: 'Synchronisation complete.',
    syncQueued: 'The synchronisation runs in the background. Reload the page in a few moments.',
    syncFailed: 'The synchronisation did not complete; see “Synchronisation” for the details.',
    disconnected: 'The council information system is disconnected.',
    papers: 'Council papers',
    paperLinked: 'The paper is linked.',
    paperUnlinked: 'The link is removed.',
    linkedNone: 'No paper linked yet.',
    search: 'Find a paper',
    searchHint: 'Its reference number or words from its title, e.g. “Digitalisierungsagenda”',
    searchButton: 'Search',
    results: 'Papers for “{{q}}”',
    noResults: 'No paper found for “{{q}}”.',
    link: 'Link',
    alreadyLinked: 'Already linked.',
    unlink: 'Remove link',
    setUp: 'First set up the council information system',
    setUpAsk: 'The CDO team sets up the council information system under “Council information”.',
    agendaItem: 'item {{number}}',
    meetingUnknown: 'meeting not known yet',
    noResult: 'no result yet',
    cancelled: 'cancelled',
    deleted: 'Withdrawn or deleted in the council information system.',
    decisions: 'Council decisions',
    decisionsSource:
      'From the city’s council information system: the papers, their consultations and results.',
    presented: 'Presented to the council',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    council: typeof de;
  }
}

export { ar } from './council.messages.ar.ts';
export { tr } from './council.messages.tr.ts';
