import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../src/modules/orgs/orgs.table.ts';
import { proposals } from '../src/modules/proposals/proposals.table.ts';
import { frequenciesReady, warmUpHints } from '../src/modules/proposals/similar.service.ts';
import { SIMILARITY_CALIBRATION } from '../src/modules/proposals/similarity.calibration.ts';
import { degreeOf, SIMILARITY_DEGREES, sameTitle } from '../src/modules/proposals/similarity.degree.ts';
import {
  fitSimilarityCalibration,
  readPairs,
  trainSimilarityModel,
} from '../src/modules/proposals/similarity.eval.ts';
import { similarityModel } from '../src/modules/proposals/similarity.learned.ts';
import { issueFormToken } from '../src/platform/http/form-timing.ts';
import { createOrgFixture, type OrgFixture } from './fixtures/orgs.ts';
import { Client, testApp, testDatabase } from './helpers.ts';

describe('duplicate hints', () => {
  let f: OrgFixture;
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    const db = (await testDatabase()).db;
    f = await createOrgFixture(db, { accounts: false });
    const texts: [string, string, 'published' | 'hidden' | 'submitted'][] = [
      [
        'Mehr Fahrradständer am Hauptbahnhof',
        'Am Hauptbahnhof fehlen sichere Abstellplätze für Fahrräder.',
        'published',
      ],
      [
        'Fahrradparkhaus am Bahnhof bauen',
        'Ein bewachtes Fahrradparkhaus am Hauptbahnhof wäre sinnvoll.',
        'published',
      ],
      ['Sperrmüll online anmelden', 'Die Anmeldung von Sperrmüll sollte online möglich sein.', 'published'],
      [
        'Fahrradständer am Hauptbahnhof – Werbung',
        'Kaufen Sie Fahrradständer bei uns, Hauptbahnhof Lieferung gratis.',
        'hidden',
      ],
      [
        'Fahrradständer Hauptbahnhof unmoderiert',
        'Noch nicht moderierter Vorschlag zu Fahrradständern am Hauptbahnhof.',
        'submitted',
      ],
    ];
    await db.insert(proposals).values(
      texts.map(([title, body, state], i) => ({
        tenantId: f.tenant.id,
        number: `D-${i}`,
        title,
        body,
        authorKind: 'citizen' as const,
        state,
      })),
    );
    app = (await testApp()).app;
  });

  it('shows similar published proposals on a confirmation step, never hidden or unmoderated ones, and keeps the input', async () => {
    const c = new Client(app, f.host);
    const form = {
      title: 'Fahrradständer am Hauptbahnhof fehlen',
      body: 'Bitte mehr Abstellplätze für Räder am Hauptbahnhof schaffen.',
      authorKind: 'citizen',
      email: 'rad@example.org',
      consent: 'on',
    };
    const res = await c.post('/mitmachen', form);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Gibt es Ihren Vorschlag schon?');
    expect(res.text).toContain('Mehr Fahrradständer am Hauptbahnhof');
    // Bike parking at the station, but a car park rather than stands: below what people call related.
    expect(res.text).not.toContain('Fahrradparkhaus am Bahnhof bauen');
    expect(res.text).not.toContain('Werbung');
    expect(res.text).not.toContain('unmoderiert');
    expect(res.text).not.toContain('Sperrmüll');
    expect(res.text).toContain('name="email" value="rad@example.org"');

    const edit = await c.post('/mitmachen', { ...form, edit: '1' });
    expect(edit.text).toContain('value="Fahrradständer am Hauptbahnhof fehlen"');
    expect(edit.text).toContain('Vorschlag einreichen');

    const submitted = await c.post('/mitmachen', { ...form, confirmed: '1' });
    expect(submitted.status).toBe(303);
    expect(submitted.location).toMatch(/^\/mitmachen\/danke\//);
  });

  it('goes straight through when nothing similar exists', async () => {
    const c = new Client(app, f.host);
    const res = await c.post('/mitmachen', {
      title: 'Öffentliche Trinkbrunnen im Sommer',
      body: 'Im Sommer braucht die Innenstadt mehr Trinkwasserbrunnen.',
      authorKind: 'citizen',
    });
    expect(res.status).toBe(303);
  });

  it('does not stop a submission for hints that are only loosely similar: they are listed while typing', async () => {
    const c = new Client(app, f.host);
    // The same kind of request at another place: worth a look, not a duplicate.
    const title = 'Fahrradständer in Beuel';
    const body = 'In Beuel fehlen Fahrradständer am Rathaus.';
    const hints = JSON.parse(
      (await c.get(`/api/v1/proposals/similar?text=${encodeURIComponent(`${title} ${body}`)}`)).text,
    ).data as { title: string; degree: string; sameTitle: boolean }[];
    expect(hints.map((h) => h.title)).toContain('Mehr Fahrradständer am Hauptbahnhof');
    expect(hints.every((h) => !h.sameTitle && (h.degree === 'similar' || h.degree === 'related'))).toBe(true);
    const res = await c.post('/mitmachen', { title, body, authorKind: 'citizen' });
    expect(res.status).toBe(303);
  });

  it('offers the same hints in the API', async () => {
    const c = new Client(app, f.host);
    const res = await c.get(
      `/api/v1/proposals/similar?text=${encodeURIComponent('Fahrradständer am Hauptbahnhof')}&limit=3`,
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.data[0]).toMatchObject({ title: 'Mehr Fahrradständer am Hauptbahnhof' });
    expect(body.data[0].similarity).toBeGreaterThan(0.3);
    expect(body.data.map((d: { title: string }) => d.title).join()).not.toMatch(/Werbung|unmoderiert/);
    expect((await c.get('/api/v1/proposals/similar')).status).toBe(422);
  });

  it('says in calibrated words how similar a hint is, and names an identical title (user defect 15)', async () => {
    // Before: the same title with a differently worded description showed as "Ähnlichkeit 45 %".
    const c = new Client(app, f.host);
    const res = await c.post('/mitmachen', {
      title: 'Mehr Fahrradständer am Hauptbahnhof!',
      body: 'Morgens sind alle Bügel belegt, viele Räder stehen kreuz und quer auf dem Gehweg.',
      authorKind: 'citizen',
    });
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/\d\s*%/);
    const first = res.text.slice(res.text.indexOf('Mehr Fahrradständer am Hauptbahnhof</a>'));
    expect(first.slice(0, 400)).toMatch(
      /similar-degree--\w+">(nahezu gleich|sehr ähnlich|ähnlich|verwandtes Thema)<\/span>\s*·\s*gleicher Titel/,
    );
    // The degree speaks of the whole text: a verbatim copy is "nearly the same" and comes first, while
    // a same title over an unrelated description is named as such but not called nearly the same.
    const api = async (title: string, body: string) =>
      JSON.parse(
        (
          await c.get(
            `/api/v1/proposals/similar?title=${encodeURIComponent(title)}&text=${encodeURIComponent(`${title} ${body}`)}`,
          )
        ).text,
      ).data as { title: string; degree: string; sameTitle: boolean }[];
    const copy = await api(
      'Fahrradparkhaus am Bahnhof bauen',
      'Ein bewachtes Fahrradparkhaus am Hauptbahnhof wäre sinnvoll.',
    );
    expect(copy[0]).toMatchObject({ title: 'Fahrradparkhaus am Bahnhof bauen', degree: 'nearlySame' });
    const unrelated = await api(
      'Mehr Fahrradständer am Hauptbahnhof',
      'Die Bänke im Hofgarten sind kaputt und sollten erneuert werden, am besten aus Holz.',
    );
    const same = unrelated.find((d) => d.title === 'Mehr Fahrradständer am Hauptbahnhof')!;
    expect(same.sameTitle).toBe(true);
    expect(same.degree).not.toBe('nearlySame');
    expect(unrelated.filter((d) => d.sameTitle)).toHaveLength(1);
  });
});

