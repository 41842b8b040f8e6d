/**
 * Turns the decoded text of one raw translation into its parts: title (when the file has one),
 * body blocks in input order, byline, publication date, source URL and language. Footers and ad
 * markers are dropped; every other line ends up in exactly one part, so nothing of the text is
 * lost: a date line taken out of the body is kept as written in `published.text`, the date beside
 * a byline likewise (find-publication-date.ts says which lines are dates).
 * Errors name the file and, where one line is to blame, the line.
 *
 * A version may have at most MAX_BLOCKS paragraphs and captions: a news article has a few dozen,
 * the longest a few hundred. The aligner pairs every paragraph of one version with those of the
 * others, in time and memory that grow with the number of paragraphs (see
 * alignment/align-paragraphs.ts); a 1 MiB file of 100,000 one-line paragraphs is no article.
 */
import { MAX_BODY_BLOCKS, type BodyBlock } from '../corpus/article-body.ts';
import type { Lang } from '../lang.ts';
import { splitLines } from '../text/normalize.ts';
import { detectLanguage } from './detect-language.ts';
import { IngestError } from './ingest-error.ts';
import { looksLikeTitle } from './derive-title.ts';
import { dateFromUrl, findDateLine, splitBylineDate, type PublicationDate } from './find-publication-date.ts';
import { AD_MARKER_LINE, CAPTION_LINE, FOOTER_LINE, SECTION_MARKER, SOURCE_LINE } from './raw-line-kinds.ts';

export interface RawArticle {
  lang: Lang;
  /** The title line of the file, when it has one. */
  title: string | null;
  blocks: BodyBlock[];
  byline: string | null;
  /** The publication date, when a date line, the byline or the source URL gives one. */
  published: PublicationDate | null;
  sourceUrl: URL;
  /** The line of the source URL in the raw file. */
  sourceLine: number;
}

/** Most body blocks (paragraphs and captions) one version may have: 15 times the longest article we know of. */
/** The body's limit (corpus/article-body.ts), checked here so ingest names the file and line. */
export const MAX_BLOCKS = MAX_BODY_BLOCKS;

interface Line {
  number: number;
  text: string;
}

export function parseRawArticle(text: string, file: string): RawArticle {
  const lines: Line[] = splitLines(text).map((t, i) => ({ number: i + 1, text: t }));
  const source = findSourceLine(lines, file);
  const kept = lines.filter(
    (line) =>
      line !== source.line && line.text !== '' && !FOOTER_LINE.test(line.text) && !AD_MARKER_LINE.test(line.text),
  );
  const isCaption = (line: Line) => CAPTION_LINE.test(line.text);

  // A date line first (it may stand between the byline and the source line, or above a title).
  const dateLine = findDateLine(kept, source.line.number, { isName: looksLikeByline, isTitle: looksLikeTitle });
  let published: PublicationDate | null = dateLine
    ? { date: dateLine.date, from: 'line', text: dateLine.line.text }
    : null;
  const undated = kept.filter((line) => line !== dateLine?.line);

  const bylineLine = findByline(undated, source.line.number);
  let byline: string | null = null;
  // `Báo Phú Thọ 22/07/2025`: the name is the byline, the date beside it the publication date.
  // Tried first: an Arabic name with an Arabic-Indic date would pass as a name alone.
  const dated = bylineLine && !published ? splitBylineDate(bylineLine.text, looksLikeByline) : null;
  if (dated) {
    byline = dated.name;
    published = { date: dated.date, from: 'byline', text: dated.text };
  } else if (bylineLine && looksLikeByline(bylineLine.text)) {
    byline = bylineLine.text;
  }
  let body = undated.filter((line) => byline === null || line !== bylineLine);
  if (!published) {
    const fromUrl = dateFromUrl(source.url);
    if (fromUrl) published = { date: fromUrl.date, from: 'url', text: fromUrl.text };
  }

  let title: string | null = null;
  const first = body[0];
  if (first && body.length > 1 && !isCaption(first) && !SECTION_MARKER.test(first.text) && looksLikeTitle(first.text)) {
    title = first.text;
    body = body.slice(1);
  }

  if (body.length > MAX_BLOCKS) {
    throw new IngestError(
      file,
      `${body.length.toLocaleString('en')} paragraphs, over the limit of ${MAX_BLOCKS.toLocaleString('en')} ` +
        `per version (a news article has a few hundred at most; aligning the versions of longer texts costs too ` +
        `much time and memory); ` +
        `paragraph ${(MAX_BLOCKS + 1).toLocaleString('en')} is on this line`,
      body[MAX_BLOCKS]!.number,
    );
  }
  const blocks: BodyBlock[] = body.map((line) =>
    isCaption(line)
      ? { kind: 'caption', text: line.text }
      : SECTION_MARKER.test(line.text)
        ? { kind: 'paragraph', text: line.text.replace(SECTION_MARKER, ''), sectionStart: true }
        : { kind: 'paragraph', text: line.text, sectionStart: false },
  );
  if (!blocks.some((block) => block.kind === 'paragraph' && block.text !== '')) {
    throw new IngestError(file, 'no article text besides the source line');
  }

  const guess = detectLanguage([title ?? '', ...blocks.map((block) => block.text)].join('\n'));
  if (guess.lang === null) throw new IngestError(file, guess.reason);

  return { lang: guess.lang, title, blocks, byline, published, sourceUrl: source.url, sourceLine: source.line.number };
}

