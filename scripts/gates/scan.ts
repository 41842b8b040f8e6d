/**
 * Built-site scan: whatever the Markdown pipeline or a template let through, the output itself
 * must hold no event-handler attributes (on*), no javascript:/data:/vbscript: URLs in any URL
 * attribute, no <script> the build did not generate (only external scripts from /_astro/ or
 * /scripts/, or a search shard's pagefind.js, and no inline script at all), no duplicate id on a
 * page, and every target=_blank link with rel="noopener noreferrer".
 */
import { createHash } from 'node:crypto';
import { parsePolicy, readMetaPolicy } from '../../src/lib/site/content-security-policy.ts';
import { htmlPages, parsePage, type GateProblem } from './site-files.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href', 'data', 'srcset', 'ping']);
const DANGEROUS_SCHEME = /^\s*(javascript|data|vbscript)\s*:/i;
const OWN_SCRIPT = /^\/(?:(?:_astro|scripts)\/[\w./-]+\.m?js|pagefind(?:-all|\/[a-z]{2})\/\d+-\d+\/pagefind\.js)$/;

export function scanBuiltSite(dist: string): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const { sitePath, file } of htmlPages(dist)) {
    const page = parsePage(sitePath, file);
    const report = (message: string) => problems.push({ page: sitePath, message });
    const seen = new Map<string, number>();
    const policy = readMetaPolicy(page.html);
    const allowedHashes = new Set(policy ? (parsePolicy(policy).get('script-src') ?? []) : []);
    for (const element of page.elements) {
      for (const [name, value] of element.attrs) {
        if (/^on/i.test(name)) report(`<${element.tag} ${name}="…">: event-handler attribute`);
        // Entities and control characters are decoded by the parser; strip what browsers ignore.
        const cleaned = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
        if (URL_ATTRIBUTES.has(name) && DANGEROUS_SCHEME.test(cleaned)) report(`<${element.tag} ${name}="${value.slice(0, 60)}">: ${cleaned.split(':')[0]!.toLowerCase()}: URL`);
      }
      if (element.tag === 'script') {
        const src = element.attrs.get('src');
        const type = element.attrs.get('type');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        if (!src) {
          const hash = `'sha256-${createHash('sha256').update(element.text).digest('base64')}'`;
          if (!allowedHashes.has(hash)) report(`inline <script>${element.text.slice(0, 60)}…: not one the build emitted (its hash is not in the page's policy)`);
        }
        else if (!OWN_SCRIPT.test(src)) report(`<script src="${src}">: not a script the build generated`);
      }
      if (['iframe', 'object', 'embed', 'frame', 'base'].includes(element.tag)) report(`<${element.tag}>: not an element the site uses`);
      const id = element.attrs.get('id');
      if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
      if (element.attrs.get('target') === '_blank') {
        const rel = (element.attrs.get('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) report(`<${element.tag} target="_blank"> without rel="noopener noreferrer"`);
      }
    }
    for (const [id, count] of seen) if (count > 1) report(`id "${id}" appears ${count} times`);
  }
  return problems;
}
