import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the scoring module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    scoring_model: 'Bewertungsmodell',
    scoring_criterion: 'Bewertungskriterium',
  },
  nav: {
    internal: {
      prioritisation: 'Priorisierung',
    },
  },
  scoring: {
    title: 'Priorisierung',
    intro:
      'Das Digitalisierungsteam bewertet Projektideen und laufende Projekte nach den Kriterien des Bewertungsmodells (0 bis 5 Punkte, jeweils mit Begründung). Die Rangfolge ergibt sich aus den gewichteten Punkten; das Portfolio zeigt Nutzen gegen Aufwand.',
    editWeights: 'Gewichte und ihre Versionen',
    publicLink: 'Öffentliche Ansicht',
    rankCaption_one: '{{count}} bewerteter Eintrag, nach Gesamtpunktzahl',
    rankCaption_other: '{{count}} bewertete Einträge, nach Gesamtpunktzahl',
    rankCaptionPage_one: 'Rang {{from}} bis {{to}} von {{total}} bewerteten Eintrag, nach Gesamtpunktzahl',
    rankCaptionPage_other:
      'Rang {{from}} bis {{to}} von {{total}} bewerteten Einträgen, nach Gesamtpunktzahl',
    rankPages: 'Seiten der Rangliste',
    unscoredPages: 'Seiten der noch nicht bewerteten Einträge',
    rank: 'Rang',
    subject: 'Projektidee oder Projekt',
    total: 'Gesamt',
    value: 'Nutzen',
    ease: 'Umsetzbarkeit',
    quickWin: 'Quick Win',
    quickWins: 'Quick Wins',
    types: {
      idea: 'Projektidee',
      project: 'Projekt',
    },
    rescore: 'Bewerten',
    showScores: 'Punkte und Begründungen',
    unscored_one: '{{count}} Eintrag noch nicht bewertet',
    unscored_other: '{{count}} Einträge noch nicht bewertet',
    chartCaption:
      'Nutzen (senkrecht) gegen Aufwand (waagerecht, 5 minus Umsetzbarkeit); die Zahlen sind die Ränge. Oben links, grün hinterlegt: Quick Wins. Dieselben Werte stehen in der Tabelle.',
    chartAlt:
      'Portfolio-Diagramm: {{count}} bewertete Einträge nach Nutzen und Aufwand, davon {{quickWins}} Quick Wins mit hohem Nutzen und geringem Aufwand.',
    chartAltPage:
      'Portfolio-Diagramm der Ränge {{from}} bis {{to}} nach Nutzen und Aufwand, davon {{quickWins}} Quick Wins mit hohem Nutzen und geringem Aufwand.',
    valueAxis: 'Nutzen (0–5)',
    effortAxis: 'Aufwand (0–5)',
    publicTitle: 'Wie die Stadt priorisiert',
    publicIntro:
      'Welche Projektideen und Projekte zuerst umgesetzt werden, entscheidet die Stadt nach einem festen Bewertungsmodell. Hier stehen die Gewichte und alle Bewertungen öffentlicher Projekte und Projektideen mit ihren Begründungen – so kann jede und jeder die Rangfolge nachrechnen.',
    formula:
      'So wird gerechnet: Gesamt = Summe aus Gewicht × Punkte ÷ Summe der Gewichte der bewerteten Kriterien. „Nutzen“ ist dasselbe nur über die Nutzen-Kriterien, „Umsetzbarkeit“ über die Aufwand-Kriterien (hoch = schnell, günstig, machbar). Ein Quick Win hat Nutzen ab {{value}} und Umsetzbarkeit ab {{ease}}.',
    weightsCaption: 'Gewichte des Bewertungsmodells, Version {{version}} vom {{date}}',
    criterion: 'Kriterium',
    axis: 'Art',
    axes: {
      value: 'Nutzen',
      effort: 'Aufwand',
    },
    weight: 'Gewicht',
    scoreTitle: 'Bewertung: {{title}}',
    scoreIntro:
      'Vergeben Sie je Kriterium 0 bis 5 Punkte (5 = spricht am stärksten für eine frühe Umsetzung) und begründen Sie jede Bewertung kurz. Kriterien ohne Punkte bleiben unbewertet.',
    justification: 'Begründung',
    justificationHint:
      'Gehört zu den Punkten (mindestens 3 Zeichen) und wird mit ihnen veröffentlicht, bei öffentlichen Projekten und Projektideen.',
    saveScores: 'Bewertung speichern',
    scoreRange: 'Bitte wählen Sie für „{{criterion}}“ 0 bis 5 Punkte.',
    justificationRequired: 'Bitte begründen Sie die Punkte für „{{criterion}}“ kurz.',
    scoreOne: 'Bitte bewerten Sie mindestens ein Kriterium.',
    weightsTitle: 'Gewichte des Bewertungsmodells',
    weightsIntro:
      'Jede Änderung der Gewichte ergibt eine neue Version des Modells; frühere Versionen bleiben sichtbar. Gewichte sind Zahlen von 0 bis 100; sie werden auf ihre Summe bezogen.',
    note: 'Anlass der Änderung',
    noteHint: 'Zum Beispiel „Ratsbeschluss vom 12.03.2026: Klimaschutz stärker gewichten“.',
    noteRequired: 'Bitte nennen Sie den Anlass der Änderung.',
    saveWeights: 'Neue Version speichern',
    weightRange: 'Bitte geben Sie ein Gewicht von 0 bis 100 ein.',
    weightSum: 'Mindestens ein Gewicht muss größer als 0 sein.',
    history: 'Versionen des Modells',
    version: 'Version',
  },
  translatable: {
    scoring_criterion: 'Kriterium der Priorisierung',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    scoring_model: 'Scoring model',
    scoring_criterion: 'Scoring criterion',
  },
  nav: {
    internal: {
      prioritisation: 'Prioritisation',
    },
  },
  scoring: {
    title: 'Prioritisation',
    intro:
      'The digitalisation team scores project ideas and running projects on the criteria of the scoring model (0 to 5 points, each with a justification). The rank follows from the weighted points; the portfolio shows value against effort.',
    editWeights: 'Weights and their versions',
    publicLink: 'Public view',
    rankCaption_one: '{{count}} scored entry, by total score',
    rankCaption_other: '{{count}} scored entries, by total score',
    rankCaptionPage_one: 'Ranks {{from}} to {{to}} of {{total}} scored entry, by total score',
    rankCaptionPage_other: 'Ranks {{from}} to {{to}} of {{total}} scored entries, by total score',
    rankPages: 'Pages of the ranking',
    unscoredPages: 'Pages of the entries not scored yet',
    rank: 'Rank',
    subject: 'Project idea or project',
    total: 'Total',
    value: 'Value',
    ease: 'Ease',
    quickWin: 'Quick win',
    quickWins: 'Quick wins',
    types: {
      idea: 'Project idea',
      project: 'Project',
    },
    rescore: 'Score',
    showScores: 'Points and justifications',
    unscored_one: '{{count}} entry not scored yet',
    unscored_other: '{{count}} entries not scored yet',
    chartCaption:
      'Value (vertical) against effort (horizontal, 5 minus ease); the numbers are the ranks. Top left, shaded green: quick wins. The table holds the same values.',
    chartAlt:
      'Portfolio chart: {{count}} scored entries by value and effort, {{quickWins}} of them quick wins with high value and low effort.',
    chartAltPage:
      'Portfolio chart of ranks {{from}} to {{to}} by value and effort, {{quickWins}} of them quick wins with high value and low effort.',
    valueAxis: 'Value (0–5)',
    effortAxis: 'Effort (0–5)',
    publicTitle: 'How the city prioritises',
    publicIntro:
      'Which project ideas and projects come first is decided by a fixed scoring model. Here are its weights and every score of public projects and project ideas with its justification – so anyone can recompute the rank.',
    formula:
      'The calculation: total = sum of weight × points ÷ sum of the weights of the scored criteria. “Value” is the same over the value criteria only, “ease” over the effort criteria (high = quick, cheap, feasible). A quick win has value of {{value}} or more and ease of {{ease}} or more.',
    weightsCaption: 'Weights of the scoring model, version {{version}} of {{date}}',
    criterion: 'Criterion',
    axis: 'Kind',
    axes: {
      value: 'Value',
      effort: 'Effort',
    },
    weight: 'Weight',
    scoreTitle: 'Scores: {{title}}',
    scoreIntro:
      'Give each criterion 0 to 5 points (5 = speaks most for doing it early) and justify each score briefly. Criteria without points stay unscored.',
    justification: 'Justification',
    justificationHint:
      'Belongs with the points (at least 3 characters) and is published with them, for public projects and project ideas.',
    saveScores: 'Save scores',
    scoreRange: 'Please choose 0 to 5 points for “{{criterion}}”.',
    justificationRequired: 'Please justify the points for “{{criterion}}” briefly.',
    scoreOne: 'Please score at least one criterion.',
    weightsTitle: 'Weights of the scoring model',
    weightsIntro:
      'Every change of the weights makes a new version of the model; earlier versions stay visible. Weights are numbers from 0 to 100, relative to their sum.',
    note: 'Reason for the change',
    noteHint: 'For example “Council decision of 12 March 2026: weigh climate protection higher”.',
    noteRequired: 'Please give the reason for the change.',
    saveWeights: 'Save new version',
    weightRange: 'Please enter a weight from 0 to 100.',
    weightSum: 'At least one weight must be greater than 0.',
    history: 'Versions of the model',
    version: 'Version',
  },
  translatable: {
    scoring_criterion: 'Prioritisation criterion',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    scoring: typeof de;
  }
}

export { ar } from './scoring.messages.ar.ts';
export { tr } from './scoring.messages.tr.ts';
