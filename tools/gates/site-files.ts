/**
 * Reading a built site for the quality gates and the site tests: every HTML page as a site path,
 * and each page parsed by parse5 (the HTML standard's parser, as a browser would) into a flat list
 * of elements with their attributes, text and place in the tree (queried with page-query.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';

export interface PageElement {
  tag: string;
  attrs: Map<string, string>;
  /** Tags of the ancestors, outermost first. */
  ancestors: string[];
  /** Ancestor elements (for lang / dir lookups), nearest last. */
  parents: PageElement[];
  /** Text directly inside (for <script>, <style>, <title>). */
  text: string;
  /** Child elements and text, in document order (page-query.ts reads text and scopes from them). */
  children: (PageElement | string)[];
}

export interface ParsedPage {
  sitePath: string;
  file: string;
  html: string;
  elements: PageElement[];
}

/** Site paths of every HTML file: `/en/articles/x/` for `en/articles/x/index.html`, `/404.html`. */
export function htmlPages(dist: string): { sitePath: string; file: string }[] {
  if (!existsSync(dist)) throw new Error(`${dist}: no built site (run the build first)`);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const relative = path.relative(dist, file).split(path.sep).join('/');
      return {
        sitePath: relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`,
        file,
      };
    })
    .sort((a, b) => a.sitePath.localeCompare(b.sitePath));
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

export function parsePage(sitePath: string, file: string): ParsedPage {
  return parseHtml(sitePath, readFileSync(file, 'utf8'), file);
}

/** A page from its HTML text (a page read some other way, or written by a test). */
export function parseHtml(sitePath: string, html: string, file = ''): ParsedPage {
  const elements: PageElement[] = [];
  const walk = (node: P5Node, parents: PageElement[], into: (PageElement | string)[]) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') into.push(child.value ?? '');
      if (!child.tagName) continue;
      const element: PageElement = {
        tag: child.tagName,
        attrs: new Map((child.attrs ?? []).map((a) => [a.name, a.value])),
        ancestors: parents.map((p) => p.tag),
        parents,
        text: (child.childNodes ?? [])
          .filter((c) => c.nodeName === '#text')
          .map((c) => c.value ?? '')
          .join(''),
        children: [],
      };
      elements.push(element);
      into.push(element);
      walk(child.content ?? child, [...parents, element], element.children);
    }
  };
  walk(parse(html) as unknown as P5Node, [], []);
  return { sitePath, file, html, elements };
}

/** The page's UI language (<html lang>). */
export const pageLang = (page: ParsedPage) => page.elements.find((e) => e.tag === 'html')?.attrs.get('lang') ?? '';

/** A problem found by a gate, named by page (and element where it helps). */
export interface GateProblem {
  page: string;
  message: string;
}

export function formatProblems(gate: string, problems: readonly GateProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.page}: ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return `${gate}: ${problems.length} problem(s)\n${lines.join('\n')}`;
}
