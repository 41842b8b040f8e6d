/** `/<lang>/feed.xml`: the Atom feed of the article versions in one language. */
import type { APIRoute } from 'astro';
import { pageFile, selectPages } from '../../lib/build/render-plan.ts';
import { translator } from '../../lib/i18n/ui-strings.ts';
import { LANGS, type Lang } from '../../lib/lang.ts';
import { atomFeed, atomResponse } from '../../lib/publishing/atom-feed.ts';
import { contentDate } from '../../lib/publishing/content-date.ts';
import { feedUrl } from '../../lib/routes/urls.ts';
import { getCorpus } from '../../collections/corpus.ts';

export function getStaticPaths() {
  // Shows the whole corpus: rendered by every build (key null).
  return selectPages(
    'feeds',
    LANGS.map((lang) => ({ file: pageFile(feedUrl(lang)), key: null, page: { params: { lang } } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const t = translator(lang);
  const feed = atomFeed(await getCorpus(), lang, {
    site: site!,
    title: t('feed.title', { language: t(`lang.name.${lang}`) }),
    updated: contentDate(process.cwd()),
  });
  return atomResponse(feed);
};
