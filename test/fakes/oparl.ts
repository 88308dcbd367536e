import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local council information system that speaks OParl 1.1 (https://oparl.org/spezifikation/): System ▸
 * body list ▸ Body ▸ external lists of papers and meetings, paginated with `links.next` (page size
 * `limit`, default `pageSize`), filtered by `created_since`/`created_until`/`modified_since`/
 * `modified_until` (a malformed filter is a 400), filters carried into `next`, objects as the
 * specification shapes them (papers embed their consultations, meetings their agenda items). Tests change
 * `state` to simulate the council's work and script failures: `failures` answers a path with a status
 * (`times` often), `slow` delays a path, `offOriginNext` makes a list point to another server.
 */

export interface FakePaper {
  key: string;
  reference: string;
  name: string;
  paperType: string;
  date: string;
  consultations: { meeting: string; item: string; role: string; authoritative: boolean }[];
  modified: string;
  created: string;
  deleted?: boolean;
  /** Its web page, when not the usual one (a hostile server's `javascript:` address). */
  web?: string;
}

export interface FakeMeeting {
  key: string;
  name: string;
  start: string;
  end: string;
  items: {
    key: string;
    number: string;
    name: string;
    result?: string;
    public?: boolean;
    modified?: string;
  }[];
  modified: string;
  created: string;
  cancelled?: boolean;
}

export interface FakeOparlState {
  bodies: { key: string; name: string }[];
  papers: FakePaper[];
  meetings: FakeMeeting[];
}

/** The Bonn-like council of the tests: the agenda's paper, the report's paper and enough others to page. */
export function bonnCouncil(): FakeOparlState {
  const meetings: FakeMeeting[] = [
    {
      key: 'm-digi-2026-10',
      name: 'Ausschuss für Digitalisierung, Bürgerdienste und Ordnung',
      start: '2026-10-20T16:00:00+02:00',
      end: '2026-10-20T19:00:00+02:00',
      items: [
        {
          key: 'ai-digi-41',
          number: '4.1',
          name: 'Digitalisierungsagenda 2027',
          result: 'Empfehlung an den Rat',
        },
        {
          key: 'ai-digi-99',
          number: '9.1',
          name: 'Personalangelegenheit',
          result: 'beschlossen',
          public: false,
        },
      ],
      modified: '2026-10-21T08:00:00+02:00',
      created: '2026-09-01T08:00:00+02:00',
    },
    {
      key: 'm-rat-2026-11',
      name: 'Sitzung des Rates',
      start: '2026-11-05T18:00:00+01:00',
      end: '2026-11-05T22:00:00+01:00',
      items: [
        { key: 'ai-rat-13', number: '1.3', name: 'Digitalisierungsagenda 2027', result: 'beschlossen' },
        {
          key: 'ai-rat-21',
          number: '2.1',
          name: 'Fortschrittsbericht Digitalisierung Q3 2026',
          result: 'zur Kenntnis genommen',
        },
      ],
      modified: '2026-11-06T09:00:00+01:00',
      created: '2026-10-01T08:00:00+02:00',
    },
  ];
  const papers: FakePaper[] = [
    {
      key: 'p-agenda-2027',
      reference: '2612345',
      name: 'Digitalisierungsagenda der Stadtverwaltung 2027',
      paperType: 'Beschlussvorlage',
      date: '2026-10-01',
      consultations: [
        { meeting: 'm-digi-2026-10', item: 'ai-digi-41', role: 'Vorberatung', authoritative: false },
        { meeting: 'm-rat-2026-11', item: 'ai-rat-13', role: 'Entscheidung', authoritative: true },
      ],
      modified: '2026-11-06T09:00:00+01:00',
      created: '2026-10-01T08:00:00+02:00',
    },
    {
      key: 'p-report-q3',
      reference: '2612555',
      name: 'Fortschrittsbericht Digitalisierung 3. Quartal 2026',
      paperType: 'Mitteilungsvorlage',
      date: '2026-10-15',
      consultations: [
        { meeting: 'm-rat-2026-11', item: 'ai-rat-21', role: 'Kenntnisnahme', authoritative: true },
      ],
      modified: '2026-11-06T09:00:00+01:00',
      created: '2026-10-15T08:00:00+02:00',
    },
  ];
  const topics = [
    'Bebauungsplan Nr. 6921-12 Bad Godesberg',
    'Radverkehrskonzept Beuel',
    'Schulentwicklungsplan',
    'Haushaltssatzung 2027',
    'Klimaneutrales Bonn 2035',
  ];
  for (let i = 0; i < 21; i++)
    papers.push({
      key: `p-${i}`,
      reference: `26${String(10000 + i)}`,
      name: `${topics[i % topics.length]} (${i + 1})`,
      paperType: i % 2 ? 'Antrag' : 'Beschlussvorlage',
      date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      consultations: [],
      modified: '2026-09-30T10:00:00+02:00',
      created: '2026-01-10T10:00:00+01:00',
    });
  return { bodies: [{ key: '1', name: 'Stadt Bonn' }], papers, meetings };
}

export async function fakeOparlServer(
  state: FakeOparlState = bonnCouncil(),
  opts: { pageSize?: number } = {},
) {
  const pageSize = opts.pageSize ?? 10;
  const requests: string[] = [];
  const failures = new Map<string, { status: number; times: number }>();
  const slow = new Map<string, number>();
  let offOriginNext = false;
  let base = '';
  const body = (key: string) => `${base}/oparl/body/${key}`;
  const meetingUrl = (key: string) => `${base}/oparl/meeting/${key}`;
  const itemUrl = (key: string) => `${base}/oparl/agendaitem/${key}`;
  const T = 'https://schema.oparl.org/1.1/';

  const bodyObject = (b: { key: string; name: string }) => ({
    id: body(b.key),
    type: `${T}Body`,
    system: `${base}/oparl/system`,
    name: b.name,
    shortName: b.name.replace('Stadt ', ''),
    organization: `${body(b.key)}/organization`,
    person: `${body(b.key)}/person`,
    meeting: `${body(b.key)}/meeting`,
    paper: `${body(b.key)}/paper`,
    agendaItem: `${body(b.key)}/agendaItem`,
    legislativeTerm: [],
    created: '2009-01-01T00:00:00+01:00',
    modified: '2026-01-01T00:00:00+01:00',
  });
  const paperObject = (p: FakePaper, b: string) => ({
    id: `${base}/oparl/paper/${p.key}`,
    type: `${T}Paper`,
    body: body(b),
    name: p.name,
    reference: p.reference,
    date: p.date,
    paperType: p.paperType,
    consultation: p.consultations.map((c, i) => ({
      id: `${base}/oparl/consultation/${p.key}-${i}`,
      type: `${T}Consultation`,
      paper: `${base}/oparl/paper/${p.key}`,
      agendaItem: itemUrl(c.item),
      meeting: meetingUrl(c.meeting),
      organization: [`${body(b)}/organization/1`],
      authoritative: c.authoritative,
      role: c.role,
    })),
    web: p.web ?? `${base}/vo0050.asp?__kvonr=${p.key}`,
    created: p.created,
    modified: p.modified,
    ...(p.deleted ? { deleted: true } : {}),
  });
  const meetingObject = (m: FakeMeeting) => ({
    id: meetingUrl(m.key),
    type: `${T}Meeting`,
    name: m.name,
    meetingState: 'durchgeführt',
    cancelled: m.cancelled ?? false,
    start: m.start,
    end: m.end,
    location: { id: `${base}/oparl/location/1`, type: `${T}Location`, description: 'Stadthaus, Ratssaal' },
    agendaItem: m.items.map((a, i) => ({
      id: itemUrl(a.key),
      type: `${T}AgendaItem`,
      meeting: meetingUrl(m.key),
      number: a.number,
      order: i,
      name: a.name,
      public: a.public ?? true,
      ...(a.result ? { result: a.result } : {}),
    })),
    web: `${base}/si0057.asp?__ksinr=${m.key}`,
    created: m.created,
    modified: m.modified,
  });

  /** One page of an external list, filtered as the request says. */
  function list(url: URL, all: { created: string; modified: string; object: unknown }[]) {
    const bound = (name: string) => {
      const v = url.searchParams.get(name);
      if (v === null) return undefined;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) throw new Error(`${name} is not a date-time`);
      return d.getTime();
    };
    const ms = bound('modified_since');
    const mu = bound('modified_until');
    const cs = bound('created_since');
    const cu = bound('created_until');
    const limit = Math.max(1, Math.min(Number(url.searchParams.get('limit') ?? pageSize) || pageSize, 100));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const hits = all.filter(
      (o) =>
        (ms === undefined || new Date(o.modified).getTime() >= ms) &&
        (mu === undefined || new Date(o.modified).getTime() <= mu) &&
        (cs === undefined || new Date(o.created).getTime() >= cs) &&
        (cu === undefined || new Date(o.created).getTime() <= cu),
    );
    const totalPages = Math.max(1, Math.ceil(hits.length / limit));
    const at = (n: number) => {
      const u = new URL(url.href.replace(url.origin, offOriginNext ? 'http://elsewhere.invalid' : base));
      u.searchParams.set('page', String(n));
      return u.href;
    };
    return {
      data: hits.slice((page - 1) * limit, page * limit).map((o) => o.object),
      pagination: { totalElements: hits.length, elementsPerPage: limit, currentPage: page, totalPages },
      links: {
        first: at(1),
        ...(page > 1 ? { prev: at(page - 1) } : {}),
        ...(page < totalPages ? { next: at(page + 1) } : {}),
        last: at(totalPages),
        self: at(page),
      },
    };
  }

  function answer(url: URL): unknown {
    const path = url.pathname;
    if (path === '/oparl/system')
      return {
        id: `${base}/oparl/system`,
        type: `${T}System`,
        oparlVersion: T,
        name: 'Ratsinformationssystem (Testserver)',
        body: `${base}/oparl/bodies`,
        created: '2009-01-01T00:00:00+01:00',
        modified: '2026-01-01T00:00:00+01:00',
      };
    if (path === '/oparl/bodies')
      return list(
        url,
        state.bodies.map((b) => ({ created: '2009-01-01', modified: '2026-01-01', object: bodyObject(b) })),
      );
    const m = /^\/oparl\/body\/([^/]+)\/(paper|meeting|agendaItem)$/.exec(path);
    if (m && state.bodies.some((b) => b.key === m[1])) {
      if (m[2] === 'paper')
        return list(
          url,
          state.papers.map((p) => ({ ...p, object: paperObject(p, m[1]!) })),
        );
      if (m[2] === 'agendaItem')
        return list(
          url,
          state.meetings.flatMap((x) =>
            meetingObject(x).agendaItem.map((object, i) => ({
              created: x.created,
              modified: x.items[i]!.modified ?? x.modified,
              object,
            })),
          ),
        );
      return list(
        url,
        state.meetings.map((x) => ({ ...x, object: meetingObject(x) })),
      );
    }
    return undefined;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    const delay = slow.get(url.pathname + url.search) ?? slow.get(url.pathname);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const failure = failures.get(url.pathname + url.search) ?? failures.get(url.pathname);
    if (failure && failure.times > 0) {
      failure.times--;
      res.writeHead(failure.status, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ error: `status ${failure.status}` }));
      return;
    }
    let out: unknown;
    try {
      out = answer(url);
    } catch (err) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: (err as Error).message }));
      return;
    }
    if (out === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(out));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    requests,
    systemUrl: `${base}/oparl/system`,
    base,
    /** Answers a path (with or without its query) `times` times with `status`. */
    fail(path: string, status: number, times = 1) {
      failures.set(path, { status, times });
    },
    /** Delays a path's answers by `ms`. */
    slow(path: string, ms: number) {
      slow.set(path, ms);
    },
    offOriginNext(on: boolean) {
      offOriginNext = on;
    },
    reset() {
      failures.clear();
      slow.clear();
      offOriginNext = false;
      requests.length = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
