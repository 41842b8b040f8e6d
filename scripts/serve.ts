/**
 * npm run preview [-- --port 4321] [--host 127.0.0.1] [--dist dist]     (npm start: build, then this)
 *
 * Serves the built site as its hosts will (src/lib/serve/static-server.ts): the security headers
 * from the build's own dist/_headers on every response, folder index pages, `/x` → `/x/`,
 * /404.html with status 404, gzip. Refuses to start without a built site or its _headers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteHeaders, startStaticServer } from '../src/lib/serve/static-server.ts';

let options: { port: string; host: string; dist: string };
try {
  ({ values: options } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dist: { type: 'string', default: process.env.SONG_SONG_OUT_DIR ?? 'dist' },
    },
  }));
} catch (error) {
  console.error(`serve: ${(error as Error).message} (options: --port N, --host ADDRESS, --dist FOLDER)`);
  process.exit(2);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: --port ${options.port}: not a port number`);
  process.exit(2);
}

const root = path.resolve(options.dist);
const headers = existsSync(path.join(root, 'index.html')) ? siteHeaders(root) : null;
if (!headers) {
  console.error(`serve: no built site with its _headers in ${root}: run \`npm run build\` first`);
  process.exit(1);
}

try {
  const server = await startStaticServer({ root, host: options.host, port, headers });
  const headerNames = headers.map((h) => h.name).join(', ');
  const folder = path.relative(process.cwd(), root) || '.';
  console.log(`serving ${folder}/ at ${server.url}/ (headers from _headers: ${headerNames}; Ctrl+C stops)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close().finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`serve: cannot listen on ${options.host}:${port}: ${(error as Error).message}`);
  process.exit(1);
}
