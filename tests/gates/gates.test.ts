/**
 * Each quality gate fails on a small broken site (written here into a temporary folder) and names
 * the problem; the real sites are checked by the gates themselves in CI (npm run gates).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAccessibility, checkCsp } from '../../tools/gates/browser-gates.ts';
import { ARTICLE_PAGE_BUDGET_BYTES, checkPageBudget } from '../../tools/gates/budget.ts';
import { checkHtml } from '../../tools/gates/html.ts';
import { checkLanguageAlternates, checkLinks, checkLinkTargets } from '../../tools/gates/links.ts';
import { checkNothingLost } from '../../tools/gates/lost.ts';
import { scanBuiltSite } from '../../tools/gates/scan.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A site from { 'en/index.html': html, ... }. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'song-song-gate-'));
  folders.push(root);
  // The static server answers unknown paths with the site's 404 page.
  for (const [name, text] of Object.entries({ '404.html': page('en', '<h1>Not found</h1>'), ...files })) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function page(lang: string, body: string, head = ''): string {
  const headElement = `<head><meta charset="utf-8"><title>Test page</title>${head}</head>`;
  return `<!doctype html><html lang="${lang}">${headElement}<body><main>${body}</main></body></html>`;
}
const messages = (problems: { page: string; message: string }[]) => problems.map((p) => `${p.page}: ${p.message}`);

describe('links gate', () => {
  it('finds broken links and fragments, unmarked language changes, unsafe external links, one-way alternates', () => {
    const dist = site({
      'en/index.html': page(
        'en',
        '<a href="/en/nope/">x</a> <a href="/en/other/#missing">y</a> <a href="/de/">z</a> <a ' +
          'href="https://example.org/">e</a> <a href="javascript:alert(1)">j</a>',
        '<link rel="alternate" hreflang="de" href="https://s.example/de/">',
      ),
      'en/other/index.html': page('en', '<p id="here">ok</p>'),
      'de/index.html': page('de', '<a href="/de/">ok</a>'),
    });
    const found = messages(checkLinks(dist));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/en/: <a href="/en/nope/"> leads nowhere'),
        expect.stringContaining('no element with id "missing" on /en/other/'),
        expect.stringContaining('leads into the de pages without hreflang="de"'),
        expect.stringContaining('external link https://example.org/ lacks rel="noopener noreferrer"'),
        expect.stringContaining('only http(s) links are allowed'),
        expect.stringContaining('alternate /de/ (hreflang de) does not list this page back'),
      ]),
    );
    expect(found).toHaveLength(6);
  });

  it('finds an alternate that leads to no page, which the link check leaves alone as an absolute URL', () => {
    const dist = site({
      'en/index.html': page('en', '<p>x</p>', '<link rel="alternate" hreflang="de" href="https://s.example/de/">'),
    });
    expect(messages(checkLinks(dist))).toEqual([
      '/en/: alternate /de/ (hreflang de) leads nowhere (no such page in the build)',
    ]);
    expect(messages(checkLanguageAlternates(dist))).toEqual([
      '/en/: alternate /de/ (hreflang de) leads nowhere (no such page in the build)',
    ]);
    expect(checkLinkTargets(dist)).toEqual([]);
  });
});

describe('built-site scan', () => {
  it('finds handlers, dangerous URLs, foreign scripts, duplicate ids and unsafe target=_blank', () => {
    const dist = site({
      'en/index.html': page(
        'en',
        '<p id="a" onclick="x()">a</p><p id="a">b</p><a href=" JaVaScript:alert(1)">c</a><img alt="" ' +
          'src="data:text/html,x"><script>alert(1)</script><script ' +
          'src="https://cdn.example/x.js"></script><a href="/en/" target="_blank">d</a>',
      ),
    });
    const found = messages(scanBuiltSite(dist)).join('\n');
    for (const expected of [
      'onclick',
      'javascript: URL',
      'data: URL',
      'inline <script>alert(1)',
      'https://cdn.example/x.js',
      'id "a" appears 2 times',
      'target="_blank"> without rel',
    ]) {
      expect(found).toContain(expected);
    }
  });

  it('finds invisible bidi controls, literal or as references, in text and attributes', () => {
    const dist = site({
      'ar/index.html': page('ar', '<h1>الوثيقة \u2066204-QĐ/TW\u2069</h1><p title="&#x2067;x">y&lrm;</p>'),
      'en/index.html': page('en', '<h1>Document <bdi dir="ltr">204-QĐ/TW</bdi></h1>'),
    });
    const found = messages(scanBuiltSite(dist));
    expect(found.filter((m) => m.startsWith('/ar/: invisible bidi control'))).toHaveLength(4);
    expect(found.join('\n')).toContain('<U+2066>204-QĐ/TW<U+2069>');
    expect(found.filter((m) => m.startsWith('/en/'))).toEqual([]);
  });
});

describe('html gate', () => {
  it('reports invalid markup with its line', async () => {
    const dist = site({
      'en/index.html':
        '<!doctype html>\n<html lang="en"><head><title>x</title></head><body>\n<p><div>bad ' +
        'nesting</p></div><img src="/a.png"></body></html>',
    });
    const found = messages(await checkHtml(dist)).join('\n');
    expect(found).toMatch(/\/en\/: line 3:\d+ /);
    expect(found).toContain('wcag/h37'); // an image without alt text
  });
});

describe('page budget gate', () => {
  it('fails an article page over the byte budget or shipping a script', () => {
    // Random text does not compress: the page is over the budget even gzip-compressed.
    const noise = Array.from(
      { length: ARTICLE_PAGE_BUDGET_BYTES },
      (_, i) => String.fromCharCode(0x61 + (((i * 7919) % 97) % 26)) + (i % 13 === 0 ? ' ' : ''),
    ).join('');
    const random = Buffer.from(
      Array.from({ length: 2 * ARTICLE_PAGE_BUDGET_BYTES }, () => Math.floor(Math.random() * 256)),
    ).toString('base64');
    const dist = site({
      'en/articles/big/index.html': page('en', `<p>${noise}${random}</p>`),
      'en/articles/scripted/index.html': page('en', '<p>x</p><script src="/_astro/x.js"></script>'),
    });
    const found = messages(checkPageBudget(dist)).join('\n');
    expect(found).toMatch(/\/en\/articles\/big\/: \d+ bytes \(gzip, with CSS\) over the budget/);
    expect(found).toContain('/en/articles/scripted/: ships 1 script(s)');
  });
});

describe('nothing-lost gate', () => {
  it('fails when a page lost a paragraph, the body no longer matches its checksum, or counts disagree', async () => {
    const content = site({});
    const { ingestFiles } = await import('../../src/lib/ingest/ingest-files.ts');
    const results = ingestFiles(
      [path.resolve('tests/fixtures/compare-site/en.txt'), path.resolve('tests/fixtures/compare-site/de.txt')],
      { contentDir: content, dryRun: false, force: false },
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    const article = 'to-cong-tac-so-2-lam-viec-voi-xa-chi-lang';
    // Tamper with the German body: a paragraph changed after ingest.
    const deFile = path.join(content, 'articles', article, 'de.md');
    const { readFileSync } = await import('node:fs');
    writeFileSync(deFile, readFileSync(deFile, 'utf8').replace('2.530', '2.531'));
    const dist = site({
      [`en/articles/${article}/index.html`]: page(
        'en',
        '<article data-pagefind-body><p>Only the first sentence survived.</p></article>',
      ),
      'data/manifest.json': JSON.stringify({ versions: [] }),
    });
    const found = messages(checkNothingLost(dist, path.join(content, 'articles'))).join('\n');
    expect(found).toContain(`content/articles/${article}/de.md: text checksum`);
    expect(found).toContain('not in /data/manifest.json');
    expect(found).toContain(`content/articles/${article}/en.md: 4 paragraph(s) missing from its page`);
    expect(found).toContain(`content/articles/${article}/de.md: no article page /de/articles/${article}/`);
    expect(found).toMatch(/\/en\/: counts disagree: content 1, manifest 0, pages 1, sitemap 0, index 0/);
    // Every article has a page under each of the five interface languages.
    expect(found).toContain(
      `/vi/articles/${article}/: missing: every article has a page under every interface language`,
    );
  });
});

describe('browser gates', { timeout: 120_000 }, () => {
  it('the CSP gate reports a script the policy blocks', async () => {
    const dist = site({
      'en/index.html': page(
        'en',
        '<p>x</p><script>document.title = "ran"</script>',
        `<meta http-equiv="content-security-policy" content="script-src 'self'">`,
      ),
    });
    const found = messages(await checkCsp(dist)).join('\n');
    expect(found).toMatch(/\/en\/: CSP violation: .*script-src/);
  });

  it('the accessibility gate reports contrast and missing names, in light and dark schemes', async () => {
    const dist = site({
      'en/index.html': page(
        'en',
        '<h1>Test</h1><p style="color:#bbb;background:#fff">faint text</p><img src="/x.png"><a href="/en/"></a>',
      ),
    });
    const found = messages(await checkAccessibility(dist)).join('\n');
    expect(found).toContain('/en/ (light): color-contrast');
    expect(found).toContain('/en/ (dark): image-alt');
    expect(found).toContain('link-name');
  });
});

describe('reproducible-build gate', () => {
  it('names files that differ or exist in one build only', async () => {
    const { compareTrees } = await import('../../tools/gates/compare-trees.ts');
    const a = site({ 'en/index.html': page('en', '<p>built at 10:00</p>'), 'same.txt': 'x', 'only-a.txt': 'a' });
    const b = site({ 'en/index.html': page('en', '<p>built at 11:00</p>'), 'same.txt': 'x', 'only-b.txt': 'b' });
    expect(messages(compareTrees(a, b))).toEqual([
      '/en/index.html: differs between the builds',
      '/only-a.txt: only in the first build',
      '/only-b.txt: only in the second build',
    ]);
  });
});
