/**
 * The Vietnamese original's headline as its source address spells it, made readable:
 * `trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu` →
 * "Trien khai thuc hien Ket luan so 178-KL/TW cua Bo Chinh tri Ban Bi thu".
 *
 * Why: many articles exist only in translation, and the slug is then the one trace of the
 * Vietnamese editor's headline — it names the directive the article is about. Diacritics cannot
 * be restored reliably (`dang` is both "đang" and "Đảng"), so the words stay as the address spells
 * them; spaces come back, document numbers take their canonical form (findSlugDocumentSpans), and
 * capitals come back where Vietnamese writes them without doubt: the first word, province and
 * city names (from the province table), the Party and state bodies, and a document type followed
 * by its number (`Ket luan so 178-KL/TW`).
 */
import { loadProvinces } from '../provinces/provinces.ts';
import { findSlugDocumentSpans } from './find-slug-documents.ts';

export type HeadlinePart = { text: string } | { document: string };

/** Phrases written with capitals, as slug tokens → their spelling without diacritics. */
const BODIES: [string, string][] = [
  ['ban chap hanh trung uong', 'Ban Chap hanh Trung uong'],
  ['bo chinh tri', 'Bo Chinh tri'],
  ['ban bi thu', 'Ban Bi thu'],
  ['ban thuong vu', 'Ban Thuong vu'],
  ['trung uong', 'Trung uong'],
  ['tinh uy', 'Tinh uy'],
  ['thanh uy', 'Thanh uy'],
  ['huyen uy', 'Huyen uy'],
  ['dang uy', 'Dang uy'],
  ['quoc hoi', 'Quoc hoi'],
  ['chinh phu', 'Chinh phu'],
  ['thu tuong', 'Thu tuong'],
  ['mat tran to quoc', 'Mat tran To quoc'],
  ['viet nam', 'Viet Nam'],
  ['ho chi minh', 'Ho Chi Minh'],
  ['ubnd', 'UBND'],
  ['hdnd', 'HDND'],
  ['mttq', 'MTTQ'],
  ['tw', 'TW'],
];

/** Document types, capitalised when a number (or `so` and a number) follows. */
const DOCUMENT_TYPES = [
  'ket luan',
  'nghi quyet',
  'chi thi',
  'quyet dinh',
  'ke hoach',
  'thong tu',
  'nghi dinh',
  'cong van',
  'quy dinh',
  'huong dan',
  'thong bao',
  'chuong trinh',
];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

let phrases: [string[], string][] | undefined;
function knownPhrases(): [string[], string][] {
  if (!phrases) {
    const provinces = loadProvinces().map((p): [string, string] => [
      p.slug.replace(/-/g, ' '),
      p.slug.split('-').map(capitalize).join(' '),
    ]);
    // Longest first: `ban chap hanh trung uong` before `trung uong`.
    phrases = [...BODIES, ...provinces]
      .map(([key, spelled]): [string[], string] => [key.split(' '), spelled])
      .sort((a, b) => b[0].length - a[0].length);
  }
  return phrases;
}

export function slugHeadline(slug: string): HeadlinePart[] {
  const tokens = slug
    .toLowerCase()
    .split('-')
    .filter((t) => t !== '');
  const spans = new Map(findSlugDocumentSpans(tokens.join('-')).map((span) => [span.start, span]));
  const words: HeadlinePart[] = [];
  const matches = (i: number, key: readonly string[]) => key.every((word, k) => tokens[i + k] === word);
  for (let i = 0; i < tokens.length;) {
    const span = spans.get(i);
    if (span) {
      words.push({ document: span.number });
      i += span.length;
      continue;
    }
    const type = DOCUMENT_TYPES.map((t) => t.split(' ')).find((key) => matches(i, key));
    if (type) {
      const after = i + type.length + (tokens[i + type.length] === 'so' ? 1 : 0);
      if (spans.has(after)) {
        words.push({ text: type.map((w, k) => (k === 0 ? capitalize(w) : w)).join(' ') });
        i += type.length;
        continue;
      }
    }
    const phrase = knownPhrases().find(([key]) => matches(i, key));
    if (phrase) {
      words.push({ text: phrase[1] });
      i += phrase[0].length;
      continue;
    }
    words.push({ text: tokens[i]! });
    i++;
  }
  const first = words[0];
  if (first && 'text' in first) words[0] = { text: capitalize(first.text) };
  // Words joined by spaces; a space goes with the text next to it, text words merge into one part.
  const parts: HeadlinePart[] = [];
  words.forEach((word, i) => {
    const last = parts[parts.length - 1];
    const space = i > 0 ? ' ' : '';
    if ('text' in word) {
      if (last && 'text' in last) last.text += `${space}${word.text}`;
      else parts.push({ text: `${space}${word.text}` });
    } else {
      if (last && 'text' in last) last.text += space;
      else if (space) parts.push({ text: space });
      parts.push(word);
    }
  });
  return parts;
}

/** The readable headline as plain text. */
export function slugHeadlineText(slug: string): string {
  return slugHeadline(slug)
    .map((part) => ('text' in part ? part.text : part.document))
    .join('');
}
