/**
 * A small static file server over a built site (node:http), for `npm start` / `npm run preview`
 * (scripts/serve.ts) and the browser tests (tools/static-server.ts). It answers as the
 * static hosts the site is deployed to do, with the headers the build wrote for them:
 *
 * - every response carries the site's security headers, read from the built `_headers`
 *   (siteHeaders), so the preview serves exactly what the build wrote;
 * - a file is served with its content type, a folder as its index.html; `/x` becomes `/x/` when x
 *   is a folder (the site's URLs all end in a slash); a missing path gets /404.html, status 404;
 * - text is gzipped when the client accepts it (as every common host does);
 * - GET and HEAD only (405 otherwise).
 *
 * Path safety: the request path is percent-decoded exactly once (a bad escape: 400); a `..`
 * segment (either slash), a NUL or a dot-file segment after decoding is refused (400, or 404 for a
 * dot-file: `.htaccess` is for Apache, not for visitors); the resolved path must stay inside the
 * root, also after following symlinks (realpath), and only regular files are served. Any
 * unexpected error becomes a plain-text 500 "Internal server error" — the details go to the log
 * (stderr), never to the client.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { parseHeadersFile } from '../build/headers-file.ts';
import { NOT_FOUND_PAGE, type HttpHeader } from '../build/security-headers.ts';

export interface StaticServerOptions {
  /** The built site's folder. */
  root: string;
  /** Headers set on every response (siteHeaders(root) for the build's own). */
  headers?: readonly HttpHeader[];
  /** Where unexpected errors are reported (default: stderr). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.tmx': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The content type of a file name; Pagefind's `.pf_*` files (already gzipped) and anything unknown are bytes. */
export function contentType(file: string): string {
  const extension = path.extname(file).toLowerCase();
  if (extension.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[extension] ?? 'application/octet-stream';
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/;

/** Whether the client takes gzip (`Accept-Encoding: gzip`, not `gzip;q=0`). */
function acceptsGzip(request: IncomingMessage): boolean {
  for (const part of String(request.headers['accept-encoding'] ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The headers of the build's `_headers` in `root`, or null when there is none. */
export function siteHeaders(root: string): HttpHeader[] | null {
  const file = path.join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : null;
}

/** What a request path names: a path relative to the root (`/`-separated), or a refusal. */
export type ResolvedPath = { ok: true; segments: string[]; slash: boolean } | { ok: false; status: 400 | 404 };

/**
 * Decodes a request target's path once and checks it: no bad escape, NUL, `..` (with either
 * slash) or dot-file segment. Empty segments (`//`) are dropped.
 */
export function requestPath(target: string): ResolvedPath {
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  const segments = decoded.split(/[/\\]/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 400 };
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404 };
  return { ok: true, segments, slash: /[/\\]$/.test(decoded) };
}

/** A regular file at `file` whose real path is inside `realRoot`, or null. */
async function fileInside(realRoot: string, file: string): Promise<{ real: string; size: number } | null> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  if (!isInside(realRoot, real)) return null;
  const info = await stat(real);
  return info.isFile() ? { real, size: info.size } : null;
}

const isInside = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

const isMissing = (error: unknown) =>
  ['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG'].includes((error as NodeJS.ErrnoException).code ?? '');

/** The request handler: (request, response) → the response, never a thrown error. */
export function staticHandler(
  options: StaticServerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const root = path.resolve(options.root);
  const headers = options.headers ?? [];
  const log = options.log ?? ((line: string) => console.error(line));

  const start = (response: ServerResponse, status: number, extra: Record<string, string | number>) => {
    for (const { name, value } of headers) response.setHeader(name, value);
    response.writeHead(status, extra);
  };
  const plain = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    text: string,
    extra: Record<string, string> = {},
  ) => {
    const body = `${text}\n`;
    start(response, status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...extra,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  const send = async (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    file: { real: string; size: number },
  ) => {
    const type = contentType(file.real);
    const gzip = COMPRESSIBLE.test(type) && acceptsGzip(request);
    // Files under /_astro/ carry a digest of their content in their name (fonts, CSS, scripts):
    // a browser may keep them for good, as static hosts let it.
    const fingerprinted = status === 200 && (request.url ?? '').startsWith('/_astro/');
    start(response, status, {
      'Content-Type': type,
      ...(fingerprinted ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
      ...(COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': file.size }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file.real);
    await (gzip ? pipeline(stream, createGzip({ level: 6 }), response) : pipeline(stream, response));
  };

  const notFound = async (request: IncomingMessage, response: ServerResponse, base: string) => {
    const page = await fileInside(base, path.join(base, ...NOT_FOUND_PAGE.split('/')));
    if (page) return send(request, response, 404, page);
    return plain(request, response, 404, 'Not found');
  };

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(request, response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const base = await realpath(root);
    const target = requestPath(request.url ?? '/');
    if (!target.ok)
      return target.status === 400 ? plain(request, response, 400, 'Bad request') : notFound(request, response, base);
    const file = path.join(base, ...target.segments);
    if (!isInside(base, file)) return plain(request, response, 400, 'Bad request');

    const found = await fileInside(base, file);
    if (found) return target.slash ? notFound(request, response, base) : send(request, response, 200, found);
    const index = await fileInside(base, path.join(file, 'index.html'));
    if (!index) return notFound(request, response, base);
    if (target.slash || target.segments.length === 0) return send(request, response, 200, index);
    // A folder named without its slash: the same path, re-encoded from the checked segments (so
    // never `//host/…`, an address elsewhere), with a plain query kept.
    const query = (request.url ?? '').split('?').slice(1).join('?');
    const keptQuery = query && /^[\x21-\x7e]*$/.test(query) ? `?${query}` : '';
    const location = `/${target.segments.map(encodeURIComponent).join('/')}/${keptQuery}`;
    return plain(request, response, 301, 'Moved permanently', { Location: location });
  };

  return (request, response) => {
    answer(request, response).catch((error: unknown) => {
      // A visitor who went away mid-file is no error of ours.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`static server: ${request.method} ${JSON.stringify(request.url)}: ${detail}`);
      if (!response.headersSent) {
        response.removeHeader('Content-Encoding');
        response.removeHeader('Vary');
        plain(request, response, 500, 'Internal server error');
      } else response.destroy();
    });
  };
}

/** Starts a server on `host:port` (port 0: any free one). */
export async function startStaticServer(
  options: StaticServerOptions & { host?: string; port?: number },
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(staticHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
