/**
 * The search page in the browser: reads `?q=` and the filters from the URL, runs the search
 * (run-search.ts), renders results grouped by article with the matching versions, each excerpt
 * in its own lang/dir, and keeps the URL in step so a search can be shared and reloaded.
 * Everything from the index is inserted as text (textContent), never as HTML.
 */
import type { UiPart } from '../lib/i18n/ui-parts.ts';
import { type Lang } from '../lib/lang.ts';
import { pagefindBackend, type PagefindApi } from '../lib/search/pagefind-backend.ts';
import { runSearch, TEXT_RESULTS_PER_PAGE, type ArticleHit, type SearchOutcome } from '../lib/search/run-search.ts';
import type { PlaceMatch, ProvinceInfo } from '../lib/search/place-query.ts';
import { readSearchParams, writeSearchParams, type SearchParams } from '../lib/search/search-query.ts';
import { formatPublished } from '../lib/corpus/published-date.ts';
import { articleUrl, documentUrl, provinceUrl } from '../lib/routes/urls.ts';
import { readerVersion } from '../lib/views/article-view.ts';
import { foldOnPhones } from './fold-on-phones.ts';

interface Strings {
  results: Record<string, string>;
  noResults: string;
  documentMatch: string;
  documentNone: string;
  documentPage: string;
  partial: string;
  showAll: string;
  more: string;
  matchedIn: string;
  suggestions: string;
  headlineOnly: string;
  documentHeadline: string;
  timesCited: Record<string, string>;
  placeArticles: Record<string, string>;
  placeMerged: string;
  placeDistrict: string;
  placeNone: string;
  loading: string;
  error: string;
  /** Rendered by the page as parts (lib/i18n/ui-parts.ts): the example number in <bdi dir="ltr">. */
  hint: UiPart[];
  langNames: Record<Lang, string>;
  /** Outlet names as this page shows them (provinces/province-names.ts outletNameIn). */
  outlets: Record<string, { text: string; lang: Lang }>;
  dirs: Record<Lang, 'ltr' | 'rtl'>;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A template filled with nodes: direction isolated by elements, never by invisible characters. */
const fillNodes = (template: string, values: Record<string, Node>): (Node | string)[] =>
  template
    .split(/(\{\{\w+\}\})/)
    .filter(Boolean)
    .map((piece) => values[/^\{\{(\w+)\}\}$/.exec(piece)?.[1] ?? ''] ?? piece);

/** A document number (left to right) or a reader's query (its own direction) as an isolated run. */
const isolated = (text: string, dir?: 'ltr') => {
  const bdi = document.createElement('bdi');
  if (dir) {
    bdi.dir = dir;
    bdi.className = 'code';
  }
  bdi.textContent = text;
  return bdi;
};

const partNodes = (parts: UiPart[]): (Node | string)[] =>
  parts.map((part) => (part.ltr ? isolated(part.text, 'ltr') : part.text));

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The search backend of the page: the site's files fetched, Pagefind's script imported. */
const siteBackend = () =>
  pagefindBackend({
    async fetchJson(path) {
      const response = await fetch(path);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    },
    async loadPagefind(bundlePath) {
      return (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
    },
    // No Web Worker: it would cost another script download (~43 kB) for no gain on result sets
    // this small, and the Content-Security-Policy needs no worker-src. Excerpts are our own
    // (match-text.ts), so Pagefind's are kept short.
    pagefindOptions: () => ({ excerptLength: 8, noWorker: true }),
  });

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLElement>('#search-results');
  if (!form || !status || !results) return;
  const lang = form.dataset.lang as Lang;
  const backend = siteBackend();
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const plural = new Intl.PluralRules(lang);
  const provinceNames = new Map(
    [...form.querySelectorAll<HTMLOptionElement>('select[name="province"] option[data-name]')].map((o) => [
      o.value,
      o.dataset.name ?? o.value,
    ]),
  );
  let run = 0;

  const showForm = (params: SearchParams) => {
    // The header's search box shows the query too.
    const header = document.querySelector<HTMLInputElement>('#site-search');
    if (header) header.value = params.q;
    (form.elements.namedItem('q') as HTMLInputElement).value = params.q;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="scope"]'))
      radio.checked = radio.value === params.scope;
    (form.elements.namedItem('lang') as HTMLSelectElement).value = params.lang ?? '';
    (form.elements.namedItem('province') as HTMLSelectElement).value = params.province ?? '';
    (form.elements.namedItem('type') as HTMLSelectElement).value = params.type ?? '';
  };

