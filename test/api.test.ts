import { beforeAll, describe, expect, it } from 'vitest';
import { ZSubmitProposalInput } from '../src/modules/proposals/proposals.schemas.ts';
import { submitProposal } from '../src/modules/proposals/proposals.service.ts';
import { parseInput } from '../src/platform/validation.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture, createPublishedProposal } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('JSON API /api/v1', () => {
  let f: OrgFixture;
  let c: Client;
  let project: Awaited<ReturnType<typeof createProjectFixture>>['project'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    project = (await createProjectFixture(db, f)).project;
    for (let i = 0; i < 4; i++)
      await createPublishedProposal(db, f, `Veröffentlichter Vorschlag Nummer ${i}`);
    await submitProposal(
      db,
      f.tenant.id,
      null,
      parseInput(ZSubmitProposalInput, {
        title: 'Noch nicht moderiert',
        body: 'Dieser Vorschlag wartet noch auf die Moderation.',
        authorKind: 'citizen',
        email: 'geheim@example.org',
        consent: true,
      }),
    );
    c = new Client((await testApp()).app, f.host);
  });

  it('lists public projects with pagination', async () => {
    const res = await c.get('/api/v1/projects?page=1&pageSize=10');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = JSON.parse(res.text);
    expect(body.meta).toEqual({ page: 1, pageSize: 10, total: 1, pages: 1 });
    expect(body.data[0]).toMatchObject({
      id: project.id,
      slug: project.slug,
      pillar: 'Digitale Verwaltung',
      ownerOffice: 'Tiefbauamt',
      latestStatus: null,
    });
  });

  it('returns one project, and a 404 problem for an unknown id', async () => {
    expect(JSON.parse((await c.get(`/api/v1/projects/${project.id}`)).text).title).toBe(project.title);
    const res = await c.get('/api/v1/projects/7d1c9a64-7b0e-4a5e-9d43-1b2a3c4d5e6f');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.parse(res.text)).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not found' });
    // The API only reads: another method is not allowed, and says which are.
    const post = await c.post('/api/v1/projects', {});
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(JSON.parse(post.text)).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });

  it('answers an id that cannot exist with 404, and invalid parameters with a 422 problem naming the field', async () => {
    for (const path of ['/api/v1/projects/nope', '/api/v1/kpis/nope']) {
      const res = await c.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
    }
    const res2 = await c.get('/api/v1/proposals?pageSize=1000');
    expect(res2.status).toBe(422);
    expect(JSON.parse(res2.text).errors[0].field).toBe('pageSize');
  });

  it('lists only published proposals, without personal data, paginated', async () => {
    const page1 = JSON.parse((await c.get('/api/v1/proposals?pageSize=2')).text);
    expect(page1.meta).toMatchObject({ total: 5, pages: 3 });
    const all = JSON.parse((await c.get('/api/v1/proposals?pageSize=100')).text);
    expect(all.data.map((p: { title: string }) => p.title)).not.toContain('Noch nicht moderiert');
    expect(JSON.stringify(all)).not.toContain('@');
    const searched = JSON.parse(
      (await c.get(`/api/v1/proposals?q=${encodeURIComponent('Vorschläge Nummer')}`)).text,
    );
    expect(searched.meta.total).toBe(4);
  });

  it('publishes an OpenAPI 3.1 document with the endpoints and the problem schema', async () => {
    const doc = JSON.parse((await c.get('/api/v1/openapi.json')).text);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/projects', '/projects/{id}', '/proposals']),
    );
    expect(doc.components.schemas.Problem).toBeDefined();
    expect(
      doc.paths['/projects/{id}'].get.responses['404'].content['application/problem+json'],
    ).toBeDefined();
  });

  it('answers unknown API paths with a problem document', async () => {
    const res = await c.get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('German full-text search of proposals', () => {
  it('stems, matches prefixes while typing and ignores punctuation', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    const { searchPublishedProposals } = await import('../src/modules/proposals/proposals.service.ts');
    const { proposals } = await import('../src/modules/proposals/proposals.table.ts');
    await db.insert(proposals).values([
      {
        tenantId: f.tenant.id,
        number: 'T-1',
        title: 'WLAN in Bussen und Bahnen',
        body: 'Kostenloses Internet im Nahverkehr.',
        authorKind: 'citizen',
        state: 'published',
      },
      {
        tenantId: f.tenant.id,
        number: 'T-2',
        title: 'Radwege an der Kölnstraße',
        body: 'Die Radwege sind zu schmal.',
        authorKind: 'citizen',
        state: 'published',
      },
      {
        tenantId: f.tenant.id,
        number: 'T-3',
        title: 'Geheimer Radweg',
        body: 'Noch nicht moderiert.',
        authorKind: 'citizen',
        state: 'submitted',
      },
    ]);
    const titles = async (q: string) =>
      (await searchPublishedProposals(db, f.tenant.id, { q, page: 1, pageSize: 10 })).rows.map(
        (r) => r.title,
      );
    expect(await titles('WLAN Bus')).toEqual(['WLAN in Bussen und Bahnen']);
    expect(await titles('Radweg')).toEqual(['Radwege an der Kölnstraße']);
    expect(await titles('radw')).toEqual(['Radwege an der Kölnstraße']);
    expect(await titles('Kölnstraße!!! (schmal)')).toEqual(['Radwege an der Kölnstraße']);
    expect(await titles("'; drop table proposals; --")).toEqual([]);
    expect((await titles('')).length).toBe(2);
  });
});
