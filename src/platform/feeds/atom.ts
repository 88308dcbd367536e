/**
 * Atom feeds (RFC 4287) as text: what a feed reader, a newsroom or another portal subscribes to. Pure
 * functions of their data; the routes that serve them know which records belong in a feed.
 */

/** One entry: a project's news, the city's answer to a proposal. */
export interface AtomEntry {
  /** Stable for the record whatever its text becomes (`urn:uuid:…`). */
  id: string;
  title: string;
  /** The page the entry stands for. */
  link: string;
  published: Date;
  /** The last change of the entry; `published` when it never changed. */
  updated?: Date;
  /** The entry's text, plain (line breaks kept by the reader). */
  content: string;
  /** The language of title and content when it differs from the feed's (a translation, an original). */
  lang?: string;
  /** Labels such as the project's field of action. */
  categories?: readonly string[];
}

export interface AtomFeed {
  /** The feed's own absolute address, its id too (stable as long as the address is). */
  self: string;
  /** The page a person reads the same news on. */
  alternate: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** Who publishes it: the municipality. */
  author: { name: string; uri: string };
  /** Newest first. */
  entries: readonly AtomEntry[];
  /** When the feed has no entries: the time it is asked for is as good as any. */
  emptyUpdated: Date;
  /** The licence of the texts. */
  rights?: string;
  generator?: string;
}

/** Whether XML 1.0 allows a character: not C0 controls but tab, line feed and carriage return; no lone surrogate. */
function xmlChar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000
  );
}

/** Text for an XML element or attribute value. */
export function xmlText(value: string): string {
  return [...value]
    .filter(xmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC, seconds precision, as Atom's date constructs want it. */
export function atomDate(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** The feed as an XML document (UTF-8), served as `application/atom+xml`. */
export function renderAtom(feed: AtomFeed): string {
  const updatedOf = (e: AtomEntry) => e.updated ?? e.published;
  const newest = feed.entries.reduce<Date | undefined>(
    (max, e) => (!max || updatedOf(e) > max ? updatedOf(e) : max),
    undefined,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    `  <id>${xmlText(feed.self)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(newest ?? feed.emptyUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    `  <author><name>${xmlText(feed.author.name)}</name><uri>${xmlText(feed.author.uri)}</uri></author>`,
    ...(feed.rights ? [`  <rights type="text">${xmlText(feed.rights)}</rights>`] : []),
    ...(feed.generator ? [`  <generator>${xmlText(feed.generator)}</generator>`] : []),
  ];
  for (const e of feed.entries) {
    lines.push(
      e.lang ? `  <entry xml:lang="${xmlText(e.lang)}">` : '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      `    <published>${atomDate(e.published)}</published>`,
      `    <updated>${atomDate(updatedOf(e))}</updated>`,
      ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c)}"/>`),
      `    <content type="text">${xmlText(e.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
