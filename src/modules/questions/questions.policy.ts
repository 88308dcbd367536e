import type { Actor } from '../../platform/auth/actor.ts';
import { STAFF_ROLES } from '../../platform/auth/actor.ts';
import { granted, type Permissions } from '../../platform/permissions.ts';

export const QUESTION_PERMISSIONS = {
  /** Ask a question and read the answers: everyone who works for the city. */
  'questions:ask': STAFF_ROLES,
  /** Answer staff questions for the administration, or decline them: the CDO team. */
  'questions:answer': ['cdo', 'admin'],
} as const satisfies Permissions;

export function canAskQuestions(actor: Actor | null): boolean {
  return granted(actor, QUESTION_PERMISSIONS, 'questions:ask');
}

export function canAnswerQuestions(actor: Actor | null): boolean {
  return granted(actor, QUESTION_PERMISSIONS, 'questions:answer');
}
