/** `/sitemap.xml` with hreflang alternates (see sitemap.ts). */
import type { APIRoute } from 'astro';
import { sitePages } from '../lib/site/site-pages.ts';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { getCorpus } from '../site/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitePages(await getCorpus()), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
