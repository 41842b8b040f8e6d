/**
 * One page of each template of a built site, in each of the five UI languages, for the gates
 * that drive Chromium (accessibility, content security): home, article, document, documents
 * index, province, provinces index, compare, search with results, 404. Picked from what the
 * build holds, so the same list works on the corpus site and the fixture site.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../src/lib/lang.ts';

export interface TemplatePage {
  template: string;
  lang: Lang;
  path: string;
  /** For the search page: wait until results are shown. */
  waitFor?: string;
}

/** The sub-page with the most content (largest HTML): a province with articles, a cited document. */
function fullest(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const pages = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'index.html')));
  return pages.sort(
    (a, b) =>
      statSync(path.join(dir, b, 'index.html')).size - statSync(path.join(dir, a, 'index.html')).size ||
      a.localeCompare(b),
  )[0];
}

export function templatePages(dist: string): TemplatePage[] {
  const pages: TemplatePage[] = [];
  for (const lang of LANGS) {
    const at = (...parts: string[]) => path.join(dist, lang, ...parts);
    const add = (template: string, sitePath: string | undefined, waitFor?: string) => {
      if (sitePath && existsSync(path.join(dist, sitePath.split('?')[0]!, 'index.html')))
        pages.push({ template, lang, path: sitePath, waitFor });
    };
    add('home', `/${lang}/`);
    const article = fullest(at('articles'));
    add('article', article && `/${lang}/articles/${article}/`);
    add('documents index', `/${lang}/documents/`);
    const document = fullest(at('documents'));
    add('document', document && `/${lang}/documents/${document}/`);
    add('provinces index', `/${lang}/provinces/`);
    const province = fullest(at('provinces'));
    add('province', province && `/${lang}/provinces/${province}/`);
    const compare = fullest(at('compare'));
    add('compare', compare && `/${lang}/compare/${compare}/`);
    add(
      'search with results',
      `/${lang}/search/?q=${encodeURIComponent('204-QD/TW')}`,
      '#search-results li.search-hit',
    );
    add('404', `/${lang}/404/`);
  }
  return pages;
}
