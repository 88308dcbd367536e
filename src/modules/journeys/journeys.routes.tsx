/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { ClientErrorStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { handleForm, readForm, textValues } from '../../platform/http/forms.ts';
import { hitFormLimit, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { followJourney } from '../../platform/journey.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { translateRecords, translationLookup } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import {
  ZCommentInput,
  ZReplyTarget,
  ZReportInput,
  ZReportTarget,
  ZSupportInput,
} from '../comments/comments.schemas.ts';
import {
  addComment,
  commentThreads,
  hasSupported,
  reportContent,
  supportCounts,
  supportProposal,
  withdrawSupport,
} from '../comments/comments.service.ts';
import { attachmentsOf } from '../proposals/attachments.service.ts';
import { ZAnswerInput, ZProposalListQuery } from '../proposals/proposals.schemas.ts';
import {
  answerProposal,
  canAnswerProposals,
  getProposal,
  hasSearchWords,
  listProcesses,
  lookupReference,
} from '../proposals/proposals.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import { ZFollowInput } from '../subscriptions/subscriptions.schemas.ts';
import { followingOf, followProposal } from '../subscriptions/subscriptions.service.ts';
import { workshopOfProposal } from '../workshops/workshops.service.ts';
import { publicProposals, searchSuggestion } from './journeys.service.ts';
import { ProposalListPage } from './views/list.tsx';
import { type PageForm, ProposalPage } from './views/proposal.tsx';

const PAGE_SIZE = 20;

/**
 * The published proposals with their supports, and a proposal's page with its journey ("What happened to
 * my proposal?"): submitted ▸ published, then what the later stages' modules contribute through their
 * manifests (idea ▸ project ▸ latest approved status ▸ progress report), with supports, comments,
 * following and reporting.
 */
export function journeysRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/mitmachen/vorschlaege', async (c) => {
    const tenant = c.get('tenant');
    const query = ZProposalListQuery.catch({ q: '', page: 1 }).parse(c.req.query());
    const [processes, strategy] = await Promise.all([
      listProcesses(db, tenant.id),
      cachedStrategy(deps, tenant.id, c.get('lang')),
    ]);
    const process = processes.find((p) => p.slug === query.process);
    const fields = strategy.flatMap((p) =>
      p.fields.map((f) => ({ ...f, pillar: p.name, pillarLang: p.nameLang })),
    );
    const field = fields.find((f) => f.key === query.field);
    // Newest first, so an import of thousands of old contributions does not bury today's; best match
    // first when searching, unless another order is chosen.
    // Signs alone ('"') search nothing: the list is newest first, and says so.
    const searching = hasSearchWords(query.q);
    const sort =
      query.sort === 'relevance' && !searching
        ? 'newest'
        : (query.sort ?? (searching ? 'relevance' : 'newest'));
    const listFilter = {
      q: query.q,
      processId: process?.id,
      fieldOfActionId: field?.id,
      standing: query.state,
      authorKind: query.author,
      sort,
      limit: PAGE_SIZE,
      offset: (query.page - 1) * PAGE_SIZE,
    };
    // A reference from the confirmation: a public proposal opens at once; for any other, the page says
    // where it stands (waiting, not public) or that there is none, instead of "nothing found".
    const looked = await lookupReference(db, tenant.id, query.q);
    if (looked?.state === 'public') return c.redirect(`/mitmachen/vorschlaege/${looked.id}`, 303);
    const { rows, total, totalIsLowerBound } = await publicProposals(db, tenant.id, listFilter);
    const pending = total === 0 ? looked : undefined;
    if (total === 0 && query.q && !pending) c.set('searchMiss', query.q);
    // Nothing found: the same search with mistyped words corrected, when that finds something.
    const suggestion =
      total === 0 && query.q && !pending ? await searchSuggestion(db, tenant.id, listFilter) : undefined;
    return c.html(
      <ProposalListPage
        ctx={pageCtx(c)}
        pending={pending}
        suggestion={suggestion}
        filter={{
          q: query.q,
          process: process?.slug ?? '',
          field: field?.key ?? '',
          state: query.state ?? '',
          author: query.author ?? '',
          sort,
        }}
        processes={processes}
        fields={fields.map((f) => ({
          value: f.key,
          label: `${f.pillar}: ${f.name}`,
          lang: f.pillarLang === f.nameLang ? f.nameLang : 'de',
        }))}
        rows={
          await translateRecords(
            db,
            tenant.id,
            'proposal',
            rows,
            ['title', 'body'],
            c.get('lang'),
            (r) => r.language,
            { original: c.req.query('original') === '1' },
          )
        }
        original={c.req.query('original') === '1'}
        total={total}
        totalIsLowerBound={totalIsLowerBound}
        page={query.page}
        pageSize={PAGE_SIZE}
      />,
    );
  });

  /** The proposal page; a form on it that failed comes back with what was typed and the messages. */
  const proposalPage = async (c: Ctx, id: string, form?: PageForm, status: ClientErrorStatusCode = 422) => {
    const tenant = c.get('tenant');
    const actor = c.get('actor');
    const p = await getProposal(db, tenant.id, actor, id);
    // Moderators and authors see proposals the public cannot: their addresses stay out of the statistics.
    if (p.state !== 'published' && p.state !== 'merged') c.set('uncounted', true);
    const [processes, journey, attachments, counts, supported, comments, workshop, following] =
      await Promise.all([
        p.processId ? listProcesses(db, tenant.id) : Promise.resolve([]),
        // What the modules of the later stages tell about it, through their manifests.
        followJourney(
          deps.modules.flatMap((m) => m.journey ?? []),
          { db, tenantId: tenant.id, actor, t: c.get('t'), lang: c.get('lang') },
          { type: 'proposal', id: p.id },
        ),
        attachmentsOf(db, tenant.id, p.id),
        supportCounts(db, tenant.id, [p.id]),
        hasSupported(db, tenant.id, actor, p.id),
        commentThreads(db, tenant.id, p.id),
        workshopOfProposal(db, tenant.id, p.id),
        followingOf(db, deps.config.sessionSecret, tenant.id, p.id, actor),
      ]);
    const process = processes.find((x) => x.id === p.processId);
    // The texts in the reader's language where a translation exists; `?original=1` shows them as written.
    const original = c.req.query('original') === '1';
    // One look-up for the proposal, the city's answer and the comments, each in its own language.
    const flat = comments.flatMap((x) => [x, ...x.replies]);
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'proposal', records: [{ id: p.id, lang: p.language }] },
        { type: 'proposal_answer', records: p.answerText ? [{ id: p.id }] : [] },
        { type: 'comment', records: flat.map((x) => ({ id: x.id, lang: x.language })) },
      ],
      { original },
    );
    const shownComment = (x: (typeof flat)[number]) => ({
      ...x,
      shown: texts.shown('comment', x.id, 'body', x.body, x.language),
    });
    return c.html(
      <ProposalPage
        ctx={pageCtx(c)}
        data={{
          proposal: {
            ...p,
            processTitle: process?.title ?? null,
            attribution: process?.attribution ?? null,
            workshop: workshop ? { title: workshop.title, heldOn: workshop.heldOn } : null,
          },
          shown: {
            title: texts.shown('proposal', p.id, 'title', p.title, p.language),
            body: texts.shown('proposal', p.id, 'body', p.body, p.language),
            answer: texts.shown('proposal_answer', p.id, 'text', p.answerText ?? ''),
            original,
          },
          journey,
          attachments,
          supports: counts.get(p.id) ?? 0,
          supported,
          comments: comments.map((x) => ({ ...shownComment(x), replies: x.replies.map(shownComment) })),
          form,
          canAnswer: canAnswerProposals(actor) && (p.state === 'published' || p.state === 'merged'),
          following,
        }}
      />,
      form ? status : 200,
    );
  };

  /**
   * A form of the proposal page: success ▸ back to the page with a notice; bad input or too many tries ▸
   * the page with the form's input and messages. `names` maps schema keys to the page's field names.
   */
  const pageForm = <S extends z.ZodType>(
    c: Ctx,
    name: PageForm['name'],
    schema: S,
    run: (input: z.output<S>) => Promise<string>,
    names: Record<string, string> = {},
  ) => {
    const id = c.req.param('id') ?? '';
    return handleForm(c, schema, {
      names,
      action: run,
      done: (notice) => `/mitmachen/vorschlaege/${id}?hinweis=${notice}`,
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? { _form: { key: 'participate.tooOften' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (values, errors, status) =>
        proposalPage(c, id, { name, values: textValues(values), errors }, status),
    });
  };

  // A reference typed into the address (the confirmation's V-…): its proposal when public, else the
  // search, which says where it stands.
  app.get('/mitmachen/vorschlaege/:ref{[Vv]-[A-Za-z0-9]{6}}', async (c) => {
    const ref = c.req.param('ref').toUpperCase();
    const looked = await lookupReference(db, c.get('tenant').id, ref);
    return c.redirect(
      looked?.state === 'public' ? `/mitmachen/vorschlaege/${looked.id}` : `/mitmachen/vorschlaege?q=${ref}`,
      303,
    );
  });

  app.get('/mitmachen/vorschlaege/:id', (c) => proposalPage(c, c.req.param('id')));

  app.post('/mitmachen/vorschlaege/:id/folgen', (c) => {
    const tenant = c.get('tenant');
    return pageForm(c, 'follow', ZFollowInput, async (input) => {
      await hitFormLimit(db, c, deps.config.trustProxy, `follow:${tenant.id}`, RATE_RULES.follow);
      const sub = await followProposal(deps, tenant, c.get('actor'), c.req.param('id'), input, c.get('lang'));
      return sub.confirmedAt ? 'followed' : 'follow-requested';
    });
  });

  app.post('/mitmachen/vorschlaege/:id/unterstuetzen', async (c) => {
    const tenant = c.get('tenant');
    const { action, notify } = await readForm(c, ZSupportInput);
    if (action === 'withdraw') {
      await withdrawSupport(db, tenant.id, c.get('actor'), c.req.param('id'));
      return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=withdrawn`, 303);
    }
    await supportProposal(db, tenant.id, c.get('actor'), c.req.param('id'), {
      notify,
      frequency: 'immediate',
      lang: c.get('lang'),
    });
    return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=supported`, 303);
  });

  app.post('/mitmachen/vorschlaege/:id/kommentare', async (c) => {
    const tenant = c.get('tenant');
    // A reply's text field carries the comment it answers in its name (one form per comment).
    const { parentId } = await readForm(c, ZReplyTarget);
    return pageForm(
      c,
      'comment',
      ZCommentInput,
      async (input) => {
        if (c.get('actor'))
          await hitRateLimit(db, `comment:${tenant.id}:${c.get('actor')!.accountId}`, RATE_RULES.comment);
        await addComment(db, tenant.id, c.get('actor'), c.req.param('id'), input, metaOf(c));
        return 'comment-submitted';
      },
      parentId ? { body: `reply-${parentId}` } : {},
    );
  });

  app.post('/mitmachen/vorschlaege/:id/antwort', (c) =>
    pageForm(c, 'answer', ZAnswerInput, async (input) => {
      await answerProposal(db, c.get('tenant').id, c.get('actor'), c.req.param('id'), input, metaOf(c));
      return 'answered';
    }),
  );

  app.post('/mitmachen/vorschlaege/:id/melden', async (c) => {
    const tenant = c.get('tenant');
    // Each reported item has its own reason field.
    const { entityId } = await readForm(c, ZReportTarget);
    return pageForm(
      c,
      'report',
      ZReportInput,
      async (input) => {
        await hitFormLimit(db, c, deps.config.trustProxy, `report:${tenant.id}`, RATE_RULES.report);
        await reportContent(db, tenant.id, c.get('actor'), input, metaOf(c));
        return 'reported';
      },
      { reason: `reason-${entityId}` },
    );
  });

  return app;
}
