/**
 * The Bonn demo: believable, German, modelled on public facts about Bonn's digital strategy (see
 * shared GLOSSARY). Names of people are invented; offices and projects are typical of a German city.
 */

export const BONN = {
  slug: 'bonn',
  name: 'Bundesstadt Bonn',
  cityName: 'Bonn',
  settings: {
    stateName: 'Nordrhein-Westfalen',
    regionalKey: '05314000',
    legalNotice: {
      organisation: 'Bundesstadt Bonn – Demo-Installation von Rathaus',
      address: 'Stadthaus, Berliner Platz 2, 53111 Bonn',
      email: 'digitalisierung@bonn.example',
      phone: '+49 228 77-0',
      representative: 'Die Oberbürgermeisterin',
    },
    privacyContact: 'datenschutz@bonn.example',
    accessibilityContact: 'barrierefreiheit@bonn.example',
    accessibilityStatement: {
      preparedOn: '2026-12-02',
      method: 'self' as const,
      enforcement: {
        name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
        url: 'https://www.lbbp.nrw.de/ombudsstelle',
        email: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
      },
    },
  },
};

export const PILLARS = [
  {
    key: 'digitale-verwaltung',
    name: 'Digitale Verwaltung',
    description:
      'Eine Verwaltung, die ihre Leistungen online, medienbruchfrei und nutzerfreundlich anbietet und intern digital arbeitet.',
    fields: [
      [
        'menschen-prozesse-organisation',
        'Menschen, Prozesse und Organisation',
        'Qualifizierung, Projekt- und Prozessmanagement, neue Arbeitsformen.',
      ],
      [
        'daten-software-services',
        'Daten, Software und Services',
        'Onlinedienste nach OZG, E-Akte, offene Daten, digitale Ethik und gute Nutzerführung.',
      ],
      [
        'hardware-netze-architektur',
        'Hardware, Netze und Architektur',
        'Arbeitsplätze, Netze, Rechenzentrum und eine tragfähige IT-Architektur.',
      ],
    ],
  },
  {
    key: 'digitale-stadt',
    name: 'Digitale Stadt',
    description:
      'Digitale Lösungen für Mobilität, Klima, Bildung, Wirtschaft und Beteiligung – gemeinsam mit Bürgerschaft und Partnern.',
    fields: [
      ['mobilitaet', 'Mobilität', 'Verkehrsdaten, Parken, Radverkehr und ÖPNV.'],
      ['umwelt-klima', 'Umwelt und Klima', 'Sensorik, Energie, Stadtgrün und Klimaanpassung.'],
      ['bildung', 'Bildung', 'Digitale Schulen, Bibliotheken und Medienkompetenz.'],
      [
        'wirtschaft-digital-hub',
        'Wirtschaft und Digital Hub',
        'Gründungen, Digital Hub Bonn, Standortmarketing.',
      ],
      [
        'beteiligung',
        'Beteiligung und Teilhabe',
        'Bürgerbeteiligung, offene Daten, digitale Teilhabe aller Generationen.',
      ],
    ],
  },
] as const;

/** Departments (Dezernate) with their offices (Ämter): [code, name]. */
export const ORG = [
  {
    code: 'OB',
    name: 'Dezernat der Oberbürgermeisterin',
    offices: [
      ['02', 'Stabsstelle Digitalisierung (CDO)'],
      ['13', 'Presseamt und Bürgerbeteiligung'],
    ],
  },
  {
    code: 'I',
    name: 'Dezernat I – Personal, Organisation und Bürgerdienste',
    offices: [
      ['10', 'Personal- und Organisationsamt'],
      ['12', 'Amt für Digitalisierung und IT'],
      ['33', 'Bürgerdienste'],
    ],
  },
  {
    code: 'II',
    name: 'Dezernat II – Finanzen und Wirtschaft',
    offices: [
      ['20', 'Stadtkämmerei'],
      ['80', 'Amt für Wirtschaftsförderung und Tourismus'],
    ],
  },
  {
    code: 'III',
    name: 'Dezernat III – Bildung, Soziales und Kultur',
    offices: [
      ['40', 'Schulamt'],
      ['50', 'Amt für Soziales und Wohnen'],
    ],
  },
  {
    code: 'IV',
    name: 'Dezernat IV – Umwelt, Mobilität und Planen',
    offices: [
      ['61', 'Stadtplanungsamt'],
      ['66', 'Tiefbauamt'],
      ['67', 'Amt für Umwelt und Stadtgrün'],
    ],
  },
] as const;

/** Demo accounts for every role: [email, name, role, office or department code (for a partner: its organisation), or null]. */
export const DEMO_ACCOUNTS: [string, string, string, string | null][] = [
  ['cdo@bonn.example', 'Dr. Anna Weber', 'cdo', '02'],
  ['moderation@bonn.example', 'Jonas Krüger', 'moderator', '13'],
  ['admin@bonn.example', 'IT-Betrieb Rathaus', 'admin', null],
  ['dezernat4@bonn.example', 'Sabine Hoffmann', 'department_head', 'IV'],
  ['dezernat1@bonn.example', 'Frank Lehmann', 'department_head', 'I'],
  ['amt66@bonn.example', 'Michael Schneider', 'office_head', '66'],
  ['amt33@bonn.example', 'Petra Wagner', 'office_head', '33'],
  ['amt12@bonn.example', 'Holger Braun', 'office_head', '12'],
  ['leitung66@bonn.example', 'Lena Fischer', 'project_lead', '66'],
  ['leitung33@bonn.example', 'Tobias Becker', 'project_lead', '33'],
  ['leitung12@bonn.example', 'Miriam Yilmaz', 'project_lead', '12'],
  ['leitung67@bonn.example', 'Jan Richter', 'project_lead', '67'],
  ['mitarbeit@bonn.example', 'Karl Neumann', 'staff', '10'],
  ['buergerin@bonn.example', 'Maria Schulz', 'citizen', null],
  ['partner@bonn.example', 'Digital Hub Bonn (Team)', 'partner', 'Digital Hub Bonn'],
];

export const PARTNERS: [string, 'company' | 'startup' | 'science' | 'authority' | 'ngo', boolean][] = [
  ['Digital Hub Bonn', 'ngo', true],
  ['Rheinische Friedrich-Wilhelms-Universität Bonn', 'science', true],
  ['Hochschule Bonn-Rhein-Sieg', 'science', true],
  ['Stadtwerke Bonn', 'company', false],
  ['bonnorange AöR', 'authority', false],
  ['Code for Bonn', 'ngo', false],
];

export interface Topic {
  field: string;
  title: string;
  body: string;
  project?: {
    title: string;
    office: string;
    summary: string;
    phase: 'planned' | 'in_progress' | 'completed' | 'paused';
    start: string;
    end: string;
    budget: number;
    quickWin?: boolean;
    internal?: boolean;
    milestones: string[];
  };
}

