/**
 * Document knowledge on the built corpus site: the document page of 204-QĐ/TW shows the date its
 * citations give and that 04-KH/TU (Phú Thọ) implements it; the feeds of documents and provinces
 * are well-formed Atom with the required elements, and feeds and pages link each other; the open
 * data carries dates and relations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/lang.ts';
import { select, selectOne, spacedTextOf, textOf } from '../../tools/gates/page-query.ts';
import { distDir, parsedPage, requireBuild } from '../support/built-site.ts';

const file = (sitePath: string) => readFileSync(path.join(distDir, sitePath), 'utf8');

/** Parses strictly (throws on malformed XML) and returns each element's path and text. */
function parseXml(xml: string): { elements: { path: string; attributes: Record<string, string>; text: string }[] } {
  const parser = sax.parser(true, { xmlns: false });
  const stack: { path: string; attributes: Record<string, string>; text: string }[] = [];
  const elements: { path: string; attributes: Record<string, string>; text: string }[] = [];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => {
    const element = {
      path: [...stack.map((s) => s.path.split('/').at(-1)), node.name].join('/'),
      attributes: node.attributes as Record<string, string>,
      text: '',
    };
    stack.push(element);
    elements.push(element);
  };
  parser.ontext = (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();
  return { elements };
}

/**
 * The Atom rules a feed reader relies on (RFC 4287 §4.1.1, §4.1.2): id, title, updated; one self link; RFC 3339 dates.
 */
function checkAtom(xml: string): string[] {
  const { elements } = parseXml(xml);
  const problems: string[] = [];
  const root = elements[0];
  if (root?.path !== 'feed' || root.attributes.xmlns !== 'http://www.w3.org/2005/Atom')
    problems.push('root is not an Atom feed');
  for (const name of ['id', 'title', 'updated'])
    if (elements.filter((e) => e.path === `feed/${name}`).length !== 1) problems.push(`feed needs one ${name}`);
  if (elements.filter((e) => e.path === 'feed/link' && e.attributes.rel === 'self').length !== 1)
    problems.push('feed needs one self link');
  const entries = elements.filter((e) => e.path === 'feed/entry').length;
  for (const name of ['id', 'title', 'updated'])
    if (elements.filter((e) => e.path === `feed/entry/${name}`).length !== entries)
      problems.push(`every entry needs ${name}`);
  for (const e of elements.filter((x) => /(?:updated|published)$/.test(x.path))) {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(e.text))
      problems.push(`${e.path} is not a date-time: ${e.text}`);
  }
  return problems;
}

beforeAll(() => requireBuild(distDir));

describe('the document page of 204-QĐ/TW', () => {
  const page = () => parsedPage('/en/documents/204-qd-tw/');

  it('shows the date the citations give: 29 November 2024', () => {
    expect(
      select(page(), '[data-document-date="2024-11-29"] > time.published[datetime="2024-11-29"]').map(textOf),
    ).toEqual(['November 29, 2024']);
  });

  it('says it is implemented by 04-KH/TU (Phú Thọ), linked, with the evidence sentences', () => {
    const relation = selectOne(page(), 'div[data-relation="relation.implementedBy"]');
    expect(spacedTextOf(relation)).toMatch(
      /^ ?Implemented by 04-KH\/TU \( Phú Thọ \) Evidence Plan No\. 04-KH\/TU dated July 16, 2025/,
    );
    expect(select(relation, 'a[href="/en/documents/04-kh-tu-phu-tho/"]')).not.toEqual([]);
    expect(textOf(relation)).toContain('Plan Nr. 04-KH/TU vom 16. Juli 2025');
  });

  it('lists the issuer per language, the documents cited with it, mentions apart from articles', () => {
    expect(spacedTextOf(page())).toContain(
      'Issuer as cited en Central Party Secretariat de Zentralsekretariats der Partei',
    );
    expect(spacedTextOf(page())).toMatch(/Cited in one article · language versions: 2 · mentions in the texts: 2/);
    expect(spacedTextOf(selectOne(page(), 'div[data-relation="cited-with"]'))).toContain('177-KL/TW in one article');
  });

  it('and 04-KH/TU (Phú Thọ) implements it', () => {
    const relation = selectOne(
      parsedPage('/en/documents/04-kh-tu-phu-tho/'),
      'div[data-relation="relation.implements"]',
    );
    expect(select(relation, 'a[href="/en/documents/204-qd-tw/"]')).not.toEqual([]);
  });

  it('isolates Latin numbers in the Arabic page', () => {
    const ar = parsedPage('/ar/documents/204-qd-tw/');
    expect(select(ar, 'bdi.code[dir="ltr"]').map(textOf)).toContain('04-KH/TU');
    expect(select(ar, 'time.published[datetime="2024-11-29"]')).not.toEqual([]);
  });
});

