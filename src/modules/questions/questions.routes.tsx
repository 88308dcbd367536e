/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { QUESTION_PERMISSIONS } from './questions.policy.ts';
import { ZAnswerQuestionInput, ZAskQuestionInput, ZDeclineQuestionInput } from './questions.schemas.ts';
import {
  answeredQuestions,
  answerQuestion,
  askQuestion,
  declineQuestion,
  openQuestion,
  pendingQuestions,
} from './questions.service.ts';
import { AnswerQuestionPage, QuestionInboxPage, QuestionsPage } from './views/questions.tsx';

/** /intern/fragen: staff ask the CDO team and read its answers; the team answers or declines. */
export function questionsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requirePermission(QUESTION_PERMISSIONS, 'questions:ask');
  const team = requirePermission(QUESTION_PERMISSIONS, 'questions:answer');

  const questionsPage = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) =>
    c.html(
      <QuestionsPage
        ctx={pageCtx(c)}
        answered={await answeredQuestions(db, c.get('tenant').id, actorOf(c))}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );

  app.get('/intern/fragen', staff, (c) => questionsPage(c));

  app.post('/intern/fragen', staff, (c) =>
    handleForm(c, ZAskQuestionInput, {
      action: (input) => askQuestion(db, c.get('tenant').id, actorOf(c), input),
      done: () => '/intern/fragen?hinweis=questionAsked',
      failed: (values, errors) => questionsPage(c, values, errors),
    }),
  );

  app.get('/intern/fragen/eingang', team, async (c) =>
    c.html(
      <QuestionInboxPage
        ctx={pageCtx(c)}
        pending={await pendingQuestions(db, c.get('tenant').id, actorOf(c))}
      />,
    ),
  );

  /** A colleague answered or declined the question first: nothing to do but say so (null). */
  const closedMeanwhile = <R,>(work: Promise<R>): Promise<R | null> =>
    work.catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'INVALID_STATE') return null;
      throw err;
    });

  const answerPage = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
    const question = await openQuestion(db, c.get('tenant').id, actorOf(c), c.req.param('id') ?? '');
    // Answered or declined meanwhile (by a colleague): back to the list, which no longer holds it.
    if (!question) return c.redirect('/intern/fragen/eingang?hinweis=questionClosed', 303);
    return c.html(
      <AnswerQuestionPage ctx={pageCtx(c)} question={question} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/fragen/:id{[0-9a-f-]{36}}', team, (c) => answerPage(c));

  app.post('/intern/fragen/:id{[0-9a-f-]{36}}/antwort', team, (c) =>
    handleForm(c, ZAnswerQuestionInput, {
      action: (input) =>
        closedMeanwhile(
          answerQuestion(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
        ),
      done: (done) => `/intern/fragen/eingang?hinweis=${done ? 'questionAnswered' : 'questionClosed'}`,
      failed: (values, errors) => answerPage(c, values, errors),
    }),
  );

  app.post('/intern/fragen/:id{[0-9a-f-]{36}}/ablehnen', team, (c) =>
    handleForm(c, ZDeclineQuestionInput, {
      action: (input) =>
        closedMeanwhile(
          declineQuestion(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
        ),
      done: (done) => `/intern/fragen/eingang?hinweis=${done ? 'questionDeclined' : 'questionClosed'}`,
      failed: (values, errors) => answerPage(c, values, errors),
    }),
  );

  return app;
}
