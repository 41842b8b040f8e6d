import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFileAt, listContentFiles } from '../../src/lib/corpus/content-files.ts';
import { parseContentFile } from '../../src/lib/corpus/load-content.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'song-song-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content files', () => {
  it('lists <article>/<lang>.md by article, then file, leaving out dot-names and other files', () => {
    for (const file of [
      'abc/vi.md',
      'abc/en.md',
      'abc-d/ru.md',
      'abc/.en.md.tmp',
      'abc/notes.txt',
      '.hidden/en.md',
      'abc/.x.md',
    ]) {
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

  it('tells which paths are content files, whether or not they still exist', () => {
    expect(contentFileAt('/c/articles', '/c/articles/abc/vi.md')).toEqual({
      article: 'abc',
      lang: 'vi',
      relative: 'abc/vi.md',
      path: '/c/articles/abc/vi.md',
    });
    expect(contentFileAt('/c/articles/', '/c/articles/abc-d/zh-hans.md')).toEqual({
      article: 'abc-d',
      lang: 'zh-hans',
      relative: 'abc-d/zh-hans.md',
      path: '/c/articles/abc-d/zh-hans.md',
    });
    for (const other of [
      '/c/articles/abc/.en.md.tmp',
      '/c/articles/abc/.x.md',
      '/c/articles/abc/notes.txt',
      '/c/articles/.hidden/en.md',
      '/c/articles/stray.md',
      '/c/articles/abc/d/en.md',
      '/c/articles',
      '/c/other/abc/en.md',
      '/c/articles-old/abc/en.md',
    ]) {
      expect(contentFileAt('/c/articles', other)).toBeUndefined();
    }
  });

  it('names the file and the failing field when the frontmatter does not match the schema', () => {
    expect(() => parseContentFile('---\nlang: en\n---\nBody\n', 'content/articles/x/en.md')).toThrow(
      /^content\/articles\/x\/en\.md: invalid frontmatter: ✖ .* → at \w+/,
    );
    expect(() => parseContentFile('Body\n', 'content/articles/x/en.md')).toThrow(
      'content/articles/x/en.md: no YAML frontmatter',
    );
  });
});
