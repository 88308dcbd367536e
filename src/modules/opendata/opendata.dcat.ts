import { messageKey, translator } from '../../platform/i18n/i18n.ts';
import type { OpenDataExport } from '../../platform/module.ts';

/**
 * The open-data catalogue in DCAT-AP.de 2.0, the profile GovData harvests: one dcat:Catalog of the
 * municipality, one dcat:Dataset per declared export with its CSV and JSON distributions, the publisher
 * as a local authority, a contact point, the political geocoding by the official regional key, EU data
 * themes, the Data Licence Germany and file types from the EU vocabulary. Written as Turtle, RDF/XML and
 * JSON-LD from one list of triples, so the three always say the same.
 */

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
type Prefix = keyof typeof NS;

export type Term = { iri: string } | { blank: string } | { value: string; lang?: string; datatype?: string };
export interface Triple {
  s: { iri: string } | { blank: string };
  p: string;
  o: Term;
}

const EU = 'http://publications.europa.eu/resource/authority';
const iri = (v: string) => ({ iri: v });
const text = (value: string, lang?: string) => (lang ? { value, lang } : { value });
const moment = (d: Date) => ({ value: d.toISOString(), datatype: `${NS.xsd}dateTime` });

/** What the catalogue is made of: the tenant, its data sets and what is known of their downloads. */
export interface CatalogueInput {
  baseUrl: string;
  /** The publisher's name, e.g. "Bundesstadt Bonn". */
  publisher: string;
  /** The Amtlicher Regionalschlüssel (12 digits), when the tenant has one. */
  regionalKey: string | undefined;
  /** Where questions about the data go. */
  email: string | undefined;
  /** The city's entry in GovData's list of contributors (`http://dcat-ap.de/def/contributors/…`). */
  contributorId: string | undefined;
  exports: readonly OpenDataExport[];
  /** Per download (`projekte.csv`): since when it holds its bytes and how large they are. */
  downloads: ReadonlyMap<string, { changedAt: Date; bytes: number }>;
}

/**
 * The 12-digit Amtlicher Regionalschlüssel from a setting that may hold the 8-digit Gemeindeschlüssel
 * (state, district, municipality): right for district-free cities and unitary municipalities, whose
 * association digits are 0000. A municipality in an association enters its full 12 digits.
 */
