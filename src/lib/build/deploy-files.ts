/**
 * The security headers for every kind of host, from one list (security-headers.ts), written into
 * the site the build is about to publish (`<out>.next`, swapped in whole with the pages, so the
 * headers always carry the hashes of the pages they are served with):
 *
 *   _headers                            Netlify, Cloudflare Pages (read from the site's root)
 *   .htaccess                           Apache httpd (read from the DocumentRoot)
 *   _deploy/nginx-headers.conf          nginx: `include` it in the server block
 *   _deploy/caddy-headers.caddyfile     Caddy: `import` it in the site block
 *
 * The nginx and Caddy snippets are read by the server's own configuration, not by the host from the
 * site; they live in the published tree anyway, so that one copy of dist/ carries the headers that
 * belong to its pages (published, they are public: harmless — every visitor receives the same
 * policy as a header and in each page's <meta>).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCaddy } from './caddy-file.ts';
import { formatHeadersFile } from './headers-file.ts';
import { formatHtaccess } from './htaccess-file.ts';
import { formatNginx } from './nginx-file.ts';
import { securityHeaders, type HttpHeader } from './security-headers.ts';

export const DEPLOY_FILES = {
  headers: '_headers',
  htaccess: '.htaccess',
  nginx: '_deploy/nginx-headers.conf',
  caddy: '_deploy/caddy-headers.caddyfile',
} as const;

const FORMATTERS: Record<keyof typeof DEPLOY_FILES, (headers: readonly HttpHeader[]) => string> = {
  headers: formatHeadersFile,
  htaccess: formatHtaccess,
  nginx: formatNginx,
  caddy: formatCaddy,
};

/** Each file (path relative to the site's root, `/`-separated) with its text. */
export function deployFiles(policies: Iterable<string>): { file: string; text: string }[] {
  const headers = securityHeaders(policies);
  return (Object.keys(DEPLOY_FILES) as (keyof typeof DEPLOY_FILES)[]).map((kind) => ({
    file: DEPLOY_FILES[kind],
    text: FORMATTERS[kind](headers),
  }));
}

/**
 * Writes them into `folder`. Each file is removed first: in an update, `folder` holds hard links
 * to the published files, which must never be written through.
 */
export function writeDeployFiles(folder: string, policies: Iterable<string>): string[] {
  const files = deployFiles(policies);
  for (const { file, text } of files) {
    const full = path.join(folder, file);
    mkdirSync(path.dirname(full), { recursive: true });
    rmSync(full, { force: true });
    writeFileSync(full, text);
  }
  return files.map(({ file }) => file);
}
