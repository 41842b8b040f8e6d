/**
 * sitemap.xml with hreflang alternates (xhtml:link) for every page of site-pages.ts, so search
 * engines learn which pages are the same in another language; `x-default` points to `/`, the
 * language chooser, for pages that exist in all five languages.
 */
import { LANGS } from '../lang.ts';
import type { SitePage } from './site-pages.ts';
import { escapeXml } from './xml.ts';

export function sitemapXml(pages: readonly SitePage[], site: URL): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const entries = pages.map((page) => {
    const links = page.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${absolute(a.path)}"/>`);
    if (page.alternates.length === LANGS.length) links.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${absolute('/')}"/>`);
    return `  <url>\n    <loc>${absolute(page.path)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
