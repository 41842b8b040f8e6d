/**
 * The corpus as the site sees it: article versions grouped into articles, documents with every
 * version citing them (and the sentence that cites them), articles per province. Built once per
 * build from the content collection's data and bodies; pure, so it is tested without Astro.
 */
import type { ArticleVersionData } from './article-version-schema.ts';
import { parseArticleBody } from './article-body.ts';
import { describeDocumentType, describeIssuer } from '../documents/document-codes.ts';
import { documentId, parseDocumentNumber, type DocumentNumber } from '../documents/document-identity.ts';
import { documentKnowledge, EMPTY_KNOWLEDGE, type DocumentKnowledge } from '../documents/document-knowledge.ts';
import { readCitations } from '../documents/read-citations.ts';
import type { RelationType } from '../documents/citation-phrases.ts';
import { LANGS, type Lang } from '../lang.ts';
import { noDerivedCache, type DerivedCache } from '../build/derived-cache.ts';
import { detachedCopy } from '../text/detached-copy.ts';
import { splitSentences } from '../text/sentences.ts';

export interface CorpusVersion {
  data: ArticleVersionData;
  /** The Markdown body as ingest wrote it. */
  body: string;
  /** Digest of the whole content file (frontmatter and body), when known: derived values are cached by it. */
  digest?: string;
}

export interface ArticleEntry {
  id: string;
  /** Versions in the portal's language order. */
  versions: CorpusVersion[];
  langs: Lang[];
  province: { named: string; current: string } | null;
  source: ArticleVersionData['source'];
  headlineDocuments: ArticleVersionData['headlineDocuments'];
}

export interface Citation {
  article: string;
  lang: Lang;
  title: string;
  /** The version's publication date (`YYYY-MM-DD`), null when undated. */
  published: string | null;
  /** How many times this version cites the document. */
  count: number;
  /** The sentences that cite it, in text order. */
  sentences: string[];
  /** Spellings as written in this version. */
  raw: string[];
  /** What each citing sentence says of the document (read-citations.ts), one per mention. */
  readings?: CitationReadingOf[];
  /** Documents (by id) this version says the document implements, guides, concretises or follows. */
  relations?: { to: string; type: RelationType; sentence: string }[];
}

export interface CitationReadingOf {
  sentence: string;
  date: string | null;
  dateText: string | null;
  issuer: string | null;
  subject: string | null;
}

export interface DocumentEntry {
  id: string;
  number: string;
  province: string | null;
  parsed: DocumentNumber;
  /** Citing versions, by article then language order. */
  citations: Citation[];
  /**
   * Articles whose original's headline (URL slug) names the document (the inverse of ArticleEntry.headlineDocuments).
   */
  headlineArticles: string[];
  langs: Lang[];
  /** Total citations over all versions. */
  count: number;
  /** Date, issuer, subject, relations and disagreements read from the citing sentences (set by buildCorpusIndex). */
  knowledge?: DocumentKnowledge;
}

export interface CorpusIndex {
  articles: ArticleEntry[];
  documents: DocumentEntry[];
  article(id: string): ArticleEntry | undefined;
  document(id: string): DocumentEntry | undefined;
  /** Articles by the pre-merger province they name. */
  articlesByNamedProvince(name: string): ArticleEntry[];
  versionCount: number;
}

/** How many articles cite a document (a document cited five times in one article counts once). */
export function citingArticleCount(doc: DocumentEntry): number {
  return new Set(doc.citations.map((c) => c.article)).size;
}

