/**
 * Built-site scan: whatever the Markdown pipeline or a template let through, the output itself
 * must hold no event-handler attributes (on*), no javascript:/data:/vbscript: URLs in any URL
 * attribute, no <script> the build did not generate (external scripts only from /_astro/ or
 * /scripts/, or a search shard's pagefind.js; inline scripts only with their sha256 hash in the
 * page's script-src policy, as the build emits them), no duplicate id on a
 * page, and every target=_blank link with rel="noopener noreferrer". No invisible bidi controls
 * (U+200E/U+200F marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, literal or
 * as references) anywhere in a page: direction is isolated by markup (<bdi>, dir), so what a
 * reader copies (a document number) is exactly what is shown.
 */
import { createHash } from 'node:crypto';
import { parsePolicy } from '../../src/lib/publishing/content-security-policy.ts';
import { metaPolicy } from './page-query.ts';
import { htmlPages, parsePage, type GateProblem } from './site-files.ts';

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'xlink:href',
  'data',
  'srcset',
  'ping',
]);
const DANGEROUS_SCHEME = /^\s*(javascript|data|vbscript)\s*:/i;
const BIDI_CONTROL = new RegExp(
  String.raw`[\u200E\u200F\u202A-\u202E\u2066-\u2069]|&(?:lrm|rlm);|` +
    String.raw`&#(?:x0*(?:200[ef]|202[a-e]|206[6-9])|0*(?:820[67]|823[4-8]|829[4-7]));`,
  'gi',
);

/** Where each bidi control is in a page: line and the text around it, the control spelled out. */
export function bidiControls(html: string): string[] {
  return [...html.matchAll(BIDI_CONTROL)].map((m) => {
    const line = html.slice(0, m.index).split('\n').length;
    const shown = (text: string) =>
      text.replace(BIDI_CONTROL, (c) =>
        c.length === 1 ? `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>` : `<${c}>`,
      );
    const around = html.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    return `line ${line}: …${shown(around).replace(/\s+/g, ' ')}…`;
  });
}

const OWN_SCRIPT = /^\/(?:(?:_astro|scripts)\/[\w./-]+\.m?js|pagefind-all\/\d+-\d+\/pagefind\.js)$/;

export function scanBuiltSite(dist: string): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const { sitePath, file } of htmlPages(dist)) {
    const page = parsePage(sitePath, file);
    const report = (message: string) => problems.push({ page: sitePath, message });
    const seen = new Map<string, number>();
    const policy = metaPolicy(page);
    const allowedHashes = new Set(policy ? (parsePolicy(policy).get('script-src') ?? []) : []);
    for (const element of page.elements) {
      for (const [name, value] of element.attrs) {
        if (/^on/i.test(name)) report(`<${element.tag} ${name}="…">: event-handler attribute`);
        // Entities and control characters are decoded by the parser; strip what browsers ignore.
        // eslint-disable-next-line no-control-regex -- browsers ignore C0/C1 controls in a URL's scheme
        const cleaned = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
        if (URL_ATTRIBUTES.has(name) && DANGEROUS_SCHEME.test(cleaned))
          report(`<${element.tag} ${name}="${value.slice(0, 60)}">: ${cleaned.split(':')[0]!.toLowerCase()}: URL`);
      }
      if (element.tag === 'script') {
        const src = element.attrs.get('src');
        const type = element.attrs.get('type');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        if (!src) {
          const hash = `'sha256-${createHash('sha256').update(element.text).digest('base64')}'`;
          if (!allowedHashes.has(hash))
            report(
              `inline <script>${element.text.slice(0, 60)}…: ` +
                `not one the build emitted (its hash is not in the page's policy)`,
            );
        } else if (!OWN_SCRIPT.test(src)) report(`<script src="${src}">: not a script the build generated`);
      }
      if (['iframe', 'object', 'embed', 'frame', 'base'].includes(element.tag))
        report(`<${element.tag}>: not an element the site uses`);
      const id = element.attrs.get('id');
      if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
      if (element.attrs.get('target') === '_blank') {
        const rel = (element.attrs.get('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          report(`<${element.tag} target="_blank"> without rel="noopener noreferrer"`);
      }
    }
    for (const [id, count] of seen) if (count > 1) report(`id "${id}" appears ${count} times`);
    for (const where of bidiControls(page.html))
      report(`invisible bidi control (isolate by markup: <bdi>, dir) at ${where}`);
  }
  return problems;
}
