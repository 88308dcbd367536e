import { alternates } from '../../platform/http/locale.ts';
import type { Deps } from '../../platform/http/types.ts';
import type { SitemapEntry } from '../../platform/module.ts';

/** Search engines read at most 50,000 addresses per sitemap; each page counts once per language. */
const MAX_PAGES = 12_500;

const xml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * `sitemap.xml`: every public page of the navigation and every public record page the modules declare,
 * at its address in each language, each naming all its language versions (`xhtml:link hreflang`).
 */
export async function sitemapXml(deps: Deps, tenantId: string, origin: string): Promise<string> {
  const { db } = deps.database;
  const pages = new Map<string, SitemapEntry>();
  for (const m of deps.modules)
    for (const n of m.nav ?? [])
      if (n.area !== 'internal' && !n.href.startsWith('/intern')) pages.set(n.href, { path: n.href });
  for (const m of deps.modules) for (const e of (await m.sitemap?.(db, tenantId)) ?? []) pages.set(e.path, e);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of [...pages.values()].slice(0, MAX_PAGES)) {
    const versions = alternates(origin, page.path);
    const links = versions
      .map((v) => `<xhtml:link rel="alternate" hreflang="${v.lang}" href="${xml(v.href)}"/>`)
      .concat(`<xhtml:link rel="alternate" hreflang="x-default" href="${xml(versions[0]!.href)}"/>`)
      .join('');
    const lastmod = page.modified ? `<lastmod>${page.modified.toISOString().slice(0, 10)}</lastmod>` : '';
    for (const v of versions) out.push(`<url><loc>${xml(v.href)}</loc>${lastmod}${links}</url>`);
  }
  out.push('</urlset>');
  return out.join('\n');
}
