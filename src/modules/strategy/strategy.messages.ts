import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the strategy module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    goal: 'Ziel',
    kpi: 'Kennzahl',
  },
  nav: {
    strategy: 'Strategie',
    internal: {
      strategy: 'Strategie',
    },
  },
  form: {
    choose: 'Bitte auswählen',
  },
  validation: {
    number: 'Bitte geben Sie eine Zahl ein, z. B. 42 oder 12,5.',
    year: 'Bitte geben Sie ein Jahr zwischen 1990 und 2100 ein.',
    key: 'Bitte nur Kleinbuchstaben, Ziffern und Bindestriche (2 bis 60 Zeichen).',
    titleTooShort: 'Der Titel braucht mindestens 5 Zeichen.',
    bodyTooShort: 'Bitte beschreiben Sie Ihren Vorschlag in mindestens 20 Zeichen.',
  },
  strategy: {
    servicesLink: 'Onlinedienste und ihr Reifegrad',
    prioritisationLink: 'Wie die Stadt Projekte priorisiert: Gewichte und Bewertungen',
    title: 'Strategie',
    intro:
      'Die Digitalisierungsstrategie der Stadt {{city}}: Säulen, Handlungsfelder und Ziele, die Leitlinien der Smart City Charta und die Kennzahlen, an denen sich der Fortschritt messen lässt.',
    noGoals: 'Für dieses Handlungsfeld sind noch keine Ziele hinterlegt.',
    charter: 'Smart City Charta',
    charterTitle: 'Leitlinien der Smart City Charta',
    charterIntro:
      'Die Smart City Charta (2017) beschreibt, was eine Kommune für eine nachhaltige digitale Transformation braucht. Ziele und Projekte sind den vier Leitlinien zugeordnet.',
    kpis: 'Kennzahlen',
    kpi: 'Kennzahl',
    noKpis: 'Noch keine Kennzahlen festgelegt.',
    kpiLatest: 'Zuletzt {{value}} {{unit}} ({{date}}), Ziel {{target}} {{unit}} bis {{year}}',
    kpiNoValue: 'Noch kein Messwert; Ziel {{target}} {{unit}} bis {{year}}',
    definition: 'Definition',
    unit: 'Einheit',
    method: 'Berechnungsmethode',
    source: 'Datenquelle',
    baseline: 'Ausgangswert',
    baselineYear: 'Jahr des Ausgangswerts',
    target: 'Zielwert',
    targetYear: 'Zieljahr',
    direction: 'Gut ist, wenn der Wert',
    directions: {
      increase: 'steigt',
      decrease: 'sinkt',
    },
    owner: 'Verantwortlich',
    goal: 'Ziel',
    chartCaption:
      'Messwerte im Zeitverlauf; die gestrichelte Linie ist der Zielwert. Dieselben Zahlen stehen in der Tabelle.',
    chartAlt_one:
      'Liniendiagramm {{name}}: ein Messwert, {{last}} {{unit}} am {{lastDate}}; Zielwert {{target}} {{unit}} bis {{year}}.',
    chartAlt_other:
      'Liniendiagramm {{name}}: {{count}} Messwerte von {{first}} {{unit}} ({{firstDate}}) bis {{last}} {{unit}} ({{lastDate}}); Zielwert {{target}} {{unit}} bis {{year}}.',
    targetLine: 'Ziel {{year}}',
    noMeasurements: 'Noch keine Messwerte.',
    measurements: 'Messwerte: {{name}}',
    measuredOn: 'Stichtag',
    value: 'Wert ({{unit}})',
    note: 'Anmerkung',
    adminTitle: 'Strategie und Kennzahlen pflegen',
    publicLink: 'Öffentliche Ansicht',
    newGoal: 'Neues Ziel',
    parent: 'Übergeordnetes Ziel',
    parentHint:
      'Leer lassen für ein Ziel direkt unter dem Handlungsfeld; sonst ein Ziel desselben Handlungsfelds.',
    noParent: 'Keines (Ziel des Handlungsfelds)',
    goalTitle: 'Ziel',
    goalDescription: 'Beschreibung',
    createGoal: 'Ziel anlegen',
    parentMismatch: 'Das übergeordnete Ziel gehört zu einem anderen Handlungsfeld.',
    newKpi: 'Neue Kennzahl',
    kpiIntro:
      'Kennzahlen werden nach dem Muster der U4SSC-Indikatoren (ITU/UNECE) beschrieben: was gemessen wird, wie und woher, von welchem Ausgangswert zu welchem Ziel.',
    kpiName: 'Name der Kennzahl',
    kpiKey: 'Kurzname',
    kpiKeyHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „online-dienste-anteil“.',
    keyTaken: 'Dieser Kurzname ist schon vergeben.',
    createKpi: 'Kennzahl anlegen',
    addMeasurement: 'Messwert erfassen',
    saveMeasurement: 'Messwert speichern',
  },
  proposal: {
    field: {
      fieldOfAction: 'Themenfeld',
    },
  },
  translatable: {
    pillar: 'Säule der Strategie',
    field_of_action: 'Handlungsfeld',
    goal: 'Ziel',
    kpi: 'Kennzahl',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    goal: 'Goal',
    kpi: 'Indicator',
  },
  nav: {
    strategy: 'Strategy',
    internal: {
      strategy: 'Strategy',
    },
  },
  form: {
    choose: 'Please choose',
  },
  validation: {
    number: 'Please enter a number, e.g. 42 or 12.5.',
    year: 'Please enter a year between 1990 and 2100.',
    key: 'Please use only lower-case letters, digits and hyphens (2 to 60 characters).',
    titleTooShort: 'The title needs at least 5 characters.',
    bodyTooShort: 'Please describe your proposal in at least 20 characters.',
  },
  strategy: {
    servicesLink: 'Online services and their maturity',
    prioritisationLink: 'How the city prioritises projects: weights and scores',
    title: 'Strategy',
    intro:
      'The digitalisation strategy of the City of {{city}}: pillars, fields of action and goals, the guidelines of the Smart City Charter and the KPIs that measure progress.',
    noGoals: 'No goals are set for this field of action yet.',
    charter: 'Smart City Charter',
    charterTitle: 'Guidelines of the Smart City Charter',
    charterIntro:
      'The Smart City Charter (2017) describes what a municipality needs for a sustainable digital transformation. Goals and projects are linked to its four guidelines.',
    kpis: 'KPIs',
    kpi: 'KPI',
    noKpis: 'No KPIs defined yet.',
    kpiLatest: 'Latest {{value}} {{unit}} ({{date}}), target {{target}} {{unit}} by {{year}}',
    kpiNoValue: 'No measurement yet; target {{target}} {{unit}} by {{year}}',
    definition: 'Definition',
    unit: 'Unit',
    method: 'Method of calculation',
    source: 'Data source',
    baseline: 'Baseline',
    baselineYear: 'Year of the baseline',
    target: 'Target',
    targetYear: 'Target year',
    direction: 'Good when the value',
    directions: {
      increase: 'rises',
      decrease: 'falls',
    },
    owner: 'Owner',
    goal: 'Goal',
    chartCaption: 'Measurements over time; the dashed line is the target. The table holds the same numbers.',
    chartAlt_one:
      'Line chart {{name}}: one measurement, {{last}} {{unit}} on {{lastDate}}; target {{target}} {{unit}} by {{year}}.',
    chartAlt_other:
      'Line chart {{name}}: {{count}} measurements from {{first}} {{unit}} ({{firstDate}}) to {{last}} {{unit}} ({{lastDate}}); target {{target}} {{unit}} by {{year}}.',
    targetLine: 'Target {{year}}',
    noMeasurements: 'No measurements yet.',
    measurements: 'Measurements: {{name}}',
    measuredOn: 'Date',
    value: 'Value ({{unit}})',
    note: 'Note',
    adminTitle: 'Maintain the strategy and KPIs',
    publicLink: 'Public view',
    newGoal: 'New goal',
    parent: 'Parent goal',
    parentHint: 'Leave empty for a goal right under the field of action; otherwise a goal of the same field.',
    noParent: 'None (a goal of the field of action)',
    goalTitle: 'Goal',
    goalDescription: 'Description',
    createGoal: 'Create goal',
    parentMismatch: 'The parent goal belongs to another field of action.',
    newKpi: 'New KPI',
    kpiIntro:
      'KPIs are described the way the U4SSC indicators (ITU/UNECE) are: what is measured, how and from where, from which baseline to which target.',
    kpiName: 'Name of the KPI',
    kpiKey: 'Short name',
    kpiKeyHint: 'Lower-case letters, digits and hyphens, e.g. “online-services-share”.',
    keyTaken: 'This short name is taken.',
    createKpi: 'Create KPI',
    addMeasurement: 'Record a measurement',
    saveMeasurement: 'Save measurement',
  },
  proposal: {
    field: {
      fieldOfAction: 'Topic',
    },
  },
  translatable: {
    pillar: 'Pillar of the strategy',
    field_of_action: 'Field of action',
    goal: 'Goal',
    kpi: 'KPI',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    strategy: typeof de;
  }
}

export { ar } from './strategy.messages.ar.ts';
export { tr } from './strategy.messages.tr.ts';
