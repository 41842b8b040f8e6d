/**
 * The browser tests' server: the site's own static server (src/lib/serve/static-server.ts) over a
 * built folder on loopback, any free port, with the headers its build wrote (`_headers`; none for
 * a folder without one). Text is gzipped when the client accepts it, as every common static host
 * does, so byte counts measured against it are what a visitor transfers.
 */
import { siteHeaders, startStaticServer } from '../src/lib/serve/static-server.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const { url, close } = await startStaticServer({ root, headers: siteHeaders(root) ?? [] });
  return { url, close };
}
