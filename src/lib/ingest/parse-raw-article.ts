/**
 * Turns the decoded text of one raw translation into its parts: title (when the file has one),
 * body blocks in input order, byline, source URL and language. Footers and ad markers are
 * dropped; every other line ends up in exactly one part, so nothing of the text is lost.
 * Errors name the file and, where one line is to blame, the line.
 */
import type { BodyBlock } from '../corpus/article-body.ts';
import type { Lang } from '../lang.ts';
import { splitLines } from '../text/normalize.ts';
import { detectLanguage } from './detect-language.ts';
import { IngestError } from './ingest-error.ts';
import { looksLikeTitle } from './derive-title.ts';
import { AD_MARKER_LINE, CAPTION_LINE, FOOTER_LINE, SECTION_MARKER, SOURCE_LINE } from './raw-line-kinds.ts';

export interface RawArticle {
  lang: Lang;
  /** The title line of the file, when it has one. */
  title: string | null;
  blocks: BodyBlock[];
  byline: string | null;
  sourceUrl: URL;
  /** The line of the source URL in the raw file. */
  sourceLine: number;
}

interface Line {
  number: number;
  text: string;
}

export function parseRawArticle(text: string, file: string): RawArticle {
  const lines: Line[] = splitLines(text).map((t, i) => ({ number: i + 1, text: t }));
  const source = findSourceLine(lines, file);
  const kept = lines.filter(
    (line) => line !== source.line && line.text !== '' && !FOOTER_LINE.test(line.text) && !AD_MARKER_LINE.test(line.text),
  );
  const isCaption = (line: Line) => CAPTION_LINE.test(line.text);

  const byline = findByline(kept, source.line.number);
  let body = kept.filter((line) => line !== byline);

  let title: string | null = null;
  const first = body[0];
  if (first && body.length > 1 && !isCaption(first) && !SECTION_MARKER.test(first.text) && looksLikeTitle(first.text)) {
    title = first.text;
    body = body.slice(1);
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

  return { lang: guess.lang, title, blocks, byline: byline?.text ?? null, sourceUrl: source.url, sourceLine: source.line.number };
}

function findSourceLine(lines: Line[], file: string): { line: Line; url: URL } {
  const sources = lines.filter((line) => SOURCE_LINE.test(line.text));
  if (sources.length === 0) {
    throw new IngestError(file, "no source line ('Source: <URL of the Vietnamese original>', 'Quelle:', 'Источник:', 'المصدر:', 'Nguồn:')");
  }
  if (sources.length > 1) {
    throw new IngestError(file, `more than one source line (lines ${sources.map((l) => l.number).join(', ')})`, sources[1]!.number);
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
 * The byline is a short name line right before the source line (ad markers between them are
 * already gone), e.g. `Van Lang`, `ديم ماي`. It must not be the only text line.
 */
function findByline(kept: Line[], sourceLineNumber: number): Line | null {
  const before = kept.filter((line) => line.number < sourceLineNumber);
  const candidate = before.at(-1);
  if (!candidate || before.length < 2 || CAPTION_LINE.test(candidate.text)) return null;
  return looksLikeByline(candidate.text) ? candidate : null;
}

const NAME_CONNECTORS = new Set(['-', '–', '&', ',', 'và', 'and', 'und', 'и', 'و']);

export function looksLikeByline(text: string): boolean {
  if (text.length > 60 || /[\d:.!?;…؟]/u.test(text) || SECTION_MARKER.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => !NAME_CONNECTORS.has(w));
  if (words.length === 0 || words.length > 6) return false;
  if (/\p{Script=Arabic}/u.test(text)) return words.length <= 4;
  return words.every((w) => /^\p{Lu}/u.test(w));
}