export function buildCorpusIndex(
  versions: readonly CorpusVersion[],
  cache: DerivedCache = noDerivedCache,
): CorpusIndex {
  const byArticle = new Map<string, CorpusVersion[]>();
  for (const version of versions) {
    byArticle.set(version.data.article, [...(byArticle.get(version.data.article) ?? []), version]);
  }
  const articles: ArticleEntry[] = [...byArticle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, list]) => {
      const sorted = [...list].sort((a, b) => LANGS.indexOf(a.data.lang) - LANGS.indexOf(b.data.lang));
      // Versions agree on the source; the province may come from the outlet (same for all) or the
      // text (may differ): prefer the outlet's, then the first version's.
      const withProvince = sorted.find((v) => v.data.province?.via === 'outlet') ?? sorted.find((v) => v.data.province);
      const first = sorted[0]!;
      return {
        id,
        versions: sorted,
        langs: sorted.map((v) => v.data.lang),
        province: withProvince?.data.province
          ? { named: withProvince.data.province.named, current: withProvince.data.province.current }
          : null,
        source: first.data.source,
        headlineDocuments: first.data.headlineDocuments,
      };
    });

  const documents = new Map<string, DocumentEntry>();
  const documentEntry = (id: string, number: string, province: string | null): DocumentEntry => {
    let entry = documents.get(id);
    if (!entry) {
      const parsed = parseDocumentNumber(number);
      if (!parsed) throw new Error(`content cites ${JSON.stringify(number)}, which is not a document number`);
      entry = {
        id,
        number,
        province,
        parsed,
        citations: [],
        headlineArticles: [],
        langs: [],
        count: 0,
        knowledge: EMPTY_KNOWLEDGE,
      };
      documents.set(id, entry);
    }
    return entry;
  };

  for (const article of articles) {
    for (const version of article.versions) {
      // Reading every body for its citing sentences is most of the index's cost: cached by file digest.
      const cited =
        version.digest === undefined
          ? citingSentences(version)
          : new Map(cache.get('citation-readings', { digest: version.digest }, () => [...citingSentences(version)]));
      for (const doc of version.data.documents) {
        const entry = documentEntry(doc.id, doc.number, doc.province);
        const found = cited.get(doc.id);
        entry.citations.push({
          article: article.id,
          lang: version.data.lang,
          title: version.data.title,
          published: version.data.published?.date ?? null,
          count: doc.count,
          sentences: found?.sentences ?? [],
          raw: doc.raw,
          readings: found?.readings ?? [],
          relations: found?.relations ?? [],
        });
        entry.count += doc.count;
        if (!entry.langs.includes(version.data.lang)) entry.langs.push(version.data.lang);
      }
    }
    for (const doc of article.headlineDocuments)
      documentEntry(doc.id, doc.number, doc.province).headlineArticles.push(article.id);
  }
  for (const entry of documents.values()) entry.langs.sort((a, b) => LANGS.indexOf(a) - LANGS.indexOf(b));

  const documentList = [...documents.values()].sort(compareDocuments);
  const knowledge = documentKnowledge(documentList);
  for (const entry of documentList) entry.knowledge = knowledge.get(entry.id) ?? EMPTY_KNOWLEDGE;
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  return {
    articles,
    documents: documentList,
    article: (id) => articleMap.get(id),
    document: (id) => documents.get(id),
    articlesByNamedProvince: (name) => articles.filter((a) => a.province?.named === name),
    versionCount: versions.length,
  };
}

interface CitedInVersion {
  sentences: string[];
  readings: CitationReadingOf[];
  relations: { to: string; type: RelationType; sentence: string }[];
}

/**
 * For each document id a version cites: the sentences (of paragraphs and captions) that cite it,
 * what each says of it, and the relations it states to other documents (by id).
 */
function citingSentences(version: CorpusVersion): Map<string, CitedInVersion> {
  const result = new Map<string, CitedInVersion>();
  const localProvince = version.data.province?.named ?? null;
  const idOf = (number: string, scope: 'central' | 'local') =>
    documentId({ number, province: scope === 'local' ? localProvince : null });
  for (const block of parseArticleBody(version.body)) {
    for (const sentence of splitSentences(block.text)) {
      const reading = readCitations(sentence, version.data.lang);
      if (reading.citations.length === 0) continue;
      const copy = detachedCopy(sentence);
      const scopes = new Map(reading.mentions.map((m) => [m.number, m.doc.scope]));
      for (const citation of reading.citations) {
        const id = idOf(citation.number, scopes.get(citation.number) ?? 'central');
        const entry = result.get(id) ?? { sentences: [], readings: [], relations: [] };
        if (!entry.sentences.includes(copy)) entry.sentences.push(copy);
        const { date, dateText, issuer, subject } = citation;
        entry.readings.push({ sentence: copy, date, dateText, issuer, subject });
        result.set(id, entry);
      }
      for (const relation of reading.relations) {
        const from = idOf(relation.from, scopes.get(relation.from) ?? 'central');
        const to = idOf(relation.to, scopes.get(relation.to) ?? 'central');
        const entry = result.get(from);
        if (entry && !entry.relations.some((r) => r.to === to && r.type === relation.type && r.sentence === copy)) {
          entry.relations.push({ to, type: relation.type, sentence: copy });
        }
      }
    }
  }
  return result;
}

/** Documents ordered by issuer, then type, then year and serial as numbers. */
function compareDocuments(a: DocumentEntry, b: DocumentEntry): number {
  return (
    a.parsed.issuer.localeCompare(b.parsed.issuer, 'vi') ||
    (a.parsed.type ?? '').localeCompare(b.parsed.type ?? '', 'vi') ||
    (a.province ?? '').localeCompare(b.province ?? '', 'vi') ||
    Number(a.parsed.year ?? 0) - Number(b.parsed.year ?? 0) ||
    Number.parseInt(a.parsed.serial, 10) - Number.parseInt(b.parsed.serial, 10) ||
    a.number.localeCompare(b.number)
  );
}

/** The type and issuer of a document explained in a UI language. */
export function explainDocument(doc: DocumentNumber, lang: Lang): { type: string | null; issuer: string | null } {
  const system = doc.form === 'party' ? 'party' : 'state';
  return {
    type: doc.type ? (describeDocumentType(doc.type, system)?.[lang] ?? null) : null,
    issuer: describeIssuer(doc.issuer, system)?.[lang] ?? null,
  };
}
