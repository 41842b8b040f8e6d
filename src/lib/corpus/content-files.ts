/**
 * The one walker of a content folder: the `<article>/<lang>.md` files under it (article folders
 * and files whose names start with a dot left out), ordered by article, then by file name. The
 * content loader, the build's content snapshot, scripts and tests all list content through it; the
 * loader's dev watcher asks it whether a changed path is a content file (contentFileAt).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface ContentFile {
  /** The article folder's name. */
  article: string;
  /** The language code: the file name without `.md`. */
  lang: string;
  /** `<article>/<lang>.md`, relative to the content folder. */
  relative: string;
  /** The file's path (the content folder joined with `relative`). */
  path: string;
}

const visible = (name: string): boolean => !name.startsWith('.');
const isContentFileName = (name: string): boolean => visible(name) && name.endsWith('.md');
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every content file under `folder` (none if it does not exist). */
export function listContentFiles(folder: string): ContentFile[] {
  if (!existsSync(folder)) return [];
  const files: ContentFile[] = [];
  const articles = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory() && visible(e.name));
  for (const article of articles.map((e) => e.name).sort(byName)) {
    const entries = readdirSync(path.join(folder, article), { withFileTypes: true }).filter(
      (e) => isContentFileName(e.name) && (e.isFile() || e.isSymbolicLink()),
    );
    for (const name of entries.map((e) => e.name).sort(byName)) files.push(contentFile(folder, article, name));
  }
  return files;
}

/**
 * The content file at `filePath` if it is one that listContentFiles would list (`<article>/<lang>.md`
 * directly under `folder`, no dot-names), else undefined. The path need not exist any more: the
 * watcher asks about deleted files too.
 */
export function contentFileAt(folder: string, filePath: string): ContentFile | undefined {
  const parts = path.relative(folder, filePath).split(path.sep);
  if (parts.length !== 2) return undefined;
  const [article, name] = parts as [string, string];
  if (!visible(article) || !isContentFileName(name)) return undefined;
  return contentFile(folder, article, name);
}

function contentFile(folder: string, article: string, name: string): ContentFile {
  return {
    article,
    lang: name.slice(0, -'.md'.length),
    relative: `${article}/${name}`,
    path: path.join(folder, article, name),
  };
}
