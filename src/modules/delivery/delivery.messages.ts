import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the delivery module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    project_update: 'Neuigkeit eines Projekts',
  },
  validation: {
    budgetEmpty: 'Bitte geben Sie einen geplanten oder einen ausgegebenen Betrag an.',
    circularDependency:
      'Das Projekt „{{project}}“ hängt schon von diesem ab – eine Abhängigkeit im Kreis geht nicht.',
  },
  project: {
    budget: 'Geplantes Budget',
  },
  translatable: {
    project_update: 'Projektneuigkeit',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    project_update: 'Project news',
  },
  validation: {
    budgetEmpty: 'Please enter an amount planned or spent.',
    circularDependency:
      'The project “{{project}}” already depends on this one – dependencies cannot go in a circle.',
  },
  project: {
    budget: 'Planned budget',
  },
  translatable: {
    project_update: 'Project news',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    delivery: typeof de;
  }
}

export { ar } from './delivery.messages.ar.ts';
export { tr } from './delivery.messages.tr.ts';
