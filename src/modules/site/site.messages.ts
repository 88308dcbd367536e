import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the site module: the source of truth. */
export const de = {
  nav: {
    home: 'Start',
    internal: {
      overview: 'Übersicht',
    },
  },
  home: {
    title: 'Start',
    heading: 'Digitalisierung in {{city}} – offen für alle',
    intro:
      'Hier sehen Sie, was aus den Vorschlägen der Bürgerschaft und der Partner geworden ist: welche Projekte die Stadt {{city}} umsetzt, wie weit sie sind und wer sie verantwortet.',
    pillarProjects_one: '{{formatted}} öffentliches Projekt ansehen',
    pillarProjects_other: '{{formatted}} öffentliche Projekte ansehen',
    participateTitle: 'Mitmachen',
    participateText:
      'Sie haben eine Idee, wie die Stadt digitaler, einfacher oder offener werden kann? Reichen Sie sie ein – ohne Konto.',
    participateLink: 'Vorschlag einreichen',
    proposalsLink_one: '{{formatted}} veröffentlichten Vorschlag durchsuchen',
    proposalsLink_other: '{{formatted}} veröffentlichte Vorschläge durchsuchen',
    trailTitle: 'Was wurde aus meinem Vorschlag?',
    trailText:
      'Jeder Vorschlag zeigt seinen Weg: veröffentlicht, in eine Projektidee eingeflossen, als Projekt umgesetzt und mit dem zuletzt freigegebenen Projektstatus.',
  },
  internal: {
    home: {
      title: 'Interner Bereich',
      intro: 'Willkommen, {{name}}.',
      moderation_one: '{{count}} Vorschlag wartet auf Moderation.',
      moderation_other: '{{count}} Vorschläge warten auf Moderation.',
      reports_one: '{{count}} Statusbericht wartet auf Ihre Freigabe.',
      reports_other: '{{count}} Statusberichte warten auf Ihre Freigabe.',
      projects: 'Alle Projekte, auch interne; Meilensteine und Statusberichte.',
      ideas: 'Vorschläge zu Projektideen zusammenfassen.',
      workshops: 'Vorschläge aus Beteiligungswerkstätten erfassen.',
    },
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    home: 'Home',
    internal: {
      overview: 'Overview',
    },
  },
  home: {
    title: 'Home',
    heading: 'Digitalization in {{city}} – open to all',
    intro:
      'See what became of the proposals from citizens and partners: which projects the City of {{city}} carries out, how far they are and who is responsible.',
    pillarProjects_one: 'See {{formatted}} public project',
    pillarProjects_other: 'See {{formatted}} public projects',
    participateTitle: 'Participate',
    participateText:
      'Do you have an idea how the city could become more digital, simpler or more open? Submit it – no account needed.',
    participateLink: 'Submit a proposal',
    proposalsLink_one: 'Search {{formatted}} published proposal',
    proposalsLink_other: 'Search {{formatted}} published proposals',
    trailTitle: 'What happened to my proposal?',
    trailText:
      'Every proposal shows its path: published, condensed into a project idea, implemented as a project, and the project’s latest approved status.',
  },
  internal: {
    home: {
      title: 'Staff area',
      intro: 'Welcome, {{name}}.',
      moderation_one: '{{count}} proposal awaits moderation.',
      moderation_other: '{{count}} proposals await moderation.',
      reports_one: '{{count}} status report awaits your approval.',
      reports_other: '{{count}} status reports await your approval.',
      projects: 'All projects, internal ones too; milestones and status reports.',
      ideas: 'Condense proposals into project ideas.',
      workshops: 'Enter proposals from participation workshops.',
    },
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    site: typeof de;
  }
}
