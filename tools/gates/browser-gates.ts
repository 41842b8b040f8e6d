/**
 * The gates that drive Chromium over a built site served on loopback:
 * - csp: every template in every language (and the chooser, the 404 page) loads under the
 *   site's Content-Security-Policy without a single violation, including a document search, a
 *   word search that runs Pagefind's WebAssembly, and the compare view's script.
 * - a11y: axe-core on every template in every language, light and dark colour schemes: zero
 *   violations of WCAG 2.0/2.1/2.2 A and AA rules (colour contrast included).
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { serveStatic } from '../static-server.ts';
import { htmlPages, type GateProblem } from './site-files.ts';
import { templatePages } from './template-pages.ts';
import { LANG_ALTERNATION, LANGS } from '../../src/lib/lang.ts';

async function withSite<T>(dist: string, run: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    return await run(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Collects CSP violations (the securitypolicyviolation event and Chromium's console report). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => {
    const fromPage = await settled(page, () =>
      page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations?.splice(0) ?? []),
    );
    return [...console.splice(0), ...fromPage];
  };
}

/** Runs a page call, retrying once a navigation the page started itself (the / chooser redirects) has finished. */
async function settled<T>(page: Page, call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= 10 || !/Execution context was destroyed|navigating/i.test(String(error))) throw error;
      await page.waitForTimeout(100);
      await page.waitForLoadState('load');
    }
  }
}

export async function checkCsp(dist: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  // Every template in every language, the chooser at /, every page outside the language folders
  // (404), and the pages that run code with their code exercised.
  const pages: { path: string; waitFor?: string }[] = templatePages(dist).map((p) => ({
    path: p.path,
    waitFor: p.waitFor,
  }));
  for (const { sitePath } of htmlPages(dist))
    if (!new RegExp(`^/(?:${LANG_ALTERNATION})/`).test(sitePath)) pages.push({ path: sitePath });
  // Pages that run code: a search (Pagefind, WebAssembly) and the compare view with a choice.
  for (const t of templatePages(dist))
    if (t.template === 'compare') pages.push({ path: `${t.path}?v=${LANGS.join(',')}#p2` });
  // A word search too (it loads Pagefind's WebAssembly, which the policy must allow).
  if (existsSync(path.join(dist, 'en/search/index.html')))
    pages.push({ path: '/en/search/?q=committee', waitFor: '#search-results li.search-hit' });
  await withSite(dist, async (browser, url) => {
    const context = await browser.newContext();
    for (const target of pages) {
      // A fresh page each time: some pages navigate on their own (the / chooser, former-province
      // pages refreshing to the current province), and must not interrupt the next load.
      const page = await context.newPage();
      const violations = await watchViolations(page);
      await page.goto(`${url}${target.path}`, { waitUntil: 'load' });
      if (target.waitFor) {
        await page
          .locator(target.waitFor)
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => problems.push({ page: target.path, message: 'search showed no results' }));
        await page.waitForLoadState('networkidle');
      }
      for (const v of await violations()) problems.push({ page: target.path, message: `CSP violation: ${v}` });
      await page.close();
    }
    await context.close();
  });
  // Console reports repeat per page load: report each once per page.
  return [...new Map(problems.map((p) => [`${p.page} ${p.message}`, p])).values()];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function checkAccessibility(dist: string): Promise<GateProblem[]> {
  const problems: GateProblem[] = [];
  await withSite(dist, async (browser, url) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected by the test harness, not by the site: the site's CSP must not block it.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const target of templatePages(dist)) {
        await page.goto(`${url}${target.path}`);
        if (target.waitFor) await page.locator(target.waitFor).first().waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        await settled(page, () => page.evaluate(axeSource));
        const violations = await settled(page, () =>
          page.evaluate(async (tags) => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    context: Document,
                    options: object,
                  ) => Promise<{
                    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
                  }>;
                };
              }
            ).axe;
            const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
            return result.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
            }));
          }, WCAG_TAGS),
        );
        for (const v of violations)
          problems.push({
            page: `${target.path} (${colorScheme})`,
            message: `${v.id} [${v.impact}] ${v.help}: ${v.targets.join(' | ')}`,
          });
      }
      await context.close();
    }
  });
  return problems;
}
