import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './delivery.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    project_update: 'خبر عن مشروع',
  },
  validation: {
    budgetEmpty: 'يرجى إدخال مبلغ مخطط أو مصروف.',
    circularDependency: 'المشروع «{{project}}» يعتمد أصلًا على هذا المشروع – لا يمكن أن تكون التبعيات دائرية.',
  },
  project: {
    budget: 'الميزانية المخططة',
  },
  translatable: {
    project_update: 'خبر المشروع',
  },
};
