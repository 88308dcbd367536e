import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './delivery.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    project_update: 'Proje haberi',
  },
  validation: {
    budgetEmpty: 'Lütfen planlanan ya da harcanan bir tutar girin.',
    circularDependency:
      '“{{project}}” projesi zaten bu projeye bağlı – döngüsel bir bağımlılık oluşturulamaz.',
  },
  project: {
    budget: 'Planlanan bütçe',
  },
  translatable: {
    project_update: 'Proje haberi',
  },
};
