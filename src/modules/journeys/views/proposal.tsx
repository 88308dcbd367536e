import type { Child } from 'hono/jsx';
import { fileSize, formatDate, type MessageKey } from '../../../platform/i18n/i18n.ts';
import type { JourneyStep } from '../../../platform/journey.ts';
import { jointly, type ShownText } from '../../../platform/translation/translation.ts';
import {
  Button,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FieldErrorMessage,
  Notice,
  Radios,
  TextArea,
  TextField,
  TranslationNote,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import {
  ANSWER_STATES,
  type AnswerState,
  type AuthorKind,
  duplicateReference,
} from '../../proposals/proposals.service.ts';

export interface CommentView {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
  /** The text as the reader sees it: translated from the language it was written in, or as written. */
  shown: ShownText;
}

/** What a form on the page sent back with errors: which form, the values typed, the messages. */
export interface PageForm {
  name: 'follow' | 'support' | 'comment' | 'report' | 'answer';
  values: Record<string, string>;
  errors: Errors;
}

export interface JourneyData {
  proposal: {
    id: string;
    place: string | null;
    workshop: { title: string; heldOn: string } | null;
    number: string;
    title: string;
    body: string;
    authorKind: AuthorKind;
    organisationName: string | null;
    createdAt: Date;
    publishedAt: Date | null;
    sourceUrl: string | null;
    processTitle: string | null;
    attribution: string | null;
    answerState: AnswerState | null;
    answerText: string | null;
    answeredAt: Date | null;
    /** Not yet public (`submitted`) or hidden: only moderators see it, with the way to decide. */
    state: string;
    moderationReason: string | null;
  };
  /** Title, text and the city's answer as the reader sees them (translated, or as written), and whether the originals were asked for. */
  shown: { title: ShownText; body: ShownText; answer: ShownText; original: boolean };
  /** Whether the viewer may give the city's answer (moderators, the CDO team, heads of offices). */
  canAnswer: boolean;
  /** How the signed-in viewer follows the proposal already (then no form is offered). */
  following?: { frequency: 'immediate' | 'weekly'; manage: string } | undefined;
  /** The later stages, as the modules that own them tell them. */
  journey: readonly JourneyStep[];
  attachments: { id: string; filename: string; mediaType: string; size: number }[];
  supports: number;
  supported: boolean;
  comments: (CommentView & { replies: CommentView[] })[];
  form?: PageForm | undefined;
}

/** The proposal and "what happened to it": submitted ▸ published ▸ what the later stages tell. */
export function ProposalPage({ ctx, data }: { ctx: PageCtx; data: JourneyData }) {
  const { t, lang } = ctx;
  const { proposal: p, shown } = data;
  const base = `/mitmachen/vorschlaege/${p.id}`;
  const langOf = (text: ShownText) => langOfShown(ctx, text);
  const note = (text: ShownText) => textNote(ctx, base, shown.original, text);
  const formErrors = data.form?.errors;
  // Only moderators reach a proposal that is not public; supporting, following, commenting and reporting
  // wait until it is.
  const unpublished = p.state !== 'published' && p.state !== 'merged';
  const steps: readonly JourneyStep[] = [
    { done: true, label: t('journey.submitted'), date: p.createdAt },
    { done: !!p.publishedAt, label: t('journey.published'), date: p.publishedAt },
    ...(p.answerState
      ? [
          {
            done: true,
            label: t('answer.step', { state: t(`answer.state.${p.answerState}`) }),
            date: p.answeredAt,
          },
        ]
      : []),
    ...data.journey,
  ];
  return (
    <Layout ctx={ctx} title={shown.title.text}>
      <p class="kern-preline">{t('proposal.label', { number: p.number })}</p>
      <h1 class="kern-heading-large" lang={langOf(shown.title)}>
        {shown.title.text}
      </h1>
      <DescriptionList
        items={[
          [
            t('proposal.author'),
            p.organisationName ? (
              <>
                {t(`authorKind.${p.authorKind}`)}: <bdi lang={langAttr(ctx)}>{p.organisationName}</bdi>
              </>
            ) : (
              t(`authorKind.${p.authorKind}`)
            ),
          ],
          [t('proposal.submittedOn'), formatDate(lang, p.createdAt)],
          ...(p.processTitle
            ? ([[t('proposals.process'), <span lang={langAttr(ctx)}>{p.processTitle}</span>]] as [
                string,
                Child,
              ][])
            : []),
          ...(p.workshop
            ? ([
                [
                  t('proposal.workshop'),
                  `${p.workshop.title} (${formatDate(lang, new Date(`${p.workshop.heldOn}T12:00:00Z`))})`,
                ],
              ] as [string, string][])
            : []),
          ...(p.place ? ([[t('proposal.field.place'), p.place]] as [string, string][]) : []),
          [
            t('supports.label'),
            <span class="support-count">{t('supports.count', { count: data.supports })}</span>,
          ],
        ]}
      />
      <PageNotice ctx={ctx} />
      {unpublished ? <ModerationNotice ctx={ctx} proposal={p} /> : null}
      <ErrorSummary t={t} errors={formErrors} />
      {p.body ? (
        <p class="kern-body kern-preline-text" lang={langOf(shown.body)}>
          {shown.body.text}
        </p>
      ) : null}
      {note(jointly(shown.title, shown.body))}
      {p.sourceUrl ? (
        <p class="kern-body kern-body--small">
          {t('proposal.source')}{' '}
          <a class="kern-link" href={p.sourceUrl} rel="noopener">
            {p.sourceUrl}
          </a>
          {p.attribution ? ` – ${p.attribution}` : ''}
        </p>
      ) : null}
      {data.attachments.length ? (
        <section aria-labelledby="attachments-title">
          <h2 class="kern-heading-small" id="attachments-title">
            {t('proposal.field.attachments')}
          </h2>
          <ul class="kern-list">
            {data.attachments.map((a) => (
              <li>
                <a class="kern-link" href={`${base}/anhaenge/${a.id}`}>
                  {a.filename}
                </a>{' '}
                <span class="meta">
                  ({a.mediaType === 'application/pdf' ? 'PDF' : a.mediaType === 'image/png' ? 'PNG' : 'JPEG'},{' '}
                  {fileSize(lang, a.size)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CityAnswer ctx={ctx} base={base} data={data} />
      {unpublished ? null : <SupportBlock ctx={ctx} base={base} data={data} />}
      <section aria-labelledby="journey-title">
        <h2 class="kern-heading-medium" id="journey-title">
          {t('journey.title')}
        </h2>
        <ol class="journey">
          {steps.map((s) => (
            <li class={s.done ? 'journey--done' : 'journey--pending'}>
              <span class="kern-body--bold">{s.label}</span>
              {s.date ? <span class="meta"> · {formatDate(lang, s.date)}</span> : null}
              {s.detail ? <div>{s.detail}</div> : null}
            </li>
          ))}
        </ol>
      </section>
      {unpublished ? null : data.following && data.form?.name !== 'follow' ? (
        <section aria-labelledby="follow-title">
          <h2 class="kern-heading-medium" id="follow-title">
            {t('subscriptions.followTitle')}
          </h2>
          <p class="kern-body">
            {t(data.following.frequency === 'weekly' ? 'journey.followingWeekly' : 'journey.followingNow')}{' '}
            <a class="kern-link" href={data.following.manage}>
              {t('journey.manageFollowing')}
            </a>
          </p>
        </section>
      ) : (
        <FollowForm ctx={ctx} base={base} form={data.form?.name === 'follow' ? data.form : undefined} />
      )}
      {unpublished ? null : (
        <>
          <Comments ctx={ctx} base={base} data={data} />
          <ReportForm
            ctx={ctx}
            base={base}
            entityType="proposal"
            entityId={p.id}
            label={t('flag.proposal')}
            form={data.form?.name === 'report' && data.form.values.entityId === p.id ? data.form : undefined}
          />
        </>
      )}
    </Layout>
  );
}

/**
 * For moderators on a proposal that is not public: that it waits (or why it is hidden), and the way to
 * the queue, filtered to this proposal, where its hints and every decision are.
 */
function ModerationNotice({ ctx, proposal: p }: { ctx: PageCtx; proposal: JourneyData['proposal'] }) {
  const { t } = ctx;
  const hidden = p.state === 'hidden';
  const duplicateOf = duplicateReference(p.moderationReason);
  const queue = `/intern/moderation?${new URLSearchParams({ ...(hidden ? { state: 'hidden' } : {}), q: p.number })}`;
  return (
    <Notice kind="warning" title={t(hidden ? 'journey.moderation.hidden' : 'journey.moderation.waiting')}>
      <p class="kern-body">
        {hidden && duplicateOf
          ? t('journey.moderation.duplicateOf', { reference: duplicateOf })
          : hidden && p.moderationReason
            ? t('journey.moderation.reason', { reason: p.moderationReason })
            : t('journey.moderation.notPublic')}{' '}
        <a class="kern-link" href={queue}>
          {t(hidden ? 'journey.moderation.toHidden' : 'journey.moderation.toQueue')}
        </a>
      </p>
    </Notice>
  );
}

/** The city's answer, for everyone; below it, for those who give it, the form to give or change it. */
/** A text's language attribute where it differs from the page's (a translation, or an original). */
function langOfShown(ctx: PageCtx, text: ShownText) {
  return textLang(ctx, text.lang);
}

/** Under a text: machine-translated (with the way to the original), or the original's language. */
function textNote(ctx: PageCtx, base: string, original: boolean, text: ShownText, anchor = '') {
  return (
    <TranslationNote
      t={ctx.t}
      lang={ctx.lang}
      shown={text}
      originalHref={`${base}?original=1${anchor}`}
      translatedHref={original && text.lang !== ctx.lang ? `${base}${anchor}` : undefined}
    />
  );
}

function CityAnswer({ ctx, base, data }: { ctx: PageCtx; base: string; data: JourneyData }) {
  const { shown } = data;
  const langOf = (text: ShownText) => langOfShown(ctx, text);
  const note = (text: ShownText) => textNote(ctx, base, shown.original, text);
  const { t, lang } = ctx;
  const p = data.proposal;
  if (!p.answerState && !data.canAnswer) return null;
  const form = data.form?.name === 'answer' ? data.form : undefined;
  const v = form?.values ?? { answerState: p.answerState ?? '', answerText: p.answerText ?? '' };
  return (
    <section aria-labelledby="answer-title" class="city-answer">
      <h2 class="kern-heading-medium" id="answer-title">
        {t('answer.title')}
      </h2>
      {p.answerState ? (
        <>
          <p class="kern-body">
            <span class="kern-badge kern-badge--info">
              <span class="kern-label">{t(`answer.state.${p.answerState}`)}</span>
            </span>
            {p.answeredAt ? <span class="meta"> · {formatDate(lang, p.answeredAt)}</span> : null}
          </p>
          <p class="kern-body kern-preline-text" lang={langOf(shown.answer)}>
            {shown.answer.text}
          </p>
          {note(shown.answer)}
        </>
      ) : (
        <p class="kern-body">{t('answer.none')}</p>
      )}
      {data.canAnswer ? (
        <details open={!!form}>
          <summary class="kern-link">{p.answerState ? t('answer.change') : t('answer.give')}</summary>
          <form method="post" action={`${base}/antwort`} class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <Radios
              t={t}
              name="answerState"
              label={t('answer.stateLabel')}
              value={v.answerState}
              options={ANSWER_STATES.map((s) => ({ value: s, label: t(`answer.state.${s}`) }))}
              errors={form?.errors}
              required
            />
            <TextArea
              t={t}
              name="answerText"
              label={t('answer.textLabel')}
              hint={t('answer.textHint')}
              value={v.answerText}
              errors={form?.errors}
              required
            />
            <div class="form-actions">
              <Button>{t('answer.submit')}</Button>
            </div>
          </form>
        </details>
      ) : null}
    </section>
  );
}

const NOTICES: Record<string, MessageKey> = {
  answered: 'answer.saved',
  'follow-requested': 'subscriptions.followRequested',
  followed: 'subscriptions.followed',
  supported: 'supports.thanks',
  withdrawn: 'supports.withdrawn',
  'comment-submitted': 'comments.submitted',
  reported: 'flag.thanks',
};

function PageNotice({ ctx }: { ctx: PageCtx }) {
  const key = ctx.notice ? NOTICES[ctx.notice] : undefined;
  return key ? <Notice kind="success" title={ctx.t(key)} /> : null;
}

function SignInLink({ base, text }: { base: string; text: string }) {
  return (
    <p class="kern-body">
      <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(base)}`}>
        {text}
      </a>
    </p>
  );
}

/** Support counts are public; one support per account; supporters may ask to be kept informed. */
function SupportBlock({ ctx, base, data }: { ctx: PageCtx; base: string; data: JourneyData }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="support-title">
      <h2 class="kern-heading-medium" id="support-title">
        {t('supports.title')}
      </h2>
      <p class="kern-body">{t('supports.intro', { count: data.supports })}</p>
      {!ctx.actor ? (
        <SignInLink base={base} text={t('supports.signIn')} />
      ) : data.supported ? (
        <form method="post" action={`${base}/unterstuetzen`} class="stack">
          <Csrf token={ctx.csrf} />
          <p class="kern-body">{t('supports.youSupport')}</p>
          <Button kind="secondary" name="action" value="withdraw">
            {t('supports.withdraw')}
          </Button>
        </form>
      ) : (
        <form method="post" action={`${base}/unterstuetzen`} class="stack">
          <Csrf token={ctx.csrf} />
          {/* Mail only when asked for: supporting is not a request for mail (privacy by default, walk). */}
          <div class="kern-form-check">
            <input class="kern-form-check__checkbox" type="checkbox" id="f-support-notify" name="notify" />
            <label class="kern-label" for="f-support-notify">
              {t('supports.notify')}
            </label>
          </div>
          <Button name="action" value="support">
            {t('supports.button')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** Anyone may follow a published proposal by e-mail (double opt-in unless it is their account's address). */
function FollowForm({ ctx, base, form }: { ctx: PageCtx; base: string; form: PageForm | undefined }) {
  const { t } = ctx;
  const v = form?.values ?? {};
  const errors = form?.errors;
  return (
    <section aria-labelledby="follow-title">
      <h2 class="kern-heading-medium" id="follow-title">
        {t('subscriptions.followTitle')}
      </h2>
      <p class="kern-body">{t('subscriptions.followIntro')}</p>
      <form method="post" action={`${base}/folgen`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          t={t}
          name="email"
          type="email"
          label={t('proposal.field.email')}
          value={v.email ?? ctx.actor?.email ?? ''}
          errors={errors}
          autocomplete="email"
          required
        />
        <Radios
          t={t}
          name="frequency"
          label={t('subscriptions.frequency')}
          value={v.frequency || 'immediate'}
          options={[
            { value: 'immediate', label: t('subscriptions.freq.immediate') },
            { value: 'weekly', label: t('subscriptions.freq.weekly') },
          ]}
          errors={errors}
        />
        <div class={`kern-form-check${errors?.consent ? ' kern-form-check--error' : ''}`}>
          <FieldErrorMessage t={t} id="f-consent-error" error={errors?.consent} />
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            name="consent"
            id="f-consent"
            checked={v.consent === 'on'}
            aria-invalid={errors?.consent ? 'true' : undefined}
            aria-describedby={errors?.consent ? 'f-consent-error' : undefined}
          />
          <label class="kern-label" for="f-consent">
            {t('subscriptions.consent')}{' '}
            <a class="kern-link" href="/datenschutz">
              {t('footer.privacy')}
            </a>
          </label>
        </div>
        <div class="form-actions">
          <Button kind="secondary">{t('subscriptions.followButton')}</Button>
        </div>
      </form>
    </section>
  );
}

/** Comments with one level of replies; new ones wait for moderation; every comment can be reported. */
function Comments({ ctx, base, data }: { ctx: PageCtx; base: string; data: JourneyData }) {
  const { t, lang } = ctx;
  const form = data.form?.name === 'comment' ? data.form : undefined;
  const reportForm = data.form?.name === 'report' ? data.form : undefined;
  const one = (c: CommentView, reply: boolean) => (
    <article class="comment" aria-labelledby={`c-${c.id}`}>
      <p class="meta" id={`c-${c.id}`}>
        <bdi class="kern-body--bold">{c.author || t('comments.deletedAuthor')}</bdi> ·{' '}
        <bdi>{formatDate(lang, c.createdAt)}</bdi>
      </p>
      <p class="kern-body kern-preline-text" lang={textLang(ctx, c.shown.lang)}>
        {c.shown.text}
      </p>
      {textNote(ctx, base, data.shown.original, c.shown, `#c-${c.id}`)}
      {!reply && ctx.actor ? (
        <details open={form?.values.parentId === c.id}>
          <summary class="kern-link">{t('comments.reply')}</summary>
          <CommentForm
            ctx={ctx}
            base={base}
            parentId={c.id}
            form={form?.values.parentId === c.id ? form : undefined}
          />
        </details>
      ) : null}
      <ReportForm
        ctx={ctx}
        base={base}
        entityType="comment"
        entityId={c.id}
        label={t('flag.comment')}
        form={reportForm?.values.entityId === c.id ? reportForm : undefined}
      />
    </article>
  );
  return (
    <section aria-labelledby="comments-title">
      <h2 class="kern-heading-medium" id="comments-title">
        {t('comments.title', { count: data.comments.reduce((n, c) => n + 1 + c.replies.length, 0) })}
      </h2>
      {data.comments.length ? (
        <ul class="comments">
          {data.comments.map((c) => (
            <li>
              {one(c, false)}
              {c.replies.length ? (
                <ul>
                  {c.replies.map((r) => (
                    <li>{one(r, true)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('comments.none')}</p>
      )}
      {ctx.actor ? (
        <CommentForm
          ctx={ctx}
          base={base}
          parentId=""
          form={form && !form.values.parentId ? form : undefined}
        />
      ) : (
        <SignInLink base={base} text={t('comments.signIn')} />
      )}
    </section>
  );
}

function CommentForm({
  ctx,
  base,
  parentId,
  form,
}: {
  ctx: PageCtx;
  base: string;
  parentId: string;
  form: PageForm | undefined;
}) {
  const { t } = ctx;
  const name = parentId ? `reply-${parentId}` : 'body';
  return (
    <form method="post" action={`${base}/kommentare`} class="stack" novalidate>
      <Csrf token={ctx.csrf} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <TextArea
        t={t}
        name={name}
        label={parentId ? t('comments.replyLabel') : t('comments.label')}
        hint={t('comments.hint')}
        value={form?.values.body}
        errors={form?.errors}
        maxlength={2000}
        rows={parentId ? 3 : 4}
        required
      />
      <div class="form-actions">
        <Button kind="secondary">{parentId ? t('comments.sendReply') : t('comments.send')}</Button>
      </div>
    </form>
  );
}

/** "Report" for everyone: a reason, then a moderator looks at it. A disclosure, so it works without JavaScript. */
function ReportForm({
  ctx,
  base,
  entityType,
  entityId,
  label,
  form,
}: {
  ctx: PageCtx;
  base: string;
  entityType: 'proposal' | 'comment';
  entityId: string;
  label: string;
  form: PageForm | undefined;
}) {
  const { t } = ctx;
  const name = `reason-${entityId}`;
  return (
    <details class="report" open={!!form}>
      <summary class="kern-link">{label}</summary>
      <form method="post" action={`${base}/melden`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="entityId" value={entityId} />
        <TextField
          t={t}
          name={name}
          label={t('flag.reason')}
          hint={t('flag.hint')}
          value={form?.values.reason}
          errors={form?.errors}
          maxlength={500}
          required
        />
        <Button kind="secondary">{t('flag.send')}</Button>
      </form>
    </details>
  );
}
