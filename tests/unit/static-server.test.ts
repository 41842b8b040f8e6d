/**
 * The site's static server (src/lib/serve/static-server.ts, behind `npm start` and the browser
 * tests) over a tiny built site in a temporary folder: the build's `_headers` on every response,
 * folder pages and their redirect, the 404 page, gzip, HEAD and 405 — and no way out of the
 * folder: traversal in every spelling, NUL, bad escapes and symlinks are refused without a 500,
 * and an unexpected error shows the client nothing but "Internal server error".
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHeadersFile } from '../../src/lib/build/headers-file.ts';
import {
  contentType,
  requestPath,
  siteHeaders,
  startStaticServer,
  type RunningServer,
} from '../../src/lib/serve/static-server.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const SECRET = 'SECRET-OUTSIDE-THE-SITE';
const CSP = "default-src 'self'; frame-ancestors 'none'";
let dir: string;
let dist: string;
let server: RunningServer;
const logged: string[] = [];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with the path sent exactly as given (fetch would normalise `..` and `%2e`). */
function get(
  url: string,
  target: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, path: target, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function files(root: string, entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'song-song-serve-test-'));
  dist = path.join(dir, 'dist');
  files(dir, {
    'package.json': `{"name":"${SECRET}"}`,
    'secret.txt': SECRET,
    'outside/index.html': SECRET,
    'dist-other/x.txt': SECRET,
  });
  files(dist, {
    'index.html': '<!doctype html><title>home</title>',
    '404.html': '<!doctype html><title>not found page</title>',
    'en/index.html': '<!doctype html><title>English</title>',
    '_astro/site.AbC123.css': 'body{}',
    'en/style.css': `body { color: black; }${' '.repeat(2000)}`,
    'data/articles.json': '{"articles":[]}',
    'data/versions.tsv': 'a\tb\n',
    'feed.atom': '<feed/>',
    'pagefind-all/1-0/index/vi_1.pf_index': 'bytes',
    '.htaccess': 'ErrorDocument 404 /404.html',
    _headers: formatHeadersFile([
      { name: 'Content-Security-Policy', value: CSP },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
    ]),
  });
  symlinkSync(path.join(dir, 'secret.txt'), path.join(dist, 'leak.txt'));
  symlinkSync(path.join(dir, 'outside'), path.join(dist, 'leakdir'));
  symlinkSync(path.join(dist, 'en', 'style.css'), path.join(dist, 'inside.css'));
  server = await startStaticServer({ root: dist, headers: siteHeaders(dist)!, log: (line) => logged.push(line) });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const expectSiteHeaders = (answer: Answer) => {
  expect(answer.headers['content-security-policy']).toBe(CSP);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
};
const expectNothingLeaked = (answer: Answer) => {
  const body = answer.body.toString('utf8');
  expect(body).not.toContain(SECRET);
  expect(body).not.toContain(dir);
  expect(body).not.toContain('/work');
  expect(body).not.toMatch(/\bat /);
};

