/**
 * Ingest refuses a version with more paragraphs than any article has (MAX_BLOCKS), naming the
 * file, the line, the limit and why: the tester's 100,000-line file fits in the 1 MiB file limit
 * but is no article. The aligner stays bounded beyond the limit too (alignment-scale.test.ts),
 * since content/ can be written by hand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeRawFile, MAX_FILE_BYTES } from '../../src/lib/ingest/decode-raw-file.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { MAX_BLOCKS, parseRawArticle } from '../../src/lib/ingest/parse-raw-article.ts';

const source = 'Source: https://baophutho.vn/trien-khai-ket-luan-so-178-kl-tw-237421.htm';
const lines = (count: number) => Array.from({ length: count }, (_, i) => `Line ${i + 1} of the 177-KL/TW report.`);
const folder = mkdtempSync(path.join(tmpdir(), 'song-song-limit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function refusal(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the paragraph limit of ingest', () => {
  it('accepts a version of exactly MAX_BLOCKS paragraphs', () => {
    expect(parseRawArticle([...lines(MAX_BLOCKS), source].join('\n'), 'en.txt').blocks).toHaveLength(MAX_BLOCKS);
  });

  it('refuses one paragraph more, naming the file, the line of the paragraph over the limit and the reason', () => {
    const error = refusal(() => parseRawArticle([...lines(MAX_BLOCKS + 1), source].join('\n'), 'en.txt'));
    expect(error.file).toBe('en.txt');
    expect(error.line).toBe(MAX_BLOCKS + 1);
    expect(error.message).toMatch(
      /^en\.txt:5001: 5,001 paragraphs, over the limit of 5,000 per version \(a news article has a few hundred at most/,
    );
  });

  it('refuses the 100,000-line file that fits in the file size limit', () => {
    const file = path.join(folder, 'long.txt');
    const text = [...Array.from({ length: 100_000 }, (_, i) => `L${i}.`), source].join('\n');
    writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_FILE_BYTES);
    const error = refusal(() => parseRawArticle(decodeRawFile(file, 'long.txt'), 'long.txt'));
    expect(error.message).toMatch(/^long\.txt:5001: 100,000 paragraphs, over the limit of 5,000/);
  });
});