export function regionalKeyOf(setting: unknown): string | undefined {
  const v = typeof setting === 'string' ? setting.replace(/\s/g, '') : '';
  if (/^\d{12}$/.test(v)) return v;
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 5)}0000${v.slice(5)}`;
  return undefined;
}

const FORMATS = {
  csv: { type: 'CSV', media: 'text/csv' },
  json: { type: 'JSON', media: 'application/json' },
} as const;

/** The catalogue's triples. */
export function catalogueTriples(input: CatalogueInput): Triple[] {
  const out: Triple[] = [];
  const add = (s: Triple['s'], p: string, o: Term) => out.push({ s, p, o });
  const de = translator('de');
  const en = translator('en');
  const base = input.baseUrl;
  const catalogue = iri(`${base}/daten/katalog`);
  const publisher = iri(`${base}/#herausgeber`);
  const contact = { blank: 'kontakt' };
  const licence = iri('http://dcat-ap.de/def/licenses/dl-by-de/2.0');
  const geocoding = input.regionalKey
    ? iri(`http://dcat-ap.de/def/politicalGeocoding/regionalKey/${input.regionalKey}`)
    : undefined;
  const newest = [...input.downloads.values()].reduce<Date | undefined>(
    (a, d) => (!a || d.changedAt > a ? d.changedAt : a),
    undefined,
  );

  // The publisher: a local authority (ADMS publisher type), typed as foaf:Agent as the shapes ask.
  add(publisher, `${NS.rdf}type`, iri(`${NS.foaf}Agent`));
  add(publisher, `${NS.rdf}type`, iri(`${NS.foaf}Organization`));
  add(publisher, `${NS.foaf}name`, text(input.publisher));
  add(publisher, `${NS.dct}type`, iri('http://purl.org/adms/publishertype/LocalAuthority'));
  add(publisher, `${NS.foaf}homepage`, iri(`${base}/`));

  add(contact, `${NS.rdf}type`, iri(`${NS.vcard}Organization`));
  add(contact, `${NS.rdf}type`, iri(`${NS.vcard}Kind`));
  add(contact, `${NS.vcard}fn`, text(input.publisher));
  if (input.email) add(contact, `${NS.vcard}hasEmail`, iri(`mailto:${input.email}`));
  add(contact, `${NS.vcard}hasURL`, iri(`${base}/daten`));

  add(catalogue, `${NS.rdf}type`, iri(`${NS.dcat}Catalog`));
  add(catalogue, `${NS.dct}title`, text(de('opendata.catalogue.name', { city: input.publisher }), 'de'));
  add(catalogue, `${NS.dct}title`, text(en('opendata.catalogue.name', { city: input.publisher }), 'en'));
  add(catalogue, `${NS.dct}description`, text(de('opendata.catalogue.text'), 'de'));
  add(catalogue, `${NS.dct}description`, text(en('opendata.catalogue.text'), 'en'));
  add(catalogue, `${NS.dct}publisher`, publisher);
  add(catalogue, `${NS.foaf}homepage`, iri(`${base}/daten`));
  add(catalogue, `${NS.dct}language`, iri(`${EU}/language/DEU`));
  add(catalogue, `${NS.dct}language`, iri(`${EU}/language/ENG`));
  add(catalogue, `${NS.dct}license`, licence);
  add(catalogue, `${NS.dcat}themeTaxonomy`, iri(`${EU}/data-theme`));
  if (geocoding) add(catalogue, `${NS.dct}spatial`, geocoding);
  if (newest) add(catalogue, `${NS.dct}modified`, moment(newest));

  for (const ex of input.exports) {
    const ds = iri(`${base}/daten/${ex.slug}`);
    add(catalogue, `${NS.dcat}dataset`, ds);
    add(ds, `${NS.rdf}type`, iri(`${NS.dcat}Dataset`));
    add(ds, `${NS.dct}identifier`, text(`${base}/daten/${ex.slug}`));
    for (const [lang, t] of [
      ['de', de],
      ['en', en],
    ] as const) {
      // Portals list many cities' data sets side by side: the title names the city.
      add(
        ds,
        `${NS.dct}title`,
        text(`${t(messageKey(`opendata.${ex.slug}.title`))} – ${input.publisher}`, lang),
      );
      add(ds, `${NS.dct}description`, text(t(messageKey(`opendata.${ex.slug}.description`)), lang));
    }
    add(ds, `${NS.dct}publisher`, publisher);
    if (input.contributorId) add(ds, `${NS.dcatde}contributorID`, iri(input.contributorId));
    add(ds, `${NS.dcat}contactPoint`, contact);
    add(ds, `${NS.dcat}landingPage`, iri(`${base}/daten/${ex.slug}`));
    add(ds, `${NS.dct}language`, iri(`${EU}/language/DEU`));
    add(ds, `${NS.dct}accessRights`, iri(`${EU}/access-right/PUBLIC`));
    add(ds, `${NS.dct}accrualPeriodicity`, iri(`${EU}/frequency/UPDATE_CONT`));
    for (const theme of ex.themes) add(ds, `${NS.dcat}theme`, iri(`${EU}/data-theme/${theme}`));
    add(ds, `${NS.dcat}keyword`, text('Digitalisierung', 'de'));
    add(ds, `${NS.dcat}keyword`, text('Digitalstrategie', 'de'));
    if (geocoding) {
      add(ds, `${NS.dcatde}politicalGeocodingURI`, geocoding);
      add(
        ds,
        `${NS.dcatde}politicalGeocodingLevelURI`,
        iri('http://dcat-ap.de/def/politicalGeocoding/Level/municipality'),
      );
      add(ds, `${NS.dct}spatial`, geocoding);
    }
    const changed = ['csv', 'json']
      .map((f) => input.downloads.get(`${ex.slug}.${f}`)?.changedAt)
      .filter((d): d is Date => !!d)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    if (changed) add(ds, `${NS.dct}modified`, moment(changed));

    for (const f of ['csv', 'json'] as const) {
      const dist = iri(`${base}/daten/${ex.slug}.${f}`);
      add(ds, `${NS.dcat}distribution`, dist);
      add(dist, `${NS.rdf}type`, iri(`${NS.dcat}Distribution`));
      add(
        dist,
        `${NS.dct}title`,
        text(`${de(messageKey(`opendata.${ex.slug}.title`))} (${FORMATS[f].type})`, 'de'),
      );
      add(dist, `${NS.dcat}accessURL`, dist);
      add(dist, `${NS.dcat}downloadURL`, dist);
      add(dist, `${NS.dct}format`, iri(`${EU}/file-type/${FORMATS[f].type}`));
      add(
        dist,
        `${NS.dcat}mediaType`,
        iri(`https://www.iana.org/assignments/media-types/${FORMATS[f].media}`),
      );
      add(dist, `${NS.dct}license`, licence);
      add(dist, `${NS.dcatde}licenseAttributionByText`, text(input.publisher));
      add(dist, `${NS.foaf}page`, iri(`${base}/daten/${ex.slug}`));
      const known = input.downloads.get(`${ex.slug}.${f}`);
      if (known) {
        add(dist, `${NS.dct}modified`, moment(known.changedAt));
        add(dist, `${NS.dcat}byteSize`, {
          value: String(known.bytes),
          datatype: `${NS.xsd}decimal`,
        });
      }
    }
  }
  return out;
}

