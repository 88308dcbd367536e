import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the projects module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    project: 'Projekt',
    milestone: 'Meilenstein',
  },
  validation: {
    cdoOnly: 'Das ändert nur das CDO-Team.',
    stopReason: 'Bitte begründen Sie, warum das Projekt gestoppt wird (mindestens 10 Zeichen).',
    endBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen.',
  },
  phase: {
    planned: 'Geplant',
    in_progress: 'In Umsetzung',
    completed: 'Abgeschlossen',
    paused: 'Pausiert',
    stopped: 'Eingestellt',
  },
  visibility: {
    public: 'Öffentlich',
    internal: 'Intern',
  },
  delivery: {
    editTitle: 'Bearbeiten: {{title}}',
    backToProject: 'Zurück zum Projekt',
    save: 'Speichern',
    implementationPlan: 'Umsetzungsplan',
    implementationPlanHint: 'Arbeitspakete, Vorgehen, Einführung – so, dass Außenstehende es verstehen.',
    stopReason: 'Grund für den Stopp',
    stopReasonHint:
      'Pflicht, wenn die Phase „Eingestellt“ ist; bei öffentlichen Projekten öffentlich sichtbar.',
  },
  projects: {
    phase: 'Phase',
  },
  project: {
    title: 'Titel',
    summary: 'Kurzbeschreibung',
    summaryHint: 'Ein bis zwei Sätze für die Projektübersicht.',
    description: 'Beschreibung und Umsetzungsplan',
    idea: 'Setzt die Projektidee um',
    noIdeaOption: 'Keine Projektidee',
    owner: 'Verantwortliches Amt',
    lead: 'Projektleitung',
    noLead: 'Noch keine Projektleitung',
    visibility: 'Sichtbarkeit',
    startsOn: 'Beginn',
    endsOn: 'Ende',
    budgetPlanned: 'Geplantes Budget in Euro',
    budgetHint: 'Gesamtbetrag über die Laufzeit, z. B. 250.000 oder 250.000,50.',
    quickWin: 'Quick Win',
    quickWinLabel: 'Schnell umsetzbar mit sichtbarem Nutzen',
  },
  milestone: {
    reopen: '„{{title}}“ wieder öffnen',
  },
  internal: {
    projects: {
      new: 'Neues Projekt anlegen',
      create: 'Projekt anlegen',
    },
  },
  journey: {
    project: 'Wird umgesetzt im Projekt',
    noProjectYet: 'Noch kein Projekt',
  },
  translatable: {
    project: 'Projekt',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    project: 'Project',
    milestone: 'Milestone',
  },
  validation: {
    cdoOnly: 'Only the CDO team changes this.',
    stopReason: 'Please give the reason why the project is stopped (at least 10 characters).',
    endBeforeStart: 'The end must not be before the start.',
  },
  phase: {
    planned: 'Planned',
    in_progress: 'In progress',
    completed: 'Completed',
    paused: 'Paused',
    stopped: 'Stopped',
  },
  visibility: {
    public: 'Public',
    internal: 'Internal',
  },
  delivery: {
    editTitle: 'Edit: {{title}}',
    backToProject: 'Back to the project',
    save: 'Save',
    implementationPlan: 'Implementation plan',
    implementationPlanHint: 'Work packages, approach, roll-out – so that outsiders understand it.',
    stopReason: 'Reason for stopping',
    stopReasonHint: 'Required when the phase is “Stopped”; public for public projects.',
  },
  projects: {
    phase: 'Phase',
  },
  project: {
    title: 'Title',
    summary: 'Summary',
    summaryHint: 'One or two sentences for the project overview.',
    description: 'Description and implementation plan',
    idea: 'Implements the project idea',
    noIdeaOption: 'No project idea',
    owner: 'Responsible office',
    lead: 'Project lead',
    noLead: 'No project lead yet',
    visibility: 'Visibility',
    startsOn: 'Start',
    endsOn: 'End',
    budgetPlanned: 'Planned budget in euros',
    budgetHint: 'Total over the project’s lifetime, such as 250,000 or 250,000.50.',
    quickWin: 'Quick win',
    quickWinLabel: 'Quick to implement with visible benefit',
  },
  milestone: {
    reopen: 'Reopen “{{title}}”',
  },
  internal: {
    projects: {
      new: 'Create a new project',
      create: 'Create project',
    },
  },
  journey: {
    project: 'Implemented by the project',
    noProjectYet: 'No project yet',
  },
  translatable: {
    project: 'Project',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    projects: typeof de;
  }
}

export { ar } from './projects.messages.ar.ts';
export { tr } from './projects.messages.tr.ts';