describe('reading ahead after a start', () => {
  it('reads every city’s words for the hints in a small installation, none of them in a large one', async () => {
    const db = (await testDatabase()).db;
    const count = async () => (await db.select({ id: tenants.id }).from(tenants)).length;
    const large = await createOrgFixture(db, { accounts: false });
    await warmUpHints(db, (await count()) - 1);
    expect(await frequenciesReady(db, large.tenant.id, 0)).toBe(false);
    const small = await createOrgFixture(db, { accounts: false });
    await warmUpHints(db, await count());
    expect(await frequenciesReady(db, small.tenant.id, 0)).toBe(true);
  });
});

describe('a proposal under the same title', () => {
  it('is always among the hints, even when other texts fill the full-text search’s candidates (from the walk)', async () => {
    const db = (await testDatabase()).db;
    const g = await createOrgFixture(db, { accounts: false });
    await db.insert(proposals).values([
      // More than the full-text search hands on as candidates, each matching the new text better.
      ...Array.from({ length: 45 }, (_, i) => ({
        tenantId: g.tenant.id,
        number: `L-${i}`,
        title: 'Stadtbibliothek sonntags öffnen, Familien ausleihen',
        body: `Die Stadtbibliothek sollte sonntags öffnen, damit Familien sonntags ausleihen können; Stadtbibliothek für Familien (${i}).`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
      })),
      {
        tenantId: g.tenant.id,
        number: 'R-1',
        title: 'Rathenauufer sollte Fahrradstraße werden',
        body: 'Am Rathenauufer fahren viele Räder; eine Fahrradstraße wäre sicherer.',
        authorKind: 'citizen' as const,
        state: 'published' as const,
      },
    ]);
    const c = new Client((await testApp()).app, g.host);
    const title = 'Rathenauufer sollte Fahrradstraße werden';
    const body = 'Die Stadtbibliothek sollte sonntags öffnen, damit Familien ausleihen können.';
    const data = JSON.parse(
      (
        await c.get(
          `/api/v1/proposals/similar?title=${encodeURIComponent(title)}&text=${encodeURIComponent(`${title} ${body}`)}`,
        )
      ).text,
    ).data as { number: string; sameTitle: boolean }[];
    expect(data.find((d) => d.number === 'R-1')).toMatchObject({ sameTitle: true });
  });
});

