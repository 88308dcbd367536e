/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  Paragraphs,
  Radios,
  TextArea,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, shortened } from '../../../ui/page.ts';

export interface QuestionRow {
  id: string;
  body: string;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  askerName: string | null;
  answererName: string | null;
}

/** Every member of staff: ask the CDO team, anonymously by default, and read what it answered. */
export function QuestionsPage({
  ctx,
  answered,
  values,
  errors,
}: {
  ctx: PageCtx;
  answered: QuestionRow[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('questions.title')}>
      <h1 class="kern-heading-large">{t('questions.title')}</h1>
      <p class="kern-body">{t('questions.intro')}</p>
      <p class="kern-body">
        {t('questions.ideaHint')}{' '}
        <a class="kern-link" href="/mitmachen">
          {t('questions.ideaLink')}
        </a>
      </p>
      <section aria-labelledby="ask" class="stack">
        <h2 class="kern-heading-medium" id="ask">
          {t('questions.askTitle')}
        </h2>
        <ErrorSummary t={t} errors={errors} />
        <form method="post" action="/intern/fragen" class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <TextArea
            t={t}
            name="body"
            label={t('questions.body')}
            hint={t('questions.bodyHint')}
            value={values.body}
            errors={errors}
            rows={5}
            maxlength={2000}
            required
          />
          <Radios
            t={t}
            name="askAs"
            label={t('questions.askAs')}
            value={values.askAs ?? 'anonymous'}
            options={[
              {
                value: 'anonymous',
                label: t('questions.askAsAnonymous'),
                hint: t('questions.askAsAnonymousHint'),
              },
              { value: 'named', label: t('questions.askAsNamed'), hint: t('questions.askAsNamedHint') },
            ]}
            errors={errors}
          />
          <div class="form-actions">
            <Button>{t('questions.ask')}</Button>
          </div>
        </form>
      </section>
      <section aria-labelledby="answered" class="stack">
        <h2 class="kern-heading-medium" id="answered">
          {t('questions.answeredTitle')}
        </h2>
        {answered.length ? (
          answered.map((q) => (
            <article class="kern-card question" aria-labelledby={`frage-${q.id}`}>
              <div class="kern-card__container">
                <div class="kern-card__body stack">
                  <h3 class="kern-heading-small" id={`frage-${q.id}`} lang={langAttr(ctx)}>
                    {q.body.split('\n')[0]}
                  </h3>
                  {q.body.includes('\n') ? (
                    <Paragraphs text={q.body.slice(q.body.indexOf('\n') + 1)} lang={langAttr(ctx)} />
                  ) : null}
                  <p class="meta">
                    {q.askerName
                      ? t('questions.askedBy', { name: q.askerName, date: formatDate(lang, q.createdAt) })
                      : t('questions.askedAnonymously', { date: formatDate(lang, q.createdAt) })}
                  </p>
                  <Paragraphs text={q.answer ?? ''} lang={langAttr(ctx)} />
                  <p class="meta">
                    {q.answererName
                      ? t('questions.answeredBy', {
                          name: q.answererName,
                          date: formatDate(lang, q.answeredAt),
                        })
                      : t('questions.answeredByTeam', { date: formatDate(lang, q.answeredAt) })}
                  </p>
                </div>
              </div>
            </article>
          ))
        ) : (
          <p class="kern-body">{t('questions.none')}</p>
        )}
      </section>
    </Layout>
  );
}

/** The CDO team's inbox: the open questions, oldest first. */
export function QuestionInboxPage({ ctx, pending }: { ctx: PageCtx; pending: QuestionRow[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('questions.inboxTitle')}>
      <h1 class="kern-heading-large">{t('questions.inboxTitle')}</h1>
      <p class="kern-body">{t('questions.inboxIntro')}</p>
      {pending.length ? (
        <ul class="kern-list list-plain stack">
          {pending.map((q) => (
            <li class="row-actions">
              <span lang={langAttr(ctx)}>{shortened(q.body, 160)}</span>
              <span class="meta">
                {t('questions.receivedOn', { date: formatDate(lang, q.createdAt) })} ·{' '}
                {q.askerName ? t('questions.named', { name: q.askerName }) : t('questions.anonymous')}
              </span>
              <a class="kern-link" href={`/intern/fragen/${q.id}`}>
                {t('questions.open')}
                <span class="kern-sr-only">: {shortened(q.body, 80)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('questions.inboxNone')}</p>
      )}
    </Layout>
  );
}

/** One open question with the two ways out: an answer for all staff, or a reason for declining it. */
export function AnswerQuestionPage({
  ctx,
  question,
  values,
  errors,
}: {
  ctx: PageCtx;
  question: QuestionRow;
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('questions.answerTitle')}>
      <p class="kern-body">
        <a class="kern-link" href="/intern/fragen/eingang">
          {t('questions.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('questions.answerTitle')}</h1>
      <ErrorSummary t={t} errors={errors} />
      <blockquote>
        <Paragraphs text={question.body} lang={langAttr(ctx)} />
      </blockquote>
      <p class="meta">
        {t('questions.receivedOn', { date: formatDate(lang, question.createdAt) })} ·{' '}
        {question.askerName ? t('questions.named', { name: question.askerName }) : t('questions.anonymous')}
      </p>
      <form method="post" action={`/intern/fragen/${question.id}/antwort`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextArea
          t={t}
          name="answer"
          label={t('questions.answerField')}
          hint={t('questions.answerHint')}
          value={values.answer}
          errors={errors}
          rows={8}
          required
        />
        <div class="form-actions">
          <Button>{t('questions.publishAnswer')}</Button>
        </div>
      </form>
      <section aria-labelledby="ablehnen" class="stack">
        <h2 class="kern-heading-medium" id="ablehnen">
          {t('questions.declineTitle')}
        </h2>
        <form method="post" action={`/intern/fragen/${question.id}/ablehnen`} class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <TextArea
            t={t}
            name="reason"
            label={t('questions.declineReason')}
            hint={t('questions.declineHint')}
            value={values.reason}
            errors={errors}
            rows={3}
            required
          />
          <div class="form-actions">
            <Button kind="secondary">{t('questions.decline')}</Button>
          </div>
        </form>
      </section>
    </Layout>
  );
}
