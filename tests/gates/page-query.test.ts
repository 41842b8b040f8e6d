/**
 * The page toolkit the gates and the site tests share (tools/gates/page-query.ts): selectors,
 * scoping to an element, and the two readings of text, over a small page written here.
 */
import { describe, expect, it } from 'vitest';
import {
  attributeValues,
  nextElementSibling,
  select,
  selectOne,
  spacedTextOf,
  textOf,
} from '../../tools/gates/page-query.ts';
import { parseHtml } from '../../tools/gates/site-files.ts';

const page = parseHtml(
  '/en/x/',
  [
    '<!doctype html><html lang="en"><head><title>T</title><style>p { color: red }</style></head><body>',
    '<nav class="lang-bar main"><ul><li><a href="/de/x/" data-version="de">Deutsch</a></li>' +
      '<li><span data-missing="vi">Tiếng Việt</span></li></ul></nav>',
    '<ul class="list"><li data-province="phu-tho"><a href="/en/provinces/phu-tho/"><strong>Phu Tho</strong></a>' +
      '<ul><li><a href="/en/provinces/phu-tho/#hoa-binh">Hoa Binh</a></li></ul></li></ul>',
    '<dl><dt>Issuer</dt><dd><span class="badge">en</span> <span>Central &amp; Party</span></dd></dl>',
    '<p id="n">Shown: <span lang="ru">Русский</span>.<script>var hidden = 1;</script></p>',
    '</body></html>',
  ].join('\n'),
);
const hrefs = (elements: { attrs: Map<string, string> }[]) => elements.map((e) => e.attrs.get('href'));

describe('select', () => {
  it('matches tags, classes, ids and attributes, with descendant and child combinators', () => {
    expect(hrefs(select(page, 'nav.lang-bar a[data-version]'))).toEqual(['/de/x/']);
    expect(select(page, '.main').map((e) => e.tag)).toEqual(['nav']);
    expect(select(page, 'span[data-missing="vi"]').map((e) => textOf(e))).toEqual(['Tiếng Việt']);
    expect(hrefs(select(page, 'a[href^="/en/provinces/"]'))).toEqual([
      '/en/provinces/phu-tho/',
      '/en/provinces/phu-tho/#hoa-binh',
    ]);
    expect(hrefs(select(page, 'ul.list > li > a'))).toEqual(['/en/provinces/phu-tho/']);
    expect(select(page, '#n > span').map((e) => e.attrs.get('lang'))).toEqual(['ru']);
    expect(select(page, '* > strong').map((e) => e.tag)).toEqual(['strong']);
    expect(select(page, 'nav > a')).toEqual([]);
  });

  it('reads one attribute of the elements it finds', () => {
    expect(attributeValues(page, 'nav a', 'data-version')).toEqual(['de']);
    expect(attributeValues(page, 'nav [data-missing]', 'data-missing')).toEqual(['vi']);
    expect(attributeValues(page, 'li a', 'data-version')).toEqual(['de']);
  });

  it('within an element matches inside it only', () => {
    const item = selectOne(page, 'li[data-province]');
    expect(hrefs(select(item, 'li a'))).toEqual(['/en/provinces/phu-tho/#hoa-binh']);
    expect(hrefs(select(item, 'a'))).toEqual(['/en/provinces/phu-tho/', '/en/provinces/phu-tho/#hoa-binh']);
  });

  it('steps to the next element under the same parent, over the text between', () => {
    const badge = selectOne(page, 'dd span.badge');
    expect(textOf(nextElementSibling(badge)!)).toBe('Central & Party');
    expect(nextElementSibling(nextElementSibling(badge)!)).toBeUndefined();
  });

  it('names what it could not find or read', () => {
    expect(() => selectOne(page, 'table')).toThrow('no element matches "table" in /en/x/');
    expect(() => select(page, 'a[href=x]')).toThrow('selector "a[href=x]": cannot read "[href=x]"');
    expect(() => select(page, 'ul >')).toThrow('selector "ul >": incomplete');
  });
});

describe('text', () => {
  it('reads text as the DOM does, decoded, without scripts and styles, whitespace collapsed', () => {
    expect(textOf(selectOne(page, 'p'))).toBe('Shown: Русский.');
    expect(textOf(selectOne(page, 'dd'))).toBe('en Central & Party');
    expect(textOf(page)).toBe('T DeutschTiếng Việt Phu ThoHoa Binh Issueren Central & Party Shown: Русский.');
  });

  it('keeps elements apart when asked', () => {
    expect(spacedTextOf(selectOne(page, 'dl'))).toBe('Issuer en Central & Party');
    expect(spacedTextOf(selectOne(page, 'p'))).toBe('Shown: Русский .');
  });
});
