/**
 * Reads `content/articles/<article>/<lang>.md` outside Astro (scripts, tests, checks): splits the
 * YAML frontmatter from the body and validates it with the one content schema, naming the file on
 * any error, exactly as the Astro build would refuse it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleVersionSchema } from '../../content.config.ts';
import type { CorpusVersion } from '../site/corpus-index.ts';

export function parseContentFile(text: string, file: string): CorpusVersion {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  const parsed = articleVersionSchema.safeParse(parse(match[1]!));
  if (!parsed.success) {
    throw new Error(`${file}: invalid frontmatter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { data: parsed.data, body: match[2]! };
}

/** Every article version under a content folder (default: the project's content/articles). */
export function loadContent(folder: string): CorpusVersion[] {
  const versions: CorpusVersion[] = [];
  for (const article of readdirSync(folder).sort()) {
    const dir = path.join(folder, article);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      versions.push(parseContentFile(readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file)));
    }
  }
  return versions;
}