describe('static server', () => {
  it("serves pages and files with the build's headers and their content types", async () => {
    const home = await get(server.url, '/');
    expect(home.status).toBe(200);
    expectSiteHeaders(home);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('<title>home</title>');
    const english = await get(server.url, '/en/');
    expect(english.body.toString()).toContain('English');
    expectSiteHeaders(english);
    for (const [target, type] of [
      ['/en/style.css', 'text/css; charset=utf-8'],
      ['/data/articles.json', 'application/json; charset=utf-8'],
      ['/data/versions.tsv', 'text/tab-separated-values; charset=utf-8'],
      ['/feed.atom', 'application/atom+xml; charset=utf-8'],
      ['/pagefind-all/1-0/index/vi_1.pf_index', 'application/octet-stream'],
      ['/inside.css', 'text/css; charset=utf-8'],
    ]) {
      const answer = await get(server.url, target!);
      expect(answer.status, target).toBe(200);
      expect(answer.headers['content-type'], target).toBe(type);
      expectSiteHeaders(answer);
    }
    // Fingerprinted build files may be kept for good; pages are not.
    expect((await get(server.url, '/_astro/site.AbC123.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(home.headers['cache-control']).toBeUndefined();
    expect((await get(server.url, '/_astro/missing.css')).headers['cache-control']).toBeUndefined();
    expect(contentType('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.wasm')).toBe('application/wasm');
    expect(contentType('pagefind-entry.pf_meta')).toBe('application/octet-stream');
  });

  it('redirects a folder named without its slash, keeping a plain query', async () => {
    const answer = await get(server.url, '/en?q=177');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/en/?q=177');
    expectSiteHeaders(answer);
    expect((await get(server.url, '//en')).headers.location).toBe('/en/');
  });

  it('answers a missing path with the 404 page, status 404, with the headers', async () => {
    for (const target of ['/missing/', '/en/missing.html', '/en/style.css/', '/data/', '/.htaccess']) {
      const answer = await get(server.url, target);
      expect(answer.status, target).toBe(404);
      expect(answer.body.toString(), target).toContain('not found page');
      expectSiteHeaders(answer);
    }
  });

  it('gzips text when the client accepts it, and only then', async () => {
    const zipped = await get(server.url, '/en/style.css', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toMatch(/^body \{ color: black; \}/);
    expect(
      (await get(server.url, '/en/style.css', { headers: { 'Accept-Encoding': 'gzip;q=0' } })).headers[
        'content-encoding'
      ],
    ).toBeUndefined();
    expect(
      (await get(server.url, '/pagefind-all/1-0/index/vi_1.pf_index', { headers: { 'Accept-Encoding': 'gzip' } }))
        .headers['content-encoding'],
    ).toBeUndefined();
  });

  it('refuses traversal, NUL and bad escapes with 400/404, never a 500 and never a file outside the site', async () => {
    for (const target of [
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/..\\package.json',
      '/..%5cpackage.json',
      '/../package.json',
      '/en/../../package.json',
      '/%00',
      '/index.html%00.css',
      '/%',
      '/%zz',
      '/%c0%ae%c0%ae/package.json',
      '/..%2fdist-other/x.txt',
      '/leak.txt',
      '/leakdir/',
      '/leakdir/index.html',
    ]) {
      const answer = await get(server.url, target);
      expect([400, 404], `${target}: ${answer.status}`).toContain(answer.status);
      expectSiteHeaders(answer);
      expectNothingLeaked(answer);
    }
    expect(logged).toEqual([]);
  });

  it('decodes a path once: an escaped percent stays a percent', () => {
    expect(requestPath('/a%2520b/')).toEqual({ ok: true, segments: ['a%20b'], slash: true });
    expect(requestPath('/a/./b')).toEqual({ ok: false, status: 400 });
    expect(requestPath('http://elsewhere/')).toEqual({ ok: false, status: 400 });
  });

  it('answers HEAD with the headers and no body, and other methods with 405', async () => {
    const head = await get(server.url, '/en/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String('<!doctype html><title>English</title>'.length));
    expectSiteHeaders(head);
    expect((await get(server.url, '/missing', { method: 'HEAD' })).status).toBe(404);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(server.url, '/', { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expectSiteHeaders(answer);
    }
  });

  it('turns an unexpected error into a bare 500, the details going to the log only', async () => {
    const lines: string[] = [];
    const broken = await startStaticServer({
      root: path.join(dir, 'no-such-site'),
      headers: [{ name: 'X-Content-Type-Options', value: 'nosniff' }],
      log: (line) => lines.push(line),
    });
    try {
      const answer = await get(broken.url, '/');
      expect(answer.status).toBe(500);
      expect(answer.body.toString()).toBe('Internal server error\n');
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expectNothingLeaked(answer);
      expect(lines.join('\n')).toContain('no-such-site');
    } finally {
      await broken.close();
    }
  });
});

describe("serveStatic (the browser tests' server)", () => {
  let wrapped: StaticServer;
  beforeAll(async () => {
    wrapped = await serveStatic(dist);
  });
  afterAll(() => wrapped?.close());

  it("is the same server with the build's headers", async () => {
    const answer = await get(wrapped.url, '/en/');
    expect(answer.status).toBe(200);
    expectSiteHeaders(answer);
    expect((await get(wrapped.url, '/..%2fpackage.json')).status).toBe(400);
  });
});
