/**
 * What the corpus knows about a document from all the sentences citing it (read-citations.ts),
 * across articles and languages: its date (what the citations agree on), where citations
 * disagree (who says what — the compare view's consistency check, but across articles), its
 * issuer and subject as each language writes them, the documents it implements (or guides,
 * concretises, follows) and those implementing it, each with its evidence sentence, and the
 * documents cited together with it in the same article.
 *
 * Counts are of citing versions (one article in one language), never of mentions: a version that
 * gives a date three times supports it once.
 */
import type { Lang } from '../lang.ts';
import type { RelationType } from './citation-phrases.ts';

/** One citing version's reading of the document in one sentence. */
export interface CitationEvidence {
  article: string;
  lang: Lang;
  sentence: string;
}

/** What a version's sentences say about a document (input). */
export interface VersionReadings {
  article: string;
  lang: Lang;
  readings?: {
    sentence: string;
    date: string | null;
    dateText: string | null;
    issuer: string | null;
    subject: string | null;
  }[];
  /** Documents this version says the document relates to (by id). */
  relations?: { to: string; type: RelationType; sentence: string }[];
}

export interface DocumentInput {
  id: string;
  number: string;
  province: string | null;
  citations: VersionReadings[];
}

export interface DatedBy {
  date: string;
  /** The versions giving this date, one entry each, with the first sentence that gives it. */
  evidence: (CitationEvidence & { text: string })[];
}

export interface RelatedDocument {
  id: string;
  number: string;
  province: string | null;
  type: RelationType;
  evidence: CitationEvidence[];
}

export interface DocumentKnowledge {
  /** The date the citations agree on (the one most versions give; null when none or a tie). */
  date: string | null;
  /** Every date given, most versions first, then by date. */
  dates: DatedBy[];
  /** Set when the citations give more than one date: the same list as `dates`. */
  disagreement: { kind: 'date'; values: DatedBy[] } | null;
  /** The issuer as written, once per language and spelling, in first-seen order. */
  issuers: { lang: Lang; text: string; article: string }[];
  /** The subject as cited, once per language and spelling. */
  subjects: { lang: Lang; text: string; article: string }[];
  /** Documents this one implements (guides …). */
  implements: RelatedDocument[];
  /** Documents implementing (guiding …) this one. */
  implementedBy: RelatedDocument[];
  /** Documents cited in the same articles, with the number of such articles; most first. */
  citedWith: { id: string; number: string; province: string | null; articles: number }[];
}

export const EMPTY_KNOWLEDGE: DocumentKnowledge = {
  date: null,
  dates: [],
  disagreement: null,
  issuers: [],
  subjects: [],
  implements: [],
  implementedBy: [],
  citedWith: [],
};

const versionKey = (c: { article: string; lang: Lang }) => `${c.article}\u0000${c.lang}`;

function datesOf(doc: DocumentInput): DatedBy[] {
  const byDate = new Map<string, DatedBy>();
  for (const citation of doc.citations) {
    const seen = new Set<string>();
    for (const reading of citation.readings ?? []) {
      if (reading.date === null || seen.has(reading.date)) continue;
      seen.add(reading.date);
      const entry = byDate.get(reading.date) ?? { date: reading.date, evidence: [] };
      entry.evidence.push({
        article: citation.article,
        lang: citation.lang,
        sentence: reading.sentence,
        text: reading.dateText ?? reading.date,
      });
      byDate.set(reading.date, entry);
    }
  }
  return [...byDate.values()].sort(
    (a, b) => b.evidence.length - a.evidence.length || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
}

function phrasesOf(doc: DocumentInput, field: 'issuer' | 'subject'): { lang: Lang; text: string; article: string }[] {
  const out: { lang: Lang; text: string; article: string }[] = [];
  const seen = new Set<string>();
  for (const citation of doc.citations) {
    for (const reading of citation.readings ?? []) {
      const text = reading[field];
      if (text === null || seen.has(`${citation.lang}\u0000${text}`)) continue;
      seen.add(`${citation.lang}\u0000${text}`);
      out.push({ lang: citation.lang, text, article: citation.article });
    }
  }
  return out;
}

/** Relations merged per (other document, type), evidence once per version and sentence. */
function addRelation(
  list: Map<string, RelatedDocument>,
  other: DocumentInput,
  type: RelationType,
  evidence: CitationEvidence,
): void {
  const key = `${other.id}\u0000${type}`;
  const entry = list.get(key) ?? { id: other.id, number: other.number, province: other.province, type, evidence: [] };
  if (!entry.evidence.some((e) => versionKey(e) === versionKey(evidence) && e.sentence === evidence.sentence))
    entry.evidence.push(evidence);
  list.set(key, entry);
}

/** The knowledge of every document, by id. Documents are given in the corpus's order, which lists keep. */
export function documentKnowledge(docs: readonly DocumentInput[]): Map<string, DocumentKnowledge> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const implementsOf = new Map<string, Map<string, RelatedDocument>>();
  const implementedByOf = new Map<string, Map<string, RelatedDocument>>();
  const articlesOf = new Map<string, Set<string>>();
  const docsOfArticle = new Map<string, Set<string>>();
  for (const doc of docs) {
    implementsOf.set(doc.id, new Map());
    implementedByOf.set(doc.id, new Map());
    const articles = new Set(doc.citations.map((c) => c.article));
    articlesOf.set(doc.id, articles);
    for (const article of articles) docsOfArticle.set(article, (docsOfArticle.get(article) ?? new Set()).add(doc.id));
  }
  for (const doc of docs) {
    for (const citation of doc.citations) {
      for (const relation of citation.relations ?? []) {
        const target = byId.get(relation.to);
        if (!target || target.id === doc.id) continue;
        const evidence = { article: citation.article, lang: citation.lang, sentence: relation.sentence };
        addRelation(implementsOf.get(doc.id)!, target, relation.type, evidence);
        addRelation(implementedByOf.get(target.id)!, doc, relation.type, evidence);
      }
    }
  }
  const byOrder = (a: { id: string }, b: { id: string }) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const result = new Map<string, DocumentKnowledge>();
  for (const doc of docs) {
    const dates = datesOf(doc);
    const top = dates[0];
    const tie = top !== undefined && dates[1] !== undefined && dates[1].evidence.length === top.evidence.length;
    const together = new Map<string, number>();
    for (const article of articlesOf.get(doc.id) ?? []) {
      for (const other of docsOfArticle.get(article) ?? [])
        if (other !== doc.id) together.set(other, (together.get(other) ?? 0) + 1);
    }
    result.set(doc.id, {
      date: top && !tie ? top.date : null,
      dates,
      disagreement: dates.length > 1 ? { kind: 'date', values: dates } : null,
      issuers: phrasesOf(doc, 'issuer'),
      subjects: phrasesOf(doc, 'subject'),
      implements: [...implementsOf.get(doc.id)!.values()].sort(byOrder),
      implementedBy: [...implementedByOf.get(doc.id)!.values()].sort(byOrder),
      citedWith: [...together]
        .map(([id, articles]) => ({ id, number: byId.get(id)!.number, province: byId.get(id)!.province, articles }))
        .sort((a, b) => b.articles - a.articles || byOrder(a, b)),
    });
  }
  return result;
}