  const renderArticle = (hit: ArticleHit): HTMLElement => {
    // The title in the page's language when that version matched, else as lists choose (the original, else the first in
    // portal order).
    const first = readerVersion(hit.versions, lang, (v) => v.lang)!;
    const item = element('li', { class: 'search-hit', 'data-article': hit.article });
    const heading = element(
      'h2',
      {},
      element(
        'a',
        {
          href: articleUrl(first.lang, hit.article),
          lang: first.lang,
          dir: strings.dirs[first.lang],
          hreflang: first.lang,
        },
        first.title,
      ),
    );
    // A version in another language than the reader's says so (as lists do: components/ArticleLink.astro).
    if (first.lang !== lang) {
      heading.append(
        ' ',
        element(
          'span',
          { class: 'lang-mark', title: strings.langNames[first.lang] },
          element('span', { 'aria-hidden': 'true' }, first.lang),
          element('span', { class: 'visually-hidden' }, strings.langNames[first.lang]),
        ),
      );
    }
    item.append(heading);
    const versions = element('p', { class: 'search-versions' }, `${strings.matchedIn}: `);
    hit.versions.forEach((v, i) => {
      if (i > 0) versions.append(' ');
      versions.append(
        element(
          'a',
          {
            class: 'badge',
            href: articleUrl(v.lang, hit.article),
            hreflang: v.lang,
            'data-version': v.lang,
            title: strings.langNames[v.lang],
          },
          v.lang,
        ),
      );
    });
    item.append(versions);
    // Where and when: province (as named then), outlet, date of the version the title links to.
    const about: (Node | string)[] = [];
    const province = hit.named ?? hit.province;
    if (province) about.push(element('span', { class: 'search-province' }, provinceNames.get(province) ?? province));
    const outlet = hit.outlet ? strings.outlets[hit.outlet] : undefined;
    if (outlet) about.push(element('span', { class: 'search-outlet', lang: outlet.lang }, outlet.text));
    if (first.date) about.push(element('time', { datetime: first.date }, formatPublished(first.date, lang)));
    if (about.length > 0) {
      const line = element('p', { class: 'search-about muted' });
      about.forEach((part, i) => line.append(...(i > 0 ? [' · ', part] : [part])));
      item.append(line);
    }
    for (const v of hit.versions) {
      if (!v.excerpt) continue;
      const quote = element('p', { class: 'search-excerpt', lang: v.lang, dir: strings.dirs[v.lang] });
      for (const part of v.excerpt) quote.append(part.mark ? element('mark', {}, part.text) : part.text);
      item.append(quote);
    }
    return item;
  };

  const count = (forms: Record<string, string>, n: number) =>
    fill(forms[plural.select(n)] ?? forms.other ?? '', { count: String(n) });

  /** "18-NQ/TW — Resolution, Party Central Committee — cited in 1 article", linked to the document page. */
  const renderSuggestions = (suggestions: Extract<SearchOutcome, { kind: 'text' }>['suggestions']): HTMLElement => {
    const list = element('ul', { class: 'search-suggestions' });
    for (const suggestion of suggestions) {
      const labels = suggestion.labels;
      const about = [
        labels.type,
        labels.issuer,
        suggestion.province ? (provinceNames.get(suggestion.province) ?? suggestion.province) : null,
      ]
        .filter(Boolean)
        .join(', ');
      const cited =
        suggestion.headlineOnly && suggestion.articles === 0
          ? strings.headlineOnly
          : count(strings.timesCited, suggestion.articles);
      list.append(
        element(
          'li',
          { 'data-suggestion': suggestion.id },
          element('a', { href: documentUrl(lang, suggestion.id) }, isolated(suggestion.number, 'ltr')),
          about ? ` — ${about}` : '',
          ` — ${cited}`,
        ),
      );
    }
    return element(
      'section',
      { class: 'search-suggestion-box', 'aria-label': strings.suggestions },
      element('h2', {}, strings.suggestions),
      list,
    );
  };

  const provinceLink = (province: ProvinceInfo) =>
    element('a', { href: provinceUrl(lang, province.slug) }, province.names[lang]);

  /** "Hòa Bình — part of Phú Thọ since 2025 — 1 article", or a district with its province. */
  const renderPlace = (place: PlaceMatch): HTMLElement => {
    const heading = element('h2', {});
    if (place.kind !== 'district' && place.province) heading.append(provinceLink(place.province));
    else heading.append(place.names[lang]);
    const lines: (Node | string)[][] = [];
    if (place.kind === 'district') {
      const provinces =
        place.province && place.current ? [{ province: place.province, current: place.current }] : place.ambiguous;
      for (const { province, current } of provinces) {
        const line = fillNodes(strings.placeDistrict, { province: provinceLink(province) });
        if (current.slug !== province.slug)
          line.push(' · ', ...fillNodes(strings.placeMerged, { province: provinceLink(current) }));
        lines.push(line);
      }
    } else if (place.merged && place.current) {
      lines.push(fillNodes(strings.placeMerged, { province: provinceLink(place.current) }));
    }
    const filed =
      place.kind === 'province-current'
        ? place.province?.currentArticles
        : place.kind === 'province-former'
          ? place.province?.namedArticles
          : null;
    if (filed != null) lines.push([count(strings.placeArticles, filed)]);
    return element(
      'section',
      { class: 'search-place', 'data-place': place.names.vi },
      heading,
      ...lines.map((line) => element('p', {}, ...line)),
    );
  };

