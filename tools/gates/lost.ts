/**
 * Nothing-lost gate: every version in content/ reached every output, whole, and every article has
 * its page under each of the five interface languages. Per version, the
 * text checksum recomputed from the Markdown body matches the frontmatter and /data/manifest.json,
 * and every paragraph and caption appears in the text of its article page. Per language, the
 * counts agree: content files, manifest entries, article pages, article URLs in the sitemaps, and
 * pages in the Pagefind index (the all-languages shards /pagefind-all/<n>-<b>/, a page counted under
 * the `lang` filter it is indexed with, which is what "this language only" searches by; in total,
 * the shards' page counts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArticleBody } from '../../src/lib/corpus/article-body.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { versionTextChecksum } from '../../src/lib/corpus/version-checksum.ts';
import { LANG_ALTERNATION, LANGS, isLang, type Lang } from '../../src/lib/lang.ts';
import { select, textOf } from './page-query.ts';
import { parsePage, type GateProblem } from './site-files.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checkNothingLost(dist: string, contentArticles: string): GateProblem[] {
  const problems: GateProblem[] = [];
  const versions = loadContent(contentArticles);
  const count = () => Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>;
  const counts = { content: count(), manifest: count(), pages: count(), sitemap: count(), index: count() };

  const manifestFile = path.join(dist, 'data/manifest.json');
  const manifest = existsSync(manifestFile)
    ? (
        JSON.parse(readFileSync(manifestFile, 'utf8')) as {
          versions: { article: string; lang: Lang; checksum: string }[];
        }
      ).versions
    : [];
  if (manifest.length === 0) problems.push({ page: '/data/manifest.json', message: 'missing or empty' });
  const manifestChecksum = new Map(manifest.map((v) => [`${v.article}/${v.lang}`, v.checksum]));
  for (const v of manifest) counts.manifest[v.lang]++;

  for (const { data, body } of versions) {
    const where = `content/articles/${data.article}/${data.lang}.md`;
    counts.content[data.lang]++;
    const blocks = parseArticleBody(body);
    const checksum = versionTextChecksum(
      data.titleDerived ? null : data.title,
      blocks.map((b) => b.text),
    );
    if (checksum !== data.checksum)
      problems.push({
        page: where,
        message: `text checksum ${checksum} differs from the frontmatter's ${data.checksum}`,
      });
    const inManifest = manifestChecksum.get(`${data.article}/${data.lang}`);
    if (inManifest !== data.checksum)
      problems.push({
        page: where,
        message: inManifest ? 'checksum differs in /data/manifest.json' : 'not in /data/manifest.json',
      });
    const pageFile = path.join(dist, data.lang, 'articles', data.article, 'index.html');
    if (!existsSync(pageFile)) {
      problems.push({ page: where, message: `no article page /${data.lang}/articles/${data.article}/` });
      continue;
    }
    const page = parsePage(`/${data.lang}/articles/${data.article}/`, pageFile);
    // The version's own page is the one search indexes (the same article under another interface
    // language shows it too, unindexed): exactly one indexed page per version.
    if (select(page, '[data-pagefind-body]').length > 0) counts.pages[data.lang]++;
    else
      problems.push({
        page: where,
        message: `its page /${data.lang}/articles/${data.article}/ is not marked for the search index`,
      });
    const text = textOf(page);
    const missing = blocks.filter((b) => !text.includes(collapse(b.text)));
    if (missing.length > 0)
      problems.push({
        page: where,
        message: `${missing.length} paragraph(s) missing from its page, first: "${missing[0]!.text.slice(0, 80)}"`,
      });
  }

  // Every article under every interface language, and no page for an article content lacks.
  const articles = new Set(versions.map(({ data }) => data.article));
  for (const lang of LANGS) {
    const folder = path.join(dist, lang, 'articles');
    const pages = new Set(
      existsSync(folder) ? readdirSync(folder).filter((d) => existsSync(path.join(folder, d, 'index.html'))) : [],
    );
    for (const article of articles)
      if (!pages.has(article))
        problems.push({
          page: `/${lang}/articles/${article}/`,
          message: 'missing: every article has a page under every interface language',
        });
    for (const article of pages)
      if (!articles.has(article))
        problems.push({ page: `/${lang}/articles/${article}/`, message: 'no such article in content/' });
  }
  const sitemaps = path.join(dist, 'sitemaps');
  for (const file of existsSync(sitemaps) ? readdirSync(sitemaps) : []) {
    for (const match of readFileSync(path.join(sitemaps, file), 'utf8').matchAll(
      new RegExp(`<loc>[^<]*?/(${LANG_ALTERNATION})/articles/[^<]+</loc>`, 'g'),
    ))
      counts.sitemap[match[1] as Lang]++;
  }
  // Every shard bundle of the all-languages index: its page count, and each page's language filter
  // (a result fragment per page: gzip, after Pagefind's 12-byte signature).
  let allIndexed = 0;
  const shardsFolder = path.join(dist, 'pagefind-all');
  for (const bucket of existsSync(shardsFolder) ? readdirSync(shardsFolder) : []) {
    const bundle = path.join(shardsFolder, bucket);
    const entryFile = path.join(bundle, 'pagefind-entry.json');
    if (!existsSync(entryFile)) continue;
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pageCount = Object.values(entry.languages).reduce((n, info) => n + info.page_count, 0);
    allIndexed += pageCount;
    const fragments = existsSync(path.join(bundle, 'fragment')) ? readdirSync(path.join(bundle, 'fragment')) : [];
    if (fragments.length !== pageCount)
      problems.push({
        page: `/pagefind-all/${bucket}/`,
        message: `${pageCount} pages indexed, ${fragments.length} result fragments`,
      });
    for (const file of fragments) {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(path.join(bundle, 'fragment', file)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as {
        url: string;
        filters?: Record<string, string[]>;
      };
      const langs = fragment.filters?.lang ?? [];
      const lang = langs[0] ?? '';
      if (langs.length === 1 && isLang(lang) && fragment.url.startsWith(`/${lang}/`)) counts.index[lang]++;
      else
        problems.push({
          page: fragment.url,
          message: `indexed in /pagefind-all/${bucket}/ with the language filter [${langs.join(', ')}]`,
        });
    }
  }
  if (existsSync(path.join(dist, 'pagefind')))
    problems.push({ page: '/pagefind/', message: 'per-language search shards of an older layout: nothing reads them' });

  for (const lang of LANGS) {
    const figures = Object.entries(counts).map(([name, byLang]) => [name, byLang[lang]] as const);
    if (new Set(figures.map(([, n]) => n)).size > 1) {
      problems.push({
        page: `/${lang}/`,
        message: `counts disagree: ${figures.map(([name, n]) => `${name} ${n}`).join(', ')}`,
      });
    }
  }
  if (allIndexed !== versions.length)
    problems.push({
      page: '/pagefind-all/',
      message: `${allIndexed} pages indexed, ${versions.length} versions in content/`,
    });
  return problems;
}
