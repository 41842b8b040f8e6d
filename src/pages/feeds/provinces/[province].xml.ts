/** `/feeds/provinces/<province>.xml`: the Atom feed of the versions of one current province's articles. */
import type { APIRoute } from 'astro';
import { pageFile, selectPages } from '../../../lib/build/render-plan.ts';
import { currentProvinces } from '../../../lib/provinces/provinces.ts';
import { provinceFeed } from '../../../lib/publishing/citation-feeds.ts';
import { contentDate } from '../../../lib/publishing/content-date.ts';
import { provinceFeedKey } from '../../../lib/build/page-inputs.ts';
import { provinceFeedUrl } from '../../../lib/routes/urls.ts';
import { getCorpus } from '../../../collections/corpus.ts';

// The content's date asks git once per process, not once per feed.
let contentUpdated: string | undefined;
const updatedDate = () => (contentUpdated ??= contentDate(process.cwd()));

export async function getStaticPaths() {
  const corpus = await getCorpus();
  const updated = updatedDate();
  return selectPages(
    'province-feeds',
    currentProvinces().map((province) => ({
      file: pageFile(provinceFeedUrl(province.slug)),
      key: provinceFeedKey(province.name, corpus, updated),
      page: { params: { province: province.slug }, props: { name: province.name, slug: province.slug } },
    })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const feed = provinceFeed(await getCorpus(), props as { name: string; slug: string }, { site: site!, updated: updatedDate() });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
