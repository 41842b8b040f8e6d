/** `/feeds/documents/<document>.xml`: the Atom feed of the versions citing one document. */
import type { APIRoute } from 'astro';
import { pageFile, selectPages } from '../../../lib/build/render-plan.ts';
import { documentFeed } from '../../../lib/publishing/citation-feeds.ts';
import { contentDate } from '../../../lib/publishing/content-date.ts';
import type { DocumentEntry } from '../../../lib/corpus/corpus-index.ts';
import { documentFeedKey } from '../../../lib/build/page-inputs.ts';
import { documentFeedUrl } from '../../../lib/routes/urls.ts';
import { getCorpus } from '../../../collections/corpus.ts';

// The content's date asks git once per process, not once per feed.
let contentUpdated: string | undefined;
const updatedDate = () => (contentUpdated ??= contentDate(process.cwd()));

export async function getStaticPaths() {
  const corpus = await getCorpus();
  const updated = updatedDate();
  return selectPages(
    'document-feeds',
    corpus.documents.map((doc) => ({ file: pageFile(documentFeedUrl(doc.id)), key: documentFeedKey(doc, corpus, updated), page: { params: { document: doc.id }, props: { doc } } })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const feed = documentFeed((props as { doc: DocumentEntry }).doc, { site: site!, updated: updatedDate() });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
