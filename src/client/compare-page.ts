/**
 * The compare view in the browser: applies the languages chosen in the URL (`?v=de,en`, or
 * `?v=de&v=en` as the form sends it) and the mode (`&mode=sentences`) to the columns, keeps the
 * URL in step with the form, hides rows with nothing in the shown languages, and moves between
 * rows with j / k. A permalink decides the mode: `#p3.2` is a sentence row, `#p3` a paragraph row;
 * switching modes keeps the place (`#p3` ↔ `#p3.1`). The query and the fragment are what the
 * language switch carries to the page in another interface language (language-switch.ts).
 */
import { parseRowFragment, rowFragment } from '../lib/alignment/row-fragment.ts';
import { thresholdFileName, tmxAtLeast, tsvAtLeast } from '../lib/alignment/threshold-export.ts';

type Mode = 'paragraphs' | 'sentences';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const grids = [...document.querySelectorAll<HTMLElement>('#compare, #compare-sentences')];

function chosen(search: URLSearchParams, available: string[], fallback: string[]): string[] {
  const wanted = search
    .getAll('v')
    .flatMap((v) => v.split(','))
    .filter((v) => available.includes(v));
  const unique = available.filter((l) => wanted.includes(l));
  return unique.length >= 2 ? unique : fallback;
}

function modeOf(search: URLSearchParams, hash: string): Mode {
  const at = parseRowFragment(hash);
  if (at) return at.sentenceRow === undefined ? 'paragraphs' : 'sentences';
  return search.get('mode') === 'sentences' ? 'sentences' : 'paragraphs';
}

function apply(langs: string[], mode: Mode): void {
  if (!form) return;
  for (const grid of grids) {
    grid.dataset.show = langs.join(' ');
    grid.dataset.columns = String(langs.length);
    for (const row of grid.querySelectorAll<HTMLElement>('.compare-row[data-has]')) {
      const has = (row.dataset.has ?? '').split(' ');
      row.hidden = !langs.some((l) => has.includes(l));
    }
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="v"]')) box.checked = langs.includes(box.value);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="mode"]'))
    radio.checked = radio.value === mode;
}

/** The fragment of the same place in the other mode: #p3.2 → #p3, #p3 → #p3.1. */
function placeIn(mode: Mode, hash: string): string {
  const at = parseRowFragment(hash);
  if (mode === 'paragraphs' && at?.sentenceRow !== undefined) return `#${rowFragment({ row: at.row })}`;
  if (mode === 'sentences' && at && at.sentenceRow === undefined) {
    const first = document.querySelector<HTMLElement>(`#compare-sentences .sentence-row[data-row="${at.row}"]`);
    return first ? `#${first.id}` : '';
  }
  return hash;
}

function urlFor(langs: string[], mode: Mode, hash: string): string {
  return `${location.pathname}?v=${langs.join(',')}${mode === 'sentences' ? '&mode=sentences' : ''}${hash}`;
}

/** Shows the fragment's row (adding it when the choice hides it) and scrolls to it. */
function reveal(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) return;
  if (target.hidden) target.hidden = false;
  target.scrollIntoView({ block: 'start' });
}

export function startComparePage(): void {
  if (!form || grids.length === 0) return;
  const available = [...form.querySelectorAll<HTMLInputElement>('input[name="v"]')].map((b) => b.value);
  const fallback = (form.dataset.default ?? '').split(',');
  const current = () => {
    const search = new URLSearchParams(location.search);
    return { langs: chosen(search, available, fallback), mode: modeOf(search, location.hash) };
  };
  const start = current();
  apply(start.langs, start.mode);
  // The mode a permalink implies goes into the query, so the language switch carries it too.
  if (
    (new URLSearchParams(location.search).get('mode') === 'sentences') !== (start.mode === 'sentences') &&
    location.search.includes('v=')
  ) {
    history.replaceState(null, '', urlFor(start.langs, start.mode, location.hash));
  }
  reveal();

  const needTwo = document.querySelector<HTMLElement>('#compare-need-two');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const langs = [...form.querySelectorAll<HTMLInputElement>('input[name="v"]:checked')].map((b) => b.value);
    const mode = (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'paragraphs') as Mode;
    if (needTwo) needTwo.hidden = langs.length >= 2;
    if (langs.length < 2) return;
    const before = current().mode;
    const hash = placeIn(mode, location.hash);
    history.pushState(null, '', urlFor(langs, mode, hash));
    apply(langs, mode);
    if (mode !== before && hash) reveal();
  });
  form.addEventListener('change', () => form.requestSubmit());
  window.addEventListener('popstate', () => {
    const { langs, mode } = current();
    apply(langs, mode);
  });
  // A permalink followed within the page (#p3.2 from #p3): switch to its mode.
  window.addEventListener('hashchange', () => {
    const { langs, mode } = current();
    history.replaceState(null, '', urlFor(langs, mode, location.hash));
    apply(langs, mode);
    reveal();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'j' && event.key !== 'k') return;
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      (event.target as HTMLElement).closest('input, select, textarea')
    )
      return;
    const grid =
      current().mode === 'sentences'
        ? document.querySelector('#compare-sentences')
        : document.querySelector('#compare');
    if (!grid) return;
    const rows = [...grid.querySelectorAll<HTMLElement>('.compare-row[id]')].filter((r) => !r.hidden);
    const at = rows.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
    const next = event.key === 'j' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0);
    const row = rows[at === -1 ? 0 : next];
    if (!row) return;
    event.preventDefault();
    row.focus();
    history.replaceState(null, '', `${location.pathname}${location.search}#${row.id}`);
  });
}

/**
 * The exports' threshold form (shown only with script): fetches the published file of the chosen
 * pair and level, keeps the units at or above the chosen confidence (threshold-export.ts, the same
 * units toTmx would keep) and hands it over as a download named `…-min85.tmx`.
 */
export function startThresholdExports(): void {
  const control = document.querySelector<HTMLFormElement>('#export-threshold');
  if (!control) return;
  control.hidden = false;
  control.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(control);
    const format = (event.submitter as HTMLButtonElement | null)?.value === 'tsv' ? 'tsv' : 'tmx';
    const [a, b] = String(data.get('pair') ?? '').split('-');
    const level = String(data.get('level') ?? 'sentences');
    const link = document.querySelector<HTMLAnchorElement>(
      `.exports li[data-a="${a}"][data-b="${b}"] [data-level="${level}"] a[data-format="${format}"]`,
    );
    const requested = Number(data.get('min'));
    const min = Number.isFinite(requested) ? Math.min(1, Math.max(0, requested)) : 0.9;
    if (!link) return;
    const response = await fetch(link.href);
    if (!response.ok) return;
    const text = await response.text();
    const blob = new Blob([format === 'tmx' ? tmxAtLeast(text, min) : tsvAtLeast(text, min)], {
      type: format === 'tmx' ? 'application/x-tmx+xml;charset=utf-8' : 'text/tab-separated-values;charset=utf-8',
    });
    const download = document.createElement('a');
    download.href = URL.createObjectURL(blob);
    download.download = thresholdFileName(link.pathname, min);
    download.hidden = true;
    document.body.append(download);
    download.click();
    download.remove();
    setTimeout(() => URL.revokeObjectURL(download.href), 60_000);
  });
}
