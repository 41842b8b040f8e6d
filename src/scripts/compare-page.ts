/**
 * The compare view in the browser: applies the languages chosen in the URL (`?v=de,en`, or
 * `?v=de&v=en` as the form sends it) to the columns, keeps the URL in step with the form, hides
 * rows with nothing in the shown languages, and moves between rows with j / k.
 */
const form = document.querySelector<HTMLFormElement>('#compare-form');
const grid = document.querySelector<HTMLElement>('#compare');

function chosen(search: URLSearchParams, available: string[], fallback: string[]): string[] {
  const wanted = search.getAll('v').flatMap((v) => v.split(',')).filter((v) => available.includes(v));
  const unique = available.filter((l) => wanted.includes(l));
  return unique.length >= 2 ? unique : fallback;
}

function apply(langs: string[]): void {
  if (!form || !grid) return;
  grid.dataset.show = langs.join(' ');
  grid.dataset.columns = String(langs.length);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="v"]')) box.checked = langs.includes(box.value);
  for (const row of grid.querySelectorAll<HTMLElement>('.compare-row[data-has]')) {
    const has = (row.dataset.has ?? '').split(' ');
    row.hidden = !langs.some((l) => has.includes(l));
  }
}

export function startComparePage(): void {
  if (!form || !grid) return;
  const available = [...form.querySelectorAll<HTMLInputElement>('input[name="v"]')].map((b) => b.value);
  const fallback = (form.dataset.default ?? '').split(',');
  const fromUrl = () => chosen(new URLSearchParams(location.search), available, fallback);
  apply(fromUrl());
  // A permalink to a row the current choice hides: show it by adding its languages.
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target?.hidden) target.hidden = false;

  const needTwo = document.querySelector<HTMLElement>('#compare-need-two');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const langs = [...form.querySelectorAll<HTMLInputElement>('input[name="v"]:checked')].map((b) => b.value);
    if (needTwo) needTwo.hidden = langs.length >= 2;
    if (langs.length < 2) return;
    history.pushState(null, '', `${location.pathname}?v=${langs.join(',')}${location.hash}`);
    apply(langs);
  });
  form.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => apply(fromUrl()));

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'j' && event.key !== 'k') return;
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as HTMLElement).closest('input, select, textarea')) return;
    const rows = [...grid.querySelectorAll<HTMLElement>('.compare-row[id]')].filter((r) => !r.hidden);
    const current = rows.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
    const next = event.key === 'j' ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
    const row = rows[current === -1 ? 0 : next];
    if (!row) return;
    event.preventDefault();
    row.focus();
    history.replaceState(null, '', `${location.pathname}${location.search}#${row.id}`);
  });
}