describe('the similarity degrees', () => {
  it('are the ones fitted on the German STS training pairs for the current measure, and the model is the one trained there (rerun npm run train:similarity -- --write when they change)', async () => {
    const pairs = await readPairs(path.join(import.meta.dirname, '..', 'bench', 'data', 'stsb-de-train.csv'));
    const trained = trainSimilarityModel(pairs);
    expect(fitSimilarityCalibration(trained, pairs)).toEqual(SIMILARITY_CALIBRATION);
    expect(JSON.parse(JSON.stringify(trained.model))).toEqual(similarityModel());
  }, 60_000);

  it('order the raw similarity: more similar never reads as a weaker degree', () => {
    const rank = (s: number) => SIMILARITY_DEGREES.length - SIMILARITY_DEGREES.indexOf(degreeOf(s));
    for (let s = 0; s < 1; s += 0.01) expect(rank(s + 0.01)).toBeGreaterThanOrEqual(rank(s));
    expect(degreeOf(1)).toBe('nearlySame');
    expect(degreeOf(0)).toBe('related');
    expect(sameTitle('Mehr Bänke!', 'mehr banke')).toBe(true);
    expect(sameTitle('Mehr Bänke', 'Mehr Bänke am Rhein')).toBe(false);
  });
});

describe('the similarity model follows what is published', () => {
  it('finds a proposal published after the first lookup', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db);
    const { app } = await testApp();
    const visitor = new Client(app, f.host);
    const first = {
      title: 'Digitale Anmeldung für Schwimmkurse',
      body: 'Schwimmkurse sollten online gebucht werden können.',
      authorKind: 'citizen',
    };
    expect((await visitor.post('/mitmachen', first)).status).toBe(303);
    const { moderationQueue, moderateProposals } = await import(
      '../src/modules/proposals/proposals.service.ts'
    );
    const mod = await f.actor('moderator');
    const { rows } = await moderationQueue(db, f.tenant.id, mod, 'submitted', 1);
    await moderateProposals(db, f.tenant.id, mod, [rows[0]!.id], 'publish', undefined);
    const second = await visitor.post('/mitmachen', {
      title: 'Schwimmkurse online buchen',
      body: 'Die Anmeldung zu Schwimmkursen bitte digital anbieten.',
      authorKind: 'citizen',
    });
    expect(second.status).toBe(200);
    expect(second.text).toContain('Digitale Anmeldung für Schwimmkurse');
  });
});

