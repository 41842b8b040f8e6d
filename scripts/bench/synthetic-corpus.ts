/**
 * A synthetic corpus for benchmarks: raw translated texts in the seeds' own format, written into
 * a folder of the caller's choosing (never content/). Deterministic for a given size and seed.
 *
 * - Vocabulary and paragraph lengths per language come from the seeds (tests/fixtures/seeds/) and,
 *   for Vietnamese, which the seeds lack, from our Vietnamese fixtures: words are drawn with their
 *   observed frequencies, so stopwords (and language detection) behave as on real text.
 * - Articles have 1–5 language versions (mostly 1–2, as in the corpus), share one source URL per
 *   article, and name one of the 63 former provinces in each version's own spelling; the source
 *   is the national outlet, so the province comes from the text, as for real national articles.
 * - Citations follow a Zipf-like distribution over central numbers (`177-KL/TW`, `204-QĐ/TW`,
 *   `179/2024/NĐ-CP`, `02-KH/BCĐTW`) and local ones (`04-KH/TU`), translations often writing
 *   `QD` for `QĐ`; some paragraphs are photo captions.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../src/lib/lang.ts';
import { provinceNameIn, provinceNameVariants } from '../../src/lib/provinces/province-names.ts';
import { loadProvinces } from '../../src/lib/provinces/provinces.ts';
import { slugify } from '../../src/lib/text/normalize.ts';

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LanguageModel {
  words: string[];
  paragraphLengths: number[];
}

/** Function words, one of which every synthetic sentence carries (as every real sentence does). */
const FUNCTION_WORDS: Record<Lang, string[]> = {
  vi: ['của', 'và', 'các', 'được', 'trong'],
  en: ['the', 'of', 'and', 'to', 'in'],
  de: ['der', 'die', 'und', 'des', 'mit'],
  ru: ['и', 'в', 'на', 'по', 'с'],
  ar: ['في', 'من', 'على', 'إلى', 'مع'],
};
const SOURCE_LABEL: Record<Lang, string> = { vi: 'Nguồn', en: 'Source', de: 'Quelle', ru: 'Источник', ar: 'المصدر' };
const FOOTER: Record<Lang, string> = {
  vi: 'Bình luận (0)',
  en: 'Comment (0)',
  de: 'Kommentar (0)',
  ru: 'Комментарий (0)',
  ar: 'تعليق (0)',
};
const PHOTO: Record<Lang, string> = { vi: 'Ảnh', en: 'Photo', de: 'Foto', ru: 'Фото', ar: 'الصورة' };
const DOCUMENT_WORD: Record<Lang, Record<string, string>> = {
  vi: {
    KL: 'Kết luận số',
    QĐ: 'Quy định số',
    NQ: 'Nghị quyết số',
    KH: 'Kế hoạch số',
    'NĐ-CP': 'Nghị định số',
    CV: 'Công văn số',
  },
  en: {
    KL: 'Conclusion No.',
    QĐ: 'Regulation No.',
    NQ: 'Resolution No.',
    KH: 'Plan No.',
    'NĐ-CP': 'Decree No.',
    CV: 'Official Letter No.',
  },
  de: {
    KL: 'Schlussfolgerung Nr.',
    QĐ: 'Vorschrift Nr.',
    NQ: 'Resolution Nr.',
    KH: 'Plan Nr.',
    'NĐ-CP': 'Dekret Nr.',
    CV: 'Schreiben Nr.',
  },
  ru: {
    KL: 'Заключение №',
    QĐ: 'Положение №',
    NQ: 'Резолюция №',
    KH: 'План №',
    'NĐ-CP': 'Постановление №',
    CV: 'Письмо №',
  },
  ar: {
    KL: 'الاستنتاج رقم',
    QĐ: 'اللائحة رقم',
    NQ: 'القرار رقم',
    KH: 'الخطة رقم',
    'NĐ-CP': 'المرسوم رقم',
    CV: 'الرسالة رقم',
  },
};

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? [];
}

