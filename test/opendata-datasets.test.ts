import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { DataFactory, Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, agendas, agendaVersions } from '../src/modules/agendas/agendas.table.ts';
import { projectBudgets } from '../src/modules/delivery/delivery.table.ts';
import { tenants } from '../src/modules/orgs/orgs.table.ts';
import { milestones, projects } from '../src/modules/projects/projects.table.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { progressReportItems, progressReports } from '../src/modules/reports/reports.table.ts';
import { statusReports } from '../src/modules/reviews/reviews.table.ts';
import { maturityLevels, maturityModels, onlineServices } from '../src/modules/services/services.table.ts';
import { kpiMeasurements, kpis } from '../src/modules/strategy/strategy.table.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createOpenCycle, createProjectFixture } from './fixtures/projects.ts';
import { testDatabase } from './helpers.ts';
import { rawRequest, serveOnSocket } from './socket.ts';

const SHAPES = join(import.meta.dirname, 'fixtures/dcat-ap-de');

/** Turtle, RDF/XML or JSON-LD into a store of quads. */
async function graph(body: string, format: 'ttl' | 'rdf' | 'jsonld') {
  const store = new Store();
  if (format === 'ttl') {
    store.addQuads(new Parser({ format: 'text/turtle' }).parse(body));
    return store;
  }
  const parser = format === 'rdf' ? new RdfXmlParser({ dataFactory: DataFactory }) : new JsonLdParser();
  await new Promise<void>((resolve, reject) => {
    parser.on('data', (q) => store.addQuad(q));
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.write(body);
    parser.end();
  });
  return store;
}

/** The quads with blank nodes named by what they are about, so graphs from two syntaxes compare. */
const canonical = (s: Store) =>
  s
    .getQuads(null, null, null, null)
    .map((q) =>
      [q.subject, q.predicate, q.object]
        .map((t) =>
          t.termType === 'BlankNode'
            ? '_:b'
            : t.termType === 'Literal'
              ? JSON.stringify([t.value, t.language, t.datatype.value])
              : t.value,
        )
        .join(' '),
    )
    .sort();