describe('spam defence without third parties', () => {
  it('discards a filled honeypot, re-asks a form sent back too fast or forged, and stores a double submit once', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    const { app, deps } = await testApp({ formMinFillMs: 60_000 });
    const c = new Client(app, f.host);
    const form = {
      title: 'Bänke am Rheinufer aufstellen',
      body: 'Am Rheinufer fehlen Sitzbänke für ältere Menschen.',
      authorKind: 'citizen',
    };
    const bot = await c.post('/mitmachen', { ...form, website: 'https://spam.example' });
    expect(bot.status).toBe(303);
    expect(bot.location).toBe('/mitmachen/danke');
    // Each is told why it is asked again (walk: "check your entries" alone named nothing to check).
    const fast = await c.post('/mitmachen', { ...form, _t: issueFormToken(deps.config.sessionSecret) });
    expect(fast.status).toBe(422);
    expect(fast.text).toContain('Das Formular kam sehr kurz nach dem Öffnen an.');
    expect(fast.text).toContain('value="Bänke am Rheinufer aufstellen"');
    const stale = await c.post('/mitmachen', {
      ...form,
      _t: issueFormToken(deps.config.sessionSecret, Date.now() - 25 * 3600_000),
    });
    expect(stale.status).toBe(422);
    expect(stale.text).toContain('Das Formular war sehr lange geöffnet oder stammt von einer älteren Seite.');
    // Sent too fast with a field empty: the field is named as well (walk).
    const fastEmpty = await c.post('/mitmachen', { ...form, title: '' });
    expect(fastEmpty.text).toContain('Bitte prüfen Sie Ihre Angaben');
    expect(fastEmpty.text).toMatch(/id="f-title"[^>]*aria-invalid="true"/);
    expect((await c.post('/mitmachen', { ...form, _t: '123.forged-signature-xxxxxxxxxxxx' })).status).toBe(
      422,
    );

    const { app: humanApp, deps: humanDeps } = await testApp();
    const human = new Client(humanApp, f.host);
    // A double click sends the same form (its render token) twice.
    const rendered = issueFormToken(humanDeps.config.sessionSecret, Date.now() - 5_000);
    const first = await human.post('/mitmachen', { ...form, _t: rendered });
    const second = await human.post('/mitmachen', { ...form, _t: rendered });
    expect(first.location).toBe(second.location);
    const stored = await db.select().from(proposals).where(eq(proposals.tenantId, f.tenant.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.language).toBe('de');
    // Another person sending the same words (a campaign) has a proposal of their own and never learns
    // the first one's reference (walk).
    const other = await new Client(humanApp, f.host).post('/mitmachen', {
      ...form,
      email: 'nachbar@example.org',
      consent: 'on',
    });
    expect(other.status).toBe(303);
    expect(other.location).not.toBe(first.location);
    expect(await db.select().from(proposals).where(eq(proposals.tenantId, f.tenant.id))).toHaveLength(2);
    // So does a visitor without account or address who sends the same words from a form of their own.
    const anonymous = await new Client(humanApp, f.host).post('/mitmachen', form);
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).not.toBe(first.location);
    expect(await db.select().from(proposals).where(eq(proposals.tenantId, f.tenant.id))).toHaveLength(3);
  });

  it('times a form from its first render: corrected after an error and sent at once, it goes through', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    const { app, deps } = await testApp({ formMinFillMs: 1_000 });
    const c = new Client(app, f.host);
    // Rendered two seconds ago, then sent without the organisation an association must name.
    const rendered = issueFormToken(deps.config.sessionSecret, Date.now() - 2_000);
    const form = {
      title: 'Bücherschrank am Rheinufer',
      body: 'Ein offener Bücherschrank am Rheinufer wäre schön.',
      authorKind: 'ngo',
      _t: rendered,
    };
    const wrong = await c.post('/mitmachen', form);
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Bitte nennen Sie Ihre Organisation.');
    const shown = /name="_t" value="([^"]+)"/.exec(wrong.text)?.[1];
    expect(shown).toBe(rendered);
    const right = await c.post('/mitmachen', {
      ...form,
      organisationName: 'Bücherfreunde Bonn e. V.',
      _t: shown!,
    });
    expect(right.status).toBe(303);
  });

  it('detects the language of a proposal', async () => {
    const { detectLanguage } = await import('../src/platform/text/language.ts');
    expect(await detectLanguage('The cycle paths along the Rhine are far too narrow.')).toBe('en');
    expect(await detectLanguage('Bisiklet yolları çok dar ve tehlikeli.')).toBe('tr');
    expect(await detectLanguage('Die Radwege am Rhein sind viel zu schmal.')).toBe('de');
    expect(await detectLanguage('ok')).toBe('und');
  });
});

describe('hints when every word of the query is common', () => {
  it('still finds the proposals that share the rarest of them', async () => {
    const db = (await testDatabase()).db;
    const f = await createOrgFixture(db, { accounts: false });
    const streets = ['Kölnstraße', 'Adenauerallee', 'Reuterstraße', 'Endenicher Allee'];
    await db.insert(proposals).values(
      Array.from({ length: 400 }, (_, i) => ({
        tenantId: f.tenant.id,
        number: `K-${i}`,
        title: `Radweg ${streets[i % 4]} ${i % 3 === 0 ? 'zu schmal' : 'reparieren'}`,
        body: `Der Radweg an der ${streets[i % 4]} braucht Arbeit (${i}).`,
        authorKind: 'citizen' as const,
        state: 'published' as const,
      })),
    );
    const c = new Client((await testApp()).app, f.host);
    const res = JSON.parse(
      (await c.get(`/api/v1/proposals/similar?text=${encodeURIComponent('Radweg Kölnstraße zu schmal')}`))
        .text,
    );
    expect(res.data.length).toBeGreaterThan(0);
    expect(res.data[0].title).toContain('Kölnstraße');
  });
});
