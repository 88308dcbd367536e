import { tablesIn } from '../../db/columns.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import * as messages from './questions.messages.ts';
import { QUESTION_PERMISSIONS } from './questions.policy.ts';
import { questionsPersonalData } from './questions.privacy.ts';
import { questionsRoutes } from './questions.routes.tsx';
import { seedQuestions } from './questions.seed.ts';
import * as tables from './questions.table.ts';

/**
 * Questions from staff to the CDO team, asked anonymously or by name, answered for the whole
 * administration to read (the internal transparency Bonn's strategy promises).
 */
export const questionsModule: ModuleManifest = {
  name: 'questions',
  layer: 'participation',
  messages,
  tables: tablesIn(tables),
  permissions: QUESTION_PERMISSIONS,
  personalData: questionsPersonalData,
  seed: seedQuestions,
  nav: [
    {
      area: 'internal',
      href: '/intern/fragen',
      label: 'nav.internal.questions',
      order: 15,
      roles: QUESTION_PERMISSIONS['questions:ask'],
    },
    {
      area: 'internal',
      href: '/intern/fragen/eingang',
      label: 'nav.internal.questionsInbox',
      order: 185,
      roles: QUESTION_PERMISSIONS['questions:answer'],
    },
  ],
  notices: {
    questionAsked: 'notice.questionAsked',
    questionAnswered: 'notice.questionAnswered',
    questionDeclined: 'notice.questionDeclined',
    questionClosed: 'notice.questionClosed',
  },
  routes: questionsRoutes,
};
