/**
 * dist/.htaccess for Apache httpd: the security headers through mod_headers (`Header always set`,
 * so error responses carry them too; skipped if mod_headers is not loaded) and /404.html for a
 * missing path. Apache reads it where the site's DocumentRoot allows it: `AllowOverride FileInfo`
 * (or All) — with `AllowOverride None` the file is ignored, and with an AllowOverride lacking
 * FileInfo Apache answers every request with a 500 ("not allowed here").
 */
import { checkHeader, GENERATED, NOT_FOUND_PAGE, type HttpHeader } from './security-headers.ts';

/** mod_headers reads a value as a format string (`%{VAR}e`, `%t`): a literal % is written %%. */
const apacheValue = (value: string) => `"${value.replace(/%/g, '%%')}"`;

export function formatHtaccess(headers: readonly HttpHeader[]): string {
  return [
    `# ${GENERATED}`,
    `ErrorDocument 404 ${NOT_FOUND_PAGE}`,
    '<IfModule mod_headers.c>',
    ...headers
      .map((header) => checkHeader(header, '.htaccess', '"\\'))
      .map(({ name, value }) => `  Header always set ${name} ${apacheValue(value)}`),
    '</IfModule>',
    '',
  ].join('\n');
}