describe('feeds of documents and provinces', () => {
  it('are valid Atom, newest first, one entry per citing version', () => {
    const feed = file('feeds/documents/204-qd-tw.xml');
    expect(checkAtom(feed)).toEqual([]);
    expect(feed.match(/<entry xml:lang="(\w+)">/g)).toEqual(['<entry xml:lang="en">', '<entry xml:lang="de">']);
    expect(feed).toContain('<summary>Plan No. 04-KH/TU dated July 16, 2025');
    expect(checkAtom(file('feeds/provinces/phu-tho.xml'))).toEqual([]);
    expect(checkAtom(file('feeds/provinces/ha-noi.xml'))).toEqual([]);
  });

  it('link the pages they follow, and the pages link them with the URL visible', () => {
    const feed = file('feeds/documents/204-qd-tw.xml');
    for (const lang of LANGS) {
      expect(feed).toContain(`hreflang="${lang}" href="https://songsong.example.org/${lang}/documents/204-qd-tw/"`);
      const page = parsedPage(`/${lang}/documents/204-qd-tw/`);
      const feedLinks = select(page, 'link[rel="alternate"][type="application/atom+xml"]').map((e) => [
        e.attrs.get('title'),
        e.attrs.get('href'),
      ]);
      expect(feedLinks, lang).toContainEqual(['Song Song: 204-QĐ/TW', '/feeds/documents/204-qd-tw.xml']);
      const shown = select(
        page,
        'a[href="/feeds/documents/204-qd-tw.xml"][type="application/atom+xml"] > bdi.code[dir="ltr"]',
      ).map(textOf);
      expect(shown, lang).toContainEqual(expect.stringMatching(/^https:\/\/[^<]+\/feeds\/documents\/204-qd-tw\.xml$/));
    }
    expect(file('feeds/provinces/phu-tho.xml')).toContain('href="https://songsong.example.org/en/provinces/phu-tho/"');
    expect(
      select(
        parsedPage('/en/provinces/phu-tho/'),
        'a[href="/feeds/provinces/phu-tho.xml"][type="application/atom+xml"]',
      ),
    ).not.toEqual([]);
  });
});

describe('open data', () => {
  it('documents.json gains date, issuers, relations and disagreements', () => {
    const { format, documents } = JSON.parse(file('data/documents.json')) as {
      format: string;
      documents: Record<string, unknown>[];
    };
    expect(format).toBe('song-song/documents@1');
    const plan = documents.find((d) => d.id === '04-kh-tu-phu-tho')!;
    expect([plan.date, plan.relations, plan.disagreements]).toEqual([
      '2025-07-16',
      [
        {
          type: 'implements',
          to: '204-qd-tw',
          number: '204-QĐ/TW',
          articles: ['trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu'],
        },
      ],
      [],
    ]);
  });

  it('relations.json holds nodes and typed edges with evidence', () => {
    const graph = JSON.parse(file('data/relations.json')) as {
      format: string;
      nodes: { id: string; date: string | null }[];
      edges: {
        type: string;
        from: string;
        to: string;
        evidence?: { article: string; lang: string; sentence: string }[];
      }[];
    };
    expect(graph.format).toBe('song-song/relations@1');
    expect(graph.nodes.find((n) => n.id === '204-qd-tw')?.date).toBe('2024-11-29');
    const edge = graph.edges.find((e) => e.type === 'implements')!;
    expect([edge.from, edge.to, edge.evidence?.map((e) => e.lang)]).toEqual([
      '04-kh-tu-phu-tho',
      '204-qd-tw',
      ['en', 'de'],
    ]);
    expect(graph.edges.some((e) => e.type === 'cited-with' && e.from === '177-kl-tw')).toBe(true);
  });
});
