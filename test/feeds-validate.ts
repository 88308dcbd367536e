import { SaxesParser } from 'saxes';

/**
 * Checks of the published formats, written from the standards: an Atom document against RFC 4287's rules
 * (parsed by a strict XML parser), an iCalendar stream against RFC 5545's. Each returns the problems it
 * found; none means valid as far as these rules go.
 */

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** A strict parse (well-formedness, namespaces) into a small tree; throws on the first XML error. */
export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes))
      attrs[k] = typeof a === 'string' ? a : (a as { value: string }).value;
    const node: Node = { name: `${tag.uri ?? ''} ${tag.local ?? tag.name}`, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root;
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 4287's must-rules for a feed and its entries. */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let doc: Node;
  try {
    doc = parseXml(xml);
  } catch (err) {
    return [`not well-formed XML: ${(err as Error).message}`];
  }
  const feed = doc.children[0];
  if (!feed || feed.name !== `${ATOM} feed`) return ['the root is not atom:feed'];
  const kids = (n: Node, local: string) => n.children.filter((c) => c.name === `${ATOM} ${local}`);
  const exactlyOne = (n: Node, local: string, where: string) => {
    const k = kids(n, local);
    if (k.length !== 1) problems.push(`${where} has ${k.length} atom:${local}, must have exactly one`);
    return k[0];
  };
  const date = (n: Node | undefined, where: string) => {
    if (n && !RFC3339.test(n.text.trim())) problems.push(`${where}: "${n.text}" is not an RFC 3339 date`);
  };
  const iri = (n: Node | undefined, where: string) => {
    if (n && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(n.text.trim()))
      problems.push(`${where}: "${n.text}" is not an IRI`);
  };
  iri(exactlyOne(feed, 'id', 'feed'), 'feed id');
  exactlyOne(feed, 'title', 'feed');
  date(exactlyOne(feed, 'updated', 'feed'), 'feed updated');
  const links = (n: Node) =>
    kids(n, 'link').map((l) => ({ rel: l.attrs.rel ?? 'alternate', type: l.attrs.type, href: l.attrs.href }));
  for (const l of links(feed)) if (!l.href) problems.push('feed link without href');
  const alternates = links(feed).filter((l) => l.rel === 'alternate');
  if (new Set(alternates.map((l) => l.type)).size !== alternates.length)
    problems.push('feed has two alternate links of one type');
  if (!links(feed).some((l) => l.rel === 'self')) problems.push('feed has no self link (SHOULD)');
  const feedAuthor = kids(feed, 'author').length > 0;
  for (const [i, entry] of kids(feed, 'entry').entries()) {
    const where = `entry ${i + 1}`;
    iri(exactlyOne(entry, 'id', where), `${where} id`);
    exactlyOne(entry, 'title', where);
    date(exactlyOne(entry, 'updated', where), `${where} updated`);
    if (kids(entry, 'published').length > 1) problems.push(`${where} has two atom:published`);
    date(kids(entry, 'published')[0], `${where} published`);
    if (!feedAuthor && !kids(entry, 'author').length) problems.push(`${where} has no author`);
    const content = kids(entry, 'content');
    if (content.length > 1) problems.push(`${where} has two atom:content`);
    const alternate = links(entry).filter((l) => l.rel === 'alternate');
    if (!content.length && !alternate.length)
      problems.push(`${where} has neither content nor an alternate link`);
    for (const c of content)
      if (c.attrs.src && !kids(entry, 'summary').length)
        problems.push(`${where} has out-of-line content but no summary`);
    for (const author of kids(entry, 'author')) exactlyOne(author, 'name', `${where} author`);
  }
  for (const author of kids(feed, 'author')) exactlyOne(author, 'name', 'feed author');
  const ids = kids(feed, 'entry').map((e) => kids(e, 'id')[0]?.text);
  if (new Set(ids).size !== ids.length) problems.push('two entries share an id');
  return problems;
}

