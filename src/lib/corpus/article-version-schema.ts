/**
 * The one content schema of the portal: the frontmatter of `content/articles/<article>/<lang>.md`.
 * Astro validates every file against it at build time (src/content.config.ts wires it to the
 * articles collection); ingest validates what it is about to write against the same schema, and
 * the tests read it too, so the three can never disagree. Plain zod (the same zod 4 that Astro's
 * `astro/zod` re-exports), so nothing here depends on Astro.
 */
import { z } from 'zod';
import { isCalendarDate } from '../ingest/find-publication-date.ts';
import { LANGS } from '../lang.ts';
import { ARTICLE_ID_PATTERN } from './article-identity.ts';

/** Only absolute http(s) URLs: a plain url() check would accept `javascript:` and `data:`. */
const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL');

const documentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const provinceName = z.string().min(1);

const citedDocument = z.object({
  /** Canonical number in Vietnamese spelling, e.g. `204-QĐ/TW`. */
  number: z.string().min(3),
  /** URL-safe identity; local documents carry their province (`02-kh-tu-phu-tho`). */
  id: z.string().regex(documentIdPattern),
  /** The province of a local issuer (TU, UBND, …); null for central issuers. */
  province: provinceName.nullable(),
});

const versionFields = z.strictObject({
  article: z.string().regex(ARTICLE_ID_PATTERN).max(100),
  lang: z.enum(LANGS),
  title: z.string().min(1).max(300),
  /** True when the title was derived from the first sentence, not given by the raw file. */
  titleDerived: z.boolean(),
  byline: z.string().min(1).nullable(),
  /**
   * The publication date, when the raw text or the source URL gives one (ingest/find-publication-date.ts):
   * from a date line (taken out of the body), the byline, or the URL; `text` is the date as written
   * there. Null when undated.
   */
  published: z
    .strictObject({
      /** `YYYY-MM-DD`, a real date in 2000–2100. */
      date: z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD in 2000–2100'),
      from: z.enum(['line', 'byline', 'url']),
      text: z.string().min(1),
    })
    .nullable(),
  source: z.strictObject({
    /** URL of the Vietnamese original. */
    url: httpUrl,
    host: z.string().min(1),
    /** Outlet name from src/data/outlets.tsv, null when the outlet is not in the table. */
    outlet: z.string().min(1).nullable(),
  }),
  province: z
    .strictObject({
      /** As named at the time of the article (a pre-2025-07-01 name). */
      named: provinceName,
      /** The province it belongs to after the merger of 2025-07-01. */
      current: provinceName,
      via: z.enum(['outlet', 'text']),
    })
    .nullable(),
  /** Documents the translation's text cites, in order of first citation. */
  documents: z.array(
    citedDocument.extend({
      /** Every distinct spelling in the text, as written. */
      raw: z.array(z.string().min(1)).min(1),
      /** How many times the text cites it. */
      count: z.number().int().positive(),
    }),
  ),
  /** Documents the original's title names, read from its URL slug (may differ from the text's). */
  headlineDocuments: z.array(citedDocument),
  paragraphs: z.number().int().positive(),
  captions: z.number().int().nonnegative(),
  /** sha256 of the version's NFC text (title line, paragraphs, captions), for loss checks. */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

/**
 * Content files written before the original's headline documents had one name carry them as
 * `titleDocuments`; they are read as `headlineDocuments`, so an archive ingested earlier still loads.
 */
function renameLegacyFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('titleDocuments' in value) || 'headlineDocuments' in value)
    return value;
  const { titleDocuments, ...rest } = value as Record<string, unknown>;
  return { ...rest, headlineDocuments: titleDocuments };
}

export const articleVersionSchema = z.preprocess(renameLegacyFields, versionFields);

export type ArticleVersionData = z.infer<typeof versionFields>;

/**
 * A failed validation against the schema, on one line (zod's `prettifyError`, its lines joined):
 * `✖ Invalid input: expected string, received undefined → at title`.
 */
export function describeSchemaError(error: z.ZodError): string {
  return z
    .prettifyError(error)
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}
