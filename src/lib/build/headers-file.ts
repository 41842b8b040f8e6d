/**
 * dist/_headers, the headers file of Netlify, Cloudflare Pages and similar static hosts: the
 * security headers (security-headers.ts) for every path. They answer a missing path with
 * /404.html by themselves. The preview server (src/lib/serve/) reads this file back
 * (parseHeadersFile), so it serves exactly the headers the build wrote.
 */
import { checkHeader, GENERATED, securityHeaders, type HttpHeader } from './security-headers.ts';

export function formatHeadersFile(headers: readonly HttpHeader[]): string {
  return [
    `# ${GENERATED}`,
    '/*',
    ...headers.map((header) => checkHeader(header, '_headers')).map(({ name, value }) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

/** The file for the pages' policies. */
export function headersFile(policies: Iterable<string>): string {
  return formatHeadersFile(securityHeaders(policies));
}

/**
 * The headers a `_headers` file sets for every path (its `/*` rule), in order. Rules for other
 * path patterns are not ours and are skipped; `#` lines are comments.
 */
export function parseHeadersFile(text: string): HttpHeader[] {
  const headers: HttpHeader[] = [];
  let everyPath = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      everyPath = line.trim() === '/*';
      continue;
    }
    if (!everyPath) continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`_headers: not a "Name: value" line: ${JSON.stringify(line.trim())}`);
    headers.push(checkHeader({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() }, '_headers'));
  }
  return headers;
}
