/**
 * dist/_headers (the headers file of Netlify, Cloudflare Pages and similar static hosts): the
 * site's Content-Security-Policy — the union of the policies Astro put in each page's <meta>
 * (same directives, every page's hashes) plus frame-ancestors, which a <meta> policy cannot
 * carry — and a few standard hardening headers. Distinct policies are merged in sorted order, so
 * the file is the same whichever pages a build rendered.
 */
import { mergePolicies } from '../site/content-security-policy.ts';

export function headersFile(policies: Iterable<string>): string {
  const policy = `${mergePolicies([...new Set(policies)].sort())}; frame-ancestors 'none'`;
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}
