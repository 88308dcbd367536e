import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the meetings module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    action_item: 'Aufgabe aus einer Besprechung',
    meeting_decision: 'Beschluss einer Besprechung',
    review_meeting: 'Prüfbesprechung',
  },
  nav: {
    internal: {
      meetings: 'Besprechungen',
      tasks: 'Meine Aufgaben',
    },
  },
  notice: {
    meetingCreated: 'Die Besprechung ist angelegt. Tragen Sie Beschlüsse und Aufgaben ein.',
    decisionRecorded: 'Der Beschluss ist festgehalten.',
    itemAdded: 'Die Aufgabe ist angelegt.',
  },
  meeting: {
    title: 'Prüfbesprechungen',
    intro:
      'Amtsleitungs-, Dezernats- und CDO-Runden halten hier Beschlüsse und Aufgaben fest – mit Verantwortlichen und Fristen. Überfällige Aufgaben erscheinen im Cockpit, und die Verantwortlichen werden erinnert.',
    none: 'Noch keine Besprechungen.',
    new: 'Besprechung festhalten',
    fieldTitle: 'Titel',
    heldOn: 'Datum',
    unit: 'Amt oder Dezernat',
    unitHint: 'Für Ämter- und Dezernatsrunden; eine CDO-Runde hat keines.',
    noUnit: '– keines –',
    cycle: 'Zyklus',
    noCycle: '– keiner –',
    minutes: 'Protokoll',
    create: 'Besprechung anlegen',
    back: 'Zu allen Besprechungen',
    decisions: 'Beschlüsse',
    noDecisions: 'Noch keine Beschlüsse.',
    decisionText: 'Beschluss',
    project: 'Projekt',
    noProject: '– kein Projekt –',
    addDecision: 'Beschluss festhalten',
    items: 'Aufgaben',
    itemsCaption: 'Aufgaben mit Verantwortlichen und Fristen',
    noItems: 'Noch keine Aufgaben.',
    itemTitle: 'Aufgabe',
    owner: 'Verantwortlich',
    chooseOwner: '– bitte wählen –',
    due: 'Fällig am',
    dueOn: 'fällig am {{date}}',
    itemState: 'Stand',
    open: 'Offen',
    overdue: 'Überfällig',
    doneOn: 'Erledigt am {{date}}',
    markDone: 'Erledigt: {{title}}',
    reopen: 'Wieder öffnen: {{title}}',
    addItem: 'Aufgabe anlegen',
  },
  tasks: {
    title: 'Meine Aufgaben',
    intro:
      'Statusberichte, die Ihre Projekte schulden, und Aufgaben aus Besprechungen, die Sie verantworten oder steuern.',
    introApprovals:
      'Statusberichte, die Ihre Projekte schulden, Statusberichte, die auf Ihre Freigabe warten, und Aufgaben aus Besprechungen, die Sie verantworten oder steuern.',
    reports: 'Fällige Statusberichte',
    reportLine: '{{period}}, fällig am {{due}}',
    returned: 'zurückgegeben',
    noReports: 'Keine offenen Statusberichte.',
    approvals: 'Freigaben',
    approvalsWaiting_one: '{{count}} Statusbericht wartet auf Ihre Freigabe',
    approvalsWaiting_other: '{{count}} Statusberichte warten auf Ihre Freigabe',
    noApprovals: 'Kein Statusbericht wartet auf Ihre Freigabe.',
    noItems: 'Keine offenen Aufgaben.',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    action_item: 'Action item',
    meeting_decision: 'Meeting decision',
    review_meeting: 'Review meeting',
  },
  nav: {
    internal: {
      meetings: 'Meetings',
      tasks: 'My tasks',
    },
  },
  notice: {
    meetingCreated: 'The meeting is recorded. Add its decisions and action items.',
    decisionRecorded: 'The decision is recorded.',
    itemAdded: 'The action item is added.',
  },
  meeting: {
    title: 'Review meetings',
    intro:
      'Office, department and CDO rounds record their decisions and action items here – with owners and due dates. Overdue items appear in the cockpit, and their owners are reminded.',
    none: 'No meetings yet.',
    new: 'Record a meeting',
    fieldTitle: 'Title',
    heldOn: 'Date',
    unit: 'Office or department',
    unitHint: 'For office and department rounds; a CDO round has none.',
    noUnit: '– none –',
    cycle: 'Cycle',
    noCycle: '– none –',
    minutes: 'Minutes',
    create: 'Record the meeting',
    back: 'To all meetings',
    decisions: 'Decisions',
    noDecisions: 'No decisions yet.',
    decisionText: 'Decision',
    project: 'Project',
    noProject: '– no project –',
    addDecision: 'Record the decision',
    items: 'Action items',
    itemsCaption: 'Action items with owners and due dates',
    noItems: 'No action items yet.',
    itemTitle: 'Action item',
    owner: 'Owner',
    chooseOwner: '– please choose –',
    due: 'Due on',
    dueOn: 'due on {{date}}',
    itemState: 'State',
    open: 'Open',
    overdue: 'Overdue',
    doneOn: 'Done on {{date}}',
    markDone: 'Done: {{title}}',
    reopen: 'Reopen: {{title}}',
    addItem: 'Add the action item',
  },
  tasks: {
    title: 'My tasks',
    intro: 'Status reports your projects owe, and action items from meetings that you own or steer.',
    introApprovals:
      'Status reports your projects owe, status reports waiting for your approval, and action items from meetings that you own or steer.',
    reports: 'Status reports due',
    reportLine: '{{period}}, due on {{due}}',
    returned: 'returned',
    noReports: 'No status reports due.',
    approvals: 'Approvals',
    approvalsWaiting_one: '{{count}} status report awaits your approval',
    approvalsWaiting_other: '{{count}} status reports await your approval',
    noApprovals: 'No status report awaits your approval.',
    noItems: 'No open action items.',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    meetings: typeof de;
  }
}

export { ar } from './meetings.messages.ar.ts';
export { tr } from './meetings.messages.tr.ts';
