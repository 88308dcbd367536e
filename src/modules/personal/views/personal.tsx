/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Button, CheckField, Csrf, ErrorSummary, type Errors, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, writtenLang } from '../../../ui/page.ts';
import type { personalOverview } from '../personal.service.ts';

type Overview = Awaited<ReturnType<typeof personalOverview>>;

/** "Mein Bereich": my proposals and where each got to, supports, comments, notifications, my data. */
export function PersonalPage({
  ctx,
  data,
  mayDelete,
  passkeys = false,
}: {
  ctx: PageCtx;
  data: Overview;
  mayDelete: boolean;
  /** Staff: links to manage their passkeys and their calendar address. */
  passkeys?: boolean;
}) {
  const { t, lang } = ctx;
  const proposalLink = (id: string) => `/mitmachen/vorschlaege/${id}`;
  return (
    <Layout ctx={ctx} title={t('personal.title')}>
      <h1 class="kern-heading-large">{t('personal.title')}</h1>
      <p class="kern-body">
        {t('personal.signedInAs', { name: ctx.actor?.displayName ?? '', email: ctx.actor?.email ?? '' })}
      </p>
      {data.organisation ? (
        <section aria-labelledby="organisation">
          <h2 class="kern-heading-medium" id="organisation">
            {t('personal.organisation', { name: data.organisation.name })}
          </h2>
          <p class="kern-body">{t('personal.organisationIntro')}</p>
          {data.organisation.projects.length ? (
            <ul class="kern-list kern-list--bullet">
              {data.organisation.projects.map((p) => (
                <li>
                  <a class="kern-link" href={`/projekte/${p.slug}`} lang={langAttr(ctx)}>
                    {p.title}
                  </a>
                  {p.contribution ? (
                    <span class="meta" lang={langAttr(ctx)}>
                      {' '}
                      – {p.contribution}
                    </span>
                  ) : null}{' '}
                  <span class="meta">({t(`phase.${p.phase}`)})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('personal.noOrganisationProjects')}</p>
          )}
        </section>
      ) : null}
      <nav aria-label={t('personal.contents')}>
        <ul class="kern-list kern-list--horizontal">
          <li>
            <a class="kern-link" href="#meine-vorschlaege">
              {t('personal.proposals', { count: data.proposals.length })}
            </a>
          </li>
          <li>
            <a class="kern-link" href="#unterstuetzt">
              {t('personal.supports', { count: data.supports.length })}
            </a>
          </li>
          <li>
            <a class="kern-link" href="#kommentare">
              {t('personal.comments', { count: data.comments.length })}
            </a>
          </li>
          <li>
            <a class="kern-link" href="#benachrichtigungen">
              {t('personal.follows')}
            </a>
          </li>
          <li>
            <a class="kern-link" href="#meine-daten">
              {t('personal.data')}
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="meine-vorschlaege">
        <h2 class="kern-heading-medium" id="meine-vorschlaege">
          {t('personal.proposals', { count: data.proposals.length })}
        </h2>
        {data.proposals.length ? (
          <ul class="entry-list">
            {data.proposals.map(({ proposal: p, reached }) => (
              <li class="entry">
                <p class="kern-preline">
                  {p.number} · {formatDate(lang, p.createdAt)} · {t(`personal.state.${p.state}`)}
                </p>
                <h3 class="kern-heading-small" lang={writtenLang(ctx, p.language)}>
                  {p.state === 'published' || p.state === 'merged' ? (
                    <a class="kern-link" href={proposalLink(p.id)}>
                      {p.title}
                    </a>
                  ) : (
                    p.title
                  )}
                </h3>
                {reached ? (
                  <p class="kern-body">
                    {t('personal.reached')} <strong>{reached.label}</strong>
                    {reached.date ? ` (${formatDate(lang, reached.date)})` : ''}
                  </p>
                ) : null}
                {p.answerState ? (
                  <p class="kern-body">
                    {t('personal.answer')} <strong>{t(`answer.state.${p.answerState}`)}</strong>
                  </p>
                ) : null}
                {p.state === 'hidden' && p.moderationReason ? (
                  <p class="kern-body">{t('personal.hiddenBecause', { reason: p.moderationReason })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">
            {t('personal.noProposals')}{' '}
            <a class="kern-link" href="/mitmachen">
              {t('personal.propose')}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="unterstuetzt">
        <h2 class="kern-heading-medium" id="unterstuetzt">
          {t('personal.supports', { count: data.supports.length })}
        </h2>
        {data.supports.length ? (
          <ul class="kern-list">
            {data.supports.map((s) => (
              <li>
                <a
                  class="kern-link"
                  href={proposalLink(s.proposalId)}
                  lang={writtenLang(ctx, s.titleLanguage)}
                >
                  {s.title}
                </a>{' '}
                <span class="meta">
                  ({s.proposal}, {t('personal.supportedOn', { date: formatDate(lang, s.createdAt) })})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">
            {t('personal.noSupports')}{' '}
            <a class="kern-link" href="/mitmachen/vorschlaege">
              {t('personal.browse')}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="kommentare">
        <h2 class="kern-heading-medium" id="kommentare">
          {t('personal.comments', { count: data.comments.length })}
        </h2>
        {data.comments.length ? (
          <ul class="entry-list">
            {data.comments.slice(0, 50).map((c) => (
              <li class="entry">
                <p class="kern-preline">
                  {formatDate(lang, c.createdAt)} · {t(`personal.commentState.${c.state}`)}
                </p>
                <p class="kern-body">
                  <a
                    class="kern-link"
                    href={proposalLink(c.proposalId)}
                    lang={writtenLang(ctx, c.titleLanguage)}
                  >
                    {c.title}
                  </a>
                </p>
                <p class="kern-body kern-preline-text" lang={writtenLang(ctx, c.language)}>
                  {c.body}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('personal.noComments')}</p>
        )}
      </section>

      <section aria-labelledby="benachrichtigungen">
        <h2 class="kern-heading-medium" id="benachrichtigungen">
          {t('personal.follows')}
        </h2>
        {data.follows.length ? (
          <>
            <ul class="kern-list">
              {data.follows.map((f) => (
                <li>
                  {f.proposalState === 'published' || f.proposalState === 'merged' ? (
                    <a
                      class="kern-link"
                      href={proposalLink(f.proposalId)}
                      lang={writtenLang(ctx, f.titleLanguage)}
                    >
                      {f.title}
                    </a>
                  ) : (
                    <span>
                      <span lang={writtenLang(ctx, f.titleLanguage)}>{f.title}</span> (
                      {t(`personal.state.${f.proposalState}`)})
                    </span>
                  )}{' '}
                  <span class="meta">
                    ({t(`personal.frequency.${f.frequency}`)}
                    {f.confirmedAt ? '' : `, ${t('personal.unconfirmed')}`})
                  </span>
                </li>
              ))}
            </ul>
            {data.managePath ? (
              <p class="kern-body">
                <a class="kern-link" href={data.managePath}>
                  {t('personal.manageFollows')}
                </a>
              </p>
            ) : null}
          </>
        ) : (
          <p class="kern-body">{t('personal.noFollows')}</p>
        )}
      </section>

      <section aria-labelledby="meine-daten">
        <h2 class="kern-heading-medium" id="meine-daten">
          {t('personal.data')}
        </h2>
        <p class="kern-body">{t('personal.dataIntro')}</p>
        <p class="kern-body">
          <a class="kern-link" href="/mein-bereich/daten.json" download="meine-daten.json">
            {t('personal.download')}
          </a>
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/mein-bereich/passwort">
            {t('passwordChange.link')}
          </a>
        </p>
        {passkeys ? (
          <p class="kern-body">
            <a class="kern-link" href="/mein-bereich/passkeys">
              {t('passkeys.manage')}
            </a>
          </p>
        ) : null}
        {passkeys ? (
          <p class="kern-body">
            <a class="kern-link" href="/mein-bereich/kalender">
              {t('feeds.manage')}
            </a>
          </p>
        ) : null}
        <p class="kern-body">
          {mayDelete ? (
            <a class="kern-link" href="/mein-bereich/konto-loeschen">
              {t('personal.deleteLink')}
            </a>
          ) : (
            t('personal.staffDelete')
          )}
        </p>
      </section>
    </Layout>
  );
}

/** Deleting one's account: what goes, what stays anonymised, the password again. */
export function DeleteAccountPage({
  ctx,
  mayDelete,
  understood,
  errors,
}: {
  ctx: PageCtx;
  mayDelete: boolean;
  understood?: boolean;
  errors?: Errors;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('personal.deleteTitle')}>
      <h1 class="kern-heading-large">{t('personal.deleteTitle')}</h1>
      {mayDelete ? (
        <>
          <p class="kern-body">{t('personal.deleteIntro')}</p>
          <ul class="kern-list">
            <li>{t('personal.deleteGoes')}</li>
            <li>{t('personal.deleteStays')}</li>
            <li>{t('personal.deleteAudit')}</li>
          </ul>
          <p class="kern-body">
            {t('personal.deleteFirst')}{' '}
            <a class="kern-link" href="/mein-bereich/daten.json" download="meine-daten.json">
              {t('personal.download')}
            </a>
          </p>
          <ErrorSummary t={t} errors={errors} />
          <form method="post" action="/mein-bereich/konto-loeschen" class="stack" novalidate>
            <Csrf token={ctx.csrf} />
            <TextField
              t={t}
              name="password"
              type="password"
              label={t('personal.deletePassword')}
              autocomplete="current-password"
              errors={errors}
              required
            />
            <CheckField
              t={t}
              name="understood"
              checked={understood}
              errors={errors}
              label={t('personal.deleteUnderstood')}
            />
            <div class="form-actions">
              <Button>{t('personal.deleteSubmit')}</Button>
              <a class="kern-link" href="/mein-bereich">
                {t('personal.deleteCancel')}
              </a>
            </div>
          </form>
        </>
      ) : (
        <p class="kern-body">{t('personal.staffDelete')}</p>
      )}
    </Layout>
  );
}
