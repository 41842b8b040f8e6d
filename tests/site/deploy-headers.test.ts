/**
 * The built site carries its security headers for every kind of host (src/lib/build/deploy-files.ts):
 * `_headers` and `.htaccess` at the root, the nginx and Caddy snippets under `_deploy/`, all with
 * the same Content-Security-Policy — the pages' own policy plus frame-ancestors — and the same
 * hardening headers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_FILES } from '../../src/lib/build/deploy-files.ts';
import { parseHeadersFile } from '../../src/lib/build/headers-file.ts';
import { parsePolicy } from '../../src/lib/publishing/content-security-policy.ts';
import { metaPolicy } from '../../tools/gates/page-query.ts';
import { distDir, parsedPage, requireBuild } from '../support/built-site.ts';

beforeAll(() => requireBuild());

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

describe('deploy headers in the built site', () => {
  it('has _headers, .htaccess and the nginx and Caddy snippets, all with one policy and the same headers', () => {
    const headers = parseHeadersFile(read(DEPLOY_FILES.headers));
    expect(headers.map((h) => h.name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
    ]);
    const csp = headers[0]!.value;
    expect(csp).toMatch(/; frame-ancestors 'none'$/);

    const found = {
      htaccess: [...read(DEPLOY_FILES.htaccess).matchAll(/^ {2}Header always set (\S+) "(.*)"$/gm)].map((m) => [
        m[1],
        m[2]!.replace(/%%/g, '%'),
      ]),
      nginx: [...read(DEPLOY_FILES.nginx).matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]),
      // The site's header block (the 404 handler repeats it, indented).
      caddy: [...read(DEPLOY_FILES.caddy).matchAll(/^\t(\S+) "(.*)"$/gm)].map((m) => [m[1], m[2]]),
    };
    for (const [host, pairs] of Object.entries(found))
      expect(pairs, host).toEqual(headers.map((h) => [h.name, h.value]));
    expect(read(DEPLOY_FILES.htaccess)).toMatch(/^ErrorDocument 404 \/404\.html$/m);
    expect(read(DEPLOY_FILES.nginx)).toMatch(/^error_page 404 \/404\.html;$/m);
    expect(read(DEPLOY_FILES.caddy)).toContain('rewrite * /404.html');
  });

  it("allows in its policy everything each page's own <meta> policy allows", () => {
    const site = parsePolicy(parseHeadersFile(read(DEPLOY_FILES.headers))[0]!.value);
    for (const page of ['/', '/en/', '/vi/documents/', '/404.html']) {
      for (const [directive, sources] of parsePolicy(metaPolicy(parsedPage(page))!)) {
        for (const source of sources) expect(site.get(directive), `${page}: ${directive} ${source}`).toContain(source);
      }
    }
  });
});