/** Each topic is a recurring wish in the 2016 participation; many became an idea and a project. */
export const TOPICS: Topic[] = [
  {
    field: 'daten-software-services',
    title: 'Termine im Bürgeramt online buchen',
    body: 'Ich möchte Termine für Personalausweis und Meldebescheinigung online buchen und nicht stundenlang in der Warteschlange stehen.',
    project: {
      title: 'Online-Terminvergabe für die Bürgerdienste',
      office: '33',
      summary:
        'Rund 240.000 Termine im Jahr werden online buchbar – mit Erinnerung, Absage und barrierefreier Buchungsstrecke.',
      phase: 'completed',
      start: '2024-01-15',
      end: '2025-06-30',
      budget: 380000,
      milestones: [
        'Ausschreibung abgeschlossen',
        'Pilot im Stadthaus',
        'Rollout in allen Bezirken',
        'Barrierefreiheitsprüfung bestanden',
      ],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Wohnsitz online ummelden',
    body: 'Die Ummeldung nach einem Umzug sollte komplett online möglich sein, mit dem Personalausweis als Identifikation.',
    project: {
      title: 'Digitale Wohnsitzanmeldung',
      office: '33',
      summary:
        'Die Ummeldung innerhalb Deutschlands wird vollständig online möglich (OZG-Leistung, Reifegrad 3).',
      phase: 'in_progress',
      start: '2025-03-01',
      end: '2026-12-31',
      budget: 210000,
      milestones: [
        'Anbindung an das Melderegister',
        'Test mit Bürgerinnen und Bürgern',
        'Freischaltung im Serviceportal',
      ],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Elektronische Akte in der ganzen Verwaltung',
    body: 'Papierakten verlangsamen jede Anfrage. Alle Ämter sollten mit einer elektronischen Akte arbeiten.',
    project: {
      title: 'Einführung der E-Akte',
      office: '12',
      summary:
        'Stufenweise Einführung der elektronischen Akte in allen Ämtern, beginnend mit dem Personal- und Organisationsamt.',
      phase: 'in_progress',
      start: '2023-09-01',
      end: '2027-12-31',
      budget: 2400000,
      internal: false,
      milestones: [
        'Pilotamt produktiv',
        'Scanstelle eingerichtet',
        '10 Ämter umgestellt',
        'Alle Ämter umgestellt',
      ],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Mängel im Stadtgebiet per App melden',
    body: 'Schlaglöcher, wilder Müll oder defekte Laternen sollten sich per Smartphone mit Foto und Standort melden lassen.',
    project: {
      title: 'Relaunch des Bonner Mängelmelders',
      office: '66',
      summary:
        'Der seit 2012 bewährte Mängelmelder bekommt eine neue, barrierefreie Oberfläche und bleibt über die Open311-Schnittstelle offen.',
      phase: 'in_progress',
      start: '2025-05-01',
      end: '2026-10-31',
      budget: 160000,
      milestones: ['Nutzertests abgeschlossen', 'Neue Oberfläche online', 'Open311-Schnittstelle migriert'],
    },
  },
  {
    field: 'beteiligung',
    title: 'Offene Daten der Stadt veröffentlichen',
    body: 'Die Stadt sollte ihre Daten – Haushalt, Verkehr, Umwelt – maschinenlesbar und unter offener Lizenz bereitstellen.',
    project: {
      title: 'Open-Data-Portal 2.0',
      office: '12',
      summary:
        'Das Open-Data-Portal (seit 2014) wird auf DCAT-AP.de umgestellt und um Echtzeitdaten aus Verkehr und Umwelt erweitert.',
      phase: 'in_progress',
      start: '2025-01-01',
      end: '2026-12-31',
      budget: 140000,
      milestones: ['DCAT-AP.de-Katalog', '50 neue Datensätze', 'Echtzeit-Schnittstellen'],
    },
  },
  {
    field: 'beteiligung',
    title: 'Ratsinformationen offen und durchsuchbar',
    body: 'Ratsvorlagen und Beschlüsse sollten leicht durchsuchbar und über eine offene Schnittstelle abrufbar sein.',
    project: {
      title: 'Ratsinformationssystem mit OParl-Schnittstelle',
      office: '13',
      summary:
        'Das Ratsinformationssystem erhält eine OParl-Schnittstelle und eine Volltextsuche über alle Vorlagen seit 2009.',
      phase: 'completed',
      start: '2023-04-01',
      end: '2024-09-30',
      budget: 90000,
      milestones: ['OParl-Schnittstelle produktiv', 'Volltextsuche online'],
    },
  },
  {
    field: 'mobilitaet',
    title: 'Freie Parkplätze in Echtzeit anzeigen',
    body: 'Parkplatzsuche kostet Zeit und Nerven. Sensoren könnten freie Plätze anzeigen, wie am Stiftsplatz getestet.',
    project: {
      title: 'Smart Parking in der Innenstadt',
      office: '66',
      summary:
        'Nach dem Test am Stiftsplatz (2018) zeigen Bodensensoren freie Stellplätze in der Innenstadt in Echtzeit an.',
      phase: 'in_progress',
      start: '2025-04-01',
      end: '2026-09-30',
      budget: 450000,
      milestones: [
        'Sensoren Stiftsplatz erneuert',
        'Ausweitung auf 600 Stellplätze',
        'Daten im Open-Data-Portal',
      ],
    },
  },
  {
    field: 'umwelt-klima',
    title: 'Luftqualität an vielen Orten messen',
    body: 'Mit günstigen Sensoren könnte die Luftqualität in allen Stadtbezirken gemessen und veröffentlicht werden.',
    project: {
      title: 'Messnetz für Luftqualität',
      office: '67',
      summary:
        'Ein Netz aus 40 Sensoren misst Feinstaub und Stickstoffdioxid in allen vier Stadtbezirken; die Werte sind offen verfügbar.',
      phase: 'in_progress',
      start: '2025-02-01',
      end: '2026-12-31',
      budget: 260000,
      milestones: [
        'Standorte festgelegt',
        '20 Sensoren installiert',
        '40 Sensoren installiert',
        'Kalibrierung mit LANUV-Station',
      ],
    },
  },
  {
    field: 'umwelt-klima',
    title: 'Straßenlaternen und Mülleimer mit Sensoren',
    body: 'Intelligente Laternen und Füllstandsensoren in Mülleimern sparen Energie und unnötige Fahrten.',
    project: {
      title: 'NB-IoT-Sensorik an Laternen und Containern',
      office: '67',
      summary:
        'Gemeinsam mit den Stadtwerken und bonnorange werden die Tests von 2017 (23 Laternen, 6 Container) auf ganze Quartiere ausgeweitet.',
      phase: 'paused',
      start: '2024-06-01',
      end: '2026-06-30',
      budget: 310000,
      milestones: ['Quartier Beuel ausgestattet', 'Auswertung Energieeinsparung'],
    },
  },
  {
    field: 'hardware-netze-architektur',
    title: 'Kostenloses WLAN in der Innenstadt',
    body: 'Auf Marktplatz, Münsterplatz und an Haltestellen sollte es freies WLAN geben.',
    project: {
      title: 'Freies WLAN in Innenstädten und Bezirkszentren',
      office: '12',
      summary: 'Öffentliches WLAN an 60 Standorten in Bonn, Bad Godesberg, Beuel und Hardtberg.',
      phase: 'completed',
      start: '2022-03-01',
      end: '2024-03-31',
      budget: 520000,
      quickWin: true,
      milestones: ['Innenstadt Bonn', 'Bad Godesberg und Beuel', 'Hardtberg'],
    },
  },
  {
    field: 'bildung',
    title: 'Alle Schulen mit schnellem Internet',
    body: 'Viele Schulen haben zu langsames Internet und zu wenige Geräte. Das muss sich ändern.',
    project: {
      title: 'Digitale Schulen: Glasfaser und WLAN',
      office: '40',
      summary:
        'Alle 90 städtischen Schulen erhalten Glasfaseranschluss und flächendeckendes WLAN (DigitalPakt Schule).',
      phase: 'in_progress',
      start: '2023-01-01',
      end: '2026-12-31',
      budget: 8900000,
      milestones: ['40 Schulen angeschlossen', '70 Schulen angeschlossen', 'Alle Schulen angeschlossen'],
    },
  },
  {
    field: 'bildung',
    title: 'Tablets für Schülerinnen und Schüler',
    body: 'Leihgeräte für Kinder, deren Familien sich kein Tablet leisten können, damit niemand abgehängt wird.',
    project: {
      title: 'Leihgeräte-Pool für Schulen',
      office: '40',
      summary:
        'Ein zentral verwalteter Pool von 12.000 Tablets mit Gerätemanagement und Support für alle Schulformen.',
      phase: 'in_progress',
      start: '2024-08-01',
      end: '2026-07-31',
      budget: 4200000,
      milestones: ['Gerätemanagement eingeführt', '6.000 Geräte ausgegeben', '12.000 Geräte ausgegeben'],
    },
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Start-ups und Verwaltung zusammenbringen',
    body: 'Die Stadt sollte mit Start-ups aus dem Digital Hub Lösungen für Verwaltungsprobleme entwickeln.',
    project: {
      title: 'GovTech-Programm mit dem Digital Hub Bonn',
      office: '80',
      summary:
        'Jährlich vier Herausforderungen der Verwaltung werden mit Start-ups des Digital Hub Bonn in Pilotprojekten gelöst.',
      phase: 'in_progress',
      start: '2025-01-01',
      end: '2027-12-31',
      budget: 300000,
      milestones: ['Erste Challenge ausgeschrieben', 'Vier Piloten gestartet', 'Evaluation der ersten Runde'],
    },
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Gewerbe online anmelden',
    body: 'Gewerbeanmeldung, -ummeldung und -abmeldung sollten online und ohne Papier möglich sein.',
    project: {
      title: 'Digitale Gewerbeanzeige',
      office: '80',
      summary:
        'Gewerbe an-, um- und abmelden vollständig online, mit Weiterleitung an Finanzamt und Kammern.',
      phase: 'completed',
      start: '2023-06-01',
      end: '2024-12-31',
      budget: 120000,
      quickWin: true,
      milestones: ['Online-Formular freigeschaltet', 'Automatische Weiterleitung an Finanzamt'],
    },
  },
  {
    field: 'menschen-prozesse-organisation',
    title: 'Beschäftigte für die Digitalisierung qualifizieren',
    body: 'Die Mitarbeitenden brauchen Schulungen in Projekt- und Prozessmanagement, sonst bleibt Digitalisierung Stückwerk.',
    project: {
      title: 'Qualifizierungsoffensive Projekt- und Prozessmanagement',
      office: '10',
      summary:
        '600 Beschäftigte werden in Projekt- und Prozessmanagement geschult; jedes Amt erhält ausgebildete Prozesslotsen.',
      phase: 'in_progress',
      start: '2024-01-01',
      end: '2026-12-31',
      budget: 450000,
      internal: true,
      milestones: ['Curriculum abgestimmt', '200 Teilnehmende', '600 Teilnehmende'],
    },
  },
  {
    field: 'menschen-prozesse-organisation',
    title: 'Prozesse neu denken statt digitalisieren',
    body: 'Bevor ein Antrag online geht, sollte der Ablauf dahinter vereinfacht werden – nicht nur das Papier abgebildet.',
    project: {
      title: 'Prozesslandkarte der Stadtverwaltung',
      office: '10',
      summary:
        'Alle Kernprozesse werden erfasst, bewertet und vor der Digitalisierung neu gestaltet – nicht 1:1 übertragen.',
      phase: 'in_progress',
      start: '2024-05-01',
      end: '2026-12-31',
      budget: 180000,
      internal: true,
      milestones: ['Methodik festgelegt', '150 Prozesse erfasst', '300 Prozesse erfasst'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Eine App für alle städtischen Angebote',
    body: 'Statt vieler einzelner Apps wünsche ich mir eine App mit Abfallkalender, Veranstaltungen und Bürgerservices.',
    project: {
      title: 'Bonn-App auf Basis von Citykey',
      office: '12',
      summary:
        'Die 2022 eingeführte Citykey-App wird um Abfallkalender, Mängelmelder und Terminbuchung erweitert.',
      phase: 'in_progress',
      start: '2025-01-01',
      end: '2026-12-31',
      budget: 95000,
      milestones: ['Abfallkalender integriert', 'Terminbuchung integriert'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Bewohnerparkausweis online beantragen',
    body: 'Den Bewohnerparkausweis jedes Jahr persönlich abzuholen ist unnötig. Bitte online und digital.',
    project: {
      title: 'Digitaler Bewohnerparkausweis',
      office: '33',
      summary:
        'Beantragung, Bezahlung und Verlängerung des Bewohnerparkausweises online, mit digitaler Vignette.',
      phase: 'completed',
      start: '2024-02-01',
      end: '2025-03-31',
      budget: 75000,
      quickWin: true,
      milestones: ['Online-Antrag', 'E-Payment angebunden'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Kita-Platz online suchen und anmelden',
    body: 'Eltern sollten freie Kita-Plätze online sehen und ihr Kind an einer Stelle für mehrere Kitas anmelden können.',
    project: {
      title: 'Kita-Navigator',
      office: '50',
      summary: 'Ein zentrales Portal für die Kita-Platzvergabe mit Vormerkung in mehreren Einrichtungen.',
      phase: 'in_progress',
      start: '2025-08-01',
      end: '2026-12-31',
      budget: 230000,
      milestones: ['Anforderungen mit Eltern erhoben', 'Pilot mit 20 Kitas', 'Alle städtischen Kitas'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Wohngeld digital beantragen',
    body: 'Der Wohngeldantrag ist lang und kompliziert. Ein Online-Antrag mit Hilfetexten würde vielen helfen.',
    project: {
      title: 'Wohngeld online (EfA-Leistung)',
      office: '50',
      summary:
        'Der Wohngeldantrag wird über die EfA-Lösung des Landes online gestellt und digital bearbeitet.',
      phase: 'in_progress',
      start: '2025-04-01',
      end: '2026-11-30',
      budget: 110000,
      milestones: ['Anbindung EfA-Leistung', 'Digitale Sachbearbeitung'],
    },
  },
  {
    field: 'hardware-netze-architektur',
    title: 'Moderne Arbeitsplätze für die Verwaltung',
    body: 'Mitarbeitende brauchen Laptops und Videokonferenzen, um mobil und im Homeoffice arbeiten zu können.',
    project: {
      title: 'Mobiles Arbeiten: Laptops und Kollaboration',
      office: '12',
      summary:
        '4.500 Arbeitsplätze werden auf mobile Geräte mit sicherer Kollaborationsplattform umgestellt.',
      phase: 'in_progress',
      start: '2024-03-01',
      end: '2026-12-31',
      budget: 5200000,
      internal: true,
      milestones: ['Kollaborationsplattform produktiv', '2.000 Geräte ausgerollt', '4.500 Geräte ausgerollt'],
    },
  },
  {
    field: 'hardware-netze-architektur',
    title: 'Sicheres Rechenzentrum für die Stadt',
    body: 'Die IT der Stadt muss gegen Cyberangriffe geschützt sein; Ausfälle wie in anderen Kommunen darf es nicht geben.',
    project: {
      title: 'Informationssicherheit nach BSI-Grundschutz',
      office: '12',
      summary:
        'Aufbau eines Informationssicherheits-Managementsystems und Notfallübungen nach BSI IT-Grundschutz.',
      phase: 'in_progress',
      start: '2024-01-01',
      end: '2026-12-31',
      budget: 900000,
      internal: true,
      milestones: ['ISMS eingeführt', 'Erste Notfallübung', 'Grundschutz-Check abgeschlossen'],
    },
  },
  {
    field: 'mobilitaet',
    title: 'Echtzeitdaten für Busse und Bahnen',
    body: 'An allen Haltestellen sollten Abfahrtszeiten in Echtzeit angezeigt werden, auch barrierefrei per Sprachausgabe.',
    project: {
      title: 'Dynamische Fahrgastinformation',
      office: '66',
      summary:
        'Mit den Stadtwerken werden 300 Haltestellen mit Echtzeitanzeigen und Vorlesefunktion ausgestattet.',
      phase: 'in_progress',
      start: '2024-09-01',
      end: '2027-06-30',
      budget: 1800000,
      milestones: ['100 Haltestellen', '200 Haltestellen', '300 Haltestellen'],
    },
  },
  {
    field: 'mobilitaet',
    title: 'Radverkehr zählen und sichtbar machen',
    body: 'Automatische Zählstellen zeigen, wie viele Menschen Rad fahren, und helfen bei der Planung.',
    project: {
      title: 'Radverkehrszählung und Dashboard',
      office: '66',
      summary: 'Zwölf automatische Zählstellen und ein öffentliches Dashboard zum Radverkehr.',
      phase: 'completed',
      start: '2023-03-01',
      end: '2024-06-30',
      budget: 140000,
      quickWin: true,
      milestones: ['Zählstellen installiert', 'Dashboard online'],
    },
  },
  {
    field: 'mobilitaet',
    title: 'Baustellen früh und digital ankündigen',
    body: 'Baustellen und Umleitungen sollten auf einer Karte stehen, bevor sie beginnen.',
    project: {
      title: 'Digitales Baustellenmanagement',
      office: '66',
      summary:
        'Alle Baustellen im Straßenraum werden digital koordiniert und auf einer offenen Karte veröffentlicht.',
      phase: 'planned',
      start: '2026-03-01',
      end: '2027-06-30',
      budget: 250000,
      milestones: ['Ausschreibung', 'Koordinationsplattform produktiv'],
    },
  },
  {
    field: 'umwelt-klima',
    title: 'Bäume mit Bodenfeuchtesensoren gießen',
    body: 'Sensoren an Stadtbäumen könnten zeigen, wann gegossen werden muss, und Wasser sparen.',
    project: {
      title: 'Smarte Bewässerung von Stadtbäumen',
      office: '67',
      summary: '500 Stadtbäume erhalten Bodenfeuchtesensoren; Gießtouren werden nach Bedarf geplant.',
      phase: 'in_progress',
      start: '2025-04-01',
      end: '2026-10-31',
      budget: 130000,
      quickWin: true,
      milestones: ['200 Sensoren', '500 Sensoren', 'Auswertung Sommer'],
    },
  },
  {
    field: 'umwelt-klima',
    title: 'Energieverbrauch städtischer Gebäude offenlegen',
    body: 'Strom- und Wärmeverbrauch aller städtischen Gebäude sollte gemessen und veröffentlicht werden.',
    project: {
      title: 'Energiemonitoring für städtische Gebäude',
      office: '67',
      summary: 'Smart Meter in 250 Gebäuden; Verbräuche werden monatlich im Open-Data-Portal veröffentlicht.',
      phase: 'in_progress',
      start: '2024-10-01',
      end: '2026-12-31',
      budget: 620000,
      milestones: ['100 Gebäude', '250 Gebäude', 'Veröffentlichung'],
    },
  },
  {
    field: 'umwelt-klima',
    title: 'Hitzewarnungen für ältere Menschen',
    body: 'Bei Hitze sollten ältere und kranke Menschen gewarnt werden, per SMS oder Anruf.',
    project: {
      title: 'Hitzewarndienst',
      office: '50',
      summary: 'Ein Warndienst per SMS, E-Mail und Sprachanruf mit Hinweisen auf kühle Orte in der Stadt.',
      phase: 'planned',
      start: '2026-04-01',
      end: '2026-09-30',
      budget: 60000,
      milestones: ['Anbieter ausgewählt', 'Pilotsommer'],
    },
  },
  {
    field: 'bildung',
    title: 'Stadtbibliothek digital ausleihen',
    body: 'E-Books, Hörbücher und Zeitschriften sollten rund um die Uhr digital ausleihbar sein.',
    project: {
      title: 'Digitale Stadtbibliothek',
      office: '40',
      summary: 'Erweiterung der Onleihe, Selbstverbuchung und Open-Library-Zeiten in zwei Zweigstellen.',
      phase: 'completed',
      start: '2023-01-01',
      end: '2024-12-31',
      budget: 210000,
      milestones: ['Selbstverbuchung', 'Open Library Bad Godesberg'],
    },
  },
  {
    field: 'bildung',
    title: 'Medienkompetenz für Seniorinnen und Senioren',
    body: 'Ältere Menschen brauchen Hilfe beim Umgang mit Smartphone und Online-Diensten der Stadt.',
    project: {
      title: 'Digitallotsen für Seniorinnen und Senioren',
      office: '50',
      summary: 'Ehrenamtliche Digitallotsen bieten Sprechstunden in allen Bezirken an.',
      phase: 'in_progress',
      start: '2025-01-01',
      end: '2026-12-31',
      budget: 80000,
      quickWin: true,
      milestones: ['30 Lotsen ausgebildet', 'Sprechstunden in allen Bezirken'],
    },
  },
  {
    field: 'beteiligung',
    title: 'Online-Beteiligung bei Bauprojekten',
    body: 'Bei großen Bauvorhaben sollte man Pläne online ansehen und kommentieren können.',
    project: {
      title: 'Digitale Bauleitplanung und Beteiligung',
      office: '61',
      summary: 'Bebauungspläne werden nach XPlanung bereitgestellt und online zur Beteiligung ausgelegt.',
      phase: 'in_progress',
      start: '2024-06-01',
      end: '2026-12-31',
      budget: 240000,
      milestones: ['XPlanung-Konformität', 'Online-Auslegung produktiv'],
    },
  },
  {
    field: 'beteiligung',
    title: 'Vorhabenliste online und aktuell',
    body: 'Die Liste der geplanten Vorhaben sollte online, aktuell und mit Ansprechpersonen verfügbar sein.',
    project: {
      title: 'Vorhabenliste digital',
      office: '13',
      summary:
        'Die Vorhabenliste der Bürgerbeteiligung wird als durchsuchbare Online-Liste mit Benachrichtigungen geführt.',
      phase: 'completed',
      start: '2023-05-01',
      end: '2024-02-29',
      budget: 45000,
      quickWin: true,
      milestones: ['Online-Liste', 'Benachrichtigungen'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Hundesteuer online anmelden',
    body: 'Die Anmeldung eines Hundes sollte online gehen, ohne ausgedrucktes Formular.',
    project: {
      title: 'Hundesteuer online',
      office: '20',
      summary: 'An- und Abmeldung zur Hundesteuer online, mit automatischem Bescheid.',
      phase: 'completed',
      start: '2024-01-01',
      end: '2024-08-31',
      budget: 30000,
      quickWin: true,
      milestones: ['Formular online', 'Automatischer Bescheid'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Rechnungen an die Stadt elektronisch',
    body: 'Unternehmen wollen Rechnungen an die Stadt als E-Rechnung schicken und den Status sehen.',
    project: {
      title: 'E-Rechnung und digitaler Rechnungsworkflow',
      office: '20',
      summary: 'Eingang von XRechnungen und digitale Freigabe im Workflow – ohne Papier.',
      phase: 'completed',
      start: '2022-06-01',
      end: '2023-12-31',
      budget: 350000,
      internal: true,
      milestones: ['XRechnung-Eingang', 'Workflow in allen Ämtern'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Sperrmüll online anmelden',
    body: 'Sperrmülltermine sollten online mit Wunschtermin gebucht werden können.',
    project: {
      title: 'Sperrmüll-Terminbuchung mit bonnorange',
      office: '67',
      summary: 'Gemeinsam mit bonnorange werden Sperrmülltermine online mit Wunschtermin gebucht.',
      phase: 'completed',
      start: '2023-09-01',
      end: '2024-04-30',
      budget: 40000,
      quickWin: true,
      milestones: ['Online-Buchung', 'Erinnerung per E-Mail'],
    },
  },
  {
    field: 'daten-software-services',
    title: 'Führungszeugnis und Urkunden online',
    body: 'Geburtsurkunden und andere Urkunden sollte man online beantragen und bezahlen können.',
    project: {
      title: 'Urkunden online beantragen',
      office: '33',
      summary: 'Personenstandsurkunden werden online beantragt, bezahlt und zugestellt.',
      phase: 'in_progress',
      start: '2025-06-01',
      end: '2026-12-31',
      budget: 70000,
      milestones: ['Online-Antrag', 'E-Payment', 'Digitale Zustellung'],
    },
  },
  {
    field: 'menschen-prozesse-organisation',
    title: 'Ideen der Beschäftigten nutzen',
    body: 'Mitarbeitende kennen die Schwachstellen der Abläufe am besten und sollten Vorschläge einreichen können.',
    project: {
      title: 'Ideenmanagement für Beschäftigte',
      office: '10',
      summary:
        'Ein digitales Ideenmanagement mit anonymen Fragen und veröffentlichten Antworten im Mitarbeitendenportal.',
      phase: 'planned',
      start: '2026-01-15',
      end: '2026-12-31',
      budget: 50000,
      internal: true,
      milestones: ['Konzept mit dem Personalrat', 'Start im Mitarbeitendenportal'],
    },
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Glasfaser für Gewerbegebiete',
    body: 'Gewerbegebiete brauchen Glasfaser, sonst wandern Firmen ab.',
    project: {
      title: 'Glasfaserausbau in Gewerbegebieten',
      office: '80',
      summary: 'Geförderter Glasfaserausbau in acht Gewerbegebieten mit Beratung für ansässige Unternehmen.',
      phase: 'in_progress',
      start: '2024-04-01',
      end: '2027-03-31',
      budget: 3100000,
      milestones: ['Vier Gebiete erschlossen', 'Acht Gebiete erschlossen'],
    },
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Digitale Sprechstunde der Wirtschaftsförderung',
    body: 'Unternehmen sollten Beratungstermine per Video wahrnehmen können.',
    project: {
      title: 'Digitaler Unternehmensservice',
      office: '80',
      summary: 'Ein Unternehmensservice-Portal mit Videoberatung und Lotsenfunktion zu allen Genehmigungen.',
      phase: 'planned',
      start: '2026-02-01',
      end: '2027-01-31',
      budget: 150000,
      milestones: ['Portal-Konzept', 'Start Videoberatung'],
    },
  },
  {
    field: 'beteiligung',
    title: 'Barrierefreie Webseiten der Stadt',
    body: 'Alle städtischen Webseiten sollten barrierefrei sein, auch mit Leichter Sprache und Gebärdensprache.',
    project: {
      title: 'Barrierefreiheit der städtischen Webangebote',
      office: '13',
      summary:
        'Prüfung und Überarbeitung aller Webangebote nach BITV 2.0, mit Leichter Sprache und DGS-Videos.',
      phase: 'in_progress',
      start: '2024-07-01',
      end: '2026-06-30',
      budget: 190000,
      milestones: ['Prüfung abgeschlossen', 'Kernseiten überarbeitet', 'Leichte Sprache und DGS'],
    },
  },
  {
    field: 'mobilitaet',
    title: 'Fahrradstellplätze online finden',
    body: 'Eine Karte mit allen Fahrradstellplätzen und Radstationen wäre hilfreich.',
  },
  {
    field: 'mobilitaet',
    title: 'Ampeln für Radfahrende optimieren',
    body: 'Grüne Welle für Radfahrende auf den Hauptachsen, gesteuert über Verkehrsdaten.',
  },
  {
    field: 'mobilitaet',
    title: 'Carsharing an Mobilstationen',
    body: 'An Bahnhöfen sollte es Mobilstationen mit Carsharing, Leihrädern und E-Scootern geben.',
  },
  {
    field: 'umwelt-klima',
    title: 'Hochwasserwarnung per App',
    body: 'Anwohnende am Rhein sollten bei Hochwasser früh per App gewarnt werden.',
  },
  {
    field: 'umwelt-klima',
    title: 'Solarkataster für alle Dächer',
    body: 'Ein Online-Kataster zeigt, welche Dächer sich für Photovoltaik eignen.',
  },
  {
    field: 'umwelt-klima',
    title: 'Lärmkarte mit Messwerten',
    body: 'Messdaten zum Verkehrslärm sollten auf einer Karte veröffentlicht werden.',
  },
  {
    field: 'bildung',
    title: 'Programmierkurse für Kinder',
    body: 'In Bibliotheken und Schulen sollte es Coding-Kurse und Makerspaces geben.',
  },
  {
    field: 'bildung',
    title: 'Lernplattform für alle Schulen',
    body: 'Eine gemeinsame, datenschutzkonforme Lernplattform für alle Bonner Schulen.',
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Coworking-Räume in den Bezirken',
    body: 'Coworking in Bad Godesberg und Beuel würde Pendelwege sparen und Gründungen fördern.',
  },
  {
    field: 'wirtschaft-digital-hub',
    title: 'Hackathons mit offenen Daten',
    body: 'Die Stadt sollte regelmäßig Hackathons mit ihren offenen Daten veranstalten.',
  },
  {
    field: 'beteiligung',
    title: 'Bürgerhaushalt online',
    body: 'Beim Haushalt sollten Bürgerinnen und Bürger online Vorschläge machen und bewerten können.',
  },
  {
    field: 'beteiligung',
    title: 'Livestream der Ratssitzungen',
    body: 'Ratssitzungen sollten live gestreamt und als Video archiviert werden.',
  },
  {
    field: 'beteiligung',
    title: 'Digitale Sprechstunde mit der Oberbürgermeisterin',
    body: 'Eine regelmäßige Video-Sprechstunde würde die Stadtspitze erreichbarer machen.',
  },
  {
    field: 'daten-software-services',
    title: 'Formulare ohne Papier und Unterschrift',
    body: 'Viele Formulare verlangen noch eine Unterschrift; die sollte durch digitale Identifikation ersetzt werden.',
  },
  {
    field: 'daten-software-services',
    title: 'Statusabfrage für Anträge',
    body: 'Ich möchte online sehen, wie weit mein Antrag bearbeitet ist.',
  },
  {
    field: 'daten-software-services',
    title: 'Chatbot für häufige Fragen',
    body: 'Ein Chatbot könnte rund um die Uhr einfache Fragen zu Zuständigkeiten beantworten.',
  },
  {
    field: 'daten-software-services',
    title: 'Bauanträge digital einreichen',
    body: 'Architektinnen und Bauherren sollten Bauanträge vollständig digital einreichen können.',
  },
  {
    field: 'daten-software-services',
    title: 'Digitale Bezahlung bei allen Gebühren',
    body: 'Gebühren sollten überall mit Karte, online und per Smartphone bezahlt werden können.',
  },
  {
    field: 'menschen-prozesse-organisation',
    title: 'Führungskräfte für digitale Teams schulen',
    body: 'Führen auf Distanz und agile Methoden sollten Teil der Führungskräfteentwicklung sein.',
  },
  {
    field: 'menschen-prozesse-organisation',
    title: 'Innovationslabor der Verwaltung',
    body: 'Ein Labor, in dem Ämter neue Lösungen mit Bürgerinnen und Bürgern testen.',
  },
  {
    field: 'hardware-netze-architektur',
    title: 'Open Source in der Verwaltung',
    body: 'Die Stadt sollte offene Software bevorzugen und eigene Entwicklungen veröffentlichen.',
  },
  {
    field: 'hardware-netze-architektur',
    title: 'LoRaWAN-Netz für die ganze Stadt',
    body: 'Ein offenes Funknetz für Sensoren würde viele Smart-City-Anwendungen ermöglichen.',
  },
  {
    field: 'hardware-netze-architektur',
    title: 'Digitale Souveränität sichern',
    body: 'Abhängigkeiten von einzelnen Herstellern sollten verringert werden.',
  },
  {
    field: 'mobilitaet',
    title: 'Digitale Parkscheine per Handy',
    body: 'Parkgebühren per App bezahlen, minutengenau, ohne Münzen.',
  },
  {
    field: 'umwelt-klima',
    title: 'Digitale Karte der Trinkbrunnen',
    body: 'Eine Karte mit allen öffentlichen Trinkbrunnen und kühlen Orten im Sommer.',
  },
  {
    field: 'bildung',
    title: 'Digitale Anmeldung an weiterführenden Schulen',
    body: 'Die Anmeldung an weiterführenden Schulen sollte online möglich sein.',
  },
  {
    field: 'beteiligung',
    title: 'Ehrenamtsbörse online',
    body: 'Eine Plattform, auf der Vereine und Initiativen Ehrenamtliche finden.',
  },
];

/** How authors of each kind introduce themselves; gives the generated variants their own voice. */
export const VOICES: Record<string, string[]> = {
  citizen: [
    'Als Bürgerin aus Beuel wünsche ich mir das sehr.',
    'Das würde meinem Alltag mit zwei Kindern enorm helfen.',
    'Ich wohne in Bad Godesberg und erlebe das Problem jede Woche.',
  ],
  company: [
    'Für uns als mittelständisches Unternehmen wäre das eine spürbare Entlastung.',
    'Wir würden die Umsetzung gern mit unserer Erfahrung unterstützen.',
  ],
  startup: [
    'Als Start-up aus dem Digital Hub könnten wir dazu einen Piloten anbieten.',
    'Wir haben eine ähnliche Lösung bereits in einer anderen Stadt umgesetzt.',
  ],
  science: [
    'Aus Sicht der Forschung wäre eine wissenschaftliche Begleitung sinnvoll.',
    'Studierende der Hochschule könnten Daten auswerten und Prototypen bauen.',
  ],
  authority: [
    'Als Bundesbehörde am Standort Bonn unterstützen wir das ausdrücklich.',
    'Die Schnittstellen zu unseren Verfahren sollten früh mitgedacht werden.',
  ],
  ngo: [
    'Wichtig ist uns, dass niemand ausgeschlossen wird – auch nicht ohne Smartphone.',
    'Unser Verein kann dabei helfen, die Menschen im Viertel zu erreichen.',
  ],
  staff: [
    'Aus der Praxis im Amt: das würde viele Rückfragen ersparen.',
    'Wir Mitarbeitenden würden das gern mitgestalten.',
  ],
};

export const ORGANISATIONS: Record<string, string[]> = {
  company: ['Rheinland Software GmbH', 'Beueler Druck & Medien KG', 'Godesberger Logistik GmbH'],
  startup: ['Parkly UG', 'CivicBits GmbH', 'Sensorfeld GmbH'],
  science: [
    'Universität Bonn',
    'Hochschule Bonn-Rhein-Sieg',
    'Fraunhofer-Institutszentrum Schloss Birlinghoven',
  ],
  authority: [
    'Bundesamt für Sicherheit in der Informationstechnik',
    'Bundeszentralamt für Steuern',
    'Rhein-Sieg-Kreis',
  ],
  ngo: ['Code for Bonn', 'ADFC Bonn/Rhein-Sieg', 'Seniorenvertretung Bonn', 'Verbraucherzentrale Bonn'],
};

export const TITLE_VARIANTS = ['{t}', 'Vorschlag: {t}', '{t} – bitte umsetzen', 'Idee: {t}', '{t}!'];

/** Goals per field of action: [field key, goal, sub-goals, charter guideline keys]. */
export const GOALS: [string, string, string[], string[]][] = [
  [
    'daten-software-services',
    'Alle Verwaltungsleistungen sind online verfügbar',
    ['Die 50 meistgenutzten Leistungen Ende-zu-Ende digital', 'Online-Terminvergabe in allen Bürgerdiensten'],
    ['infrastrukturen-daten-dienstleistungen'],
  ],
  [
    'daten-software-services',
    'Daten der Stadt sind offen und nutzbar',
    ['Neue Datensätze standardmäßig im Open-Data-Portal'],
    ['transparenz-teilhabe-mitgestaltung', 'infrastrukturen-daten-dienstleistungen'],
  ],
  [
    'menschen-prozesse-organisation',
    'Beschäftigte sind für die digitale Arbeit qualifiziert',
    ['Projekt- und Prozessmanagement in jedem Amt', 'E-Akte in allen Ämtern'],
    ['ressourcen-kompetenzen-kooperation'],
  ],
  [
    'hardware-netze-architektur',
    'Eine sichere, zukunftsfähige IT-Architektur',
    [],
    ['infrastrukturen-daten-dienstleistungen', 'ziele-strategien-strukturen'],
  ],
  [
    'mobilitaet',
    'Verkehr in Bonn ist vernetzt und klimafreundlich',
    ['Echtzeitdaten für Parken und Nahverkehr'],
    ['infrastrukturen-daten-dienstleistungen'],
  ],
  [
    'umwelt-klima',
    'Umweltdaten machen Klimapolitik messbar',
    ['Luftqualität in allen Stadtbezirken messen'],
    ['infrastrukturen-daten-dienstleistungen'],
  ],
  ['bildung', 'Alle Schulen sind digital ausgestattet', [], ['ressourcen-kompetenzen-kooperation']],
  [
    'wirtschaft-digital-hub',
    'Bonn ist ein Standort für digitale Gründungen',
    [],
    ['ressourcen-kompetenzen-kooperation'],
  ],
  [
    'beteiligung',
    'Beteiligung ist digital, offen und nachvollziehbar',
    ['Jeder Vorschlag bekommt eine sichtbare Antwort'],
    ['transparenz-teilhabe-mitgestaltung'],
  ],
];

/** Which goal (or sub-goal) each project serves: [project title, goal title]. */
export const PROJECT_GOALS: [string, string][] = [
  ['Digitale Wohnsitzanmeldung', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Digitaler Bewohnerparkausweis', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Hundesteuer online', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Urkunden online beantragen', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Wohngeld online (EfA-Leistung)', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Digitale Gewerbeanzeige', 'Die 50 meistgenutzten Leistungen Ende-zu-Ende digital'],
  ['Kita-Navigator', 'Alle Verwaltungsleistungen sind online verfügbar'],
  ['Online-Terminvergabe für die Bürgerdienste', 'Online-Terminvergabe in allen Bürgerdiensten'],
  ['Sperrmüll-Terminbuchung mit bonnorange', 'Online-Terminvergabe in allen Bürgerdiensten'],
  ['Bonn-App auf Basis von Citykey', 'Alle Verwaltungsleistungen sind online verfügbar'],
  ['Barrierefreiheit der städtischen Webangebote', 'Alle Verwaltungsleistungen sind online verfügbar'],
  ['E-Rechnung und digitaler Rechnungsworkflow', 'Alle Verwaltungsleistungen sind online verfügbar'],
  ['Open-Data-Portal 2.0', 'Neue Datensätze standardmäßig im Open-Data-Portal'],
  ['Radverkehrszählung und Dashboard', 'Daten der Stadt sind offen und nutzbar'],
  ['Qualifizierungsoffensive Projekt- und Prozessmanagement', 'Projekt- und Prozessmanagement in jedem Amt'],
  ['Prozesslandkarte der Stadtverwaltung', 'Projekt- und Prozessmanagement in jedem Amt'],
  ['Einführung der E-Akte', 'E-Akte in allen Ämtern'],
  ['Mobiles Arbeiten: Laptops und Kollaboration', 'Beschäftigte sind für die digitale Arbeit qualifiziert'],
  ['Ideenmanagement für Beschäftigte', 'Beschäftigte sind für die digitale Arbeit qualifiziert'],
  ['Informationssicherheit nach BSI-Grundschutz', 'Eine sichere, zukunftsfähige IT-Architektur'],
  ['Freies WLAN in Innenstädten und Bezirkszentren', 'Eine sichere, zukunftsfähige IT-Architektur'],
  ['Smart Parking in der Innenstadt', 'Echtzeitdaten für Parken und Nahverkehr'],
  ['Dynamische Fahrgastinformation', 'Echtzeitdaten für Parken und Nahverkehr'],
  ['Digitales Baustellenmanagement', 'Verkehr in Bonn ist vernetzt und klimafreundlich'],
  ['Radverkehrszählung und Dashboard', 'Verkehr in Bonn ist vernetzt und klimafreundlich'],
  ['Messnetz für Luftqualität', 'Luftqualität in allen Stadtbezirken messen'],
  ['NB-IoT-Sensorik an Laternen und Containern', 'Umweltdaten machen Klimapolitik messbar'],
  ['Energiemonitoring für städtische Gebäude', 'Umweltdaten machen Klimapolitik messbar'],
  ['Hitzewarndienst', 'Umweltdaten machen Klimapolitik messbar'],
  ['Smarte Bewässerung von Stadtbäumen', 'Umweltdaten machen Klimapolitik messbar'],
  ['Digitale Schulen: Glasfaser und WLAN', 'Alle Schulen sind digital ausgestattet'],
  ['Leihgeräte-Pool für Schulen', 'Alle Schulen sind digital ausgestattet'],
  ['Digitale Stadtbibliothek', 'Alle Schulen sind digital ausgestattet'],
  ['GovTech-Programm mit dem Digital Hub Bonn', 'Bonn ist ein Standort für digitale Gründungen'],
  ['Glasfaserausbau in Gewerbegebieten', 'Bonn ist ein Standort für digitale Gründungen'],
  ['Digitaler Unternehmensservice', 'Bonn ist ein Standort für digitale Gründungen'],
  ['Digitale Bauleitplanung und Beteiligung', 'Beteiligung ist digital, offen und nachvollziehbar'],
  ['Ratsinformationssystem mit OParl-Schnittstelle', 'Beteiligung ist digital, offen und nachvollziehbar'],
  ['Vorhabenliste digital', 'Beteiligung ist digital, offen und nachvollziehbar'],
  ['Relaunch des Bonner Mängelmelders', 'Jeder Vorschlag bekommt eine sichtbare Antwort'],
];

export interface DemoKpi {
  key: string;
  name: string;
  definition: string;
  unit: string;
  method: string;
  source: string;
  baseline: number;
  baselineYear: number;
  target: number;
  targetYear: number;
  direction: 'increase' | 'decrease';
  office: string;
  field: string;
  /** The goal it measures (its title in GOALS). */
  goal: string;
  /** [ISO date, value] */
  values: [string, number][];
}

export const KPIS: DemoKpi[] = [
  {
    key: 'onlinedienste',
    name: 'Online verfügbare Verwaltungsleistungen',
    definition:
      'Zahl der Verwaltungsleistungen, die Bürgerinnen, Bürger und Unternehmen online beantragen können.',
    unit: 'Leistungen',
    method: 'Zählung im Leistungskatalog am Stichtag; gezählt wird jede LeiKa-Leistung ab OZG-Reifegrad 2.',
    source: 'Leistungskatalog der Stadt Bonn, Amt für Digitalisierung und IT',
    baseline: 38,
    baselineYear: 2019,
    target: 400,
    targetYear: 2028,
    direction: 'increase',
    office: '12',
    field: 'daten-software-services',
    goal: 'Alle Verwaltungsleistungen sind online verfügbar',
    values: [
      ['2019-12-31', 38],
      ['2020-12-31', 71],
      ['2021-12-31', 124],
      ['2022-12-31', 190],
      ['2023-12-31', 236],
      ['2024-12-31', 281],
      ['2025-12-31', 318],
    ],
  },
  {
    key: 'online-termine',
    name: 'Anteil online gebuchter Termine in den Bürgerdiensten',
    definition:
      'Anteil der Termine in den Bürgerämtern, die online gebucht wurden, an allen vergebenen Terminen.',
    unit: '%',
    method: 'Online gebuchte Termine ÷ alle Termine eines Jahres × 100.',
    source: 'Terminvergabesystem der Bürgerdienste',
    baseline: 31,
    baselineYear: 2019,
    target: 85,
    targetYear: 2027,
    direction: 'increase',
    office: '33',
    field: 'daten-software-services',
    goal: 'Alle Verwaltungsleistungen sind online verfügbar',
    values: [
      ['2019-12-31', 31],
      ['2020-12-31', 52],
      ['2021-12-31', 61],
      ['2022-12-31', 67],
      ['2023-12-31', 72],
      ['2024-12-31', 76],
      ['2025-12-31', 79],
    ],
  },
  {
    key: 'open-data',
    name: 'Datensätze im Open-Data-Portal',
    definition: 'Zahl der veröffentlichten Datensätze der Stadt im Open-Data-Portal.',
    unit: 'Datensätze',
    method: 'Zählung der Datensätze im Portalkatalog (DCAT-AP.de) am Stichtag.',
    source: 'Open-Data-Portal der Stadt Bonn',
    baseline: 120,
    baselineYear: 2018,
    target: 500,
    targetYear: 2028,
    direction: 'increase',
    office: '12',
    field: 'daten-software-services',
    goal: 'Daten der Stadt sind offen und nutzbar',
    values: [
      ['2018-12-31', 120],
      ['2020-12-31', 198],
      ['2022-12-31', 262],
      ['2024-12-31', 331],
      ['2025-12-31', 364],
    ],
  },
  {
    key: 'papierverbrauch',
    name: 'Papierverbrauch der Verwaltung',
    definition: 'Blatt Papier (A4), das die Stadtverwaltung in einem Jahr verbraucht.',
    unit: 'Mio. Blatt',
    method: 'Summe der Bestellungen über die zentrale Beschaffung, umgerechnet in Blatt A4.',
    source: 'Zentrale Beschaffung, Personal- und Organisationsamt',
    baseline: 42,
    baselineYear: 2019,
    target: 15,
    targetYear: 2028,
    direction: 'decrease',
    office: '10',
    field: 'menschen-prozesse-organisation',
    goal: 'Beschäftigte sind für die digitale Arbeit qualifiziert',
    values: [
      ['2019-12-31', 42],
      ['2021-12-31', 36],
      ['2023-12-31', 29],
      ['2025-12-31', 24],
    ],
  },
];

/** Online services for the demo catalogue: [LeiKa key (demo values), name, office code, OZG 2.0 level]. */
/**
 * Online services: LeiKa key, name, responsible office, OZG 2.0 maturity level, and the project that
 * raises it (by title), where there is one.
 */
export const SERVICES: [string, string, string, number, string?][] = [
  [
    '99115001001000',
    'Personalausweis beantragen (Termin)',
    '33',
    3,
    'Online-Terminvergabe für die Bürgerdienste',
  ],
  ['99115005001000', 'Wohnsitz anmelden', '33', 4, 'Digitale Wohnsitzanmeldung'],
  ['99115005002000', 'Wohnsitz abmelden', '33', 6, 'Digitale Wohnsitzanmeldung'],
  ['99107004017000', 'Wohngeld beantragen', '50', 4, 'Wohngeld online (EfA-Leistung)'],
  ['99021001001000', 'Hund zur Hundesteuer anmelden', '20', 6, 'Hundesteuer online'],
  ['99050012104000', 'Bewohnerparkausweis beantragen', '66', 5, 'Digitaler Bewohnerparkausweis'],
  [
    '99050012105000',
    'Sondernutzung öffentlicher Verkehrsflächen beantragen',
    '66',
    3,
    'Digitales Baustellenmanagement',
  ],
  ['99090001002000', 'Sperrmüllabholung anmelden', '67', 6, 'Sperrmüll-Terminbuchung mit bonnorange'],
  [
    '99090002001000',
    'Mängel im Stadtgebiet melden (Mängelmelder)',
    '67',
    7,
    'Relaunch des Bonner Mängelmelders',
  ],
  ['99102012001000', 'Baumfällgenehmigung beantragen', '67', 2],
  ['99036005001000', 'Führungszeugnis beantragen', '33', 5],
  ['99012001001000', 'Akteneinsicht nach dem Informationsfreiheitsgesetz', '10', 1],
  ['99017002001000', 'Gewerbe anmelden', '33', 5, 'Digitale Gewerbeanzeige'],
  ['99017002002000', 'Gewerbe abmelden', '33', 5, 'Digitale Gewerbeanzeige'],
  ['99008001001000', 'Eheschließung anmelden', '33', 2],
  ['99102013001000', 'Kita-Platz vormerken', '50', 4, 'Kita-Navigator'],
];

/** A day of the demo's history, in Bonn's morning. */
export const day = (iso: string) => new Date(`${iso}T09:00:00+01:00`);

/** The participation of 2016 that the topics' proposals came from. */
export const PROCESS_2016 = {
  slug: 'digitales-bonn-2016',
  title: 'Digitales Bonn 2016',
  description:
    'Beteiligungsverfahren zur Digitalisierungsstrategie: Unternehmen, Wissenschaft, Behörden, Vereine und Bürgerschaft reichten Vorschläge ein.',
  startsOn: '2016-09-01',
  endsOn: '2016-11-30',
};

/** Each topic drew five proposals, worded a little differently. */
export const PROPOSALS_PER_TOPIC = 5;

/** The title of a topic's n-th proposal. */
export const proposalTitle = (topic: Topic, n: number) => TITLE_VARIANTS[n]!.replace('{t}', topic.title);

/** Project topics and the first fifty others were condensed into ideas in 2017. */
export const isCondensed = (topic: Topic, index: number) => !!topic.project || index < 50;

/** When the CDO team condensed a topic's proposals into its idea. */
export const condensedOn = (index: number) => day(`2017-0${1 + (index % 6)}-1${index % 9}`);

/** The demo's project lead of an office (e-mail), if the office has one. */
export const leadOf = (office: string) =>
  DEMO_ACCOUNTS.find(([, , role, unit]) => role === 'project_lead' && unit === office)?.[0];

/** The demo's office head of an office (e-mail), if the office has one. */
export const headOf = (office: string) =>
  DEMO_ACCOUNTS.find(([, , role, unit]) => role === 'office_head' && unit === office)?.[0];

/** The CDO, who condenses, scores, plans the agenda and writes the reports of the demo. */
export const CDO = 'cdo@bonn.example';
export const MODERATOR = 'moderation@bonn.example';

/** The one planned project the city stopped, and why (public, like the project). */
export const STOPPED_PROJECT = {
  title: 'Digitaler Unternehmensservice',
  reason:
    'Das Land bietet die Leistungen für Unternehmen im gemeinsamen Unternehmensportal an; die Wirtschaftsförderung verweist dorthin, statt ein eigenes Angebot zu entwickeln.',
};

/** Titles of the projects planned or under way (what is scored, put on the agenda, raising services). */
export const RUNNING_PROJECTS = TOPICS.flatMap((t) =>
  t.project &&
  (t.project.phase === 'planned' || t.project.phase === 'in_progress') &&
  t.project.title !== STOPPED_PROJECT.title
    ? [t.project.title]
    : [],
);

/** Names ('topic:<index>') of the ideas no project took up yet. */
export const OPEN_IDEAS = TOPICS.flatMap((t, ti) =>
  isCondensed(t, ti) && !t.project ? [`topic:${ti}`] : [],
);

/**
 * Questions staff asked the CDO team on the staff portal, and its answers: [asked by (null: anonymously),
 * asked on, the question, the answer and its day (none: still open)]. The commitment that digitalisation
 * costs no jobs is the first answer.
 */
export const STAFF_QUESTIONS: {
  askedBy: string | null;
  askedOn: string;
  body: string;
  answer?: { on: string; text: string };
}[] = [
  {
    askedBy: null,
    askedOn: '2026-02-03',
    body: 'Wenn immer mehr Anträge online gestellt werden: Fallen dann Stellen in den Bürgerdiensten weg?',
    answer: {
      on: '2026-02-10',
      text: 'Nein. Die Digitalisierung der Verwaltung kostet keine Arbeitsplätze: Das hat die Verwaltungsspitze zugesagt, und dabei bleibt es. Wo Online-Anträge Routinearbeit abnehmen, gewinnen die Teams Zeit für Beratung, für schwierige Fälle und für die Menschen, die nicht online gehen können oder wollen.\n\nVeränderungen an Aufgaben besprechen wir früh mit den Teams und mit dem Personalrat. Wer neue Werkzeuge nutzt, bekommt vorher eine Schulung; die Angebote stehen unter „Schulungen“.',
    },
  },
  {
    askedBy: 'mitarbeit@bonn.example',
    askedOn: '2026-04-14',
    body: 'Wann bekommt unser Amt die E-Akte, und müssen wir unsere Papierakten dann alle einscannen?',
    answer: {
      on: '2026-04-22',
      text: 'Die E-Akte wird Amt für Amt eingeführt; den Stand und die nächsten Ämter zeigt das Projekt „Einführung der E-Akte“ in der Projektliste. Papierakten werden nicht rückwirkend eingescannt: Neue Vorgänge beginnen digital, laufende Akten werden bei Bedarf digitalisiert, abgeschlossene bleiben im Archiv. Vor dem Start gibt es für jedes Amt eine Schulung und Ansprechpersonen vor Ort.',
    },
  },
  {
    askedBy: null,
    askedOn: '2026-09-08',
    body: 'Dürfen wir für Texte und Übersetzungen KI-Werkzeuge wie Chatbots benutzen?',
    answer: {
      on: '2026-09-16',
      text: 'Nur die Werkzeuge, die die Stadt dafür freigegeben hat, und nie mit personenbezogenen oder vertraulichen Daten. Eine Dienstanweisung mit den Regeln und der Liste der freigegebenen Werkzeuge ist in Arbeit; bis dahin beraten das Amt für Digitalisierung und IT und der Datenschutz im Einzelfall.',
    },
  },
  {
    askedBy: null,
    askedOn: '2026-11-24',
    body: 'Gibt es Pläne, die Zeiterfassung zu digitalisieren? Die Papierbögen kosten jeden Monat viel Zeit.',
  },
];
