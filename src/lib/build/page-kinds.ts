/**
 * The kind of a built file, for the build's summary and the benchmark's breakdown: one name per
 * page type, taken from its path.
 */
const KINDS: [string, RegExp][] = [
  ['article', /^[a-z]{2}\/articles\//],
  ['compare', /^[a-z]{2}\/compare\//],
  ['document', /^[a-z]{2}\/documents\/[^/]+\//],
  ['province', /^[a-z]{2}\/provinces\/[^/]+\//],
  ['aligned export', /^data\/aligned\//],
  ['document lookup', /^search\/documents\//],
  ['sitemap', /^sitemap/],
  ['open data', /^data\//],
  ['feed', /^(?:[a-z]{2}\/feed\.xml|feeds\/.+\.xml)$/],
];

/** `en/articles/x/index.html` → 'article'; home, index, search and 404 pages are 'index'. */
export function pageKind(file: string): string {
  const clean = file.replace(/^\/+/, '');
  for (const [kind, pattern] of KINDS) if (pattern.test(clean)) return kind;
  return 'index';
}
