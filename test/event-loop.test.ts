import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { createFieldOfAction } from '../src/modules/strategy/strategy.service.ts';
import { textThreadRuns } from '../src/platform/text/text-thread.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { testDatabase } from './helpers.ts';
import { formBody, type RawResponse, rawRequest, serveOnSocket, signInOnSocket } from './socket.ts';

const TOPICS = [
  ['Radweg', 'Fahrrad', 'Radstreifen', 'Abstellanlage', 'Radverkehr'],
  ['Bürgeramt', 'Termin', 'Antrag', 'Ausweis', 'Formular'],
] as const;

/**
 * Training the category suggester and clustering a few thousand proposals take seconds. They run in a
 * worker thread: a request that arrives meanwhile is answered before they finish (order, not timing).
 */
describe('heavy text work never blocks other requests', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let cookie: string;
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db);
    const second = await createFieldOfAction(db, f.tenant.id, {
      pillarId: f.pillar.id,
      key: 'buergerservice',
      name: 'Bürgerservice',
      position: 1,
    });
    const fields = [f.field.id, second.id];
    const rows = Array.from({ length: 3_000 }, (_, i) => {
      const topic = TOPICS[i % 2]!;
      const words = Array.from({ length: 12 }, (_, k) => topic[(i * 7 + k) % topic.length]);
      return {
        tenantId: f.tenant.id,
        number: `L-${i}`,
        title: `${topic[i % topic.length]} ${i}`,
        body: `${words.join(' ')} Vorschlag Nummer ${i}.`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
        // The first 2,800 are categorised (what the suggester learns from); the rest wait for a field.
        fieldOfActionId: i < 2_800 ? fields[i % 2]! : null,
      };
    });
    for (let i = 0; i < rows.length; i += 500) await db.insert(proposals).values(rows.slice(i, i + 500));
    server = await serveOnSocket();
    cookie = await signInOnSocket(server.port, f.host, f.emails.cdo);
  }, 120_000);
  afterAll(() => server.close());

  /** Starts the heavy request, then a light one; returns both and which finished first. */
  async function race(heavy: () => Promise<RawResponse>) {
    const order: string[] = [];
    const slow = heavy().then((r) => {
      order.push('heavy');
      return r;
    });
    // Let the heavy request reach its work before the light one is sent.
    await new Promise((r) => setTimeout(r, 100));
    const fast = rawRequest(server.port, { host: f.host, path: '/impressum' }).then((r) => {
      order.push('light');
      return r;
    });
    const [h, l] = await Promise.all([slow, fast]);
    return { heavy: h, light: l, order };
  }

  it('trains the category suggester in a worker thread', async () => {
    const { heavy, light, order } = await race(() =>
      rawRequest(server.port, { host: f.host, path: '/intern/themenfelder', headers: { cookie } }),
    );
    expect(heavy.status).toBe(200);
    expect(light.status).toBe(200);
    expect(order).toEqual(['light', 'heavy']);
    expect(textThreadRuns.train).toBeGreaterThan(0);
    // A first training longer than a moment does not hold the page: it says so, and a later visit
    // has the model's suggestions.
    let page = heavy;
    for (let i = 0; i < 240 && page.body.includes('Das Modell lernt gerade'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      page = await rawRequest(server.port, {
        host: f.host,
        path: '/intern/themenfelder',
        headers: { cookie },
      });
    }
    expect(page.body).not.toContain('Das Modell lernt gerade');
    expect(page.body).toContain('Bürgerservice');
  }, 120_000);

  it('clusters proposals in a worker thread', async () => {
    const page = await rawRequest(server.port, {
      host: f.host,
      path: '/intern/ideen/buendeln',
      headers: { cookie },
    });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const before = textThreadRuns.cluster;
    const { heavy, light, order } = await race(() =>
      rawRequest(server.port, {
        host: f.host,
        method: 'POST',
        path: '/intern/ideen/buendeln',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: formBody({ _csrf: csrf, process: '' }),
      }),
    );
    expect(heavy.status).toBe(303);
    expect(light.status).toBe(200);
    expect(order).toEqual(['light', 'heavy']);
    // The ordering alone does not prove it here (the run's database steps let others in): the
    // clustering itself went to a worker thread.
    expect(textThreadRuns.cluster).toBe(before + 1);
  }, 120_000);
});
