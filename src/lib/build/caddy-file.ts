/**
 * The Caddy snippet (dist/_deploy/caddy-headers.caddyfile), to `import` inside the site block
 * (after `root` and `file_server`): a `header { }` block setting the security headers, and
 * handle_errors serving /404.html with status 404 under the same headers (repeated there so the
 * error response carries them whatever the Caddy version does with headers set before the error).
 */
import { checkHeader, GENERATED, NOT_FOUND_PAGE, type HttpHeader } from './security-headers.ts';

export function formatCaddy(headers: readonly HttpHeader[]): string {
  // Double-quoted tokens; Caddy would read {…} in a value as a placeholder.
  const lines = headers
    .map((header) => checkHeader(header, 'Caddy', '"\\{}'))
    .map(({ name, value }) => `${name} "${value}"`);
  const block = (indent: string) => [`${indent}header {`, ...lines.map((line) => `${indent}\t${line}`), `${indent}}`];
  return [
    `# ${GENERATED}`,
    '# Import inside the site block, after root and file_server:',
    '#   import /path/to/dist/_deploy/caddy-headers.caddyfile',
    "# (reload Caddy after each deploy: the policy's hashes change with the pages). A site with a",
    '# handle_errors of its own: move the 404 handling below into it (a second catch-all is refused).',
    ...block(''),
    'handle_errors {',
    '\t@notFound expression {err.status_code} == 404',
    '\thandle @notFound {',
    ...block('\t\t'),
    `\t\trewrite * ${NOT_FOUND_PAGE}`,
    '\t\tfile_server',
    '\t}',
    '}',
    '',
  ].join('\n');
}
