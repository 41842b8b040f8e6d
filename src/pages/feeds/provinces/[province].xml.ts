/**
 * `/feeds/provinces/<province>.xml`: the Atom feed of the versions of one current province's articles
 * (lib/publishing/follow-feed-pages.ts).
 */
import type { APIRoute } from 'astro';
import { selectPages } from '../../../lib/build/render-plan.ts';
import { atomResponse } from '../../../lib/publishing/atom-feed.ts';
import { cachedContentDate } from '../../../lib/publishing/content-date.ts';
import { followFeedPages, type FollowFeedPage } from '../../../lib/publishing/follow-feed-pages.ts';
import { getCorpus } from '../../../collections/corpus.ts';

export async function getStaticPaths() {
  return selectPages(
    'province-feeds',
    followFeedPages('provinces', await getCorpus(), cachedContentDate(process.cwd())),
  );
}

export const GET: APIRoute = ({ props, site }) => atomResponse((props as FollowFeedPage['props']).write(site!));
