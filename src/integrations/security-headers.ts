/**
 * Astro integration: after the build, writes dist/_headers (the headers file of Netlify,
 * Cloudflare Pages and similar static hosts) with the site's Content-Security-Policy — the union
 * of the policies Astro put in each page's <meta> (same directives, every page's hashes) plus
 * frame-ancestors, which a <meta> policy cannot carry — and a few standard hardening headers.
 * Fails the build when a page has no policy.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, readMetaPolicy } from '../lib/site/content-security-policy.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'song-song:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Distinct policies only: most pages share one, and 165,000 copies at 50,000 versions cost memory.
        const policies = new Set<string>();
        let pages = 0;
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = path.join(entry.parentPath, entry.name);
          const policy = readMetaPolicy(readFileSync(file, 'utf8'));
          if (!policy) throw new Error(`${path.relative(root, file)}: no Content-Security-Policy <meta>`);
          policies.add(policy);
          pages++;
        }
        const policy = `${mergePolicies([...policies])}; frame-ancestors 'none'`;
        const headers = [
          '/*',
          `  Content-Security-Policy: ${policy}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Frame-Options: DENY',
          '',
        ].join('\n');
        writeFileSync(path.join(root, '_headers'), headers);
        logger.info(`_headers: Content-Security-Policy from ${pages} pages (${policies.size} distinct)`);
      },
    },
  };
}
