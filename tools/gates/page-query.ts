/**
 * Querying a parsed page (site-files.ts) for the gates and the site tests alike, so that tests read
 * pages as the gates do and not with regular expressions over the markup: elements by a small CSS
 * selector, and the text of an element or a page as a reader gets it (entities decoded by the
 * parser, scripts and styles left out, whitespace collapsed).
 *
 * Selectors: a tag or `*`, `.class`, `#id`, `[name]`, `[name="value"]`, `[name^="value"]`,
 * combined with the descendant (space) and child (`>`) combinators. Within an element, a selector
 * matches inside it only: `select(item, 'li a')` finds the links of the lists in the item, never
 * the item's own link because the item is an `li` (unlike the DOM's querySelectorAll).
 */
import type { PageElement, ParsedPage } from './site-files.ts';

/** Where a query looks: a whole page, or inside one element. */
export type QueryScope = ParsedPage | PageElement;

interface Compound {
  tag: string | null;
  /** [name, operator, value]: `has` for [name], `=` an exact value, `^=` a prefix, `~=` one of its words (.class). */
  conditions: [name: string, operator: 'has' | '=' | '^=' | '~=', value: string][];
  /** How this compound relates to the one after it: any ancestor, or the parent. */
  combinator: 'descendant' | 'child';
}

const COMPOUND_PART = /^(?:\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:(\^?=)"([^"]*)")?\])/;

function parseCompound(text: string, selector: string): Omit<Compound, 'combinator'> {
  const tag = /^(?:[a-z][a-z0-9-]*|\*)/i.exec(text)?.[0] ?? null;
  let rest = text.slice(tag?.length ?? 0);
  const conditions: Compound['conditions'] = [];
  while (rest) {
    const part = COMPOUND_PART.exec(rest);
    if (!part) throw new Error(`selector "${selector}": cannot read "${rest}"`);
    if (part[1] !== undefined) conditions.push(['class', '~=', part[1]]);
    else if (part[2] !== undefined) conditions.push(['id', '=', part[2]]);
    else conditions.push([part[3]!, (part[4] as '=' | '^=' | undefined) ?? 'has', part[5] ?? '']);
    rest = rest.slice(part[0].length);
  }
  return { tag: tag === '*' ? null : (tag?.toLowerCase() ?? null), conditions };
}

/** The compounds of a selector, outermost first. */
function parseSelector(selector: string): Compound[] {
  const compounds: Compound[] = [];
  let combinator: Compound['combinator'] = 'descendant';
  // Tokens: compounds (brackets and quotes kept whole) and `>`.
  for (const token of selector.trim().match(/(?:[^\s>[]|\[[^\]]*\])+|>/g) ?? []) {
    if (token === '>') {
      if (compounds.length === 0) throw new Error(`selector "${selector}": nothing before ">"`);
      combinator = 'child';
      continue;
    }
    compounds.push({ ...parseCompound(token, selector), combinator });
    combinator = 'descendant';
  }
  if (compounds.length === 0 || combinator === 'child') throw new Error(`selector "${selector}": incomplete`);
  return compounds;
}

function matchesCompound(element: PageElement, compound: Omit<Compound, 'combinator'>): boolean {
  if (compound.tag && element.tag !== compound.tag) return false;
  return compound.conditions.every(([name, operator, value]) => {
    const actual = element.attrs.get(name);
    if (actual === undefined) return false;
    if (operator === '~=') return actual.split(/\s+/).includes(value);
    return operator === 'has' || (operator === '=' ? actual === value : actual.startsWith(value));
  });
}

/** Whether compounds[0..last] match the element (as compounds[last]) and its ancestors, nearest last. */
function matchesFrom(compounds: Compound[], last: number, element: PageElement, ancestors: PageElement[]): boolean {
  if (!matchesCompound(element, compounds[last]!)) return false;
  if (last === 0) return true;
  const viaParent = compounds[last]!.combinator === 'child';
  for (let i = ancestors.length - 1; i >= 0; i--) {
    if (matchesFrom(compounds, last - 1, ancestors[i]!, ancestors.slice(0, i))) return true;
    if (viaParent) return false;
  }
  return false;
}

/** The page's own Content-Security-Policy (the content of its <meta http-equiv>), or null. */
export function metaPolicy(page: ParsedPage): string | null {
  return (
    page.elements
      .find((e) => e.tag === 'meta' && e.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
      ?.attrs.get('content') ?? null
  );
}

/**
 * The elements inside the scope (a page, or an element: its descendants) that match the selector, in document order.
 */
export function select(scope: QueryScope, selector: string): PageElement[] {
  const compounds = parseSelector(selector);
  const within = 'elements' in scope ? scope.elements : descendants(scope);
  return within.filter((element) => {
    const ancestors = 'elements' in scope ? element.parents : element.parents.slice(element.parents.indexOf(scope) + 1);
    return matchesFrom(compounds, compounds.length - 1, element, ancestors);
  });
}

/** The values of one attribute on the elements the selector matches (those that have it), in document order. */
export function attributeValues(scope: QueryScope, selector: string, attribute: string): string[] {
  return select(scope, selector).flatMap((e) => (e.attrs.has(attribute) ? [e.attrs.get(attribute)!] : []));
}

/** The first element the selector matches; throws, naming the selector, when there is none. */
export function selectOne(scope: QueryScope, selector: string): PageElement {
  const found = select(scope, selector)[0];
  if (!found)
    throw new Error(`no element matches "${selector}" in ${'elements' in scope ? scope.sitePath : `<${scope.tag}>`}`);
  return found;
}

/** The element after this one under the same parent (text between them aside), if any. */
export function nextElementSibling(element: PageElement): PageElement | undefined {
  const siblings = element.parents.at(-1)?.children ?? [];
  return siblings.slice(siblings.indexOf(element) + 1).find((child): child is PageElement => typeof child !== 'string');
}

function descendants(element: PageElement): PageElement[] {
  return element.children.flatMap((child) => (typeof child === 'string' ? [] : [child, ...descendants(child)]));
}

const roots = (scope: QueryScope) =>
  'elements' in scope ? scope.elements.filter((e) => e.parents.length === 0) : [scope];

function collectText(element: PageElement, parts: string[], boundary: string): void {
  for (const child of element.children) {
    if (typeof child === 'string') parts.push(child);
    else if (child.tag !== 'script' && child.tag !== 'style') {
      parts.push(boundary);
      collectText(child, parts, boundary);
      parts.push(boundary);
    }
  }
}

const collapse = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();

/**
 * The text of an element or a whole page, as the DOM's textContent (scripts and styles left out), whitespace collapsed.
 */
export function textOf(scope: QueryScope): string {
  const parts: string[] = [];
  for (const root of roots(scope)) collectText(root, parts, '');
  return collapse(parts);
}

/**
 * The text with a space at every element boundary: a label and its value stay apart (`Issuer as cited en Central…`).
 */
export function spacedTextOf(scope: QueryScope): string {
  const parts: string[] = [];
  for (const root of roots(scope)) collectText(root, parts, ' ');
  return collapse(parts);
}
