import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the workforce module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    process: 'Prozess',
    training: 'Schulung',
  },
  nav: {
    internal: {
      trainings: 'Schulungen',
      processes: 'Prozesse',
    },
  },
  common: {
    yes: 'Ja',
  },
  processes: {
    title: 'Prozesslandkarte',
    intro:
      'Die Verwaltungsprozesse jedes Amts mit ihrem Digitalisierungsgrad. „Neu gestaltet“ heißt: Der Prozess wurde vor der Digitalisierung überdacht und nicht 1:1 vom Papier übertragen.',
    summary:
      '{{total}} Prozesse erfasst: {{analog}} % analog, {{partly}} % teilweise digital, {{e2e}} % Ende-zu-Ende digital; {{redesigned}} neu gestaltet.',
    caption_one:
      '{{count}} Prozess (analog {{analog}}, teilweise digital {{partly}}, Ende-zu-Ende digital {{e2e}})',
    caption_other:
      '{{count}} Prozesse (analog {{analog}}, teilweise digital {{partly}}, Ende-zu-Ende digital {{e2e}})',
    office: 'Amt',
    name: 'Prozess',
    description: 'Beschreibung',
    state: 'Digitalisierungsgrad',
    states: {
      analog: 'analog',
      partly_digital: 'teilweise digital',
      end_to_end: 'Ende-zu-Ende digital',
    },
    redesigned: 'Vor der Digitalisierung neu gestaltet (nicht 1:1 übertragen)',
    redesignedShort: 'Neu gestaltet',
    redesignedHint:
      'Zum Beispiel Prüfschritte gestrichen, Zuständigkeiten gebündelt oder Nachweise abgeschafft.',
    project: 'Projekt',
    noProject: 'Kein Projekt',
    add: 'Prozess erfassen',
    addButton: 'Prozess speichern',
  },
  trainings: {
    title: 'Schulungen',
    intro:
      'Die Digitalisierungsstrategie setzt auf Beschäftigte, die Projekte und Prozesse steuern können. Hier stehen die Kurse und wie viele Beschäftigte jedes Amts sie besucht haben.',
    mine: 'Ihre Kurse',
    coverageCaption: 'Teilnahme je Amt (Beschäftigte mit mindestens einem Kurs)',
    people: 'Beschäftigte',
    kinds: {
      project_management: 'Projektmanagement',
      process_management: 'Prozessmanagement',
      other: 'Sonstige',
    },
    listCaption_one: '{{count}} Kurs',
    listCaption_other: '{{count}} Kurse',
    course: 'Kurs',
    kind: 'Art',
    heldOn: 'Datum',
    provider: 'Anbieter',
    participants: 'Teilnehmende',
    add: 'Kurs erfassen',
    addButton: 'Kurs speichern',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    process: 'Process',
    training: 'Training',
  },
  nav: {
    internal: {
      trainings: 'Trainings',
      processes: 'Processes',
    },
  },
  common: {
    yes: 'Yes',
  },
  processes: {
    title: 'Process map',
    intro:
      'Every office’s administrative processes with their degree of digitalisation. “Redesigned” means the process was rethought before it was digitised, not carried over 1:1 from paper.',
    summary:
      '{{total}} processes recorded: {{analog}} % analog, {{partly}} % partly digital, {{e2e}} % end-to-end digital; {{redesigned}} redesigned.',
    caption_one:
      '{{count}} process (analog {{analog}}, partly digital {{partly}}, end-to-end digital {{e2e}})',
    caption_other:
      '{{count}} processes (analog {{analog}}, partly digital {{partly}}, end-to-end digital {{e2e}})',
    office: 'Office',
    name: 'Process',
    description: 'Description',
    state: 'Degree of digitalisation',
    states: {
      analog: 'analog',
      partly_digital: 'partly digital',
      end_to_end: 'end-to-end digital',
    },
    redesigned: 'Redesigned before digitalisation (not carried over 1:1)',
    redesignedShort: 'Redesigned',
    redesignedHint: 'For example checks dropped, responsibilities bundled or proofs abolished.',
    project: 'Project',
    noProject: 'No project',
    add: 'Record a process',
    addButton: 'Save process',
  },
  trainings: {
    title: 'Trainings',
    intro:
      'The digitalisation strategy relies on employees who can steer projects and processes. Here are the courses and how many employees of each office have taken them.',
    mine: 'Your courses',
    coverageCaption: 'Participation per office (employees with at least one course)',
    people: 'Employees',
    kinds: {
      project_management: 'Project management',
      process_management: 'Process management',
      other: 'Other',
    },
    listCaption_one: '{{count}} course',
    listCaption_other: '{{count}} courses',
    course: 'Course',
    kind: 'Kind',
    heldOn: 'Date',
    provider: 'Provider',
    participants: 'Participants',
    add: 'Record a course',
    addButton: 'Save course',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    workforce: typeof de;
  }
}

export { ar } from './workforce.messages.ar.ts';
export { tr } from './workforce.messages.tr.ts';
