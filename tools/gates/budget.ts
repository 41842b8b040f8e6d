/**
 * Performance guard: every article page, as a first-time visitor downloads it (HTML and the
 * stylesheets and scripts it links, gzip-compressed as our static server and common hosts send
 * them), stays within ARTICLE_PAGE_BUDGET_BYTES, and ships no JavaScript (reading needs none).
 * The budget comes from the benchmark issue (BENCHMARKS.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlPages, parsePage, type GateProblem } from './site-files.ts';
import { LANG_ALTERNATION } from '../../src/lib/lang.ts';

export const ARTICLE_PAGE_BUDGET_BYTES = 50 * 1024;

export function checkPageBudget(dist: string): GateProblem[] {
  const problems: GateProblem[] = [];
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(file), { level: 6 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  const articlePages = htmlPages(dist).filter((p) =>
    new RegExp(`^/(?:${LANG_ALTERNATION})/articles/[^/]+/$`).test(p.sitePath),
  );
  if (articlePages.length === 0) problems.push({ page: '/', message: 'no article pages to check' });
  for (const { sitePath, file } of articlePages) {
    const page = parsePage(sitePath, file);
    const scripts = page.elements.filter((e) => e.tag === 'script');
    if (scripts.length > 0)
      problems.push({ page: sitePath, message: `ships ${scripts.length} script(s); reading pages ship none` });
    const assets = page.elements
      .filter((e) => e.tag === 'link' && e.attrs.get('rel') === 'stylesheet')
      .map((e) => path.join(dist, e.attrs.get('href')!.split('?')[0]!));
    const total = sizeOf(file) + assets.reduce((n, asset) => n + sizeOf(asset), 0);
    if (total > ARTICLE_PAGE_BUDGET_BYTES)
      problems.push({
        page: sitePath,
        message: `${total} bytes (gzip, with CSS) over the budget of ${ARTICLE_PAGE_BUDGET_BYTES}`,
      });
  }
  return problems;
}
