// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { searchIndexes } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { articleRehypePlugins } from './src/lib/markdown/article-plugins.ts';

// Remark/rehype plugins run only through the unified processor (Astro 7's default, Sätteri, has no
// plugin API). GFM and SmartyPants stay off: article text must render exactly as written, so no
// autolinked URLs, no tables out of `|`, no typographic quotes replacing the translator's.
export default defineConfig({
  // The benchmark (scripts/bench.ts) builds synthetic corpora elsewhere: output and cache folders
  // can be moved by environment, the defaults (dist/, node_modules/.astro/) stay as they are.
  ...(process.env.SONG_SONG_OUT_DIR ? { outDir: process.env.SONG_SONG_OUT_DIR } : {}),
  ...(process.env.SONG_SONG_CACHE_DIR ? { cacheDir: process.env.SONG_SONG_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? 'https://songsong.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [searchIndexes(), securityHeaders()],
  // Content-Security-Policy from Astro (hashes of the styles and scripts it emits, in a <meta> on
  // every page), plus exactly what Pagefind needs: WebAssembly compilation ('wasm-unsafe-eval')
  // and, should its worker be used, workers from the site or blob: URLs. The same policy goes to
  // dist/_headers for hosts that read it (src/integrations/security-headers.ts).
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
    // Article text has no code blocks (raw text is escaped); Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({ gfm: false, smartypants: false, rehypePlugins: articleRehypePlugins }),
  },
});
