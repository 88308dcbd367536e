import { beforeAll, describe, expect, it } from 'vitest';
import { ideaProposals } from '../src/modules/ideas/ideas.table.ts';
import { searchPublishedProposals } from '../src/modules/proposals/proposals.service.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { createProjectFixture } from './fixtures/projects.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('tenant isolation', () => {
  let a: OrgFixture;
  let b: OrgFixture;
  let projectA: Awaited<ReturnType<typeof createProjectFixture>>;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    a = await createOrgFixture(db);
    b = await createOrgFixture(db);
    projectA = await createProjectFixture(db, a, { title: 'Nur in Stadt A sichtbar' });
  });

  it('resolves the tenant from the host name and shows each only its own rows', async () => {
    const { app } = await testApp();
    const inA = new Client(app, a.host);
    const inB = new Client(app, b.host);
    expect((await inA.get('/')).text).toContain(a.tenant.settings.cityName);
    expect((await inB.get('/')).text).toContain(b.tenant.settings.cityName);
    expect((await inA.get('/projekte')).text).toContain('Nur in Stadt A sichtbar');
    expect((await inB.get('/projekte')).text).not.toContain('Nur in Stadt A sichtbar');
    expect((await inB.get(`/projekte/${projectA.project.slug}`)).status).toBe(404);
    expect((await inB.get(`/api/v1/projects/${projectA.project.id}`)).status).toBe(404);
    expect((await inB.get(`/mitmachen/vorschlaege/${projectA.proposal.id}`)).status).toBe(404);
    const listB = JSON.parse((await inB.get('/api/v1/proposals')).text);
    expect(listB.data).toEqual([]);
  });

  it('scopes every service query by tenant', async () => {
    const db = (await testDatabase()).db;
    expect((await searchPublishedProposals(db, a.tenant.id, { q: '', page: 1, pageSize: 10 })).total).toBe(1);
    expect((await searchPublishedProposals(db, b.tenant.id, { q: '', page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('lets the database itself refuse a row that points into another tenant', async () => {
    const db = (await testDatabase()).db;
    await expect(
      db
        .insert(ideaProposals)
        .values({ tenantId: b.tenant.id, ideaId: projectA.idea.id, proposalId: projectA.proposal.id }),
    ).rejects.toThrow();
  });
});
