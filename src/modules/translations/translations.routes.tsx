/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, type FormValues, handleForm, textValues } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import type { TranslatableSubject } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import { TRANSLATION_PERMISSIONS } from './translations.policy.ts';
import {
  ZGlossaryInput,
  ZReviewTranslationInput,
  ZTranslationKey,
  ZTranslationListQuery,
} from './translations.schemas.ts';
import {
  addGlossaryEntry,
  glossary,
  removeGlossaryEntry,
  resumeTranslations,
  reviewTranslation,
  translationForEdit,
  translationOverview,
  translationStatus,
} from './translations.service.ts';
import {
  editHref,
  GlossaryPage,
  listReturn,
  TranslationEditPage,
  TranslationsPage,
  withNotice,
} from './views/translations.tsx';

/** /intern/uebersetzungen: this month's machine translation, review and correction, the glossary. */
export function translationsRoutes(deps: Deps, subjects: readonly TranslatableSubject[]) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const reviewers = requirePermission(TRANSLATION_PERMISSIONS, 'translation:review');

  app.get('/intern/uebersetzungen', reviewers, async (c) => {
    const query = ZTranslationListQuery.parse(c.req.query());
    const tenant = c.get('tenant');
    const type = subjects.some((s) => s.type === query.art) ? query.art : undefined;
    const [status, list] = await Promise.all([
      translationStatus(deps, tenant.id),
      translationOverview(
        db,
        subjects,
        tenant.id,
        c.get('actor'),
        { lang: query.sprache, review: query.pruefen, type },
        query.seite,
      ),
    ]);
    return c.html(
      <TranslationsPage
        ctx={pageCtx(c)}
        subjects={subjects}
        status={status}
        list={list}
        page={query.seite}
        filter={{ lang: query.sprache ?? '', review: query.pruefen, type: type ?? '' }}
      />,
    );
  });

  app.post('/intern/uebersetzungen/fortsetzen', reviewers, async (c) => {
    await resumeTranslations(deps, c.get('tenant').id, actorOf(c), metaOf(c));
    return c.redirect('/intern/uebersetzungen?hinweis=saved', 303);
  });

  const keyOf = (c: Ctx) => {
    const key = ZTranslationKey.safeParse({
      type: c.req.param('type'),
      id: c.req.param('id'),
      field: c.req.param('field'),
      lang: c.req.param('lang'),
    });
    if (!key.success) throw new AppError('NOT_FOUND', 'No such translation.');
    return key.data;
  };

  const editPage = async (c: Ctx, values?: FormValues, errors?: FormErrors) => {
    const key = keyOf(c);
    const { original, translation } = await translationForEdit(
      db,
      subjects,
      c.get('tenant').id,
      c.get('actor'),
      key,
    );
    return c.html(
      <TranslationEditPage
        ctx={pageCtx(c)}
        subjects={subjects}
        target={key.lang}
        subjectType={key.type}
        field={key.field}
        original={original}
        translation={translation}
        action={editHref(
          { subjectType: key.type, subjectId: key.id, field: key.field, lang: key.lang },
          listReturn(c.req.query('zurueck')),
        )}
        back={listReturn(c.req.query('zurueck'))}
        values={{ text: typeof values?.text === 'string' ? values.text : (translation?.text ?? '') }}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/uebersetzungen/:type/:id/:field/:lang', reviewers, (c) => editPage(c));

  app.post('/intern/uebersetzungen/:type/:id/:field/:lang', reviewers, (c) =>
    handleForm(c, ZReviewTranslationInput, {
      action: (input) =>
        reviewTranslation(db, subjects, c.get('tenant').id, actorOf(c), keyOf(c), input, metaOf(c)),
      done: () => withNotice(listReturn(c.req.query('zurueck')), 'saved'),
      failed: (values, errors) => editPage(c, values, errors),
    }),
  );

  const glossaryPage = async (c: Ctx, values: FormValues = {}, errors?: FormErrors) =>
    c.html(
      <GlossaryPage
        ctx={pageCtx(c)}
        entries={await glossary(db, c.get('tenant').id, c.get('actor'))}
        values={textValues(values)}
        errors={errors}
      />,
      errors ? 422 : 200,
    );

  app.get('/intern/uebersetzungen/glossar', reviewers, (c) => glossaryPage(c));

  app.post('/intern/uebersetzungen/glossar', reviewers, (c) =>
    handleForm(c, ZGlossaryInput, {
      action: (input) => addGlossaryEntry(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/uebersetzungen/glossar?hinweis=created',
      failed: (values, errors) => glossaryPage(c, values, errors),
    }),
  );

  app.post('/intern/uebersetzungen/glossar/:id/entfernen', reviewers, async (c) => {
    await removeGlossaryEntry(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect('/intern/uebersetzungen/glossar?hinweis=saved', 303);
  });

  return app;
}
