import { type AtomEntry, type AtomFeed, renderAtom } from '../../../platform/feeds/atom.ts';
import { type CalendarEvent, renderICalendar } from '../../../platform/feeds/icalendar.ts';
import { type Lang, messageKey, type T } from '../../../platform/i18n/i18n.ts';
import { localePath } from '../../../platform/i18n/langs.ts';
import type { answersFeed, DueDate, newsFeed, PublicDate } from '../feeds.service.ts';

/** Where a feed or calendar is read: the site's address, the reader's language, the city. */
export interface FeedCtx {
  origin: string;
  lang: Lang;
  t: T;
  cityName: string;
  tenantName: string;
  timeZone: string;
  /** The moment of the request (DTSTAMP; `updated` of a feed without entries). */
  now: Date;
}

const GENERATOR = 'Rathaus';

function feedOf(
  f: FeedCtx,
  path: string,
  alternate: string,
  title: string,
  entries: AtomEntry[],
  subtitle?: string,
): string {
  const feed: AtomFeed = {
    self: `${f.origin}${localePath(f.lang, path)}`,
    alternate: `${f.origin}${localePath(f.lang, alternate)}`,
    title,
    ...(subtitle ? { subtitle } : {}),
    lang: f.lang,
    author: { name: f.tenantName, uri: `${f.origin}${localePath(f.lang, '/')}` },
    entries,
    emptyUpdated: f.now,
    rights: f.t('feeds.rights'),
    generator: GENERATOR,
  };
  return renderAtom(feed);
}

/** A news feed (the city's, a project's or a field's) as Atom. */
export function newsAtom(
  f: FeedCtx,
  news: Awaited<ReturnType<typeof newsFeed>>,
  at: { path: string; alternate: string; title: string; subtitle?: string },
): string {
  return feedOf(
    f,
    at.path,
    at.alternate,
    at.title,
    news.entries.map((e) => ({
      id: `urn:uuid:${e.id}`,
      title: e.title,
      link: `${f.origin}${localePath(f.lang, `/projekte/${e.projectSlug}`)}`,
      published: e.published,
      content: `${f.t('feeds.newsEntryProject', { project: e.projectTitle })}\n\n${e.body}`,
      ...(e.lang !== f.lang ? { lang: e.lang } : {}),
      categories: [e.projectTitle],
    })),
    at.subtitle,
  );
}

/** The city's answers as Atom. */
export function answersAtom(f: FeedCtx, answers: Awaited<ReturnType<typeof answersFeed>>): string {
  return feedOf(
    f,
    '/mitmachen/antworten.atom',
    '/mitmachen/vorschlaege',
    f.t('feeds.answersTitle', { city: f.cityName }),
    answers.map((a) => ({
      id: `urn:uuid:${a.id}`,
      title: f.t('feeds.answerEntry', { title: a.title }),
      link: `${f.origin}${localePath(f.lang, `/mitmachen/vorschlaege/${a.id}`)}`,
      published: a.answeredAt,
      content: [
        a.state ? f.t('feeds.answerState', { state: f.t(messageKey(`answer.state.${a.state}`)) }) : '',
        a.answer,
      ]
        .filter(Boolean)
        .join('\n\n'),
      ...(a.lang !== f.lang ? { lang: a.lang } : {}),
    })),
  );
}

function host(f: FeedCtx): string {
  return new URL(f.origin).host;
}

function prodId(f: FeedCtx): string {
  return `-//${f.tenantName}//${GENERATOR}//${f.lang.toUpperCase()}`;
}

/** The city's public dates as iCalendar. */
export function publicDatesIcs(f: FeedCtx, dates: readonly PublicDate[]): string {
  const url = (path: string) => `${f.origin}${localePath(f.lang, path)}`;
  const events: CalendarEvent[] = dates.map((d): CalendarEvent => {
    if (d.kind === 'workshop')
      return {
        uid: `workshop-${d.id}@${host(f)}`,
        day: d.day,
        summary: f.t('feeds.workshop', { title: d.title }),
        description: f.t('feeds.workshopDetail', { organiser: d.organiser }),
        location: d.place,
        url: url('/mitmachen'),
      };
    if (d.kind === 'council')
      return {
        uid: `council-${d.id}@${host(f)}`,
        day: d.day,
        summary: f.t('feeds.council', { year: d.year }),
        ...(d.reference ? { description: f.t('feeds.councilReference', { reference: d.reference }) } : {}),
        url: url(`/agenda/${d.year}`),
      };
    if (d.kind === 'session')
      return {
        uid: `session-${d.id}@${host(f)}`,
        day: d.day,
        summary: f.t('feeds.session', { meeting: d.meeting, paper: d.paper }),
        description: [
          d.item ? f.t('feeds.sessionItem', { number: d.item }) : '',
          d.result ? f.t('feeds.sessionResult', { result: d.result }) : '',
        ]
          .filter(Boolean)
          .join('. '),
        ...(d.location ? { location: d.location } : {}),
        url: url(d.path),
      };
    return {
      uid: `report-${d.id}@${host(f)}`,
      day: d.day,
      summary: f.t('feeds.report', { title: d.title }),
      url: url(`/berichte/${d.slug}`),
      modified: d.modified,
    };
  });
  return renderICalendar({
    prodId: prodId(f),
    name: f.t('feeds.publicCalendarName', { city: f.cityName }),
    description: f.t('feeds.publicCalendarDescription', { city: f.cityName }),
    timeZone: f.timeZone,
    events,
    now: f.now,
    refreshHours: 6,
  });
}

/** One due date in words, as the calendar and its preview page say it. */
export function dueDateText(t: T, d: DueDate): string {
  switch (d.kind) {
    case 'status_report':
      return t('feeds.dueStatusReport', { project: d.project, period: d.period });
    case 'milestone':
      return t('feeds.dueMilestone', { title: d.title, project: d.project });
    case 'action_item':
      return t('feeds.dueActionItem', { title: d.title });
    case 'rollup':
      return t('feeds.dueRollup', { department: d.department, period: d.period });
  }
}

const DUE_PAGES: Record<DueDate['kind'], string> = {
  status_report: '/intern/statusberichte',
  milestone: '/intern/projekte',
  action_item: '/intern/aufgaben',
  rollup: '/intern/pruefkalender',
};

/** A staff member's due dates as iCalendar (the back office's links; its language is the account's). */
export function dueDatesIcs(f: FeedCtx, dates: readonly DueDate[]): string {
  return renderICalendar({
    prodId: prodId(f),
    name: f.t('feeds.personalCalendarName'),
    timeZone: f.timeZone,
    now: f.now,
    refreshHours: 1,
    events: dates.map((d) => ({
      uid: `${d.kind.replace('_', '-')}-${d.id}@${host(f)}`,
      day: d.day,
      summary: dueDateText(f.t, d),
      url: `${f.origin}${DUE_PAGES[d.kind]}`,
    })),
  });
}
