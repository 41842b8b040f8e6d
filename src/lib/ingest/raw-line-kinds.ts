/**
 * What one line of a raw translation is, judged on the line alone: the source line, a footer, an
 * ad marker, a photo caption, a section start. Each pattern covers the five corpus languages.
 * The context-dependent kinds (title, byline) are decided in parse-raw-article.ts.
 */

/** `Source: URL` and its translations. The URL is everything after the colon. */
export const SOURCE_LINE = /^(Source|Sources|Quelle|Источник|المصدر|Nguồn)\s*[:：]\s*(.*)$/iu;

/** Comment-count footers: `Comment (0)`, `Kommentar (0)`, `Комментарий (0)`, `تعليق (0)`, `Bình luận (0)`. */
export const FOOTER_LINE =
  /^(Comments?|Kommentare?|Комментари[йи]|Комментариев|تعليق(?:ات)?|Bình luận)\s*[(（]\s*[0-9٠-٩]+\s*[)）]$/iu;

/** Ad markers such as `[إعلان 2]`, `[Anzeige]`, `[Ad 1]`. */
export const AD_MARKER_LINE =
  /^\[\s*(إعلان|اعلان|Ad|Ads|Advertisement|Anzeige|Werbung|Реклама|Quảng cáo)(\s*[0-9٠-٩]+)?\s*\]$/iu;

/**
 * A photo caption ends with a credit: `… Photo: NAME`, `Foto:`, `Фото:`, `الصورة:`, `Ảnh:`, possibly
 * in parentheses. The name is short and has no sentence punctuation.
 */
export const CAPTION_LINE =
  /(?:^|[\s.(–—-])[(（]?(Photos?|Fotos?|Фото|الصورة|صورة|Ảnh)\s*[:：]\s*[^:.!?;]{1,60}[)）]?$/iu;

/** `- ` / `* ` (and `• `) at the start of a line opens a new section. */
export const SECTION_MARKER = /^[-*•]\s+/u;