/** `dct:title` for an IRI in one of the known namespaces, else undefined. */
function qname(v: string): { prefix: Prefix; local: string } | undefined {
  for (const [prefix, ns] of Object.entries(NS) as [Prefix, string][])
    if (v.startsWith(ns) && /^[A-Za-z][\w-]*$/.test(v.slice(ns.length)))
      return { prefix, local: v.slice(ns.length) };
  return undefined;
}

/** Subjects in the order they first appear, each with its triples. */
function bySubject(triples: readonly Triple[]) {
  const m = new Map<string, { s: Triple['s']; ts: Triple[] }>();
  for (const t of triples) {
    const k = 'iri' in t.s ? t.s.iri : `_:${t.s.blank}`;
    const e = m.get(k) ?? { s: t.s, ts: [] };
    e.ts.push(t);
    m.set(k, e);
  }
  return [...m.values()];
}

const turtleString = (v: string) =>
  `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
const turtleIri = (v: string) => {
  const q = qname(v);
  return q
    ? `${q.prefix}:${q.local}`
    : `<${[...v].map((c) => (c.charCodeAt(0) <= 0x20 || '<>"{}|^`\\'.includes(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}>`;
};

/** Turtle (RFC-like W3C Recommendation), with the namespaces as prefixes. */
export function toTurtle(triples: readonly Triple[]): string {
  const lines = Object.entries(NS).map(([p, ns]) => `@prefix ${p}: <${ns}> .`);
  const term = (o: Term) =>
    'iri' in o
      ? o.iri === `${NS.rdf}type`
        ? 'a'
        : turtleIri(o.iri)
      : 'blank' in o
        ? `_:${o.blank}`
        : `${turtleString(o.value)}${o.lang ? `@${o.lang}` : o.datatype ? `^^${turtleIri(o.datatype)}` : ''}`;
  for (const { s, ts } of bySubject(triples)) {
    lines.push('');
    const head = 'iri' in s ? turtleIri(s.iri) : `_:${s.blank}`;
    const body = ts.map((t) => `  ${t.p === `${NS.rdf}type` ? 'a' : turtleIri(t.p)} ${term(t.o)}`);
    lines.push(`${head}\n${body.join(' ;\n')} .`);
  }
  return `${lines.join('\n')}\n`;
}

const xml = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RDF/XML, one rdf:Description per subject. */
export function toRdfXml(triples: readonly Triple[]): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rdf:RDF ${Object.entries(NS)
      .map(([p, ns]) => `xmlns:${p}="${ns}"`)
      .join(' ')}>`,
  ];
  for (const { s, ts } of bySubject(triples)) {
    parts.push(`  <rdf:Description ${'iri' in s ? `rdf:about="${xml(s.iri)}"` : `rdf:nodeID="${s.blank}"`}>`);
    for (const t of ts) {
      const q = qname(t.p);
      if (!q) throw new Error(`No prefix for the property ${t.p}`);
      const el = `${q.prefix}:${q.local}`;
      const o = t.o;
      if ('iri' in o) parts.push(`    <${el} rdf:resource="${xml(o.iri)}"/>`);
      else if ('blank' in o) parts.push(`    <${el} rdf:nodeID="${o.blank}"/>`);
      else
        parts.push(
          `    <${el}${o.lang ? ` xml:lang="${o.lang}"` : o.datatype ? ` rdf:datatype="${xml(o.datatype)}"` : ''}>${xml(o.value)}</${el}>`,
        );
    }
    parts.push('  </rdf:Description>');
  }
  parts.push('</rdf:RDF>');
  return `${parts.join('\n')}\n`;
}

/** JSON-LD: one node object per subject in @graph, properties as full IRIs (no context to fetch). */
export function toJsonLd(triples: readonly Triple[]): string {
  const graph = bySubject(triples).map(({ s, ts }) => {
    const node: Record<string, unknown[]> = {};
    const push = (key: string, value: unknown) => {
      node[key] = [...(node[key] ?? []), value];
    };
    for (const t of ts) {
      if (t.p === `${NS.rdf}type` && 'iri' in t.o) {
        push('@type', t.o.iri);
        continue;
      }
      const o = t.o;
      const value =
        'iri' in o
          ? { '@id': o.iri }
          : 'blank' in o
            ? { '@id': `_:${o.blank}` }
            : {
                '@value': o.value,
                ...(o.lang ? { '@language': o.lang } : o.datatype ? { '@type': o.datatype } : {}),
              };
      push(t.p, value);
    }
    return { '@id': 'iri' in s ? s.iri : `_:${s.blank}`, ...node };
  });
  return `${JSON.stringify({ '@graph': graph }, null, 1)}\n`;
}
