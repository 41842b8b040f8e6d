/**
 * npm run build:fixture-site
 *
 * Builds a second, small site into dist-fixture/ from raw texts the committed corpus lacks:
 * tests/fixtures/compare-site/ (one article in Vietnamese, English, German and Arabic, for the
 * compare view's browser tests) and tests/fixtures/hostile/ (markup, script, javascript: and
 * data: URLs, entities, bidi controls, zero-width characters inside document numbers, NFD text:
 * it must all come out inert and readable) and tests/fixtures/search/ (one article per language with
 * search's near misses: communes named like provinces, 180-NQ/TW beside 18-NQ/TW, clitic and
 * inflected forms, đ). The texts are ingested into
 * node_modules/.song-song-fixture/content/ (kept for the nothing-lost gate). Same code, same
 * config: only the content differs.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from '../src/lib/build/run-build.ts';
import { collectInputFiles } from '../src/lib/ingest/collect-input-files.ts';
import { ingestFiles } from '../src/lib/ingest/ingest-files.ts';
import { projectRoot } from '../src/lib/project-files.ts';

const root = projectRoot();
const FIXTURE_CONTENT = path.join(root, 'node_modules/.song-song-fixture/content');
const contentDir = FIXTURE_CONTENT;
rmSync(contentDir, { recursive: true, force: true });
{
  const { files, problems } = collectInputFiles([
    path.join(root, 'tests/fixtures/compare-site'),
    path.join(root, 'tests/fixtures/hostile'),
    path.join(root, 'tests/fixtures/search'),
  ]);
  const refused = ingestFiles(files, { contentDir, dryRun: false, force: false }).filter((r) => r.status === 'error');
  if (problems.length > 0 || refused.length > 0 || files.length === 0) {
    for (const p of problems) console.error(`${p.file}: ${p.reason}`);
    for (const r of refused) console.error(`${r.file}: ${r.error}`);
    throw new Error('the fixture texts did not ingest');
  }
  await runBuild({
    root,
    outDir: path.join(root, 'dist-fixture'),
    // Its own cache, so the fixture content never mixes with the corpus's cached content store.
    cacheDir: path.join(root, 'node_modules/.astro-fixture'),
    contentDir: path.join(contentDir, 'articles'),
    log: (line) => console.error(line),
  });
  console.log(`fixture site built in dist-fixture/ from ${files.length} texts`);
}
