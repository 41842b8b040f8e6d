/**
 * Hostile raw text (tests/fixtures/hostile/, built into the fixture site) comes out inert and
 * readable: markup and URLs shown as the translator typed them, no element or attribute of theirs
 * in the page, bidi and zero-width controls gone, document numbers recognised through them, NFD
 * text stored and shown as NFC.
 */
import { describe, expect, it } from 'vitest';
import { select, textOf } from '../../tools/gates/page-query.ts';
import { fixtureDistDir, parsedPage, requireBuild } from '../support/built-site.ts';

const article = 'hostile-text-for-the-quality-gates';
const read = (lang: string) => {
  requireBuild(fixtureDistDir);
  const page = parsedPage(`/${lang}/articles/${article}/`, fixtureDistDir);
  return { html: page.html, page };
};

describe('hostile raw text', () => {
  it('shows markup, scripts and dangerous URLs as text and lets none of them act', () => {
    const { html, page } = read('en');
    const text = textOf(page);
    for (const literal of [
      '<script>alert("script in the text")</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(2)">a link</a>',
      '[a Markdown link](javascript:alert(3))',
      '![an image](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)',
      '<iframe src="https://evil.example/"></iframe>',
      'Entities such as &lt;script&gt;, &#x3C;b&#x3E; and &amp;amp; are shown',
      '<div onmouseover="alert(5)">raw HTML</div>',
    ]) {
      expect(text).toContain(literal);
    }
    // Inside the article only the site's own elements: paragraphs and the prose wrapper.
    const foreign = select(page, 'article *').filter(
      (e) => ['iframe', 'img', 'b'].includes(e.tag) || (e.tag === 'div' && e.attrs.get('class') !== 'prose'),
    );
    expect(foreign).toEqual([]);
    expect(page.elements.some((e) => [...e.attrs.keys()].some((a) => a.startsWith('on')))).toBe(false);
    expect(select(page, 'script')).toEqual([]);
    expect(select(page, 'a[href]').filter((e) => /^(javascript|data):/i.test(e.attrs.get('href')!))).toEqual([]);
    // And in the bytes served: the typed tag only ever escaped.
    expect(html).not.toMatch(/<script>alert/);
  });

  it('drops bidi and zero-width controls and still finds the document numbers they split', () => {
    const { html, page } = read('de');
    // In the bytes served, not only in the text: no control anywhere, attributes included.
    expect(html).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069]/);
    const links = select(page, 'a.doc-number').map((e) => [textOf(e), e.attrs.get('href')]);
    expect(links).toEqual([
      ['204-QĐ/TW', '/de/documents/204-qd-tw/'],
      ['02-KH/BCĐTW', '/de/documents/02-kh-bcdtw/'],
    ]);
    expect(textOf(page)).toContain(
      'Ein Satz mit einer umgekehrten Richtung und isolierten Steuerzeichen sowie Markierungen bleibt lesbar',
    );
  });

  it('stores and shows decomposed Vietnamese as NFC', () => {
    const { page } = read('vi');
    const text = textOf(page);
    expect(text).toContain('Ban Thường vụ Tỉnh ủy Lạng Sơn đã quán triệt Kết luận số 177-KL/TW');
    expect(text).toBe(text.normalize('NFC'));
  });
});
