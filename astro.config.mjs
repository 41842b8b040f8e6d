// @ts-check
import { defineConfig } from 'astro/config';

// Article bodies are not rendered by Astro's Markdown pipeline: the content loader keeps them on
// disk (src/collections/article-loader.ts: Astro's store of rendered bodies breaks at 50,000 versions) and
// article pages render them with lib/markdown/article-plugins.ts — unified with our rehype plugins,
// no GFM, no SmartyPants (text renders exactly as written), an allowlist sanitizer last.
export default defineConfig({
  // `npm run build` (scripts/build.ts) runs Astro into a staging folder and then writes the search
  // shards and _headers itself (src/lib/build/run-build.ts): output and cache folders are set by
  // environment, the defaults (dist/, node_modules/.astro/) stay as they are.
  ...(process.env.SONG_SONG_OUT_DIR ? { outDir: process.env.SONG_SONG_OUT_DIR } : {}),
  ...(process.env.SONG_SONG_CACHE_DIR ? { cacheDir: process.env.SONG_SONG_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? 'https://songsong.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content-Security-Policy from Astro (hashes of the styles and scripts it emits, in a <meta> on
  // every page), plus exactly what Pagefind needs: WebAssembly compilation ('wasm-unsafe-eval')
  // and, should its worker be used, workers from the site or blob: URLs. The same policy goes to
  // the server configurations the build writes (dist/_headers, dist/.htaccess, dist/_deploy/: see
  // src/lib/build/deploy-files.ts), and `npm start` serves it (src/lib/serve/static-server.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // No Markdown goes through Astro; without this, Astro warns that Shiki's inline styles and CSP clash.
    syntaxHighlight: false,
  },
});
