import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the reviews module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    review_calendar: 'Prüfkalender',
    review_cycle: 'Prüfzyklus',
    review_rollup: 'Zusammenfassung',
    status_report: 'Statusbericht',
  },
  nav: {
    internal: {
      calendar: 'Prüfkalender',
      reports: 'Statusberichte',
    },
  },
  notice: {
    cyclesPlanned: 'Die Zyklen des Jahres sind geplant.',
    cyclesUnchanged: 'Die Zyklen des Jahres waren schon geplant; es ist keiner dazugekommen.',
    cycleOpened: 'Der Zyklus ist geöffnet; jedes aktive Projekt hat eine Statusbericht-Aufgabe.',
    cycleOpenedRollup: 'Der Zyklus ist geöffnet; die Zusammenfassungen können geschrieben werden.',
    cycleClosed: 'Der Zyklus ist abgeschlossen.',
    cycleRemoved: 'Der geplante Zyklus ist entfernt.',
    cycleGone: 'Dieser Zyklus ist nicht mehr im Kalender: Er ist entfernt worden.',
    cycleNotPlanned: 'Dieser Zyklus ist nicht mehr geplant: Er ist schon geöffnet worden.',
    cycleNotRemovable:
      'Nur ein geplanter Zyklus lässt sich entfernen; dieser ist schon geöffnet worden. Ein geöffneter Zyklus lässt sich nur abschließen; seine Aufgaben und Berichte bleiben dabei erhalten.',
    rollupSaved: 'Die Zusammenfassung ist gespeichert.',
    approved: 'Der Statusbericht ist freigegeben.',
    returned: 'Der Statusbericht ist zur Überarbeitung zurückgegeben.',
    reportSubmitted: 'Der Statusbericht ist eingereicht und wartet auf die Freigabe der Amtsleitung.',
  },
  validation: {
    dueDays: 'Bitte geben Sie eine ganze Zahl von Tagen zwischen 1 und 120 ein.',
    dueAfterOffice: 'Die Dezernate sind nach den Ämtern dran: Bitte mehr Tage als bei den Ämtern.',
    dueAfterDepartment: 'Der CDO-Bericht kommt nach den Dezernaten: Bitte mehr Tage als bei den Dezernaten.',
    cadenceOrder: 'Eine höhere Ebene prüft nicht häufiger als die darunter.',
    dueSequence: 'Das Fälligkeitsdatum bricht die Reihenfolge der Ebenen ({{period}}, fällig am {{due}}).',
    commentRequired: 'Bitte begründen Sie die Rückgabe in einem Kommentar.',
    progress: 'Bitte geben Sie den Fortschritt als ganze Zahl von 0 bis 100 an.',
    cycleNotOpen: 'Für diesen Zeitraum ist kein Bericht mehr möglich.',
    overallStatus: 'Bitte wählen Sie den Gesamtstatus: „Im Plan“, „Gefährdet“ oder „Kritisch“.',
    reportNotExpected:
      'Das Projekt war vor Beginn dieses Zeitraums abgeschlossen oder eingestellt; es berichtet nicht mehr.',
    period: 'Bitte geben Sie einen Zeitraum wie 2027-Q1 oder 2027-H1 an.',
  },
  health: {
    lateMilestones_one: '{{count}} Meilenstein überfällig (bis zu {{days}} Tage).',
    lateMilestones_other: '{{count}} Meilensteine überfällig (bis zu {{days}} Tage).',
    reportOverdue_one: 'Der Statusbericht für den offenen Zeitraum ist überfällig.',
    reportOverdue_other: 'Die Statusberichte für {{count}} offene Zeiträume sind überfällig.',
    overBudget: 'Ausgaben bei {{percent}} % des geplanten Budgets.',
  },
  reviewLevel: {
    office: 'Ämter',
    department: 'Dezernate',
    cdo: 'CDO',
  },
  cadence: {
    quarterly: 'Vierteljährlich',
    semiannual: 'Halbjährlich',
  },
  cycleState: {
    planned: 'Geplant',
    open: 'Offen',
    closed: 'Abgeschlossen',
  },
  taskState: {
    open: 'Noch nicht eingereicht',
    submitted: 'Eingereicht, wartet auf Freigabe',
    returned: 'Zur Überarbeitung zurückgegeben',
    approved_office: 'Vom Amt freigegeben',
    approved_department: 'Vom Dezernat freigegeben',
  },
  taskCount: {
    on_track: 'Im Plan',
    at_risk: 'Gefährdet',
    off_track: 'Kritisch',
    pending: 'Wartet auf Freigabe',
    open: 'Fehlt noch',
  },
  reviewCycle: {
    calendarTitle: 'Prüfkalender',
    calendarIntro:
      'Wann welche Ebene berichtet: Zuerst melden die Projekte und die Ämter geben frei, danach fassen die Dezernate zusammen, zuletzt berichtet der CDO. Beim Öffnen eines Ämter-Zyklus bekommt jedes aktive Projekt eine Statusbericht-Aufgabe.',
    rhythm: 'Rhythmus je Ebene',
    level: 'Ebene',
    cadence: 'Rhythmus',
    dueDays: 'Fällig Tage nach Ende des Zeitraums',
    cadenceOf: 'Rhythmus – {{level}}',
    dueDaysOf: 'Fällig Tage nach Ende des Zeitraums – {{level}}',
    editRhythm: 'Rhythmus ändern',
    sequenceHint: 'Die Fristen folgen aufeinander: Ämter vor Dezernaten vor dem CDO.',
    saveRhythm: 'Rhythmus speichern',
    planYear: 'Ein Jahr planen',
    year: 'Jahr',
    planYearHint: 'Legt die Zyklen aller Ebenen nach dem Rhythmus an; vorhandene bleiben, wie sie sind.',
    planYearButton: 'Zyklen anlegen',
    cycles: 'Zyklen',
    cyclesOf: 'Zyklen {{year}}',
    noCycles: 'Noch keine Zyklen geplant.',
    period: 'Zeitraum',
    due: 'Fällig am',
    state: 'Stand',
    action: 'Aktion',
    open: 'Öffnen: {{period}} ({{level}})',
    close: 'Abschließen: {{period}} ({{level}})',
    closeTitle: 'Zyklus {{period}} ({{level}}) abschließen?',
    closeIntro: 'Nach dem Abschließen nimmt der Zyklus {{period}} ({{level}}) nichts mehr an.',
    closeMissing_one: '{{count}} Statusbericht fehlt noch; er kann dann nicht mehr eingereicht werden.',
    closeMissing_other:
      '{{count}} Statusberichte fehlen noch; sie können dann nicht mehr eingereicht werden.',
    closePending_one: '{{count}} eingereichter Bericht wartet noch auf die Freigabe der Amtsleitung.',
    closePending_other: '{{count}} eingereichte Berichte warten noch auf die Freigabe der Amtsleitung.',
    closeFrozen: 'Freigegebene Berichte und Zusammenfassungen bleiben so, wie sie sind.',
    openTitle: 'Zyklus {{period}} ({{level}}) öffnen?',
    openIntro: 'Der Zeitraum {{start}} bis {{end}} wird geöffnet, fällig am {{due}}:',
    openTasks:
      'Jedes laufende Projekt bekommt die Aufgabe, dafür einen Statusbericht einzureichen; die Projektleitungen werden erinnert.',
    openRollups: 'Die Dezernatsleitungen schreiben dann ihre Zusammenfassungen für diesen Zeitraum.',
    openRollupsCdo: 'Das CDO-Team schreibt dann die Gesamtzusammenfassung für diesen Zeitraum.',
    openBelowPlanned:
      'Der Zyklus {{period}} ({{level}}) in diesem Zeitraum ist noch nicht geöffnet: Seine Berichte, die hier zusammengefasst werden, gibt es noch nicht.',
    openBelowReports_one: 'Im Zyklus {{period}} ({{level}}) fehlt noch {{count}} Statusbericht.',
    openBelowReports_other: 'Im Zyklus {{period}} ({{level}}) fehlen noch {{count}} Statusberichte.',
    openBelowRollups_one:
      'Im Zyklus {{period}} ({{level}}) fehlt noch {{count}} Zusammenfassung eines Dezernats.',
    openBelowRollups_other:
      'Im Zyklus {{period}} ({{level}}) fehlen noch {{count}} Zusammenfassungen der Dezernate.',
    openBelowWaiting_one:
      'Im Zyklus {{period}} ({{level}}) wartet noch {{count}} Statusbericht auf die Freigabe der Amtsleitung.',
    openBelowWaiting_other:
      'Im Zyklus {{period}} ({{level}}) warten noch {{count}} Statusberichte auf die Freigabe der Amtsleitungen.',
    openBelowSince_one:
      'Im Zyklus {{period}} ({{level}}) wurde {{count}} Statusbericht nach der Zusammenfassung seines Dezernats freigegeben und ist noch nicht zusammengefasst.',
    openBelowSince_other:
      'Im Zyklus {{period}} ({{level}}) wurden {{count}} Statusberichte nach der Zusammenfassung ihres Dezernats freigegeben und sind noch nicht zusammengefasst.',
    openEarlier_one:
      'Der Zyklus {{period}} ({{level}}) ist noch offen; dort fehlt noch {{count}} Statusbericht.',
    openEarlier_other:
      'Der Zyklus {{period}} ({{level}}) ist noch offen; dort fehlen noch {{count}} Statusberichte.',
    openSideBySide:
      'Die offenen Zyklen laufen dann nebeneinander: Die Projektseiten bieten das Formular für jeden.',
    openLate:
      'Der Fälligkeitstag ist vorbei: Alle Aufgaben sind sofort überfällig und zählen in den berechneten Stand der Projekte.',
    openLateRollups: 'Der Fälligkeitstag ist vorbei: Die Zusammenfassungen sind sofort überfällig.',
    openFinal: 'Ein geöffneter Zyklus lässt sich abschließen, aber nicht zurücknehmen.',
    remove: 'Entfernen: {{period}} ({{level}})',
    removeTitle: 'Geplanten Zyklus {{period}} ({{level}}) entfernen?',
    removeHeading: 'Der Zyklus wird aus dem Kalender entfernt',
    removeIntro: 'Der Zyklus wurde noch nicht geöffnet; niemand hat für ihn eine Aufgabe.',
    removeAgain: 'Mit „Zyklen anlegen“ lässt sich das Jahr später wieder planen.',
    removeAudit: 'Das Protokoll behält, wer ihn wann entfernt hat.',
    removeUncovered:
      'Für {{periods}} schreibt dann niemand eine Zusammenfassung auf dieser Ebene, bis der Zeitraum wieder geplant ist.',
    yearRange: 'Bitte planen Sie ein Jahr von {{from}} bis {{to}}.',
    closedNotice: 'Der Zyklus {{period}} ({{level}}) ist abgeschlossen.',
    cyclesPlannedNotice: 'Die Zyklen des Jahres {{year}} sind geplant.',
    cyclesUnchangedNotice: 'Die Zyklen des Jahres {{year}} waren schon geplant; es ist keiner dazugekommen.',
    cyclesAddedNotice_one:
      'Im Jahr {{year}} ist {{count}} Zyklus dazugekommen; die übrigen waren schon geplant.',
    cyclesAddedNotice_other:
      'Im Jahr {{year}} sind {{count}} Zyklen dazugekommen; die übrigen waren schon geplant.',
    removedNotice: 'Der geplante Zyklus {{period}} ({{level}}) ist entfernt.',
    progressOwed_one: '{{count}} Statusbericht ausstehend',
    progressOwed_other: '{{count}} Statusberichte ausstehend',
    progressWaiting_one: '{{count}} wartet auf Freigabe',
    progressWaiting_other: '{{count}} warten auf Freigabe',
    progressSummaries_one: '{{count}} Zusammenfassung ausstehend',
    progressSummaries_other: '{{count}} Zusammenfassungen ausstehend',
    progressRenew_one: '{{count}} Zusammenfassung zu erneuern',
    progressRenew_other: '{{count}} Zusammenfassungen zu erneuern',
    progressDone: 'nichts mehr ausstehend',
    rollupWaiting:
      'Noch nicht alles ist freigegeben ({{pending}} wartend, {{open}} fehlend). Die Zusammenfassung gibt nur die schon freigegebenen Berichte für die CDO-Ebene frei; spätere Freigaben brauchen eine neue Zusammenfassung.',
    approvedSince_one:
      'Seit dieser Zusammenfassung wurde {{count}} Statusbericht von der Amtsleitung freigegeben. Er erreicht die CDO-Ebene erst mit einer neuen Zusammenfassung.',
    approvedSince_other:
      'Seit dieser Zusammenfassung wurden {{count}} Statusberichte von den Amtsleitungen freigegeben. Sie erreichen die CDO-Ebene erst mit einer neuen Zusammenfassung.',
    cycleTitle: 'Zyklus {{period}} – {{level}}',
    cycleLine: 'Zeitraum {{start}} bis {{end}}, fällig am {{due}}; {{state}}.',
    backToCalendar: 'Zum Prüfkalender',
    totals:
      '{{on}} im Plan, {{risk}} gefährdet, {{off}} kritisch (freigegeben); auf Freigabe wartend: {{pending}}; noch fehlend: {{open}}, davon überfällig: {{overdue}}; mit Entscheidungsbedarf: {{decisions}}.',
    covers: 'Grundlage: die Statusberichte aus {{periods}}.',
    coversNone: 'In diesem Zeitraum gibt es keinen Ämter-Zyklus.',
    cdoRollup: 'Bericht des CDO',
    cdoSummary: 'Zusammenfassung des CDO',
    cdoRollupHint: 'Fasst das Portfolio des Zeitraums für Verwaltungsvorstand und Rat zusammen.',
    noRollup: 'Noch keine Zusammenfassung.',
    rollupWhenOpen:
      'Die Zusammenfassung für {{unit}} schreiben Sie hier, sobald das CDO-Team den Zyklus öffnet.',
    rollupClosed:
      'Der Zyklus ist abgeschlossen: Die Zusammenfassung lässt sich nicht mehr schreiben oder ändern.',
    rollupAt: 'Die Zusammenfassung für {{unit}} schreiben Sie im Zyklus der Dezernatsebene:',
    rollupNoCycle:
      'Die Zusammenfassung für {{unit}} schreiben Sie in einem Zyklus der Dezernatsebene; für diesen Zeitraum hat das CDO-Team noch keinen angelegt.',
    cdoWhenOpen: 'Den Bericht des CDO schreiben Sie hier, sobald der Zyklus im Prüfkalender geöffnet ist.',
    byDepartment: 'Stand je Dezernat',
    byOffice: 'Stand je Amt: {{unit}}',
    departmentSummary: 'Zusammenfassung des Dezernats',
    summaryFor: 'Zusammenfassung für {{unit}}',
    rollupHint:
      'Was lief gut, wo hakt es, was muss der CDO wissen? Beim Speichern werden die vom Amt freigegebenen Berichte des Dezernats für den CDO-Bericht freigegeben.',
    submitRollup: 'Zusammenfassung speichern und freigeben',
    submitCdoRollup: 'CDO-Bericht speichern',
    tasksOf: 'Statusberichte: {{unit}}',
    project: 'Projekt',
    office: 'Amt',
    reportState: 'Bericht',
    status: 'Status',
    overdue: 'überfällig',
    decisionNeeded: 'Entscheidung nötig',
    decisions: 'Entscheidungsbedarf',
    unit: 'Einheit',
    noTasks: 'In diesem Zyklus gibt es keine Statusbericht-Aufgaben.',
  },
  approval: {
    title: 'Statusberichte zur Freigabe',
    intro:
      'Eingereichte Statusberichte der Projekte Ihrer Ämter. Freigegebene Berichte öffentlicher Projekte erscheinen im Portal.',
    empty: 'Zurzeit wartet kein Bericht auf Ihre Freigabe.',
    forInformation:
      'Sie sehen sie zur Information: freigeben oder zurückgeben kann die Leitung des jeweiligen Amts.',
    line: '{{progress}} % erledigt, eingereicht am {{date}}',
    decision: 'Entscheidung',
    approve: 'Freigeben',
    return: 'Zur Überarbeitung zurückgeben',
    comment: 'Kommentar',
    commentHint: 'Bei einer Rückgabe erforderlich.',
    save: 'Entscheidung speichern',
    readOnly: 'Die Freigabe erteilt die Leitung des verantwortlichen Amts.',
    notGiven: 'nicht angegeben',
    healthNone: 'nicht berechnet (abgeschlossen oder eingestellt)',
    chooseDecision: 'Bitte wählen Sie „Freigeben“ oder „Zur Überarbeitung zurückgeben“.',
    health: 'Berechneter Zustand',
    healthFine: 'Keine Auffälligkeiten bei Meilensteinen, Berichten und Ausgaben.',
    decisionAsked: 'Entscheidung erbeten',
    noDecision: 'keine',
    done: {
      approved: 'Statusbericht {{period}} für „{{project}}“ freigegeben.',
      returned:
        'Statusbericht {{period}} für „{{project}}“ zur Überarbeitung an die Projektleitung zurückgegeben.',
    },
  },
  mail: {
    reminder: {
      rollup_upcoming: {
        subject: 'Zusammenfassung {{period}} fällig am {{due}}: {{unit}}',
        text: 'die Zusammenfassung der Statusberichte für {{unit}} im Zeitraum {{period}} ist am {{due}} fällig. Bitte fassen Sie die freigegebenen Berichte rechtzeitig zusammen:',
      },
      rollup_overdue: {
        subject: 'Zusammenfassung {{period}} überfällig: {{unit}}',
        text: 'die Zusammenfassung der Statusberichte für {{unit}} im Zeitraum {{period}} war am {{due}} fällig und liegt noch nicht vor:',
      },
      rollup_again: {
        subject: 'Neue Freigaben seit der Zusammenfassung {{period}}: {{unit}}',
        text_one:
          'seit der Zusammenfassung für {{unit}} im Zeitraum {{period}} wurde {{count}} weiterer Statusbericht freigegeben. Er erreicht die CDO-Ebene erst, wenn Sie die Zusammenfassung erneut senden (fällig am {{due}}):',
        text_other:
          'seit der Zusammenfassung für {{unit}} im Zeitraum {{period}} wurden {{count}} weitere Statusberichte freigegeben. Sie erreichen die CDO-Ebene erst, wenn Sie die Zusammenfassung erneut senden (fällig am {{due}}):',
      },
      item_upcoming: {
        subject: 'Aufgabe fällig am {{due}}: {{title}}',
        text: 'die Aufgabe „{{title}}“ aus einer Prüfbesprechung ist am {{due}} fällig. Bitte erledigen Sie sie rechtzeitig und haken Sie sie ab:',
      },
      item_overdue: {
        subject: 'Aufgabe überfällig: {{title}}',
        text: 'die Aufgabe „{{title}}“ aus einer Prüfbesprechung war am {{due}} fällig und ist noch offen:',
      },
      report_upcoming: {
        subject: 'Statusbericht {{period}} fällig am {{due}}: {{project}}',
        text: 'der Statusbericht für das Projekt „{{project}}“ im Berichtszeitraum {{period}} ist am {{due}} fällig. Bitte reichen Sie ihn rechtzeitig ein:',
      },
      report_overdue: {
        subject: 'Statusbericht {{period}} überfällig: {{project}}',
        text: 'der Statusbericht für das Projekt „{{project}}“ im Berichtszeitraum {{period}} war am {{due}} fällig und liegt noch nicht vor. Diese Erinnerung geht an die Projektleitung und die Amtsleitung:',
      },
    },
  },
  journey: {
    status: 'Freigegebener Status {{period}}: {{progress}} % erledigt',
    noStatusYet: 'Noch kein freigegebener Projektstatus',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    review_calendar: 'Review calendar',
    review_cycle: 'Review cycle',
    review_rollup: 'Summary',
    status_report: 'Status report',
  },
  nav: {
    internal: {
      calendar: 'Review calendar',
      reports: 'Status reports',
    },
  },
  notice: {
    cyclesPlanned: 'The year’s cycles are planned.',
    cyclesUnchanged: 'The year’s cycles were planned already; none was added.',
    cycleOpened: 'The cycle is open; every active project has a status report task.',
    cycleOpenedRollup: 'The cycle is open; the summaries can be written.',
    cycleClosed: 'The cycle is closed.',
    cycleRemoved: 'The planned cycle is removed.',
    cycleGone: 'This cycle is no longer in the calendar: it has been removed.',
    cycleNotPlanned: 'This cycle is no longer planned: it has been opened already.',
    cycleNotRemovable:
      'Only a planned cycle can be removed; this one has been opened already. An opened cycle can only be closed, and its tasks and reports are kept then.',
    rollupSaved: 'The summary is saved.',
    approved: 'The status report is approved.',
    returned: 'The status report was returned for revision.',
    reportSubmitted: 'The status report is submitted and awaits the office head’s approval.',
  },
  validation: {
    dueDays: 'Please enter a whole number of days between 1 and 120.',
    dueAfterOffice: 'Departments come after the offices: please enter more days than for the offices.',
    dueAfterDepartment:
      'The CDO report comes after the departments: please enter more days than for the departments.',
    cadenceOrder: 'A higher level does not review more often than the one below it.',
    dueSequence: 'The due date breaks the sequence of levels ({{period}}, due on {{due}}).',
    commentRequired: 'Please explain the return in a comment.',
    progress: 'Please give the progress as a whole number from 0 to 100.',
    cycleNotOpen: 'Reports for this period are closed.',
    overallStatus: 'Please choose the overall status: “On track”, “At risk” or “Off track”.',
    reportNotExpected: 'The project was completed or stopped before this period began; it no longer reports.',
    period: 'Please enter a period such as 2027-Q1 or 2027-H1.',
  },
  health: {
    lateMilestones_one: '{{count}} milestone late (up to {{days}} days).',
    lateMilestones_other: '{{count}} milestones late (up to {{days}} days).',
    reportOverdue_one: 'The status report for the open period is overdue.',
    reportOverdue_other: 'The status reports for {{count}} open periods are overdue.',
    overBudget: 'Spending at {{percent}} % of the planned budget.',
  },
  reviewLevel: {
    office: 'Offices',
    department: 'Departments',
    cdo: 'CDO',
  },
  cadence: {
    quarterly: 'Quarterly',
    semiannual: 'Half-yearly',
  },
  cycleState: {
    planned: 'Planned',
    open: 'Open',
    closed: 'Closed',
  },
  taskState: {
    open: 'Not submitted yet',
    submitted: 'Submitted, awaiting approval',
    returned: 'Returned for revision',
    approved_office: 'Approved by the office',
    approved_department: 'Approved by the department',
  },
  taskCount: {
    on_track: 'On track',
    at_risk: 'At risk',
    off_track: 'Off track',
    pending: 'Awaiting approval',
    open: 'Missing',
  },
  reviewCycle: {
    calendarTitle: 'Review calendar',
    calendarIntro:
      'When each level reports: projects report first and their offices approve, then the departments sum up, the CDO reports last. Opening an office cycle gives every active project a status report task.',
    rhythm: 'Rhythm per level',
    level: 'Level',
    cadence: 'Rhythm',
    dueDays: 'Due days after the end of the period',
    cadenceOf: 'Rhythm – {{level}}',
    dueDaysOf: 'Due days after the end of the period – {{level}}',
    editRhythm: 'Change the rhythm',
    sequenceHint: 'The deadlines follow each other: offices before departments before the CDO.',
    saveRhythm: 'Save the rhythm',
    planYear: 'Plan a year',
    year: 'Year',
    planYearHint: 'Creates every level’s cycles from the rhythm; existing ones stay as they are.',
    planYearButton: 'Create cycles',
    cycles: 'Cycles',
    cyclesOf: 'Cycles {{year}}',
    noCycles: 'No cycles planned yet.',
    period: 'Period',
    due: 'Due on',
    state: 'State',
    action: 'Action',
    open: 'Open: {{period}} ({{level}})',
    close: 'Close: {{period}} ({{level}})',
    closeTitle: 'Close the cycle {{period}} ({{level}})?',
    closeIntro: 'Once closed, the cycle {{period}} ({{level}}) accepts nothing more.',
    closeMissing_one: '{{count}} status report is still missing; it can no longer be submitted.',
    closeMissing_other: '{{count}} status reports are still missing; they can no longer be submitted.',
    closePending_one: '{{count}} submitted report still waits for the office head’s approval.',
    closePending_other: '{{count}} submitted reports still wait for the office head’s approval.',
    closeFrozen: 'Approved reports and summaries stay as they are.',
    openTitle: 'Open the cycle {{period}} ({{level}})?',
    openIntro: 'The period {{start}} to {{end}} is opened, due on {{due}}:',
    openTasks:
      'Every running project gets the task of submitting a status report for it; project leads are reminded.',
    openRollups: 'The department heads then write their summaries for this period.',
    openRollupsCdo: 'The CDO team then writes the overall summary for this period.',
    openBelowPlanned:
      'The cycle {{period}} ({{level}}) within this period is not open yet: the reports summarised here do not exist yet.',
    openBelowReports_one: 'The cycle {{period}} ({{level}}) still lacks {{count}} status report.',
    openBelowReports_other: 'The cycle {{period}} ({{level}}) still lacks {{count}} status reports.',
    openBelowRollups_one: 'The cycle {{period}} ({{level}}) still lacks {{count}} department summary.',
    openBelowRollups_other: 'The cycle {{period}} ({{level}}) still lacks {{count}} department summaries.',
    openBelowWaiting_one:
      'The cycle {{period}} ({{level}}) still has {{count}} status report waiting for the office head’s approval.',
    openBelowWaiting_other:
      'The cycle {{period}} ({{level}}) still has {{count}} status reports waiting for the office heads’ approval.',
    openBelowSince_one:
      'The cycle {{period}} ({{level}}) has {{count}} status report approved after its department’s summary and not summed up yet.',
    openBelowSince_other:
      'The cycle {{period}} ({{level}}) has {{count}} status reports approved after their department’s summary and not summed up yet.',
    openEarlier_one:
      'The cycle {{period}} ({{level}}) is still open and still lacks {{count}} status report.',
    openEarlier_other:
      'The cycle {{period}} ({{level}}) is still open and still lacks {{count}} status reports.',
    openSideBySide: 'The open cycles then run side by side: the project pages offer the form for each.',
    openLate:
      'The due date has passed: every task is overdue at once and counts in the projects’ computed health.',
    openLateRollups: 'The due date has passed: the summaries are overdue at once.',
    openFinal: 'An opened cycle can be closed, but not taken back.',
    remove: 'Remove: {{period}} ({{level}})',
    removeTitle: 'Remove the planned cycle {{period}} ({{level}})?',
    removeHeading: 'The cycle is removed from the calendar',
    removeIntro: 'The cycle has not been opened; nobody has a task for it.',
    removeAgain: 'The year can be planned again later with “Create cycles”.',
    removeAudit: 'The audit log keeps who removed it when.',
    removeUncovered: 'Nobody then sums up {{periods}} at this level until the period is planned again.',
    yearRange: 'Please plan a year from {{from}} to {{to}}.',
    closedNotice: 'The cycle {{period}} ({{level}}) is closed.',
    cyclesPlannedNotice: 'The cycles of {{year}} are planned.',
    cyclesUnchangedNotice: 'The cycles of {{year}} were planned already; none was added.',
    cyclesAddedNotice_one: '{{count}} cycle has been added to {{year}}; the others were planned already.',
    cyclesAddedNotice_other: '{{count}} cycles have been added to {{year}}; the others were planned already.',
    removedNotice: 'The planned cycle {{period}} ({{level}}) is removed.',
    progressOwed_one: '{{count}} status report outstanding',
    progressOwed_other: '{{count}} status reports outstanding',
    progressWaiting_one: '{{count}} waiting for approval',
    progressWaiting_other: '{{count}} waiting for approval',
    progressSummaries_one: '{{count}} summary outstanding',
    progressSummaries_other: '{{count}} summaries outstanding',
    progressRenew_one: '{{count}} summary to renew',
    progressRenew_other: '{{count}} summaries to renew',
    progressDone: 'nothing outstanding',
    rollupWaiting:
      'Not everything is approved yet ({{pending}} waiting, {{open}} missing). The summary passes on only the reports approved so far to the CDO level; later approvals need a new summary.',
    approvedSince_one:
      'Since this summary, {{count}} status report has been approved by the office head. It reaches the CDO level only with a new summary.',
    approvedSince_other:
      'Since this summary, {{count}} status reports have been approved by the office heads. They reach the CDO level only with a new summary.',
    cycleTitle: 'Cycle {{period}} – {{level}}',
    cycleLine: 'Period {{start}} to {{end}}, due on {{due}}; {{state}}.',
    backToCalendar: 'To the review calendar',
    totals:
      '{{on}} on track, {{risk}} at risk, {{off}} off track (approved); {{pending}} awaiting approval; {{open}} missing, {{overdue}} of them overdue; {{decisions}} needing a decision.',
    covers: 'Based on the status reports of {{periods}}.',
    coversNone: 'There is no office cycle in this period.',
    cdoRollup: 'CDO report',
    cdoSummary: 'The CDO’s summary',
    cdoRollupHint: 'Sums up the portfolio of the period for the executive board and the council.',
    noRollup: 'No summary yet.',
    rollupWhenOpen: 'You write the summary for {{unit}} here once the CDO team opens the cycle.',
    rollupClosed: 'The cycle is closed: the summary can no longer be written or changed.',
    rollupAt: 'You write the summary for {{unit}} in the department-level cycle:',
    rollupNoCycle:
      'You write the summary for {{unit}} in a department-level cycle; the CDO team has not created one for this period yet.',
    cdoWhenOpen: 'You write the CDO’s report here once the cycle is opened in the review calendar.',
    byDepartment: 'State per department',
    byOffice: 'State per office: {{unit}}',
    departmentSummary: 'Department summary',
    summaryFor: 'Summary for {{unit}}',
    rollupHint:
      'What went well, where does it stick, what must the CDO know? Saving approves the department’s office-approved reports for the CDO report.',
    submitRollup: 'Save and approve the summary',
    submitCdoRollup: 'Save the CDO report',
    tasksOf: 'Status reports: {{unit}}',
    project: 'Project',
    office: 'Office',
    reportState: 'Report',
    status: 'Status',
    overdue: 'overdue',
    decisionNeeded: 'decision needed',
    decisions: 'Decisions needed',
    unit: 'Unit',
    noTasks: 'There are no status report tasks in this cycle.',
  },
  approval: {
    title: 'Status reports for approval',
    intro:
      'Submitted status reports of your offices’ projects. Approved reports of public projects appear on the portal.',
    forInformation: 'You see them for information: the head of each office approves or returns them.',
    empty: 'No report is awaiting your approval at the moment.',
    line: '{{progress}} % done, submitted on {{date}}',
    decision: 'Decision',
    approve: 'Approve',
    return: 'Return for revision',
    comment: 'Comment',
    commentHint: 'Required when returning.',
    save: 'Save decision',
    readOnly: 'Approval is given by the head of the responsible office.',
    notGiven: 'not given',
    healthNone: 'not computed (completed or stopped)',
    chooseDecision: 'Please choose “Approve” or “Return for revision”.',
    health: 'Computed health',
    healthFine: 'Nothing stands out in milestones, reports and spending.',
    decisionAsked: 'Decision requested',
    noDecision: 'none',
    done: {
      approved: 'Status report {{period}} for “{{project}}” approved.',
      returned: 'Status report {{period}} for “{{project}}” returned to the project lead for revision.',
    },
  },
  mail: {
    reminder: {
      rollup_upcoming: {
        subject: 'Summary {{period}} due on {{due}}: {{unit}}',
        text: 'the summary of the status reports for {{unit}} in the period {{period}} is due on {{due}}. Please sum up the approved reports in time:',
      },
      rollup_overdue: {
        subject: 'Summary {{period}} overdue: {{unit}}',
        text: 'the summary of the status reports for {{unit}} in the period {{period}} was due on {{due}} and is not in yet:',
      },
      rollup_again: {
        subject: 'New approvals since the summary {{period}}: {{unit}}',
        text_one:
          'since the summary for {{unit}} in the period {{period}}, {{count}} more status report has been approved. It reaches the CDO level only when you send the summary again (due on {{due}}):',
        text_other:
          'since the summary for {{unit}} in the period {{period}}, {{count}} more status reports have been approved. They reach the CDO level only when you send the summary again (due on {{due}}):',
      },
      item_upcoming: {
        subject: 'Action item due on {{due}}: {{title}}',
        text: 'the action item “{{title}}” from a review meeting is due on {{due}}. Please complete it in time and tick it off:',
      },
      item_overdue: {
        subject: 'Action item overdue: {{title}}',
        text: 'the action item “{{title}}” from a review meeting was due on {{due}} and is still open:',
      },
      report_upcoming: {
        subject: 'Status report {{period}} due on {{due}}: {{project}}',
        text: 'the status report for the project “{{project}}” in the period {{period}} is due on {{due}}. Please submit it in time:',
      },
      report_overdue: {
        subject: 'Status report {{period}} overdue: {{project}}',
        text: 'the status report for the project “{{project}}” in the period {{period}} was due on {{due}} and is not in yet. This reminder goes to the project lead and the office head:',
      },
    },
  },
  journey: {
    status: 'Approved status {{period}}: {{progress}} % done',
    noStatusYet: 'No approved project status yet',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    reviews: typeof de;
  }
}

export { ar } from './reviews.messages.ar.ts';
export { tr } from './reviews.messages.tr.ts';
