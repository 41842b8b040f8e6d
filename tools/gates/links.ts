/**
 * Links gate: on every built page, every internal link and fragment resolves; alternates
 * (hreflang) and language switches are reciprocal; a link into another UI language says so with
 * hreflang (otherwise it is a mistake: a reader would silently change language); external links
 * are http(s) only and carry rel="noopener noreferrer".
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { LANG_ALTERNATION } from '../../src/lib/lang.ts';
import { htmlPages, pageLang, parsePage, type GateProblem, type PageElement, type ParsedPage } from './site-files.ts';

/** The UI language a site path is under: `/de/…` → de. */
const LINK_LANG = new RegExp(`^/(${LANG_ALTERNATION})/`);

const LINKING: [tag: string, attr: string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
];

/** The file a site path is served from, or null. */
function fileFor(dist: string, sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!);
  const candidate = path.join(dist, clean);
  if (!candidate.startsWith(dist)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

/** The built site's pages, parsed once, and the ids each one holds (for fragments). */
interface SiteLinks {
  root: string;
  pages: ParsedPage[];
  pageAt: (sitePath: string) => ParsedPage | undefined;
  ids: (page: ParsedPage) => Set<string>;
}

function readSite(dist: string): SiteLinks {
  const root = path.resolve(dist);
  const pages = new Map<string, ParsedPage>();
  for (const { sitePath, file } of htmlPages(root)) pages.set(sitePath, parsePage(sitePath, file));
  const idsOf = new Map<string, Set<string>>();
  const ids = (page: ParsedPage) => {
    let known = idsOf.get(page.sitePath);
    if (!known) {
      known = new Set(
        page.elements
          .flatMap((e) => [e.attrs.get('id'), e.tag === 'a' ? e.attrs.get('name') : undefined])
          .filter((v): v is string => !!v),
      );
      idsOf.set(page.sitePath, known);
    }
    return known;
  };
  return {
    root,
    pages: [...pages.values()],
    pageAt: (sitePath) => pages.get(sitePath.split('#')[0]!.split('?')[0]!),
    ids,
  };
}

/** The whole gate: link targets, then alternates and switches, page by page. */
export function checkLinks(dist: string): GateProblem[] {
  const site = readSite(dist);
  return site.pages.flatMap((page) => [...linkTargetProblems(site, page), ...alternateProblems(site, page)]);
}

/** Every internal link and fragment resolves, cross-language links say so, external links are safe. */
export function checkLinkTargets(dist: string): GateProblem[] {
  const site = readSite(dist);
  return site.pages.flatMap((page) => linkTargetProblems(site, page));
}

/** Alternates (hreflang) and language switches lead to pages that point back. */
export function checkLanguageAlternates(dist: string): GateProblem[] {
  const site = readSite(dist);
  return site.pages.flatMap((page) => alternateProblems(site, page));
}

function linkTargetProblems({ root, pageAt, ids }: SiteLinks, page: ParsedPage): GateProblem[] {
  const problems: GateProblem[] = [];
  const lang = pageLang(page);
  const report = (message: string) => problems.push({ page: page.sitePath, message });
  for (const element of page.elements) {
    for (const [tag, attr] of LINKING) {
      if (element.tag !== tag || !element.attrs.has(attr)) continue;
      const value = element.attrs.get(attr)!;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (scheme) {
        if (scheme !== 'http' && scheme !== 'https')
          report(`<${tag} ${attr}="${value}">: only http(s) links are allowed`);
        else if (tag === 'a') {
          const rel = (element.attrs.get('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer'))
            report(`external link ${value} lacks rel="noopener noreferrer"`);
        }
        continue;
      }
      if (value.startsWith('//')) {
        report(`<${tag} ${attr}="${value}">: protocol-relative link`);
        continue;
      }
      const target = new URL(value, `http://site${page.sitePath}`);
      const targetPath = decodeURIComponent(target.pathname);
      const file = fileFor(root, targetPath);
      if (!file) {
        report(`<${tag} ${attr}="${value}"> leads nowhere (no ${targetPath} in the build)`);
        continue;
      }
      if (target.hash.length > 1 && file.endsWith('.html')) {
        const targetPage = targetPath === page.sitePath ? page : pageAt(targetPath);
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (targetPage && !ids(targetPage).has(fragment))
          report(`<${tag} ${attr}="${value}">: no element with id "${fragment}" on ${targetPath}`);
      }
      // A link into another UI language must say so.
      const linkLang = LINK_LANG.exec(targetPath)?.[1];
      if (tag === 'a' && linkLang && lang && linkLang !== lang && element.attrs.get('hreflang') !== linkLang) {
        report(`<a href="${value}"> leads into the ${linkLang} pages without hreflang="${linkLang}"`);
      }
    }
  }
  return problems;
}

const isSwitch = (e: PageElement) => e.tag === 'a' && e.attrs.has('hreflang') && e.ancestors.includes('nav');

/** Alternates and language switches (links with hreflang in a nav) must point back. */
function alternateProblems({ pageAt }: SiteLinks, page: ParsedPage): GateProblem[] {
  const problems: GateProblem[] = [];
  const report = (message: string) => problems.push({ page: page.sitePath, message });
  const lang = pageLang(page);
  const alternates = page.elements.filter(
    (e) =>
      e.tag === 'link' &&
      e.attrs.get('rel') === 'alternate' &&
      e.attrs.has('hreflang') &&
      e.attrs.get('hreflang') !== 'x-default',
  );
  for (const link of alternates) {
    const href = new URL(link.attrs.get('href')!).pathname;
    if (href === page.sitePath) continue;
    const other = pageAt(href);
    // Alternates are absolute URLs (the link check leaves them alone as external): a missing page is reported here.
    if (!other) {
      report(`alternate ${href} (hreflang ${link.attrs.get('hreflang')}) leads nowhere (no such page in the build)`);
      continue;
    }
    // Back as this page's language, or as x-default (the language chooser at /).
    const back = other.elements.some(
      (e) =>
        e.tag === 'link' &&
        e.attrs.get('rel') === 'alternate' &&
        (e.attrs.get('hreflang') === lang || e.attrs.get('hreflang') === 'x-default') &&
        new URL(e.attrs.get('href')!).pathname === page.sitePath,
    );
    if (!back)
      report(
        `alternate ${href} (hreflang ${link.attrs.get('hreflang')}) does not list this page back as hreflang ${lang}`,
      );
  }
  // A switch claims "this page in another language" when it leads to one of the page's
  // alternates (a 404 page's switch leads to the other languages' home pages and claims nothing).
  const alternatePaths = new Set(alternates.map((l) => new URL(l.attrs.get('href')!).pathname));
  for (const link of page.elements.filter(isSwitch)) {
    const href = new URL(link.attrs.get('href')!, `http://site${page.sitePath}`).pathname;
    const other = pageAt(href);
    if (!other || href === page.sitePath || !alternatePaths.has(href)) continue;
    const back = other.elements.some(
      (e) => isSwitch(e) && new URL(e.attrs.get('href')!, `http://site${href}`).pathname === page.sitePath,
    );
    if (!back) report(`language switch to ${href} is not reciprocal (that page has no switch back here)`);
  }
  return problems;
}
