/**
 * Sitemaps with hreflang alternates (xhtml:link) for every page of site-pages.ts, so search
 * engines learn which pages are the same in another language; `x-default` points to `/`, the
 * language chooser, for pages that exist in all five languages. `/sitemap.xml` is a sitemap index
 * over `/sitemaps/<n>.xml` files of at most SITEMAP_URLS_PER_FILE pages each: the protocol allows
 * 50,000 URLs and 50 MB per file, and a large archive has far more pages.
 */
import { LANGS } from '../lang.ts';
import type { SitePage } from '../routes/site-pages.ts';
import { escapeXml } from './xml.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function sitemapXml(pages: readonly SitePage[], site: URL): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const entries = pages.map((page) => {
    const links = page.alternates.map(
      (a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${absolute(a.path)}"/>`,
    );
    if (page.alternates.length === LANGS.length)
      links.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${absolute('/')}"/>`);
    return `  <url>\n    <loc>${absolute(page.path)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  const namespaces = `xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>\n${entries.join('\n')}\n</urlset>\n`;
}

export const SITEMAP_URLS_PER_FILE = 10_000;

/** The pages of each sitemap file, in order (always at least one file). */
export function sitemapChunks<T>(pages: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < pages.length; i += SITEMAP_URLS_PER_FILE) chunks.push(pages.slice(i, i + SITEMAP_URLS_PER_FILE));
  return chunks.length > 0 ? chunks : [[]];
}

export const sitemapFilePath = (n: number) => `/sitemaps/${n}.xml`;

export function sitemapIndexXml(files: number, site: URL): string {
  const entries = Array.from(
    { length: files },
    (_, i) => `  <sitemap>\n    <loc>${escapeXml(new URL(sitemapFilePath(i + 1), site).href)}</loc>\n  </sitemap>`,
  );
  const index = `<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${index}`;
}
