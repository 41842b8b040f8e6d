/**
 * A strict XML reader (sax) and the structure of the TMX 1.4 DTD (tmx14.dtd) for what Song Song
 * writes, shared by the unit tests of the exports and the site tests of the published files.
 */
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses strictly (sax throws on anything not well-formed) into a small element tree. */
export function parseXml(xml: string): { root: XmlElement; doctype: string } {
  const parser = sax.parser(true);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let doctype = '';
  parser.onerror = (error) => {
    throw error;
  };
  parser.ondoctype = (text) => (doctype = text.trim());
  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.ontext = (text) => {
    if (stack.length > 0) stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return { root, doctype };
}

/** The content model of tmx14.dtd for what we write: tmx(header, body), body(tu*), tu(prop*, tuv+), tuv(seg). */
export function checkTmxStructure(root: XmlElement): string[] {
  const problems: string[] = [];
  const names = (e: XmlElement) => e.children.map((c) => c.name).join(',');
  if (root.name !== 'tmx' || root.attributes.version !== '1.4') problems.push('root is not <tmx version="1.4">');
  if (names(root) !== 'header,body') problems.push(`tmx has ${names(root)}`);
  const header = root.children[0]!;
  for (const required of [
    'creationtool',
    'creationtoolversion',
    'segtype',
    'o-tmf',
    'adminlang',
    'srclang',
    'datatype',
  ]) {
    if (!(required in header.attributes)) problems.push(`header lacks ${required}`);
  }
  if (!['block', 'paragraph', 'sentence', 'phrase'].includes(header.attributes.segtype ?? ''))
    problems.push('bad segtype');
  if (!header.children.every((c) => ['note', 'prop', 'ude'].includes(c.name)))
    problems.push('header holds more than note, prop, ude');
  for (const tu of root.children[1]!.children) {
    if (tu.name !== 'tu') problems.push(`body has <${tu.name}>`);
    if (!/^(prop,|note,)*tuv(,tuv)+$/.test(names(tu))) problems.push(`tu has ${names(tu)}`);
    for (const prop of tu.children.filter((c) => c.name === 'prop')) {
      if (!prop.attributes.type) problems.push('prop without type');
      if (prop.children.length > 0) problems.push('prop with elements (only #PCDATA is allowed)');
    }
    for (const tuv of tu.children.filter((c) => c.name === 'tuv')) {
      if (!tuv.attributes['xml:lang']) problems.push('tuv without xml:lang');
      if (names(tuv) !== 'seg') problems.push(`tuv has ${names(tuv)}`);
    }
  }
  return problems;
}
