import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/modules/orgs/orgs.service.ts';
import { tenants } from '../src/modules/orgs/orgs.table.ts';
import { auditEvents } from '../src/platform/platform.table.ts';
import { pngImage } from './fakes/png.ts';
import { createOrgFixture, type OrgFixture, TEST_PASSWORD } from './fixtures/orgs.ts';
import { testDatabase } from './helpers.ts';
import { formBody, rawRequest, serveOnSocket, signInOnSocket, uploadOnSocket } from './socket.ts';

/**
 * The city's own details as its administrator edits them in the browser, over a real socket: names, legal
 * notice, contacts, the accessibility statement's facts, the GovData identifier, and the logo that the
 * portal's header and the PDF reports show.
 */
describe('the city’s own details', () => {
  let f: OrgFixture;
  let server: Awaited<ReturnType<typeof serveOnSocket>>;
  let admin: string;

  const get = (path: string, cookie = admin) =>
    rawRequest(server.port, { host: f.host, path, headers: { cookie } });
  const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const post = async (path: string, fields: Record<string, string>, cookie = admin) =>
    rawRequest(server.port, {
      host: f.host,
      method: 'POST',
      path,
      headers: {
        cookie,
        origin: `http://${f.host}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: formBody({ _csrf: csrfOf((await get('/intern/verwaltung/stadt', cookie)).body), ...fields }),
    });
  const uploadLogo = async (name: string, bytes: Buffer, details: Record<string, string> = {}) =>
    uploadOnSocket(server.port, {
      host: f.host,
      path: '/intern/verwaltung/stadt/logo',
      cookie: admin,
      fields: { _csrf: csrfOf((await get('/intern/verwaltung/stadt')).body), ...details },
      file: { field: 'logo', name, bytes },
    });
  /** The logo in a public page's header (its address, of the given ending and size) and what is served there. */
  const headerLogo = async (ext: 'png' | 'svg', width: number, height: number) => {
    const page = await get('/projekte', '');
    const src = new RegExp(
      `<img class="site-header__logo" src="(/logo/[0-9a-f]{20}\\.${ext})" alt="" width="${width}" height="${height}"`,
    ).exec(page.body)?.[1];
    expect(src).toBeTruthy();
    return { src: src!, logo: await get(src!, '') };
  };

  const valid = {
    name: 'Bundesstadt Testhausen',
    cityName: 'Testhausen',
    stateName: 'Nordrhein-Westfalen',
    regionalKey: '05314 000',
    organisation: 'Bundesstadt Testhausen – Amt für Digitalisierung',
    address: 'Markt 1\n12345 Testhausen',
    email: 'digital@testhausen.example',
    phone: '+49 123 45-0',
    representative: 'Der Oberbürgermeister',
    privacyContact: 'datenschutz@testhausen.example',
    accessibilityContact: '',
    preparedOn: '2026-11-30',
    reviewedOn: '',
    method: 'external',
    assessor: 'BITV-Prüfstelle Köln',
    enforcementName: 'Ombudsstelle für barrierefreie Informationstechnik NRW',
    enforcementUrl: 'https://www.lbbp.nrw.de/ombudsstelle',
    enforcementEmail: '',
    govdataContributorId: 'http://dcat-ap.de/def/contributors/stadtTesthausen',
    timeZone: 'Europe/Berlin',
    signVideo: '/medien/dgs.mp4',
    signCaptions: '/medien/dgs.vtt',
  };

  beforeAll(async () => {
    const { db } = await testDatabase();
    f = await createOrgFixture(db);
    await createAccount(db, f.tenant.id, {
      email: `admin@${f.host}`,
      displayName: 'IT-Betrieb',
      password: TEST_PASSWORD,
      roles: [{ role: 'admin', orgUnitId: null }],
    });
    server = await serveOnSocket({ responseCache: true });
    admin = await signInOnSocket(server.port, f.host, `admin@${f.host}`);
    return () => server.close();
  });

  it('is for administrators only', async () => {
    const cdo = await signInOnSocket(server.port, f.host, f.emails.cdo);
    expect((await get('/intern/verwaltung/stadt', cdo)).status).toBe(403);
    expect((await get('/intern/verwaltung/stadt', '')).status).toBe(303);
    const page = await get('/intern/verwaltung/stadt');
    expect(page.status).toBe(200);
    expect(page.body).toContain('aria-current="page">Stadt</a>');
  });

  it('names what is wrong beside each field and keeps what was typed', async () => {
    const res = await post('/intern/verwaltung/stadt', {
      ...valid,
      regionalKey: '0531',
      email: 'keine-adresse',
      govdataContributorId: 'https://example.org/stadt',
      enforcementUrl: 'javascript:alert(1)',
      assessor: '',
      timeZone: 'Mars/Olympus_Mons',
      signVideo: 'https://video.example/dgs.mp4',
      phone: 'bitte anrufen!!!',
      preparedOn: '2026-12-02',
      reviewedOn: '2020-01-01',
    });
    expect(res.status).toBe(422);
    for (const message of [
      'Der Gemeinde- oder Regionalschlüssel hat 8 oder 12 Ziffern',
      'Bitte geben Sie die Telefonnummer mit Ziffern an',
      'Die Erklärung kann nicht vor ihrer Erstellung überprüft worden sein.',
      'Bitte nennen Sie die prüfende Stelle.',
      'Bitte eine Adresse angeben, die mit http://dcat-ap.de/def/contributors/ beginnt.',
      'Bitte geben Sie eine Zeitzone wie Europe/Berlin an.',
      'Bitte einen Pfad auf diesem Portal angeben, der mit / beginnt und auf .mp4 oder .webm endet',
    ])
      expect(res.body).toContain(message);
    expect(res.body).toMatch(/id="f-timeZone-error"/);
    expect(res.body).toContain('value="https://video.example/dgs.mp4"');
    // A time zone this Node does not know stays chosen as typed, first in the list.
    expect(res.body).toContain('<option value="Mars/Olympus_Mons" selected="">');
    expect(res.body).toMatch(/id="f-email-error"/);
    expect(res.body).toMatch(/id="f-enforcementUrl-error"/);
    // The input stays as typed.
    expect(res.body).toContain('value="0531"');
    expect(res.body).toContain('value="Bundesstadt Testhausen – Amt für Digitalisierung"');
    expect(res.body).toContain('Markt 1\n12345 Testhausen');
    expect(res.body).not.toContain('at file://');
  });

  it('wants the sign-language video and its captions together, each a file on the portal itself', async () => {
    for (const [fields, message] of [
      [{ signCaptions: '' }, 'Bitte geben Sie die Untertitel zum Video an'],
      [{ signVideo: '' }, 'Bitte geben Sie das Video zu den Untertiteln an.'],
      [{ signCaptions: '//cdn.example/dgs.vtt' }, 'auf .vtt endet'],
      [{ signVideo: '/medien/dgs.avi' }, 'auf .mp4 oder .webm endet'],
    ] as const) {
      const res = await post('/intern/verwaltung/stadt', { ...valid, ...fields });
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(res.body).toContain(message);
    }
  });

  it('saves the details, audited, and every page shows them at once', async () => {
    const res = await post('/intern/verwaltung/stadt', valid);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/intern/verwaltung/stadt?hinweis=saved#hinweis');
    const page = await get('/intern/verwaltung/stadt?hinweis=saved');
    expect(page.body).toContain('Die Angaben zur Stadt sind gespeichert.');
    expect(page.body).toContain('value="05314000"');
    // The public pages read the tenant anew after the change (no minute of the old name).
    const home = await get('/impressum', '');
    expect(home.body).toContain('<span class="site-header__city">Testhausen</span>');
    expect(home.body).toContain('Bundesstadt Testhausen – Amt für Digitalisierung');
    expect(home.body).toContain('Der Oberbürgermeister');
    const statement = await get('/barrierefreiheit', '');
    expect(statement.body).toContain('BITV-Prüfstelle Köln');
    // The easy-read page shows the sign-language video with its captions; the form shows the time zone.
    const easy = await get('/leichte-sprache', '');
    expect(easy.body).toContain('src="/medien/dgs.mp4"');
    expect(easy.body).toContain('src="/medien/dgs.vtt"');
    expect(page.body).toContain('<option value="Europe/Berlin" selected="">');
    // The catalogue names the GovData identifier on its data sets.
    expect((await get('/daten/katalog.ttl', '')).body).toContain(
      '<http://dcat-ap.de/def/contributors/stadtTesthausen>',
    );
    const { db } = await testDatabase();
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, f.tenant.id), eq(auditEvents.action, 'tenant.saveSettings')));
    expect(audit?.actorAccountId).toBeTruthy();
    // Emptied fields are dropped, not kept: the statement's enforcement e-mail was left empty.
    expect(JSON.stringify(audit?.after)).not.toContain('"enforcementEmail"');

    // Another time zone, and no video any more.
    expect(
      (
        await post('/intern/verwaltung/stadt', {
          ...valid,
          timeZone: 'Europe/Vienna',
          signVideo: '',
          signCaptions: '',
        })
      ).status,
    ).toBe(303);
    const [tenant] = await db.select().from(tenants).where(eq(tenants.id, f.tenant.id));
    expect(tenant?.timeZone).toBe('Europe/Vienna');
    expect(tenant?.settings.signLanguageVideo).toBeUndefined();
    expect((await get('/leichte-sprache', '')).body).not.toContain('<video');
    expect((await get('/intern/verwaltung/stadt')).body).toContain(
      '<option value="Europe/Vienna" selected="">',
    );
  });

  it('refuses a logo that is not an image, too large, too small or damaged, saying why at the field', async () => {
    const cases: [string, Buffer, string][] = [
      [
        'logo.png',
        Buffer.from('Ein Wappen, in Worten beschrieben.'),
        'Die Datei ist weder eine SVG-Grafik noch ein PNG- oder JPEG-Bild.',
      ],
      [
        'ohne-groesse.svg',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>'),
        'Die SVG-Grafik nennt keine brauchbare Größe',
      ],
      [
        'mit-skript.svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><script>alert(1)</script></svg>',
        ),
        'Die SVG-Grafik enthält Skripte oder Verweise auf andere Dateien',
      ],
      [
        'mit-verweis.svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 300 100"><image xlink:href="http://tracker.example/a.png" width="300" height="100"/></svg>',
        ),
        'Die SVG-Grafik enthält Skripte oder Verweise auf andere Dateien',
      ],
      ['logo.png', Buffer.alloc(1024 * 1024 + 1, 0x89), 'Die Datei ist größer als 1 MB.'],
      [
        'winzig.png',
        pngImage(16, 16),
        'Das Bild muss zwischen 32 und 5000 Pixel hoch und breit sein (diese Datei: 16 × 16).',
      ],
      [
        'kaputt.png',
        Buffer.concat([pngImage(200, 80).subarray(0, 60), Buffer.alloc(40)]),
        'Das Bild lässt sich nicht lesen; die Datei ist vermutlich beschädigt.',
      ],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await uploadLogo(name, bytes);
      expect(res.status, name).toBe(422);
      expect(res.body).toContain(message);
      expect(res.body).toContain('id="f-logo-error"');
    }
    expect((await get('/impressum', '')).body).not.toContain('site-header__logo');
  });

  it('shows an uploaded logo in the header under an address that changes with it, and removes it again', async () => {
    const res = await uploadLogo('wappen.png', pngImage(240, 96));
    expect(res.status).toBe(303);
    const { src, logo } = await headerLogo('png', 120, 48);
    expect(logo.status).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['cache-control']).toContain('immutable');
    expect(logo.headers['content-security-policy']).toContain('sandbox');
    expect(logo.raw.equals(pngImage(240, 96))).toBe(true);
    // Under a language code too, it is the same address.
    expect((await get(`/en${src}`, '')).status).toBe(301);
    expect((await get('/logo/00000000000000000000.png', '')).status).toBe(404);

    const removed = await post('/intern/verwaltung/stadt/logo/entfernen', {});
    expect(removed.status).toBe(303);
    expect((await get('/projekte', '')).body).not.toContain('site-header__logo');
    expect((await get(src, '')).status).toBe(404);
  });

  it('keeps what was typed into the details when the logo is uploaded or removed before they are saved', async () => {
    // The logo's buttons send the details form along (they belong to it). Unchanged details (the browser's
    // CRLF in the address, the key with its space): the upload is all that happens.
    const stored = { ...valid, timeZone: 'Europe/Vienna', signVideo: '', signCaptions: '' };
    const unchanged = await uploadLogo('wappen.png', pngImage(240, 96), {
      ...stored,
      address: 'Markt 1\r\n12345 Testhausen',
    });
    expect(unchanged.status).toBe(303);
    // Changed details: the logo is saved, the details are shown again as typed, not saved yet.
    const typed = { ...stored, cityName: 'Testhausen am Rhein', phone: '+49 123 45-99' };
    const res = await uploadLogo('wappen.png', pngImage(200, 80), typed);
    expect(res.status).toBe(200);
    expect(res.body).toContain(
      'Das neue Logo ist gespeichert. Ihre Änderungen an den Angaben sind noch nicht gespeichert',
    );
    expect(res.body).toContain('value="Testhausen am Rhein"');
    expect(res.body).toContain('value="+49 123 45-99"');
    await headerLogo('png', 120, 48);
    expect((await get('/impressum', '')).body).toContain('<span class="site-header__city">Testhausen</span>');
    // A refused file keeps them too.
    const refused = await uploadLogo('kaputt.png', Buffer.from('keine Grafik'), typed);
    expect(refused.status).toBe(422);
    expect(refused.body).toContain('value="Testhausen am Rhein"');
    // Removing the logo likewise.
    const removed = await post('/intern/verwaltung/stadt/logo/entfernen', typed);
    expect(removed.status).toBe(200);
    expect(removed.body).toContain('Das Logo ist entfernt. Ihre Änderungen');
    expect(removed.body).toContain('value="Testhausen am Rhein"');
    expect((await get('/projekte', '')).body).not.toContain('site-header__logo');
  });

  it('takes an SVG drawing as the logo, sized by its viewBox and served as an image that runs nothing', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Wappen -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><defs><linearGradient id="g"><stop offset="0" stop-color="#004b76"/></linearGradient></defs><rect width="300" height="100" fill="url(#g)"/><circle cx="50" cy="50" r="40" fill="#ffd500"/></svg>',
    );
    expect((await uploadLogo('wappen.svg', svg)).status).toBe(303);
    const { logo } = await headerLogo('svg', 144, 48);
    expect(logo.status).toBe(200);
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(logo.raw.equals(svg)).toBe(true);
    expect((await get('/intern/verwaltung/stadt')).body).toContain('Das aktuelle Logo (SVG-Grafik)');
    expect((await post('/intern/verwaltung/stadt/logo/entfernen', {})).status).toBe(303);
  });
});
