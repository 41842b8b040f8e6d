/**
 * Which article a translation belongs to. Two translations are versions of the same article when
 * their source URLs name the same Vietnamese original; outlets put the original's title, without
 * diacritics, in the URL path as a slug, next to ids and suffixes that differ between a page and
 * its mirrors (`-236533.htm`, `-post886309.html`, `/news/151377p24c32/`), and mirror sites such as
 * vietnam.vn republish under `https://<host>/<lang>/<same-slug>`. So the identity is the title
 * slug alone: host, language segment, ids and extension are ignored.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../text/normalize.ts';

/** Article ids: lowercase ASCII words joined by single hyphens (URL- and path-safe by construction). */
export const ARTICLE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ARTICLE_ID_CHARS = 100;

/** A leading path segment that is a language code (`/en/`, `/zh-cn/`) on mirror sites. */
const LANGUAGE_SEGMENT = /^[a-z]{2}(?:-[a-z]{2,4})?$/i;
/** A file extension at the end of a segment. */
const EXTENSION = /\.(?:html?|php|aspx?|jsp|cms)$/i;
/** An outlet's numeric id glued to the end of the slug: `-236533`, `-post886309`, `-d12345`. */
const TRAILING_ID = /-[a-z]{0,5}\d{4,}$/;

export interface ArticleIdentity {
  /** The article id: the original's title slug, shortened with a hash suffix when very long. */
  id: string;
  /** The full title slug of the Vietnamese original, e.g. `trien-khai-thuc-hien-ket-luan-so-178-kl-tw-…`. */
  slug: string;
}

/** The identity of the article a source URL names, or null when its path holds no title slug. */
export function articleIdentityFromUrl(url: URL): ArticleIdentity | null {
  const slug = titleSlugOfUrl(url);
  if (slug === null) return null;
  return { id: articleIdFromSlug(slug), slug };
}

export function titleSlugOfUrl(url: URL): string | null {
  let segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  if (segments.length > 1 && LANGUAGE_SEGMENT.test(segments[0]!)) segments = segments.slice(1);
  let best: string | null = null;
  let bestWords = 0;
  for (const segment of segments) {
    const slug = slugify(segment.replace(EXTENSION, '')).replace(TRAILING_ID, '');
    const words = slug.split('-').filter((w) => /[a-z]/.test(w)).length;
    // A title has several words; ids like `151377p24c32` and sections like `news` have one.
    if (words >= 3 && words >= bestWords) {
      best = slug;
      bestWords = words;
    }
  }
  return best;
}

export function articleIdFromSlug(slug: string): string {
  if (slug.length <= MAX_ARTICLE_ID_CHARS) return slug;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  const head = slug.slice(0, MAX_ARTICLE_ID_CHARS - 9);
  return `${head.slice(0, head.lastIndexOf('-') > 0 ? head.lastIndexOf('-') : head.length)}-${hash}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
