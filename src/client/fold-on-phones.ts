/**
 * A <details> that is open on wide screens and folded on a phone, where its content would push
 * what matters (search results) below the first screen. Served open, so it is open without
 * JavaScript; on a narrow screen it folds unless `keepOpen()` (a filter is set: the reader should
 * see it). Follows rotation and window resizes; a reader's own toggling stands until then.
 */
export const NARROW_SCREEN = '(max-width: 48rem)';

export function foldOnPhones(details: HTMLDetailsElement, keepOpen: () => boolean): void {
  const narrow = window.matchMedia(NARROW_SCREEN);
  const apply = () => {
    details.open = !narrow.matches || keepOpen();
  };
  apply();
  narrow.addEventListener('change', apply);
}
