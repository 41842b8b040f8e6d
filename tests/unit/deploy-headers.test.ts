/**
 * The security headers for every host from one list (src/lib/build/security-headers.ts): each
 * host format's exact text on a tiny policy, the `_headers` file read back as written, values a
 * format cannot carry refused, and the files written into a site without writing through a hard
 * link to the published copy.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCaddy } from '../../src/lib/build/caddy-file.ts';
import { DEPLOY_FILES, deployFiles, writeDeployFiles } from '../../src/lib/build/deploy-files.ts';
import { formatHeadersFile, headersFile, parseHeadersFile } from '../../src/lib/build/headers-file.ts';
import { formatHtaccess } from '../../src/lib/build/htaccess-file.ts';
import { formatNginx } from '../../src/lib/build/nginx-file.ts';
import { GENERATED, securityHeaders, sitePolicy } from '../../src/lib/build/security-headers.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const page = "default-src 'self'; script-src 'self' 'sha256-A'";
const other = "default-src 'self'; script-src 'self' 'sha256-B'";
const csp = "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; frame-ancestors 'none'";
const headers = [
  { name: 'Content-Security-Policy', value: "default-src 'self'; frame-ancestors 'none'" },
  { name: 'X-Frame-Options', value: 'DENY' },
];

describe('securityHeaders', () => {
  it("merges the pages' policies in a stable order and adds what only a header can carry", () => {
    expect(sitePolicy([other, page, other])).toBe(csp);
    expect(securityHeaders([page, other])).toEqual([
      { name: 'Content-Security-Policy', value: csp },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { name: 'X-Frame-Options', value: 'DENY' },
    ]);
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it('sets every header for every path', () => {
    expect(formatHeadersFile(headers)).toBe(
      [
        `# ${GENERATED}`,
        '/*',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '  X-Frame-Options: DENY',
        '',
      ].join('\n'),
    );
    expect(headersFile([page, other])).toBe(formatHeadersFile(securityHeaders([page, other])));
  });

  it("is read back as written, skipping comments and other paths' rules", () => {
    expect(parseHeadersFile(formatHeadersFile(headers))).toEqual(headers);
    expect(parseHeadersFile('/en/*\n  X-Other: 1\n# note\n/*\r\n  A: b: c\r\n')).toEqual([
      { name: 'A', value: 'b: c' },
    ]);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/not a "Name: value" line/);
  });
});

describe('.htaccess (Apache)', () => {
  it('sets the headers through mod_headers on every response, and /404.html for a missing path', () => {
    expect(formatHtaccess(headers)).toBe(
      [
        `# ${GENERATED}`,
        'ErrorDocument 404 /404.html',
        '<IfModule mod_headers.c>',
        `  Header always set Content-Security-Policy "default-src 'self'; frame-ancestors 'none'"`,
        '  Header always set X-Frame-Options "DENY"',
        '</IfModule>',
        '',
      ].join('\n'),
    );
  });

  it('writes a literal % as %% (mod_headers reads the value as a format)', () => {
    expect(formatHtaccess([{ name: 'X-A', value: '100%' }])).toContain('Header always set X-A "100%%"');
    expect(() => formatHtaccess([{ name: 'X-A', value: 'say "hi"' }])).toThrow(/\.htaccess: X-A/);
  });
});

describe('nginx snippet', () => {
  it('adds the headers on every response and serves /404.html, warning about add_header inheritance', () => {
    const text = formatNginx(headers);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      'error_page 404 /404.html;',
      `add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`,
      'add_header X-Frame-Options "DENY" always;',
      '',
    ]);
    expect(text).toContain('include /path/to/dist/_deploy/nginx-headers.conf;');
    expect(text).toMatch(/inherited .* ONLY by a block that has\n# no add_header of its own/);
  });

  it('refuses a value nginx would read as a variable', () => {
    expect(() => formatNginx([{ name: 'X-A', value: 'cost $1' }])).toThrow(/nginx: X-A: the value holds "\$"/);
  });
});

describe('Caddy snippet', () => {
  it('sets the headers, and serves /404.html with status 404 under the same headers', () => {
    expect(
      formatCaddy(headers)
        .split('\n')
        .filter((line) => !line.startsWith('#')),
    ).toEqual([
      'header {',
      `\tContent-Security-Policy "default-src 'self'; frame-ancestors 'none'"`,
      '\tX-Frame-Options "DENY"',
      '}',
      'handle_errors {',
      '\t@notFound expression {err.status_code} == 404',
      '\thandle @notFound {',
      '\t\theader {',
      `\t\t\tContent-Security-Policy "default-src 'self'; frame-ancestors 'none'"`,
      '\t\t\tX-Frame-Options "DENY"',
      '\t\t}',
      '\t\trewrite * /404.html',
      '\t\tfile_server',
      '\t}',
      '}',
      '',
    ]);
  });

  it('refuses a value Caddy would read as a placeholder', () => {
    expect(() => formatCaddy([{ name: 'X-A', value: '{host}' }])).toThrow(/Caddy: X-A/);
  });
});

describe('every format', () => {
  it('refuses a header that would break the line it is written on', () => {
    for (const format of [formatHeadersFile, formatHtaccess, formatNginx, formatCaddy]) {
      expect(() => format([{ name: 'X-A', value: 'a\nX-B: injected' }])).toThrow(/outside printable ASCII/);
      expect(() => format([{ name: 'X A', value: 'b' }])).toThrow(/not a header name/);
    }
  });
});

describe('writeDeployFiles', () => {
  it('writes the four files with one policy, replacing hard links to the published copy, not writing through', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'song-song-deploy-test-'));
    folders.push(dir);
    const published = path.join(dir, 'dist');
    const next = path.join(dir, 'dist.next');
    mkdirSync(path.join(published, '_deploy'), { recursive: true });
    mkdirSync(path.join(next, '_deploy'), { recursive: true });
    for (const file of Object.values(DEPLOY_FILES)) {
      writeFileSync(path.join(published, file), 'published');
      linkSync(path.join(published, file), path.join(next, file));
    }
    expect(writeDeployFiles(next, [page, other]).sort()).toEqual(Object.values(DEPLOY_FILES).sort());
    for (const file of Object.values(DEPLOY_FILES)) {
      expect(readFileSync(path.join(published, file), 'utf8')).toBe('published');
      expect(readFileSync(path.join(next, file), 'utf8')).toContain(csp);
    }
    expect(deployFiles([page, other]).map(({ file, text }) => [file, text])).toEqual(
      Object.values(DEPLOY_FILES).map((file) => [file, readFileSync(path.join(next, file), 'utf8')]),
    );
  });
});