function findSourceLine(lines: Line[], file: string): { line: Line; url: URL } {
  const sources = lines.filter((line) => SOURCE_LINE.test(line.text));
  if (sources.length === 0) {
    throw new IngestError(
      file,
      "no source line ('Source: <URL of the Vietnamese original>', 'Quelle:', 'Источник:', 'المصدر:', 'Nguồn:')",
    );
  }
  if (sources.length > 1) {
    throw new IngestError(
      file,
      `more than one source line (lines ${sources.map((l) => l.number).join(', ')})`,
      sources[1]!.number,
    );
  }
  const line = sources[0]!;
  const raw = SOURCE_LINE.exec(line.text)![2]!.trim();
  return { line, url: parseSourceUrl(raw, file, line.number) };
}

/** Only absolute http(s) URLs with a real host: `javascript:`, `data:` and relative paths are refused. */
export function parseSourceUrl(raw: string, file: string, lineNumber: number): URL {
  if (raw === '') throw new IngestError(file, 'source line has no URL', lineNumber);
  if (/\s/.test(raw)) throw new IngestError(file, `source URL contains spaces: ${JSON.stringify(raw)}`, lineNumber);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IngestError(file, `unparseable source URL: ${JSON.stringify(raw)}`, lineNumber);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(file, `source URL must be http(s), not ${url.protocol}`, lineNumber);
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(url.hostname) || url.username || url.password) {
    throw new IngestError(file, `source URL has no usable host: ${JSON.stringify(raw)}`, lineNumber);
  }
  return url;
}

/**
 * The byline is a short name line right before the source line (ad markers and a date line
 * between them are already gone), e.g. `Van Lang`, `ديم ماي`, or such a name with a date beside
 * it (`Báo Phú Thọ 22/07/2025`). It must not be the only text line. Returns the line that may be
 * the byline: a name line, or any other line for the caller to try as a name with a date.
 */
function findByline(kept: Line[], sourceLineNumber: number): Line | null {
  const before = kept.filter((line) => line.number < sourceLineNumber);
  const candidate = before.at(-1);
  if (!candidate || before.length < 2 || CAPTION_LINE.test(candidate.text) || SECTION_MARKER.test(candidate.text))
    return null;
  return candidate;
}

const NAME_CONNECTORS = new Set(['-', '–', '&', ',', 'và', 'and', 'und', 'и', 'و']);

export function looksLikeByline(text: string): boolean {
  if (text.length > 60 || /[\d:.!?;…؟]/u.test(text) || SECTION_MARKER.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => !NAME_CONNECTORS.has(w));
  if (words.length === 0 || words.length > 6) return false;
  if (/\p{Script=Arabic}/u.test(text)) return words.length <= 4;
  return words.every((w) => /^\p{Lu}/u.test(w));
}
