/**
 * The content a build works from: a copy of `content/articles/` taken under the content lock
 * (locks/content-lock.ts) when the build starts. An ingest running meanwhile is then wholly in
 * the next build and wholly out of this one — never some pages of it — and the published site,
 * its open data and its search agree on one state of the content. The copy is kept beside the
 * published folder (`.dist.content/articles/` for `dist/`): it is what the nothing-lost gate
 * compares the site with.
 *
 * The copy is incremental: a file whose source has the same inode, size, mtime and ctime as at
 * the last copy is not read again (ingest replaces files by rename, which changes the inode; an
 * editor writing in place changes mtime), so an update build copies what changed. Only what the
 * content loader reads is copied: `<article>/<lang>.md` in each article folder, dot-names left out.
 */
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../corpus/content-files.ts';

const INDEX_FORMAT = 'song-song/content-snapshot@1';

export interface ContentSnapshot {
  /** The copied articles folder: what the build reads instead of `content/articles/`. */
  articles: string;
  files: number;
  copied: number;
  removed: number;
}

interface SnapshotIndex {
  format: string;
  source: string;
  /** Source signature per copied file, by path relative to the articles folder. */
  files: Record<string, string>;
}

/** Where the build of `outDir` keeps its content snapshot: `.<name>.content/` beside it. */
export function contentSnapshotFolder(outDir: string): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.content`);
}

function readIndex(file: string, source: string): SnapshotIndex | null {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as SnapshotIndex;
    return index.format === INDEX_FORMAT && index.source === source ? index : null;
  } catch {
    return null;
  }
}

/** The content files the loader reads, relative to the articles folder. */
function contentFilesUnder(articles: string): string[] {
  return listContentFiles(articles).map((file) => file.relative);
}

/**
 * Bring the snapshot at `snapshotRoot` up to date with `sourceArticles`. The caller holds the
 * content lock. A snapshot left half-updated by a killed build is repaired by the next call: the
 * index is written last, so files copied after it are copied again.
 */
export function takeContentSnapshot(sourceArticles: string, snapshotRoot: string): ContentSnapshot {
  const source = path.resolve(sourceArticles);
  const articles = path.join(snapshotRoot, 'articles');
  const indexFile = path.join(snapshotRoot, 'index.json');
  let index = readIndex(indexFile, source);
  if (!index) {
    rmSync(snapshotRoot, { recursive: true, force: true });
    index = { format: INDEX_FORMAT, source, files: {} };
  }
  mkdirSync(articles, { recursive: true });
  const files: Record<string, string> = {};
  let copied = 0;
  for (const file of contentFilesUnder(source)) {
    const from = path.join(source, file);
    const stat = statSync(from);
    if (!stat.isFile()) continue;
    const signature = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    files[file] = signature;
    if (index.files[file] === signature) continue;
    const to = path.join(articles, file);
    mkdirSync(path.dirname(to), { recursive: true });
    const temp = `${path.dirname(to)}/.${path.basename(to)}.tmp`;
    copyFileSync(from, temp);
    renameSync(temp, to);
    copied++;
  }
  let removed = 0;
  for (const file of contentFilesUnder(articles)) {
    if (files[file] !== undefined) continue;
    rmSync(path.join(articles, file), { force: true });
    removed++;
  }
  for (const dir of readdirSync(articles)) {
    const full = path.join(articles, dir);
    if (readdirSync(full).filter((name) => name.endsWith('.md')).length === 0)
      rmSync(full, { recursive: true, force: true });
  }
  const temp = `${indexFile}.tmp`;
  writeFileSync(temp, JSON.stringify({ format: INDEX_FORMAT, source, files } satisfies SnapshotIndex));
  renameSync(temp, indexFile);
  return { articles, files: Object.keys(files).length, copied, removed };
}