  const render = (outcome: SearchOutcome, params: SearchParams) => {
    results.replaceChildren();
    if (outcome.kind === 'empty') {
      status.replaceChildren(...partNodes(strings.hint));
      return;
    }
    if (outcome.kind === 'documents') {
      for (const doc of outcome.documents) {
        const heading = element('p', { class: 'search-document' });
        if (doc.ids.length === 0)
          heading.append(...fillNodes(strings.documentNone, { number: isolated(doc.number, 'ltr') }));
        else if (doc.total === 0) {
          // Named only in an original's headline: it has a page, no citing version.
          heading.append(...fillNodes(strings.documentHeadline, { number: isolated(doc.number, 'ltr') }), ' ');
          doc.ids.forEach((entry, i) => {
            if (i > 0) heading.append(', ');
            heading.append(
              element('a', { href: documentUrl(lang, entry.id), 'data-document': entry.id }, strings.documentPage),
            );
          });
        } else {
          heading.append(...fillNodes(strings.documentMatch, { number: isolated(doc.number, 'ltr') }), ' — ');
          doc.ids.forEach((entry, i) => {
            if (i > 0) heading.append(', ');
            const label = entry.province
              ? `${strings.documentPage} (${provinceNames.get(entry.province) ?? entry.province})`
              : strings.documentPage;
            heading.append(element('a', { href: documentUrl(lang, entry.id), 'data-document': entry.id }, label));
          });
        }
        results.append(heading);
        if (doc.loaded < doc.total) {
          const more = element(
            'p',
            { class: 'search-partial' },
            fill(strings.partial, { shown: String(doc.loaded), total: String(doc.total) }),
            ' ',
          );
          more.append(
            element(
              'a',
              { href: `${location.pathname}${writeSearchParams({ ...params, all: true })}`, 'data-show-all': '' },
              strings.showAll,
            ),
          );
          results.append(more);
        }
      }
    }
    if (outcome.kind === 'text' && outcome.place) results.append(renderPlace(outcome.place));
    if (outcome.kind === 'text' && outcome.suggestions.length > 0)
      results.append(renderSuggestions(outcome.suggestions));
    const found = outcome.articles.length;
    // A place no article is filed under or names says so, instead of showing unrelated hits.
    if (found === 0 && outcome.kind === 'text' && outcome.place)
      status.replaceChildren(...fillNodes(strings.placeNone, { place: isolated(outcome.place.names[lang]) }));
    else if (found === 0 && outcome.kind === 'text' && outcome.suggestions.length === 0)
      status.replaceChildren(...fillNodes(strings.noResults, { query: isolated(params.q) }));
    else status.textContent = count(strings.results, found);
    if (found > 0) results.append(element('ol', { class: 'search-hits' }, ...outcome.articles.map(renderArticle)));
    if (outcome.kind === 'text' && outcome.more) {
      const button = element('button', { type: 'button', class: 'search-more' }, strings.more);
      button.addEventListener('click', () => void search(params, limit + TEXT_RESULTS_PER_PAGE));
      results.append(element('p', {}, button));
    }
  };

  let limit = TEXT_RESULTS_PER_PAGE;
  const search = async (params: SearchParams, show = TEXT_RESULTS_PER_PAGE) => {
    const mine = ++run;
    limit = show;
    showForm(params);
    if (params.q) status.textContent = strings.loading;
    try {
      const outcome = await runSearch(params, backend, { limit, pageLang: lang });
      if (mine === run) render(outcome, params);
    } catch (error) {
      if (mine === run)
        status.textContent = fill(strings.error, { message: error instanceof Error ? error.message : String(error) });
    }
  };

  const current = () => readSearchParams(new URLSearchParams(location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const params = readSearchParams(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])));
    history.pushState(null, '', `${location.pathname}${writeSearchParams(params)}`);
    void search(params);
  });
  // Filters apply at once when a query is there.
  form.addEventListener('change', (event) => {
    if (
      (event.target as HTMLElement).matches('select, input[type="radio"]') &&
      (form.elements.namedItem('q') as HTMLInputElement).value.trim()
    ) {
      form.requestSubmit();
    }
  });
  window.addEventListener('popstate', () => void search(current()));
  const initial = current();
  if (initial.q) (form.elements.namedItem('q') as HTMLInputElement).focus();
  void search(initial);
  const filters = form.querySelector<HTMLDetailsElement>('details.search-fold');
  if (filters) foldOnPhones(filters, () => Boolean(initial.lang || initial.province || initial.type));
}
