/**
 * npm run build:fixture-site
 *
 * Builds a second, small site into dist-fixture/ from the raw texts in tests/fixtures/compare-site/
 * (one article in Vietnamese, English, German and Arabic), ingested into a temporary content folder.
 * The committed corpus has no article with an Arabic version next to another language, and the
 * compare view's browser tests need one. Same code, same config: only the content differs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import { collectInputFiles, ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { projectRoot } from '../src/lib/project-files.ts';

const root = projectRoot();
const contentDir = mkdtempSync(path.join(tmpdir(), 'song-song-fixture-'));
try {
  const { files, missing } = collectInputFiles([path.join(root, 'tests/fixtures/compare-site')]);
  const refused = [...missing, ...ingestFiles(files, { contentDir, dryRun: false, force: false })].filter((r) => r.status === 'error');
  if (refused.length > 0 || files.length === 0) {
    for (const r of refused) console.error(`${r.file}: ${r.error}`);
    throw new Error('the fixture texts did not ingest');
  }
  process.env.SONG_SONG_CONTENT = path.join(contentDir, 'articles');
  await build({
    root,
    outDir: path.join(root, 'dist-fixture'),
    // Its own cache, so the fixture content never mixes with the corpus's cached content store.
    cacheDir: path.join(root, 'node_modules/.astro-fixture'),
    logLevel: 'warn',
  });
  console.log(`fixture site built in dist-fixture/ from ${files.length} texts`);
} finally {
  rmSync(contentDir, { recursive: true, force: true });
}
