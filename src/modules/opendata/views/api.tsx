/** @jsxImportSource hono/jsx */
import type { ApiDocument, ApiSchema } from '../../../platform/http/types.ts';
import { TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** "Project", "array of Project", "string (date-time)", "one of: a, b" — a schema said in a few words. */
function typeOf(s: ApiSchema | undefined): string {
  if (!s) return '';
  if (s.$ref) return s.$ref.split('/').at(-1) ?? '';
  if (s.enum) return s.enum.map(String).join(' | ');
  const type = Array.isArray(s.type) ? s.type.filter((x) => x !== 'null').join(' | ') : (s.type ?? '');
  const nullable = Array.isArray(s.type) && s.type.includes('null') ? ' | null' : '';
  if (type === 'array') return `${typeOf(s.items)}[]${nullable}`;
  return `${type}${s.format ? ` (${s.format})` : ''}${nullable}`;
}

/**
 * A schema's own fields with those of the schemas it is made of (allOf), so that a type built on another
 * (ProjectDetail on Project) lists all its fields.
 */
function withParts(s: ApiSchema, schemas: Record<string, ApiSchema>, seen = new Set<string>()): ApiSchema {
  if (!s.allOf) return s;
  const properties: Record<string, ApiSchema> = {};
  const required: string[] = [];
  for (const part of [...s.allOf, { ...s, allOf: undefined }]) {
    const name = part.$ref?.split('/').at(-1);
    if (name && seen.has(name)) continue;
    if (name) seen.add(name);
    const resolved = name ? schemas[name] : part;
    if (!resolved) continue;
    const flat = withParts(resolved, schemas, seen);
    Object.assign(properties, flat.properties ?? {});
    required.push(...(flat.required ?? []));
  }
  return { ...s, allOf: undefined, type: 'object', properties, required };
}

const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A type name that is a schema of the document links to its description further down. */
function TypeName({
  schema,
  schemas,
}: {
  schema: ApiSchema | undefined;
  schemas: Record<string, ApiSchema>;
}) {
  const text = typeOf(schema);
  const ref = schema?.$ref ?? schema?.items?.$ref;
  const name = ref?.split('/').at(-1);
  return name && schemas[name] ? (
    <a class="kern-link" href={`#${anchor(name)}`}>
      <code>{text}</code>
    </a>
  ) : (
    <code>{text}</code>
  );
}

/** The API's own texts (its document) are English, like its paths and fields (CONVENTIONS: /api/v1 in English). */
const DOC_LANG = 'en';

/**
 * The API reference, readable: every operation with its parameters and answers, then every data type with
 * its fields — rendered on the server from the same OpenAPI document as /api/v1/openapi.json.
 */
export function ApiReferencePage({ ctx, doc }: { ctx: PageCtx; doc: ApiDocument }) {
  const { t } = ctx;
  const schemas = doc.components?.schemas ?? {};
  const base = doc.servers?.[0]?.url ?? '/api/v1';
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item?.[m] ? [{ path, method: m, op: item[m]! }] : [])),
  );
  return (
    <Layout ctx={ctx} title={t('api.title')}>
      <h1 class="kern-heading-large">{t('api.title')}</h1>
      <p class="kern-body" lang={DOC_LANG}>
        {doc.info.description}
      </p>
      {ctx.lang === DOC_LANG ? null : <p class="kern-body">{t('api.inEnglish')}</p>}
      <ul class="kern-list">
        <li>
          {t('api.base')} <code class="url">{base}</code>
        </li>
        <li>
          {t('api.version', { version: doc.info.version })}{' '}
          <a class="kern-link" href="/api/v1/openapi.json">
            {t('api.document')}
          </a>
        </li>
        <li>{t('api.errors')}</li>
      </ul>
      <nav aria-labelledby="api-ops">
        <h2 class="kern-heading-medium" id="api-ops">
          {t('api.operations', { count: operations.length })}
        </h2>
        <ul class="kern-list">
          {operations.map(({ path, method, op }, i) => (
            <li>
              <a class="kern-link" href={`#op-${i}`}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </a>
              {op.summary ? (
                <>
                  {' – '}
                  <span lang={DOC_LANG}>{op.summary}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, op }, i) => (
        <section aria-labelledby={`op-${i}`} class="api-op">
          <h3 class="kern-heading-small" id={`op-${i}`}>
            <code class="url">
              {method.toUpperCase()} {path}
            </code>
          </h3>
          {op.summary ? (
            <p class="kern-body kern-body--bold" lang={DOC_LANG}>
              {op.summary}
            </p>
          ) : null}
          {op.description ? (
            <p class="kern-body" lang={DOC_LANG}>
              {op.description}
            </p>
          ) : null}
          {op.parameters?.length ? (
            <TableScroll label={t('api.parameters')}>
              <table class="kern-table">
                <caption>{t('api.parameters')}</caption>
                <thead>
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">
                      {t('api.name')}
                    </th>
                    <th scope="col" class="kern-table__header">
                      {t('api.in')}
                    </th>
                    <th scope="col" class="kern-table__header">
                      {t('api.type')}
                    </th>
                    <th scope="col" class="kern-table__header">
                      {t('api.meaning')}
                    </th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {op.parameters.map((p) => (
                    <tr class="kern-table__row">
                      <th scope="row" class="kern-table__cell">
                        <code>{p.name}</code>
                        {p.required ? ` (${t('api.required')})` : ''}
                      </th>
                      <td class="kern-table__cell">{p.in}</td>
                      <td class="kern-table__cell">
                        <TypeName schema={p.schema} schemas={schemas} />
                      </td>
                      <td class="kern-table__cell" lang={DOC_LANG}>
                        {p.description ?? p.schema?.description ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <h4 class="kern-heading-x-small">{t('api.responses')}</h4>
          <ul class="kern-list">
            {Object.entries(op.responses ?? {}).map(([status, r]) => {
              const schema = Object.values(r.content ?? {})[0]?.schema;
              return (
                <li>
                  <code>{status}</code> <span lang={DOC_LANG}>{r.description ?? ''}</span>
                  {schema ? (
                    <>
                      {' '}
                      – <TypeName schema={schema} schemas={schemas} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <h2 class="kern-heading-medium">{t('api.schemas')}</h2>
      {Object.entries(schemas).map(([name, declared]) => {
        const schema = withParts(declared, schemas);
        return (
          <section aria-labelledby={anchor(name)}>
            <h3 class="kern-heading-small" id={anchor(name)}>
              <code>{name}</code>
            </h3>
            {schema.description ? (
              <p class="kern-body" lang={DOC_LANG}>
                {schema.description}
              </p>
            ) : null}
            {schema.properties ? (
              <TableScroll label={t('api.fieldsOf', { name })}>
                <table class="kern-table">
                  <caption>{t('api.fieldsOf', { name })}</caption>
                  <thead>
                    <tr class="kern-table__row">
                      <th scope="col" class="kern-table__header">
                        {t('api.field')}
                      </th>
                      <th scope="col" class="kern-table__header">
                        {t('api.type')}
                      </th>
                      <th scope="col" class="kern-table__header">
                        {t('api.meaning')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="kern-table__body">
                    {Object.entries(schema.properties).map(([field, f]) => (
                      <tr class="kern-table__row">
                        <th scope="row" class="kern-table__cell">
                          <code>{field}</code>
                          {schema.required?.includes(field) ? '' : ` (${t('api.optional')})`}
                        </th>
                        <td class="kern-table__cell">
                          <TypeName schema={f} schemas={schemas} />
                        </td>
                        <td class="kern-table__cell" lang={DOC_LANG}>
                          {f.description ?? ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <p class="kern-body">
                <TypeName schema={schema} schemas={schemas} />
              </p>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