describe('open data of the whole lifecycle, and its DCAT-AP.de catalogue', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { host: f.host, path, headers });
  const csv = async (path: string) =>
    parse((await get(path)).body, { columns: true }) as Record<string, string>[];
  let publicId: string;
  let internalId: string;

  beforeAll(async () => {
    const { db } = await testDatabase();
    f = await createOrgFixture(db);
    await db
      .update(tenants)
      .set({
        settings: {
          cityName: 'Testhausen',
          regionalKey: '05314000',
          legalNotice: { organisation: 'Stadt', address: 'Markt 1', email: 'daten@test.example' },
        },
      })
      .where(eq(tenants.id, f.tenant.id));
    const pub = await createProjectFixture(db, f, { title: 'Öffentliches Projekt' });
    const internal = await createProjectFixture(db, f, { title: 'Internes Projekt', visibility: 'internal' });
    publicId = pub.project.id;
    internalId = internal.project.id;
    const cycle = await createOpenCycle(db, f, '2026-Q3');
    const later = await createOpenCycle(db, f, '2026-Q4');
    await db.insert(statusReports).values([
      {
        tenantId: f.tenant.id,
        projectId: publicId,
        cycleId: cycle.id,
        overallStatus: 'at_risk',
        progress: 40,
        summary: 'Freigegebener Stand',
        nextSteps: 'Ausschreibung',
        state: 'approved_office',
        reviewedAt: new Date('2026-10-05T10:00:00Z'),
      },
      {
        tenantId: f.tenant.id,
        projectId: publicId,
        cycleId: later.id,
        overallStatus: 'off_track',
        progress: 45,
        summary: 'Noch nicht freigegeben',
        state: 'submitted',
      },
      {
        tenantId: f.tenant.id,
        projectId: internalId,
        cycleId: cycle.id,
        overallStatus: 'on_track',
        progress: 90,
        summary: 'Intern freigegeben',
        state: 'approved_office',
        reviewedAt: new Date(),
      },
    ]);
    await db.insert(milestones).values([
      { tenantId: f.tenant.id, projectId: publicId, title: 'Pilot im Bürgerbüro', dueOn: '2027-03-31' },
      { tenantId: f.tenant.id, projectId: internalId, title: 'Interner Meilenstein', dueOn: '2027-01-31' },
    ]);
    await db.insert(projectBudgets).values([
      { tenantId: f.tenant.id, projectId: publicId, year: 2026, planned: '120000.50', spent: '80000' },
      { tenantId: f.tenant.id, projectId: publicId, year: 2027, planned: '60000', spent: '0' },
      { tenantId: f.tenant.id, projectId: internalId, year: 2026, planned: '999999', spent: '0' },
    ]);
    const [kpi] = await db
      .insert(kpis)
      .values({
        tenantId: f.tenant.id,
        key: 'online-quote',
        name: 'Anteil online',
        definition: 'Anteil der Leistungen, die online beantragt werden können',
        unit: '%',
        method: 'Zählung',
        source: 'Leistungskatalog',
        baseline: 20,
        baselineYear: 2022,
        target: 80,
        targetYear: 2030,
        direction: 'increase',
      })
      .returning();
    await db.insert(kpiMeasurements).values([
      { tenantId: f.tenant.id, kpiId: kpi!.id, measuredOn: '2025-12-31', value: 35.5 },
      { tenantId: f.tenant.id, kpiId: kpi!.id, measuredOn: '2026-06-30', value: 41 },
    ]);
    const [model] = await db
      .insert(maturityModels)
      .values({ tenantId: f.tenant.id, key: 'ozg', name: 'OZG', active: true })
      .returning();
    await db.insert(maturityLevels).values(
      [0, 1, 2, 3, 4].map((level) => ({
        tenantId: f.tenant.id,
        modelId: model!.id,
        level,
        name: `Stufe ${level}`,
        description: '',
      })),
    );
    await db.insert(onlineServices).values({
      tenantId: f.tenant.id,
      leikaKey: '99050012104000',
      name: 'Wohnsitz anmelden',
      officeId: f.officeA.id,
      url: 'https://termine.test.example',
      modelId: model!.id,
      level: 3,
    });
    const [agenda] = await db
      .insert(agendas)
      .values({
        tenantId: f.tenant.id,
        year: 2026,
        state: 'adopted',
        decisionDate: '2026-03-12',
        decisionReference: '260123',
        adoptedVersion: 1,
      })
      .returning();
    const [version] = await db
      .insert(agendaVersions)
      .values({
        tenantId: f.tenant.id,
        agendaId: agenda!.id,
        version: 1,
        title: 'Agenda 2026',
        introduction: 'Einleitung',
      })
      .returning();
    await db.insert(agendaItems).values([
      {
        tenantId: f.tenant.id,
        versionId: version!.id,
        subjectType: 'project',
        subjectId: publicId,
        position: 1,
      },
      {
        tenantId: f.tenant.id,
        versionId: version!.id,
        subjectType: 'project',
        subjectId: internalId,
        position: 2,
      },
      {
        tenantId: f.tenant.id,
        versionId: version!.id,
        subjectType: 'idea',
        subjectId: pub.idea.id,
        position: 3,
      },
    ]);
    const [report] = await db
      .insert(progressReports)
      .values({
        tenantId: f.tenant.id,
        slug: 'fortschritt-2026-q3',
        title: 'Fortschrittsbericht 2026-Q3',
        cycleId: cycle.id,
        summary: 'Gut vorangekommen',
        state: 'published',
        publishedAt: new Date('2026-10-20T08:00:00Z'),
      })
      .returning();
    await db.insert(progressReportItems).values({
      tenantId: f.tenant.id,
      reportId: report!.id,
      projectId: publicId,
      position: 1,
      overallStatus: 'at_risk',
      progress: 40,
      statusSummary: 'Freigegebener Stand',
    });
    await db.insert(progressReports).values({
      tenantId: f.tenant.id,
      slug: 'entwurf',
      title: 'Entwurf',
      cycleId: later.id,
      state: 'draft',
    });
    server = await serveOnSocket({ responseCache: true });
  });
  afterAll(() => server.close());

  it('lists every data set, each with its own page describing fields, order and licence', async () => {
    const index = await get('/daten');
    for (const slug of [
      'vorschlaege',
      'projektideen',
      'projekte',
      'meilensteine',
      'statusberichte',
      'budgets',
      'kennzahlen',
      'kennzahlen-messwerte',
      'onlinedienste',
      'agenda',
      'berichte',
    ])
      expect(index.body).toContain(`href="/daten/${slug}"`);
    expect(index.body).toContain('href="/daten/katalog.ttl"');
    const page = await get('/daten/projekte');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<code>owner_office</code>');
    expect(page.body).toContain('modified_since');
    expect(page.body).toContain('dl-de/by-2-0');
    const en = await get('/en/daten/statusberichte');
    expect(en.body).toContain('Approved status reports');
    expect((await get('/daten/gibt-es-nicht')).status).toBe(404);
  });

  it('publishes public projects with their approved status only, and nothing of internal ones', async () => {
    const rows = await csv('/daten/projekte.csv');
    expect(rows.map((r) => r.title)).toEqual(['Öffentliches Projekt']);
    expect(rows[0]).toMatchObject({
      status: 'at_risk',
      progress: '40',
      status_period: '2026-Q3',
      phase: expect.any(String),
    });
    expect(rows[0]!.proposals).toMatch(/\S/);
    const statuses = await csv('/daten/statusberichte.csv');
    expect(statuses.map((r) => r.summary)).toEqual(['Freigegebener Stand']);
    expect(statuses[0]).toMatchObject({
      period_starts_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      next_steps: 'Ausschreibung',
    });
    expect((await csv('/daten/meilensteine.csv')).map((r) => [r.title, r.due_on])).toEqual([
      ['Pilot im Bürgerbüro', '2027-03-31'],
    ]);
    expect((await csv('/daten/budgets.csv')).map((r) => [r.year, r.planned, r.spent])).toEqual([
      ['2026', '120000.5', '80000'],
      ['2027', '60000', '0'],
    ]);
    const agenda = await csv('/daten/agenda.csv');
    expect(agenda.map((r) => [r.position, r.subject_type, r.title])).toEqual([
      ['1', 'project', 'Öffentliches Projekt'],
      ['3', 'idea', expect.any(String)],
    ]);
    expect(agenda[0]).toMatchObject({
      year: '2026',
      decision_date: '2026-03-12',
      decision_reference: '260123',
    });
    const json = JSON.parse((await get('/daten/kennzahlen.json')).body);
    expect(json.data).toEqual([
      expect.objectContaining({
        key: 'online-quote',
        baseline: 20,
        latest_value: 41,
        latest_measured_on: '2026-06-30',
      }),
    ]);
    expect((await csv('/daten/kennzahlen-messwerte.csv')).map((r) => [r.measured_on, r.value])).toEqual([
      ['2025-12-31', '35.5'],
      ['2026-06-30', '41'],
    ]);
    expect(await csv('/daten/onlinedienste.csv')).toEqual([
      expect.objectContaining({
        leika_key: '99050012104000',
        maturity_level: '3',
        maturity_level_name: 'Stufe 3',
      }),
    ]);
    expect((await csv('/daten/berichte.csv')).map((r) => [r.slug, r.projects, r.at_risk])).toEqual([
      ['fortschritt-2026-q3', '1', '1'],
    ]);
    for (const path of [
      '/daten/projekte.csv',
      '/daten/meilensteine.json',
      '/daten/statusberichte.csv',
      '/daten/budgets.json',
      '/daten/agenda.json',
    ])
      expect((await get(path)).body, path).not.toMatch(/Intern|999999/);
  });

  it('answers validators with 304, and a change with new bytes and a later Last-Modified', async () => {
    const first = await get('/daten/projekte.csv');
    const etag = first.headers.etag!;
    const modified = first.headers['last-modified']!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers['content-length']).toBe(String(first.raw.length));
    expect((await get('/daten/projekte.csv')).headers.etag).toBe(etag);
    expect((await get('/daten/projekte.csv', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/daten/projekte.csv', { 'if-modified-since': modified })).status).toBe(304);
    expect((await get('/daten/projekte.csv', { 'if-none-match': '"anders"' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    const { db } = await testDatabase();
    await db
      .update(projects)
      .set({ title: 'Umbenanntes Projekt', updatedAt: new Date() })
      .where(eq(projects.id, publicId));
    server.deps.cache.invalidate(f.tenant.id);
    const changed = await get('/daten/projekte.csv', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body).toContain('Umbenanntes Projekt');
    expect(changed.headers.etag).not.toBe(etag);
    expect(Date.parse(changed.headers['last-modified']!)).toBeGreaterThan(Date.parse(modified));
    // The same bytes again keep their Last-Modified (it is when the content changed, not when it was read).
    server.deps.cache.invalidate(f.tenant.id);
    expect((await get('/daten/projekte.csv')).headers['last-modified']).toBe(
      changed.headers['last-modified'],
    );
    expect((await get('/daten/projekte')).body).toMatch(/Stand: Inhalt zuletzt geändert am .*, 1 Zeilen/);
  });

  it('filters by ?modified_since= where rows carry a change time, and refuses it clearly elsewhere', async () => {
    expect(await csv('/daten/projekte.csv?modified_since=2000-01-01')).toHaveLength(1);
    expect(await csv('/daten/projekte.csv?modified_since=2999-01-01T00:00:00Z')).toHaveLength(0);
    expect((await csv('/daten/statusberichte.csv?modified_since=2999-01-01')).length).toBe(0);
    // A report counts as changed when its project did (it may just have become public).
    expect((await csv('/daten/statusberichte.csv?modified_since=2026-10-06')).length).toBe(1);
    expect((await csv('/daten/berichte.csv?modified_since=2026-10-01')).length).toBe(1);
    const bad = await get('/daten/projekte.csv?modified_since=gestern', { accept: 'application/json' });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
    expect(
      (await get('/daten/vorschlaege.csv?modified_since=2026-01-01', { accept: 'application/json' })).status,
    ).toBe(422);
    const api = JSON.parse((await get('/api/v1/projects?modified_since=2999-01-01')).body);
    expect(api.data).toEqual([]);
    expect(
      JSON.parse((await get('/api/v1/projects?modified_since=2000-01-01T00:00:00Z')).body).data,
    ).toHaveLength(1);
    expect((await get('/api/v1/projects?modified_since=bald')).status).toBe(422);
  });

  it('reads every page of a download from one snapshot, by key, while writes go on', async () => {
    const { db } = await testDatabase();
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      tenantId: f.tenant.id,
      number: `S-${i}`,
      title: `Vorschlag ${i}`,
      body: 'Text',
      authorKind: 'citizen' as const,
      state: 'published' as const,
    }));
    await db.insert(proposals).values(rows);
    server.deps.cache.invalidate(f.tenant.id);
    const before = (parse((await get('/daten/vorschlaege.csv')).body, { columns: true }) as unknown[]).length;
    server.deps.cache.invalidate(f.tenant.id);
    // Writers add proposals while the download is read; it holds either all of a writer's rows or none.
    const writes = Array.from({ length: 5 }, (_, w) =>
      db.insert(proposals).values(
        Array.from({ length: 100 }, (_, i) => ({
          ...rows[0]!,
          number: `W-${w}-${i}`,
          title: `Neu ${w}-${i}`,
        })),
      ),
    );
    const [download] = await Promise.all([get('/daten/vorschlaege.csv'), ...writes]);
    const got = parse(download.body, { columns: true }) as Record<string, string>[];
    const ids = got.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const extra = got.length - before;
    expect(extra % 100).toBe(0);
    expect(extra).toBeLessThanOrEqual(500);
  });

  it('describes the data sets in DCAT-AP.de: the same graph in Turtle, RDF/XML and JSON-LD, valid against the official shapes', async () => {
    const ttl = await get('/daten/katalog.ttl');
    expect(ttl.status).toBe(200);
    expect(ttl.headers['content-type']).toContain('text/turtle');
    // Every download's state was current in time: the catalogue is kept until the next change.
    expect(ttl.headers['cache-control']).toBe('public, max-age=300');
    const rdf = await get('/daten/katalog.rdf');
    expect(rdf.headers['content-type']).toContain('application/rdf+xml');
    const jsonld = await get('/daten/katalog.jsonld');
    expect(jsonld.headers['content-type']).toContain('application/ld+json');
    const [g1, g2, g3] = await Promise.all([
      graph(ttl.body, 'ttl'),
      graph(rdf.body, 'rdf'),
      graph(jsonld.body, 'jsonld'),
    ]);
    expect(canonical(g2)).toEqual(canonical(g1));
    expect(canonical(g3)).toEqual(canonical(g1));

    const DCAT = 'http://www.w3.org/ns/dcat#';
    const datasets = g1.getObjects(null, `${DCAT}dataset`, null);
    expect(datasets).toHaveLength(12);
    expect(g1.getObjects(null, 'http://dcat-ap.de/def/dcatde/politicalGeocodingURI', null)[0]?.value).toBe(
      'http://dcat-ap.de/def/politicalGeocoding/regionalKey/053140000000',
    );
    expect(g1.getObjects(null, 'http://purl.org/dc/terms/license', null).map((o) => o.value)).toContain(
      'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
    );
    // Every data set and download states when it last changed, and every download its size, whether or
    // not anybody has downloaded it yet (a harvester may read the catalogue alone).
    const MODIFIED = 'http://purl.org/dc/terms/modified';
    for (const ds of datasets) expect(g1.getObjects(ds, MODIFIED, null), ds.value).toHaveLength(1);
    const dists = g1.getSubjects(`${DCAT}downloadURL`, null, null);
    expect(dists).toHaveLength(24);
    for (const dist of dists) {
      expect(g1.getObjects(dist, `${DCAT}byteSize`, null), dist.value).toHaveLength(1);
      expect(g1.getObjects(dist, MODIFIED, null), dist.value).toHaveLength(1);
    }
    const projectsJson = dists.find((d) => d.value.endsWith('/daten/projekte.json'))!;
    const size = Number(g1.getObjects(projectsJson, `${DCAT}byteSize`, null)[0]!.value);
    expect(size).toBe((await get('/daten/projekte.json')).raw.length);

    // Validation: the profile "DCAT-AP.de 2.0 – Spezifikation" and, separately, with the conventions.
    // The shapes import vocabularies from the web; the test has none, so the vocabulary terms the
    // catalogue uses are added to the data from a documented excerpt (vocabulary-excerpts.ttl).
    const shapesOf = (files: string[]) => {
      const store = new Store();
      for (const file of files)
        store.addQuads(new Parser({ format: 'text/turtle' }).parse(readFileSync(join(SHAPES, file), 'utf8')));
      return store;
    };
    const data = new Store();
    data.addQuads(g1.getQuads(null, null, null, null));
    data.addQuads(
      new Parser({ format: 'text/turtle' }).parse(
        readFileSync(join(SHAPES, 'vocabulary-excerpts.ttl'), 'utf8'),
      ),
    );
    const imported: string[] = [];
    const validate = async (files: string[]) => {
      const validator = new SHACLValidator(shapesOf(files), {
        importGraph: (url) => {
          imported.push(url.value);
          return new Store();
        },
      });
      const report = await validator.validate(data);
      return report.results.map((r) => ({
        severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', ''),
        focus: r.focusNode?.value,
        path: r.path?.value,
        message: r.message.map((m) => m.value).join(' '),
      }));
    };
    const spec = [
      'dcat-ap-de-imports.ttl',
      'dcat-ap-spec-german-messages.ttl',
      'dcat-ap-spec-german-additions.ttl',
      'dcat-ap-de-deprecated.ttl',
      'dcat-ap_2.1.1_shacl_shapes.ttl',
    ];
    const results = await validate(spec);
    expect(results.filter((r) => r.severity === 'Violation')).toEqual([]);
    expect(results.filter((r) => r.severity === 'Warning')).toEqual([]);
    const conventions = await validate([...spec, 'dcat-ap-konventionen.ttl']);
    // The conventions also want a contributor ID from GovData's list, which a city receives on registering
    // with GovData; without one configured, that is the only finding.
    expect(
      conventions.filter((r) => r.severity === 'Violation' && !/contributorID/.test(r.path ?? '')),
    ).toEqual([]);
    expect(imported.length).toBeGreaterThan(0);
    // The check has teeth: the same catalogue without its publisher's name and a distribution's address fails.
    for (const q of data.getQuads(null, 'http://xmlns.com/foaf/0.1/name', null, null)) data.removeQuad(q);
    for (const q of data.getQuads(projectsJson, `${DCAT}accessURL`, null, null)) data.removeQuad(q);
    const broken = (await validate(spec)).filter((r) => r.severity === 'Violation').map((r) => r.path);
    expect(broken).toEqual(expect.arrayContaining(['http://xmlns.com/foaf/0.1/name', `${DCAT}accessURL`]));
  });

  it('names the contributor ID GovData gave the city on every data set, which makes the catalogue pass the conventions too', async () => {
    const { db } = await testDatabase();
    const id = 'http://dcat-ap.de/def/contributors/stadtTesthausen';
    const [tenant] = await db.select().from(tenants).where(eq(tenants.id, f.tenant.id));
    await db
      .update(tenants)
      .set({ settings: { ...tenant!.settings, govdataContributorId: id } })
      .where(eq(tenants.id, f.tenant.id));
    server.deps.cache.invalidate(f.tenant.id);
    const g = await graph((await get('/daten/katalog.ttl')).body, 'ttl');
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const datasets = g.getObjects(null, `${DCAT}dataset`, null);
    for (const ds of datasets)
      expect(
        g.getObjects(ds, 'http://dcat-ap.de/def/dcatde/contributorID', null).map((o) => o.value),
      ).toEqual([id]);
    const data = new Store();
    data.addQuads(g.getQuads(null, null, null, null));
    data.addQuads(
      new Parser({ format: 'text/turtle' }).parse(
        readFileSync(join(SHAPES, 'vocabulary-excerpts.ttl'), 'utf8'),
      ),
    );
    // The city's entry in GovData's list of contributors (which the test cannot fetch), as the list has it.
    data.addQuads(
      new Parser({ format: 'text/turtle' }).parse(
        `<${id}> <http://www.w3.org/2004/02/skos/core#inScheme> <http://dcat-ap.de/def/contributors> .`,
      ),
    );
    const shapes = new Store();
    for (const file of [
      'dcat-ap-de-imports.ttl',
      'dcat-ap-spec-german-messages.ttl',
      'dcat-ap-spec-german-additions.ttl',
      'dcat-ap-de-deprecated.ttl',
      'dcat-ap_2.1.1_shacl_shapes.ttl',
      'dcat-ap-konventionen.ttl',
    ])
      shapes.addQuads(new Parser({ format: 'text/turtle' }).parse(readFileSync(join(SHAPES, file), 'utf8')));
    const report = await new SHACLValidator(shapes, { importGraph: () => new Store() }).validate(data);
    const findings = report.results
      .filter((r) => r.severity?.value.endsWith('Violation'))
      .map((r) => `${r.path?.value}: ${r.message.map((m) => m.value).join(' ')}`);
    expect(findings).toEqual([]);
  });
});
