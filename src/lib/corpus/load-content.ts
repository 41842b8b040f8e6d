/**
 * Reads `content/articles/<article>/<lang>.md` outside Astro (scripts, tests, checks): splits the
 * YAML frontmatter from the body and validates it with the one content schema, naming the file on
 * any error, exactly as the Astro build would refuse it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articleVersionSchema, describeSchemaError } from './article-version-schema.ts';
import { listContentFiles } from './content-files.ts';
import type { CorpusVersion } from './corpus-index.ts';

/** The YAML frontmatter (parsed, not yet validated) and the Markdown body of a content file. */
export function splitContentFile(text: string, file: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  return { frontmatter: parse(match[1]!), body: match[2]! };
}

export function parseContentFile(text: string, file: string): CorpusVersion {
  const { frontmatter, body } = splitContentFile(text, file);
  const parsed = articleVersionSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`${file}: invalid frontmatter: ${describeSchemaError(parsed.error)}`);
  }
  return { data: parsed.data, body };
}

/** Every article version under a content folder (default: the project's content/articles). */
export function loadContent(folder: string): CorpusVersion[] {
  return listContentFiles(folder).map((file) => parseContentFile(readFileSync(file.path, 'utf8'), file.path));
}
