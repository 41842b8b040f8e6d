/**
 * The site's security headers, one list for every host format (_headers, .htaccess, nginx, Caddy;
 * deploy-files.ts writes them all): the Content-Security-Policy — the union of the policies Astro
 * put in each page's <meta> (same directives, every page's hashes) plus frame-ancestors, which a
 * <meta> policy cannot carry — and a few standard hardening headers. Distinct policies are merged
 * in sorted order, so the list is the same whichever pages a build rendered.
 */
import { mergePolicies } from '../publishing/content-security-policy.ts';

export interface HttpHeader {
  name: string;
  value: string;
}

/** The page every host answers a missing path with (status 404). */
export const NOT_FOUND_PAGE = '/404.html';

/** One site-wide policy from the pages' policies, plus what only a header can say. */
export function sitePolicy(policies: Iterable<string>): string {
  return `${mergePolicies([...new Set(policies)].sort())}; frame-ancestors 'none'`;
}

export function securityHeaders(policies: Iterable<string>): HttpHeader[] {
  return [
    { name: 'Content-Security-Policy', value: sitePolicy(policies) },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { name: 'X-Frame-Options', value: 'DENY' },
  ];
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\x20-\x7E]*$/;

/**
 * Checks a header for a host format: an HTTP token name and a printable-ASCII value without the
 * characters `forbidden` (those the format's quoting cannot carry: nginx reads `$` as a variable,
 * Caddy `{…}` as a placeholder). Throws naming the header and the format rather than writing a
 * file the server would misread.
 */
export function checkHeader(header: HttpHeader, format: string, forbidden = ''): HttpHeader {
  if (!TOKEN.test(header.name)) throw new Error(`${format}: not a header name: ${JSON.stringify(header.name)}`);
  const bad = [...header.value].find((c) => forbidden.includes(c));
  if (!FIELD_VALUE.test(header.value) || bad !== undefined) {
    const what = bad !== undefined ? JSON.stringify(bad) : 'a character outside printable ASCII';
    throw new Error(`${format}: ${header.name}: the value holds ${what}, which this format cannot carry`);
  }
  return header;
}

/** The comment each generated file starts with. */
export const GENERATED = 'Written by the build (src/lib/build/deploy-files.ts) on every build; edits are overwritten.';
