/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { formBody, formFiles } from '../../platform/http/forms.ts';
import { metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import {
  guessMapping,
  loadImport,
  mappingFrom,
  previewImport,
  runImport,
  uploadImport,
} from './import.service.ts';
import { ImportDonePage, ImportReviewPage, ImportUploadPage } from './views/import.tsx';

/** /intern/projekte/import: a portfolio workbook (Excel or CSV) in three steps — upload, map and check, import. */
export function importRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const creators = requirePermission(PROJECT_PERMISSIONS, 'project:create');

  app.get('/intern/projekte/import', creators, (c) => c.html(<ImportUploadPage ctx={pageCtx(c)} />));

  app.post('/intern/projekte/import', creators, async (c) => {
    const [file] = await formFiles(c, 'file');
    if (!file)
      return c.html(
        <ImportUploadPage ctx={pageCtx(c)} errors={{ file: { key: 'import.errors.noFile' } }} />,
        422,
      );
    try {
      const id = await uploadImport(db, c.get('tenant').id, c.get('actor'), {
        name: file.name || 'import',
        bytes: Buffer.from(await file.arrayBuffer()),
      });
      return c.redirect(`/intern/projekte/import/${id}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED')
        return c.html(<ImportUploadPage ctx={pageCtx(c)} errors={err.fields} />, 422);
      throw err;
    }
  });

  // The mapping is in the address (a GET form), so every step works without JavaScript and can be reloaded.
  app.get('/intern/projekte/import/:id{[0-9a-f-]{36}}', creators, async (c) => {
    const tenantId = c.get('tenant').id;
    const { upload, sheet } = await loadImport(db, tenantId, c.get('actor'), c.req.param('id'));
    const query = c.req.query();
    const mapping = Object.keys(query).some((k) => k.startsWith('map_'))
      ? mappingFrom(query, sheet.headers.length)
      : guessMapping(sheet.headers);
    const preview = await previewImport(db, tenantId, sheet, mapping);
    return c.html(
      <ImportReviewPage
        ctx={pageCtx(c)}
        id={upload.id}
        fileName={upload.fileName}
        headers={sheet.headers}
        mapping={mapping}
        preview={preview}
      />,
    );
  });

  app.post('/intern/projekte/import/:id{[0-9a-f-]{36}}', creators, async (c) => {
    const tenantId = c.get('tenant').id;
    const actor = c.get('actor');
    const { upload, sheet } = await loadImport(db, tenantId, actor, c.req.param('id'));
    const body = await formBody(c);
    const mapping = mappingFrom(
      Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])),
      sheet.headers.length,
    );
    try {
      const counts = await runImport(db, tenantId, actor, sheet, mapping, {
        ...metaOf(c),
        uploadId: upload.id,
      });
      const qs = new URLSearchParams({
        neu: String(counts.created),
        geaendert: String(counts.updated),
        unveraendert: String(counts.unchanged),
      });
      return c.redirect(`/intern/projekte/import/fertig?${qs}`, 303);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'VALIDATION_FAILED')) throw err;
      const preview = await previewImport(db, tenantId, sheet, mapping);
      return c.html(
        <ImportReviewPage
          ctx={pageCtx(c)}
          id={upload.id}
          fileName={upload.fileName}
          headers={sheet.headers}
          mapping={mapping}
          preview={preview}
          errors={err.fields}
        />,
        422,
      );
    }
  });

  app.get('/intern/projekte/import/fertig', creators, (c) => {
    const count = (k: string) => Math.max(0, Math.floor(Number(c.req.query(k) ?? 0)) || 0);
    return c.html(
      <ImportDonePage
        ctx={pageCtx(c)}
        counts={{ created: count('neu'), updated: count('geaendert'), unchanged: count('unveraendert') }}
      />,
    );
  });

  return app;
}
