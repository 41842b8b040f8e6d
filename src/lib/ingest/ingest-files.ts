/**
 * Ingest of a batch of raw files into the content folder. Every file is judged on its own (one
 * bad file does not stop the others), then the batch as a whole (two files for the same article
 * and language are both refused), then against what `content/` already holds (a different text
 * for an existing version is a conflict unless forced). Only then is anything written, each file
 * through a temp file and a rename so a crash never leaves half a file behind.
 *
 * A writing run holds the content lock (locks/content-lock.ts) from before it looks at `content/`
 * until its last write: a second ingest waits, then finds this one's files and reports a conflict
 * rather than a second "created"; a build copies the content before or after, never between.
 * Temp files go to `content/.ingest-tmp/`, which the run empties first under the lock: whatever
 * is there was left by a killed run.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { acquireContentLock } from '../locks/content-lock.ts';
import type { LockHolder } from '../locks/pid-lock.ts';
import { buildArticleVersion, type ArticleVersion } from './build-article-version.ts';
import { decodeRawFile } from './decode-raw-file.ts';
import { IngestError } from './ingest-error.ts';
import { parseRawArticle } from './parse-raw-article.ts';

export interface IngestOptions {
  /** The content folder (`content/`), which holds `articles/<article>/<lang>.md`. */
  contentDir: string;
  dryRun: boolean;
  force: boolean;
  /** Called with each result as soon as it is known (a file written, refused or unchanged). */
  onResult?: (result: IngestResult) => void;
  /** How long to wait for another writer of the content folder (default: the lock's). */
  waitMs?: number;
  /** Called once when another writer holds the content folder and this run waits. */
  onWait?: (holder: LockHolder) => void;
}

/** Where a run writes its temp files before renaming them into place. */
export function ingestTempFolder(contentDir: string): string {
  return path.join(contentDir, '.ingest-tmp');
}

export type IngestAction = 'create' | 'update' | 'unchanged';

export interface IngestResult {
  file: string;
  status: 'ok' | 'error';
  error?: string;
  line?: number;
  article?: string;
  lang?: string;
  title?: string;
  titleDerived?: boolean;
  byline?: string | null;
  published?: { date: string; from: 'line' | 'byline' | 'url'; text: string } | null;
  source?: string;
  outlet?: string | null;
  province?: { named: string; current: string; via: string } | null;
  documents?: { number: string; id: string; province: string | null; raw: string[]; count: number }[];
  headlineDocuments?: { number: string; id: string; province: string | null }[];
  paragraphs?: number;
  captions?: number;
  /** Where the version goes, relative to the working directory. */
  output?: string;
  action?: IngestAction;
  written?: boolean;
}

export function errorResult(file: string, error: unknown): IngestResult {
  if (error instanceof IngestError) {
    return { file, status: 'error', error: error.message, ...(error.line === undefined ? {} : { line: error.line }) };
  }
  return { file, status: 'error', error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
}

function okResult(file: string, version: ArticleVersion, output: string): IngestResult {
  const { data } = version;
  return {
    file,
    status: 'ok',
    article: data.article,
    lang: data.lang,
    title: data.title,
    titleDerived: data.titleDerived,
    byline: data.byline,
    published: data.published,
    source: data.source.url,
    outlet: data.source.outlet,
    province: data.province,
    documents: data.documents,
    headlineDocuments: data.headlineDocuments,
    paragraphs: data.paragraphs,
    captions: data.captions,
    output,
  };
}

export function ingestFiles(files: readonly string[], options: IngestOptions): IngestResult[] {
  const contentDir = path.resolve(options.contentDir);
  if (options.dryRun) return judgeAndWrite(files, contentDir, options);
  mkdirSync(contentDir, { recursive: true });
  const release = acquireContentLock(contentDir, {
    task: 'ingest',
    ...(options.waitMs === undefined ? {} : { waitMs: options.waitMs }),
    ...(options.onWait ? { onWait: options.onWait } : {}),
  });
  try {
    rmSync(ingestTempFolder(contentDir), { recursive: true, force: true });
    return judgeAndWrite(files, contentDir, options);
  } finally {
    rmSync(ingestTempFolder(contentDir), { recursive: true, force: true });
    release();
  }
}

function judgeAndWrite(files: readonly string[], contentDir: string, options: IngestOptions): IngestResult[] {
  const built = files.map((file) => {
    try {
      const version = buildArticleVersion(parseRawArticle(decodeRawFile(file), file), file);
      return { file, version };
    } catch (error) {
      return { file, error: errorResult(file, error) };
    }
  });

  // Two inputs for the same version: refuse both, naming the other file.
  const byPath = new Map<string, string[]>();
  for (const item of built) {
    if (item.version)
      byPath.set(item.version.relativePath, [...(byPath.get(item.version.relativePath) ?? []), item.file]);
  }

  const results: IngestResult[] = [];
  for (const item of built) {
    const result = judgeOne(item);
    options.onResult?.(result);
    results.push(result);
  }
  return results;

  function judgeOne(item: (typeof built)[number]): IngestResult {
    if (!item.version) return item.error!;
    const { file, version } = item;
    const target = path.resolve(contentDir, version.relativePath);
    const output = path.relative(process.cwd(), target) || target;
    const twins = byPath.get(version.relativePath)!.filter((other) => other !== file);
    if (twins.length > 0) {
      return errorResult(
        file,
        new IngestError(file, `same article and language (${version.relativePath}) as ${twins.join(', ')}`),
      );
    }
    if (!isInside(contentDir, target)) {
      return errorResult(file, new IngestError(file, `output path ${target} would leave ${contentDir}`));
    }
    let action: IngestAction = 'create';
    if (existsSync(target)) {
      if (readFileSync(target, 'utf8') === version.markdown) action = 'unchanged';
      else if (options.force) action = 'update';
      else {
        return errorResult(
          file,
          new IngestError(file, `conflict: ${output} already exists with a different text (use --force to replace it)`),
        );
      }
    }
    const result = { ...okResult(file, version, output), action, written: false };
    if (!options.dryRun && action !== 'unchanged') {
      try {
        writeAtomically(contentDir, target, version.markdown);
        result.written = true;
      } catch (error) {
        return errorResult(file, new IngestError(file, `could not write ${output}: ${(error as Error).message}`));
      }
    }
    return result;
  }
}

function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

let tempCount = 0;

function writeAtomically(contentDir: string, target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  // A symlinked folder inside content/ must not lead the write elsewhere.
  if (!isInside(realpathSync(contentDir), path.join(realpathSync(path.dirname(target)), path.basename(target)))) {
    throw new Error(`${path.dirname(target)} resolves outside ${contentDir}`);
  }
  const tempFolder = ingestTempFolder(contentDir);
  mkdirSync(tempFolder, { recursive: true });
  const temp = path.join(tempFolder, `${process.pid}-${++tempCount}.md`);
  writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
  renameSync(temp, target);
}
