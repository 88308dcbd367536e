import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the condensing module: the source of truth. */
export const de = {
  nav: {
    internal: {
      categorise: 'Themenfelder',
    },
  },
  proposals: {
    allProcesses: 'Alle Verfahren',
  },
  categorise: {
    title: 'Themenfelder zuordnen',
    intro:
      'Vorschläge ohne Themenfeld, mit einem Vorschlag von Rathaus, gelernt aus den bereits zugeordneten Vorschlägen. Sie entscheiden: Prüfen Sie die Auswahl und übernehmen Sie sie.',
    training:
      'Das Modell lernt gerade aus den bereits zugeordneten Vorschlägen (einige Sekunden). Sie können schon selbst zuordnen; die Vorschläge des Modells erscheinen beim nächsten Laden.',
    reload: 'Seite neu laden',
    notTrained:
      'Es gibt noch zu wenige zugeordnete Vorschläge, um daraus zu lernen. Wählen Sie das Themenfeld selbst.',
    empty: 'Alle Vorschläge haben ein Themenfeld.',
    caption_one: '{{count}} Vorschlag ohne Themenfeld',
    caption_other: '{{count}} Vorschläge ohne Themenfeld',
    confidence: 'Sicherheit',
    fieldFor: 'Themenfeld für „{{title}}“',
    applySelected: 'Auswahl übernehmen',
    applyConfident_one: '{{count}} Vorschlag ab {{threshold}} Sicherheit übernehmen',
    applyConfident_other: 'Alle {{count}} Vorschläge ab {{threshold}} Sicherheit übernehmen',
  },
  condense: {
    intro:
      'Rathaus schlägt Gruppen von Vorschlägen vor, die Ähnliches sagen – berechnet wie die Hinweise auf ähnliche Vorschläge. Sie entscheiden: Geben Sie einer Gruppe einen Titel und übernehmen Sie sie als Projektidee, entfernen Sie unpassende Vorschläge (Haken weg), trennen Sie ausgewählte Vorschläge als eigene Gruppe ab, verschieben Sie sie in eine andere Gruppe oder verwerfen Sie die Gruppe – verworfene Gruppen schlägt Rathaus nicht wieder vor.',
    run: 'Gruppen berechnen',
    show: 'Anzeigen',
    recompute: 'Neu berechnen',
    recomputeHint:
      'Die Gruppen stammen aus der letzten Berechnung. Neu berechnen bezieht neue Vorschläge ein; Ihre Änderungen an den bisherigen Gruppen gehen dabei verloren, verworfene Gruppen bleiben verworfen.',
    noRun: 'Für diese Auswahl wurden noch keine Gruppen berechnet.',
    busy: 'Die Gruppen werden berechnet. Bei einigen tausend Vorschlägen dauert das einige Sekunden.',
    running: 'Die Gruppen werden im Hintergrund berechnet: {{done}} von {{total}} Vorschlägen.',
    progress: 'Fortschritt der Berechnung',
    reload: 'Stand aktualisieren',
    failed: 'Die Berechnung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    created: 'Die Projektidee ist angelegt; ihre Vorschläge sind mit ihr verknüpft.',
    splitDone_one: 'Gespeichert: {{count}} Vorschlag ist jetzt Gruppe {{number}}, direkt unter dieser.',
    splitDone_other: 'Gespeichert: {{count}} Vorschläge sind jetzt Gruppe {{number}}, direkt unter dieser.',
    movedDone_one: 'Gespeichert: {{count}} Vorschlag ist in Gruppe {{number}} verschoben.',
    movedDone_other: 'Gespeichert: {{count}} Vorschläge sind in Gruppe {{number}} verschoben.',
    allMoved: 'Gespeichert: Die Vorschläge der Gruppe sind jetzt in Gruppe {{number}}.',
    movedHere_one:
      'Gespeichert: {{count}} Vorschlag aus Gruppe {{from}} ist jetzt in dieser Gruppe; Gruppe {{from}} ist leer und entfällt.',
    movedHere_other:
      'Gespeichert: {{count}} Vorschläge aus Gruppe {{from}} sind jetzt in dieser Gruppe; Gruppe {{from}} ist leer und entfällt.',
    createdNamed_one:
      'Projektidee {{number}} „{{title}}“ aus {{count}} Vorschlag angelegt. Ein Vorschlag lässt sich auf der Seite der Idee wieder lösen.',
    createdNamed_other:
      'Projektidee {{number}} „{{title}}“ aus {{count}} Vorschlägen angelegt. Einzelne Vorschläge lassen sich auf der Seite der Idee wieder lösen.',
    split: 'Ausgewählte als neue Gruppe abtrennen',
    splitOne: 'Abtrennen',
    splitOneLabel: 'Abtrennen: {{title}} ({{number}}) als eigene Gruppe',
    moveTo: 'Ausgewählte in Gruppe Nr. verschieben',
    errorsInGroup: 'Bitte korrigieren Sie die folgenden Angaben in Gruppe {{n}}',
    moveToHint:
      'Die Nummer aus der Überschrift der Gruppe; sie bleibt, auch wenn andere Gruppen übernommen oder geteilt werden.',
    move: 'Verschieben',
    acceptWithTarget:
      'Hier steht eine Gruppennummer: Zum Verschieben wählen Sie „Verschieben“; um die Gruppe als Projektidee zu übernehmen, leeren Sie das Feld.',
    reject: 'Gruppe verwerfen',
    chooseTarget: 'Bitte geben Sie die Nummer der Gruppe an, in die die ausgewählten Vorschläge sollen.',
    targetSame: 'Das ist die Nummer dieser Gruppe. Bitte geben Sie die Nummer einer anderen Gruppe an.',
    targetUnknown:
      'Eine Gruppe {{n}} mit offenen Vorschlägen gibt es nicht. Bitte geben Sie die Nummer an, die in der Überschrift der Gruppe steht.',
    summary:
      'Jetzt {{grouped}} Vorschläge in {{clusters}} Gruppen. Berechnet in {{seconds}} s aus {{proposals}} noch nicht gebündelten Vorschlägen, {{unclustered}} davon ohne Gruppe.',
    cluster_one: 'Gruppe {{n}}: {{count}} Vorschlag – {{terms}}',
    cluster_other: 'Gruppe {{n}}: {{count}} Vorschläge – {{terms}}',
    members: 'Vorschläge dieser Gruppe',
    accept: 'Als Projektidee übernehmen',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    internal: {
      categorise: 'Fields of action',
    },
  },
  proposals: {
    allProcesses: 'All processes',
  },
  categorise: {
    title: 'Assign fields of action',
    intro:
      'Proposals without a field of action, with a suggestion Rathaus learned from the proposals already assigned. You decide: check the choice and apply it.',
    training:
      'The model is learning from the proposals already assigned (a few seconds). You can assign fields yourself meanwhile; its suggestions appear when you load the page again.',
    reload: 'Reload the page',
    notTrained: 'Too few proposals are assigned yet to learn from. Choose the field yourself.',
    empty: 'Every proposal has a field of action.',
    caption_one: '{{count}} proposal without a field of action',
    caption_other: '{{count}} proposals without a field of action',
    confidence: 'Confidence',
    fieldFor: 'Field of action for “{{title}}”',
    applySelected: 'Apply selection',
    applyConfident_one: 'Apply {{count}} suggestion with at least {{threshold}} confidence',
    applyConfident_other: 'Apply all {{count}} suggestions with at least {{threshold}} confidence',
  },
  condense: {
    intro:
      'Rathaus suggests groups of proposals that say similar things – computed like the hints on similar proposals. You decide: give a group a title and accept it as a project idea, remove proposals that do not fit (untick them), split the ticked proposals off as a group of their own, move them to another group, or reject the group – Rathaus does not suggest a rejected group again.',
    run: 'Compute groups',
    show: 'Show',
    recompute: 'Compute again',
    recomputeHint:
      'The groups come from the last computation. Computing again includes new proposals; your changes to the current groups are lost, rejected groups stay rejected.',
    noRun: 'No groups have been computed for this selection yet.',
    busy: 'The groups are being computed. With a few thousand proposals this takes a few seconds.',
    running: 'The groups are being computed in the background: {{done}} of {{total}} proposals.',
    progress: 'Progress of the computation',
    reload: 'Refresh the progress',
    failed: 'The computation failed. Please try again.',
    created: 'The project idea is created; its proposals are linked to it.',
    splitDone_one: 'Saved: {{count}} proposal is now group {{number}}, right below this one.',
    splitDone_other: 'Saved: {{count}} proposals are now group {{number}}, right below this one.',
    movedDone_one: 'Saved: {{count}} proposal moved to group {{number}}.',
    movedDone_other: 'Saved: {{count}} proposals moved to group {{number}}.',
    allMoved: 'Saved: the group’s proposals are now in group {{number}}.',
    movedHere_one:
      'Saved: {{count}} proposal from group {{from}} is now in this group; group {{from}} is empty and gone.',
    movedHere_other:
      'Saved: {{count}} proposals from group {{from}} are now in this group; group {{from}} is empty and gone.',
    createdNamed_one:
      'Project idea {{number}} “{{title}}” created from {{count}} proposal. A proposal can be released again on the idea’s page.',
    createdNamed_other:
      'Project idea {{number}} “{{title}}” created from {{count}} proposals. Single proposals can be released again on the idea’s page.',
    split: 'Split the ticked ones off as a new group',
    splitOne: 'Split off',
    splitOneLabel: 'Split off: {{title}} ({{number}}) as a group of its own',
    moveTo: 'Move the ticked ones to group no.',
    errorsInGroup: 'Please correct the following in group {{n}}',
    moveToHint: 'The number in the group’s heading; it stays when other groups are accepted or split.',
    move: 'Move',
    acceptWithTarget:
      'A group number is filled in here: to move, choose “Move”; to accept the group as a project idea, empty the field.',
    reject: 'Reject the group',
    chooseTarget: 'Please give the number of the group the ticked proposals should go to.',
    targetSame: 'That is this group’s number. Please give the number of another group.',
    targetUnknown:
      'There is no group {{n}} with open proposals. Please give the number shown in the group’s heading.',
    summary:
      'Now {{grouped}} proposals in {{clusters}} groups. Computed in {{seconds}} s from {{proposals}} proposals not yet condensed, {{unclustered}} of them in no group.',
    cluster_one: 'Group {{n}}: {{count}} proposal – {{terms}}',
    cluster_other: 'Group {{n}}: {{count}} proposals – {{terms}}',
    members: 'Proposals of this group',
    accept: 'Take over as project idea',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    condensing: typeof de;
  }
}

export { ar } from './condensing.messages.ar.ts';
export { tr } from './condensing.messages.tr.ts';
