/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { assignFieldsOfAction, fieldSuggestions } from './categorise.service.ts';
import { CONDENSING_PERMISSIONS } from './condensing.policy.ts';
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
    const [{ rows, trained }, strategy] = await Promise.all([
      fieldSuggestions(db, tenant.id, actorOf(c)),
      cachedStrategy(deps, tenant.id),
    ]);
    const fields = fieldOptions(strategy);
    return c.html(
      <CategorisePage
        ctx={pageCtx(c)}
        rows={rows}
        trained={trained}
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
    const body = await formBody(c);
    let choices: { proposalId: string; fieldOfActionId: string }[];
    if (field(body, 'action') === 'confident') {
      // Recomputed here, so only what the model is sure of is applied, whatever the form says.
      const { rows } = await fieldSuggestions(db, tenant.id, actorOf(c));
      choices = rows
        .filter((r) => r.suggestion && r.suggestion.confidence >= CONFIDENT)
        .map((r) => ({ proposalId: r.id, fieldOfActionId: r.suggestion!.label }));
    } else {
      choices = fields(body, 'ids').map((id) => ({
        proposalId: id,
        fieldOfActionId: field(body, `field-${id}`),
      }));
    }
    try {
      await assignFieldsOfAction(db, tenant.id, actorOf(c), choices, metaOf(c));
      return c.redirect('/intern/themenfelder?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return categorisePage(c, err.fields);
    }
  });

  return app;
}
