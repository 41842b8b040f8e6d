/**
 * The corpus as open data: `/data/articles.json` and `/data/documents.json` (and CSV twins), made
 * from the same corpus index as the pages, with absolute URLs. The formats are described in the
 * README ("Open data"); `format` names the version of each, bumped on any incompatible change.
 */
import { compareArticle, type ArticleComparison } from '../views/article-comparison.ts';
import { explainDocument, type CorpusIndex } from '../corpus/corpus-index.ts';
import { toCsv } from './csv.ts';
import { articleUrl, documentUrl } from '../routes/urls.ts';
import type { Lang } from '../lang.ts';
import { EMPTY_KNOWLEDGE } from '../documents/document-knowledge.ts';

export const ARTICLES_FORMAT = 'song-song/articles@1';
export const DOCUMENTS_FORMAT = 'song-song/documents@1';

export interface OpenArticle {
  id: string;
  province: { named: string; current: string } | null;
  outlet: string | null;
  sourceUrl: string;
  /** Document numbers the original's headline (URL slug) names. */
  headlineDocuments: string[];
  versions: {
    lang: Lang;
    url: string;
    title: string;
    titleDerived: boolean;
    /** Publication date `YYYY-MM-DD`, null when the version is undated. */
    published: string | null;
    /** Where the date was read: a date line of the text, the byline, the source URL; null when undated. */
    publishedFrom: 'line' | 'byline' | 'url' | null;
    /** Canonical numbers of the documents this version cites, in text order. */
    documents: string[];
    /** Headline documents this version does not cite, and what it cites instead; null if none. */
    headlineMismatch: { headline: string[]; cited: string[] } | null;
  }[];
  /** Per language pair, the consistency check of the aligned versions (see the compare view). */
  consistency: {
    a: Lang;
    b: Lang;
    document: number;
    date: number;
    number: number;
    total: number;
    /** Aligned rows that differ: row number (the compare view's `#p<n>`) and what each side has alone. */
    rows: { row: number; kind: 'document' | 'date' | 'number'; onlyA: string[]; onlyB: string[] }[];
  }[];
}

export interface OpenDocument {
  id: string;
  number: string;
  /** Province of a local document (its numbers repeat in every province); null when central. */
  province: string | null;
  type: string | null;
  typeLabel: string | null;
  issuer: string;
  issuerLabel: string | null;
  url: string;
  citations: { article: string; lang: Lang; url: string; count: number }[];
  /** The date of issue the citing sentences agree on (`YYYY-MM-DD`), null when none gives one or they tie. */
  date: string | null;
  /** Every date the citations give, with the versions giving it (more than one: a disagreement). */
  dates: { date: string; citations: { article: string; lang: Lang; text: string }[] }[];
  /** The citations disagree: the kind of item, and who says what (the same list as `dates`). */
  disagreements: {
    kind: 'date';
    values: { value: string; citations: { article: string; lang: Lang; text: string }[] }[];
  }[];
  /** The issuing body as written, per language. */
  issuers: { lang: Lang; text: string; article: string }[];
  /** The subject as cited, per language. */
  subjects: { lang: Lang; text: string; article: string }[];
  /** Relations this document states (`implements`, `guides`, `concretises`, `follows`) to another, by id. */
  relations: { type: string; to: string; number: string; articles: string[] }[];
  /** Documents cited in the same articles, with the number of such articles. */
  citedWith: { id: string; number: string; articles: number }[];
}

/**
 * `consistency: false` leaves out the consistency check (and its alignment of every article),
 * for the CSV, which has no column for it.
 */
export function articlesOpenData(
  corpus: CorpusIndex,
  site: URL,
  { consistency = true } = {},
): { format: string; articles: OpenArticle[] } {
  return {
    format: ARTICLES_FORMAT,
    articles: corpus.articles.map((article) => {
      const comparison: Pick<ArticleComparison, 'headline' | 'pairs'> = consistency
        ? compareArticle(article)
        : { headline: {}, pairs: [] };
      return {
        id: article.id,
        province: article.province,
        outlet: article.source.outlet ?? null,
        sourceUrl: article.source.url,
        headlineDocuments: article.headlineDocuments.map((d) => d.number),
        versions: article.versions.map(({ data }) => ({
          lang: data.lang,
          url: new URL(articleUrl(data.lang, article.id), site).href,
          title: data.title,
          titleDerived: data.titleDerived,
          published: data.published?.date ?? null,
          publishedFrom: data.published?.from ?? null,
          documents: data.documents.map((d) => d.number),
          headlineMismatch: comparison.headline[data.lang] ?? null,
        })),
        consistency: comparison.pairs.map((pair) => ({
          a: pair.a,
          b: pair.b,
          ...pair.summary,
          rows: [...pair.rows].flatMap(([row, differences]) => differences.map((d) => ({ row, ...d }))),
        })),
      };
    }),
  };
}

