/**
 * The nginx snippet (dist/_deploy/nginx-headers.conf): `add_header … always;` for each security
 * header (always: error responses too) and /404.html for a missing path, to `include` in the
 * site's server block. The comment it starts with explains nginx's inheritance rule, which
 * silently drops these headers in any location that sets a header of its own.
 */
import { checkHeader, GENERATED, NOT_FOUND_PAGE, type HttpHeader } from './security-headers.ts';

export function formatNginx(headers: readonly HttpHeader[]): string {
  return [
    `# ${GENERATED}`,
    "# Include inside the site's server { } block:   include /path/to/dist/_deploy/nginx-headers.conf;",
    "# (reload nginx after each deploy: the policy's hashes change with the pages).",
    '# nginx pitfall: add_header lines are inherited from the enclosing level ONLY by a block that has',
    '# no add_header of its own. A location { } with any add_header (say, Cache-Control for /_astro/)',
    '# drops every header below: include this file in that location too.',
    `error_page 404 ${NOT_FOUND_PAGE};`,
    // Header values are double-quoted; nginx would expand $ as a variable and has no escape for it.
    ...headers
      .map((header) => checkHeader(header, 'nginx', '"\\$'))
      .map(({ name, value }) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
