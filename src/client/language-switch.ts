/**
 * The language switch keeps the reader's place: the same page in another interface language,
 * with the page's query (`?q=` of a search, `?v=` of a comparison) and fragment (`#p5`) carried
 * over. The links are plain links to the page in each language (they work without script); this
 * adds what only the browser knows, and follows later changes of query and fragment.
 */
export function keepPlaceInLanguageLinks(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-switch-lang]')];
  const update = () => {
    for (const link of links) {
      const target = new URL(link.getAttribute('href') ?? '', location.href);
      target.search = location.search;
      target.hash = location.hash;
      link.href = `${target.pathname}${target.search}${target.hash}`;
    }
  };
  update();
  addEventListener('hashchange', update);
  addEventListener('popstate', update);
  // Pages that change their query with history.pushState (search, compare) say so on click.
  for (const link of links) link.addEventListener('click', update);
}
