/**
 * The content schema reads files written before the original's headline documents had one name
 * (`titleDocuments`) as `headlineDocuments`, so an archive ingested by an earlier version still loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleVersionSchema } from '../../src/lib/corpus/article-version-schema.ts';

const file = path.join('content/articles/trien-khai-thuc-hien-ket-luan-so-178-kl-tw-cua-bo-chinh-tri-ban-bi-thu/en.md');
const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
  string,
  unknown
>;

describe('articleVersionSchema', () => {
  it('reads a committed version', () => {
    expect(articleVersionSchema.parse(frontmatter).headlineDocuments.map((d) => d.number)).toEqual(['178-KL/TW']);
  });

  it('reads the former field name titleDocuments as headlineDocuments', () => {
    const { headlineDocuments, ...rest } = frontmatter;
    expect(articleVersionSchema.parse({ ...rest, titleDocuments: headlineDocuments })).toEqual(
      articleVersionSchema.parse(frontmatter),
    );
  });

  it('still refuses unknown fields, and both names at once', () => {
    expect(articleVersionSchema.safeParse({ ...frontmatter, extra: 1 }).success).toBe(false);
    expect(articleVersionSchema.safeParse({ ...frontmatter, titleDocuments: [] }).success).toBe(false);
  });
});
