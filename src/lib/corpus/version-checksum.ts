/**
 * The checksum of a version's text — its own title line (not a derived one), then every paragraph
 * and caption, NFC, joined by newlines — written by ingest into the frontmatter and recomputed
 * from the Markdown body by the nothing-lost gate (tools/gates/lost.ts): a body that lost or
 * changed text no longer matches.
 */
import { createHash } from 'node:crypto';

export function versionTextChecksum(title: string | null, blockTexts: readonly string[]): string {
  const texts = [title ?? '', ...blockTexts].filter((t) => t !== '');
  return `sha256:${createHash('sha256').update(texts.join('\n')).digest('hex')}`;
}