export function documentsOpenData(corpus: CorpusIndex, site: URL): { format: string; documents: OpenDocument[] } {
  return {
    format: DOCUMENTS_FORMAT,
    documents: corpus.documents.map((doc) => {
      const explained = explainDocument(doc.parsed, 'en');
      const k = doc.knowledge ?? EMPTY_KNOWLEDGE;
      return {
        id: doc.id,
        number: doc.number,
        province: doc.province,
        type: doc.parsed.type,
        typeLabel: explained.type,
        issuer: doc.parsed.issuer,
        issuerLabel: explained.issuer,
        url: new URL(documentUrl('en', doc.id), site).href,
        citations: doc.citations.map((c) => ({
          article: c.article,
          lang: c.lang,
          url: new URL(articleUrl(c.lang, c.article), site).href,
          count: c.count,
        })),
        date: k.date,
        dates: k.dates.map((d) => ({
          date: d.date,
          citations: d.evidence.map(({ article, lang, text }) => ({ article, lang, text })),
        })),
        disagreements: k.disagreement
          ? [
              {
                kind: k.disagreement.kind,
                values: k.disagreement.values.map((d) => ({
                  value: d.date,
                  citations: d.evidence.map(({ article, lang, text }) => ({ article, lang, text })),
                })),
              },
            ]
          : [],
        issuers: k.issuers,
        subjects: k.subjects,
        relations: k.implements.map((r) => ({
          type: r.type,
          to: r.id,
          number: r.number,
          articles: [...new Set(r.evidence.map((e) => e.article))],
        })),
        citedWith: k.citedWith.map(({ id, number, articles }) => ({ id, number, articles })),
      };
    }),
  };
}

/** One row per article version. */
export function articlesCsv(corpus: CorpusIndex, site: URL): string {
  const { articles } = articlesOpenData(corpus, site, { consistency: false });
  return toCsv(
    [
      'article',
      'lang',
      'url',
      'title',
      'title_derived',
      'province_named',
      'province_current',
      'outlet',
      'source_url',
      'documents',
      'published',
      'published_from',
    ],
    articles.flatMap((a) =>
      a.versions.map((v) => [
        a.id,
        v.lang,
        v.url,
        v.title,
        v.titleDerived ? 'yes' : 'no',
        a.province?.named ?? null,
        a.province?.current ?? null,
        a.outlet,
        a.sourceUrl,
        v.documents.join('; '),
        v.published,
        v.publishedFrom,
      ]),
    ),
  );
}

/** One row per citation (document × citing version); documents cited by no version get one row. */
export function documentsCsv(corpus: CorpusIndex, site: URL): string {
  const { documents } = documentsOpenData(corpus, site);
  return toCsv(
    [
      'document',
      'number',
      'type',
      'issuer',
      'province',
      'article',
      'lang',
      'url',
      'count',
      'date',
      'date_disputed',
      'implements',
    ],
    documents.flatMap((d) => {
      const known = [
        d.date,
        d.disagreements.length > 0 ? 'yes' : 'no',
        [...new Set(d.relations.map((r) => r.number))].join('; '),
      ];
      return d.citations.length === 0
        ? [[d.id, d.number, d.type, d.issuer, d.province, null, null, null, 0, ...known]]
        : d.citations.map((c) => [
            d.id,
            d.number,
            d.type,
            d.issuer,
            d.province,
            c.article,
            c.lang,
            c.url,
            c.count,
            ...known,
          ]);
    }),
  );
}

export const RELATIONS_FORMAT = 'song-song/relations@1';

/**
 * `/data/relations.json`: the relation graph. Nodes are documents (id, number, province, agreed
 * date); edges are typed — `implements`, `guides`, `concretises`, `follows` (from → to, each with
 * its evidence: article, language, sentence) and `cited-with` (undirected, from < to by corpus
 * order, with the articles citing both).
 */
export function relationsOpenData(corpus: CorpusIndex, site: URL) {
  const position = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const edges: {
    type: string;
    from: string;
    to: string;
    evidence?: { article: string; lang: Lang; sentence: string }[];
    articles?: number;
  }[] = [];
  for (const doc of corpus.documents) {
    const k = doc.knowledge ?? EMPTY_KNOWLEDGE;
    for (const r of k.implements)
      edges.push({
        type: r.type,
        from: doc.id,
        to: r.id,
        evidence: r.evidence.map(({ article, lang, sentence }) => ({ article, lang, sentence })),
      });
    for (const c of k.citedWith) {
      if ((position.get(doc.id) ?? 0) < (position.get(c.id) ?? 0))
        edges.push({ type: 'cited-with', from: doc.id, to: c.id, articles: c.articles });
    }
  }
  return {
    format: RELATIONS_FORMAT,
    nodes: corpus.documents.map((d) => ({
      id: d.id,
      number: d.number,
      province: d.province,
      date: d.knowledge?.date ?? null,
      url: new URL(documentUrl('en', d.id), site).href,
    })),
    edges,
  };
}

export const MANIFEST_FORMAT = 'song-song/manifest@1';

/**
 * `/data/manifest.json`: every version the build was made from, with the checksum of its text
 * (version-checksum.ts) and its paragraph and caption counts. The nothing-lost gate compares it
 * with content/, the pages, the sitemap and the search index.
 */
export function manifestOpenData(corpus: CorpusIndex): {
  format: string;
  versions: { article: string; lang: Lang; checksum: string; paragraphs: number; captions: number }[];
} {
  return {
    format: MANIFEST_FORMAT,
    versions: corpus.articles.flatMap((article) =>
      article.versions.map(({ data }) => ({
        article: article.id,
        lang: data.lang,
        checksum: data.checksum,
        paragraphs: data.paragraphs,
        captions: data.captions,
      })),
    ),
  };
}