/** Word and paragraph-length samples per language from the seeds and the Vietnamese fixtures. */
export function languageModels(projectRoot: string): Record<Lang, LanguageModel> {
  const texts: { lang: Lang; text: string }[] = [];
  const seeds = path.join(projectRoot, 'tests/fixtures/seeds');
  const guess = (text: string): Lang =>
    /[\u0600-\u06FF]/.test(text)
      ? 'ar'
      : /[\u0400-\u04FF]/.test(text)
        ? 'ru'
        : /\b(der|die|und|des)\b/.test(text)
          ? 'de'
          : (text.match(/[ăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu) ?? []).length > 20
            ? 'vi'
            : 'en';
  for (const file of readdirSync(seeds).sort()) {
    const text = readFileSync(path.join(seeds, file), 'utf8');
    texts.push({ lang: guess(text), text });
  }
  for (const file of ['tests/fixtures/compare-site/vi.txt', 'tests/fixtures/raw/vi-with-title.txt']) {
    texts.push({ lang: 'vi', text: readFileSync(path.join(projectRoot, file), 'utf8') });
  }
  const models = Object.fromEntries(
    LANGS.map((l) => [l, { words: [] as string[], paragraphLengths: [] as number[] }]),
  ) as Record<Lang, LanguageModel>;
  // Province names stay out of the vocabulary: each article names its own province.
  const provinceWords = Object.fromEntries(
    LANGS.map((l) => [
      l,
      new Set(loadProvinces().flatMap((p) => provinceNameVariants(p.name, l).flatMap((v) => tokens(v.toLowerCase())))),
    ]),
  ) as Record<Lang, Set<string>>;
  for (const { lang, text } of texts) {
    for (const line of text.split('\n')) {
      if (line.length < 80 || /^(Source|Quelle|Источник|المصدر|Nguồn):/.test(line)) continue;
      models[lang].paragraphLengths.push(line.length);
      models[lang].words.push(...tokens(line).filter((w) => !provinceWords[lang].has(w.toLowerCase())));
    }
  }
  for (const lang of LANGS) {
    if (models[lang].words.length < 50)
      throw new Error(`synthetic corpus: too few ${lang} words in the seeds and fixtures`);
  }
  return models;
}

const CENTRAL_FORMS: [type: string, make: (n: number) => string][] = [
  ['KL', (n) => `${n}-KL/TW`],
  ['QĐ', (n) => `${n}-QĐ/TW`],
  ['NQ', (n) => `${n}-NQ/TW`],
  ['NĐ-CP', (n) => `${n}/2024/NĐ-CP`],
  ['KH', (n) => `${String(n % 20).padStart(2, '0')}-KH/BCĐTW`],
];
const LOCAL_FORMS: [type: string, make: (n: number) => string][] = [
  ['KH', (n) => `${String(n).padStart(2, '0')}-KH/TU`],
  ['CV', (n) => `${n}-CV/TU`],
];

export interface SyntheticCorpusOptions {
  versions: number;
  seed?: number;
  /** Folder for the raw files (created). */
  out: string;
  /** First article number (to add articles to an existing synthetic corpus). */
  firstArticle?: number;
}

/** Writes raw files until `versions` versions exist; returns how many articles and files. */
export function writeSyntheticCorpus(
  projectRoot: string,
  options: SyntheticCorpusOptions,
): { articles: number; files: number } {
  const rand = random(options.seed ?? 1);
  const models = languageModels(projectRoot);
  const provinces = loadProvinces().map((p) => p.name);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Zipf-like: small serials are cited far more often than large ones.
  const zipf = (max: number) => Math.min(max, Math.floor(1 / (rand() * (1 - 1 / max) + 1 / max)));
  const words = (lang: Lang, count: number) => Array.from({ length: count }, () => pick(models[lang].words)).join(' ');

  function citation(lang: Lang, local: boolean): string {
    const [type, make] = local ? pick(LOCAL_FORMS) : pick(CENTRAL_FORMS);
    let number = make(zipf(400));
    // Translations often drop the stroke of Đ.
    if (lang !== 'vi' && rand() < 0.4) number = number.replace(/Đ/g, 'D');
    return `${DOCUMENT_WORD[lang][type]} ${number}`;
  }

  function paragraph(lang: Lang, provinceName: string, first: boolean): string {
    const target = pick(models[lang].paragraphLengths);
    const sentences: string[] = [];
    let length = 0;
    let sentenceIndex = 0;
    while (length < target) {
      const someWords = () => words(lang, 4 + Math.floor(rand() * 9));
      let sentence = `${someWords()} ${pick(FUNCTION_WORDS[lang])} ${someWords()}`;
      if (first && sentenceIndex === 0) sentence = `${provinceName} ${sentence}`;
      if (rand() < 0.35) sentence += ` ${citation(lang, rand() < 0.25)}`;
      if (rand() < 0.2) sentence += ` ${Math.floor(rand() * 5000)}`;
      sentence = sentence.charAt(0).toUpperCase() + sentence.slice(1);
      sentences.push(`${sentence}.`);
      length += sentence.length + 2;
      sentenceIndex++;
    }
    return sentences.join(' ');
  }

  mkdirSync(options.out, { recursive: true });
  let files = 0;
  let article = options.firstArticle ?? 0;
  let articles = 0;
  while (files < options.versions) {
    const province = pick(provinces);
    // 1–5 versions, mostly one or two, never more than still needed.
    const roll = rand();
    const count = Math.min(
      options.versions - files,
      roll < 0.45 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : roll < 0.97 ? 4 : 5,
    );
    const langs = [...LANGS].sort(() => rand() - 0.5).slice(0, count);
    const slug = `${slugify(words('vi', 6 + Math.floor(rand() * 6)))}-${article}`;
    const source = `https://nhandan.vn/${slug}-post${900000 + article}.html`;
    const paragraphs = 3 + Math.floor(rand() * 10);
    for (const lang of langs) {
      const lines: string[] = [];
      const provinceName = provinceNameIn(province, lang);
      for (let p = 0; p < paragraphs; p++) {
        lines.push(paragraph(lang, provinceName, p === 0));
        if (rand() < 0.08) lines.push(`${words(lang, 10)}. ${PHOTO[lang]}: ${pick(models[lang].words)}`);
      }
      lines.push(`${SOURCE_LABEL[lang]}: ${source}`, FOOTER[lang]);
      writeFileSync(path.join(options.out, `${String(article).padStart(6, '0')}-${lang}.txt`), `${lines.join('\n')}\n`);
      files++;
    }
    article++;
    articles++;
  }
  return { articles, files };
}