/** The entries of an Atom feed, as far as the tests read them. */
export function atomEntries(xml: string) {
  const feed = parseXml(xml).children[0]!;
  const kid = (n: Node, local: string) => n.children.find((c) => c.name === `${ATOM} ${local}`);
  return feed.children
    .filter((c) => c.name === `${ATOM} entry`)
    .map((e) => ({
      id: kid(e, 'id')?.text ?? '',
      title: kid(e, 'title')?.text ?? '',
      link: kid(e, 'link')?.attrs.href ?? '',
      updated: kid(e, 'updated')?.text ?? '',
      content: kid(e, 'content')?.text ?? '',
      lang: e.attrs['xml:lang'],
    }));
}

/** The content lines of an iCalendar stream, unfolded (RFC 5545 §3.1). */
export function unfoldIcs(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

export interface IcsEvent {
  props: Map<string, { params: string; value: string }[]>;
}

const DATE = /^\d{8}$/;
const DATE_TIME_UTC = /^\d{8}T\d{6}Z$/;

/** RFC 5545's must-rules for the stream, its calendar and its events. */
export function icsProblems(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('the stream does not end with CRLF');
  if (/[^\r]\n/.test(ics)) problems.push('a line ends with a bare LF');
  for (const [i, line] of ics.split('\r\n').entries())
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  const lines = unfoldIcs(ics);
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR')
    problems.push('not one VCALENDAR object');
  const stack: string[] = [];
  const calendarProps = new Map<string, number>();
  for (const event of icsEvents(ics)) {
    const one = (name: string) => {
      const n = event.props.get(name)?.length ?? 0;
      if (n !== 1) problems.push(`an event has ${n} ${name}, must have exactly one`);
      return event.props.get(name)?.[0];
    };
    one('UID');
    const stamp = one('DTSTAMP');
    if (stamp && !DATE_TIME_UTC.test(stamp.value)) problems.push(`DTSTAMP ${stamp.value} is not UTC`);
    const start = one('DTSTART');
    const end = event.props.get('DTEND')?.[0];
    for (const d of [start, end]) {
      if (!d) continue;
      const isDate = /(^|;)VALUE=DATE($|;)/.test(d.params);
      if (isDate ? !DATE.test(d.value) : !/^\d{8}T\d{6}Z?$/.test(d.value))
        problems.push(`${d.value} does not match its value type`);
    }
    if (start && end && end.value <= start.value)
      problems.push(`an event ends (${end.value}) before it starts`);
    if (event.props.has('DTEND') && event.props.has('DURATION'))
      problems.push('an event has DTEND and DURATION');
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION'])
      for (const p of event.props.get(name) ?? [])
        if (/[;,\\]/.test(p.value.replace(/\\[\\;,nN]/g, '')))
          problems.push(`${name} has an unescaped ; , or backslash`);
  }
  for (const line of lines) {
    // `s`: a value may hold U+2028 and U+2029, which `.` does not match otherwise.
    const m = /^([A-Z0-9-]+)(;[^:]*)?:(.*)$/s.exec(line);
    if (!m) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    if (m[1] === 'BEGIN') stack.push(m[3]!);
    else if (m[1] === 'END') {
      if (stack.pop() !== m[3]) problems.push(`END:${m[3]} without its BEGIN`);
    } else if (stack.length === 1) calendarProps.set(m[1]!, (calendarProps.get(m[1]!) ?? 0) + 1);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(', ')}`);
  if (calendarProps.get('VERSION') !== 1) problems.push('VCALENDAR needs exactly one VERSION');
  if (calendarProps.get('PRODID') !== 1) problems.push('VCALENDAR needs exactly one PRODID');
  return problems;
}

/** The VEVENTs of a stream with their properties (unescaping left to the reader). */
export function icsEvents(ics: string): IcsEvent[] {
  const events: IcsEvent[] = [];
  let current: IcsEvent | undefined;
  for (const line of unfoldIcs(ics)) {
    if (line === 'BEGIN:VEVENT') current = { props: new Map() };
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = undefined;
    } else if (current) {
      const m = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/s.exec(line);
      if (!m) continue;
      const list = current.props.get(m[1]!) ?? [];
      list.push({ params: m[2]!.slice(1), value: m[3]! });
      current.props.set(m[1]!, list);
    }
  }
  return events;
}

/** A TEXT value back to its text. */
export function icsUnescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
