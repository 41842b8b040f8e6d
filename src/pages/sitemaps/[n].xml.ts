/** `/sitemaps/<n>.xml`: one file of the sitemap, pages with hreflang alternates (see sitemap.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inputKey } from '../../lib/build/input-key.ts';
import { selectPages } from '../../lib/build/render-plan.ts';
import { sitePages } from '../../lib/routes/site-pages.ts';
import { sitemapChunks, sitemapXml } from '../../lib/publishing/sitemap.ts';
import { getCorpus } from '../../collections/corpus.ts';

export const getStaticPaths = (async () => {
  const chunks = sitemapChunks(sitePages(await getCorpus()));
  return selectPages(
    'sitemaps',
    chunks.map((pages, i) => ({
      file: `sitemaps/${i + 1}.xml`,
      key: inputKey(pages),
      page: { params: { n: String(i + 1) }, props: { pages } },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props as { pages: Parameters<typeof sitemapXml>[0] }).pages, site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
