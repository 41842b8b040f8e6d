/** `/sitemap.xml`: the sitemap index over `/sitemaps/<n>.xml` (see sitemap.ts). */
import type { APIRoute } from 'astro';
import { sitePages } from '../lib/routes/site-pages.ts';
import { sitemapChunks, sitemapIndexXml } from '../lib/publishing/sitemap.ts';
import { getCorpus } from '../collections/corpus.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapIndexXml(sitemapChunks(sitePages(await getCorpus())).length, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
