/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppError } from '../../platform/errors.ts';
import { handleForm, readBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { ZNoFields } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { assignFieldsOfAction, fieldSuggestions } from './categorise.service.ts';
import { CONDENSING_PERMISSIONS } from './condensing.policy.ts';
import { ZCategoriseInput } from './condensing.schemas.ts';
import { CategorisePage } from './views/categorise.tsx';

const _PAGE_SIZE = 20;

/** Confirming fields of action with the suggester's help. */
export function categoriseRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const _secret = deps.config.sessionSecret;

  const categorisers = requirePermission(CONDENSING_PERMISSIONS, 'proposal:categorise');
  const CONFIDENT = 0.8;

  const categorisePage = async (c: Ctx, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const [{ rows, trained, training }, strategy] = await Promise.all([
      fieldSuggestions(db, tenant.id, actorOf(c)),
      cachedStrategy(deps, tenant.id),
    ]);
    const fields = fieldOptions(strategy);
    return c.html(
      <CategorisePage
        ctx={pageCtx(c)}
        rows={rows}
        trained={trained}
        training={training}
        fields={fields}
        threshold={CONFIDENT}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/themenfelder', categorisers, (c) => categorisePage(c));

  app.post('/intern/themenfelder', categorisers, async (c) => {
    const tenant = c.get('tenant');
    const form = await readBody(c, ZCategoriseInput);
    // "Apply the confident ones" is recomputed here, so only what the model is sure of is applied.
    const choices = form.confident
      ? (await fieldSuggestions(db, tenant.id, actorOf(c), { waitMs: 120_000 })).rows
          .filter((r) => r.suggestion && r.suggestion.confidence >= CONFIDENT)
          .map((r) => ({ proposalId: r.id, fieldOfActionId: r.suggestion!.label }))
      : form.choices;
    return handleForm(c, ZNoFields, {
      values: {},
      action: () => assignFieldsOfAction(db, tenant.id, actorOf(c), choices, metaOf(c)),
      done: () => '/intern/themenfelder?hinweis=saved',
      failed: (_values, errors) => categorisePage(c, errors),
    });
  });

  return app;
}
