import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/lib/corpus/content-files.ts';
import { parseContentFile } from '../../src/lib/corpus/load-content.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'song-song-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content files', () => {
  it('lists <article>/<lang>.md by article, then file, leaving out dot-names and other files', () => {
    for (const file of ['abc/vi.md', 'abc/en.md', 'abc-d/ru.md', 'abc/.en.md.tmp', 'abc/notes.txt', '.hidden/en.md', 'abc/.x.md']) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    writeFileSync(path.join(dir, 'stray.md'), '');
    expect(listContentFiles(dir).map((f) => [f.relative, f.article, f.lang])).toEqual([
      ['abc/en.md', 'abc', 'en'],
      ['abc/vi.md', 'abc', 'vi'],
      ['abc-d/ru.md', 'abc-d', 'ru'],
    ]);
    expect(listContentFiles(path.join(dir, 'missing'))).toEqual([]);
  });

  it('names the file and the failing field when the frontmatter does not match the schema', () => {
    expect(() => parseContentFile('---\nlang: en\n---\nBody\n', 'content/articles/x/en.md')).toThrow(/^content\/articles\/x\/en\.md: invalid frontmatter: ✖ .* → at \w+/);
    expect(() => parseContentFile('Body\n', 'content/articles/x/en.md')).toThrow('content/articles/x/en.md: no YAML frontmatter');
  });
});
