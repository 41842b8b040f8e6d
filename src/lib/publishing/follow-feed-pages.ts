/**
 * The follow feeds as pages of the build: `/feeds/documents/<document>.xml` for every document and
 * `/feeds/provinces/<province>.xml` for every current province, each declared with the key of its
 * inputs (build/page-inputs.ts) and written by citation-feeds.ts. The two endpoints under
 * src/pages/feeds/ only hand these to Astro, so they cannot drift apart.
 */
import { pageFile, type PlannedPage } from '../build/render-plan.ts';
import { documentFeedKey, provinceFeedKey } from '../build/page-inputs.ts';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { currentProvinces } from '../provinces/provinces.ts';
import { documentFeedUrl, provinceFeedUrl } from '../routes/urls.ts';
import { documentFeed, provinceFeed } from './citation-feeds.ts';

export type FollowFeedKind = 'documents' | 'provinces';

/** One feed as its endpoint gets it: the route parameter, and the feed written for the site's address. */
export interface FollowFeedPage {
  params: Record<string, string>;
  props: { write: (site: URL) => string };
}

/** Every feed of one kind; `updated` is the date of undated entries (content-date.ts). */
export function followFeedPages(
  kind: FollowFeedKind,
  corpus: CorpusIndex,
  updated: string,
): PlannedPage<FollowFeedPage>[] {
  if (kind === 'documents') {
    return corpus.documents.map((doc) => ({
      file: pageFile(documentFeedUrl(doc.id)),
      key: documentFeedKey(doc, corpus, updated),
      page: { params: { document: doc.id }, props: { write: (site) => documentFeed(doc, { site, updated }) } },
    }));
  }
  return currentProvinces().map(({ name, slug }) => ({
    file: pageFile(provinceFeedUrl(slug)),
    key: provinceFeedKey(name, corpus, updated),
    page: {
      params: { province: slug },
      props: { write: (site) => provinceFeed(corpus, { name, slug }, { site, updated }) },
    },
  }));
}
