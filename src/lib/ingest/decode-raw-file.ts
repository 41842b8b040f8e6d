/**
 * Reads one raw input file as strict UTF-8. Node's default decoder turns bad bytes into U+FFFD
 * without a word, which would ingest garbage; we decode with a fatal decoder and, when it fails,
 * find the offending byte ourselves so the error can name the line.
 */
import { readFileSync, statSync } from 'node:fs';
import { IngestError } from './ingest-error.ts';

/** Largest raw file we accept. The longest seed is 26 KB; a real article is far below this. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Longest line (paragraph) we accept, in characters. The longest seed paragraph is 2,092. */
export const MAX_LINE_CHARS = 20_000;

export function decodeRawFile(file: string, displayName = file): string {
  const size = statSync(file).size;
  if (size === 0) throw new IngestError(displayName, 'empty file');
  if (size > MAX_FILE_BYTES) {
    throw new IngestError(displayName, `file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes`);
  }
  return decodeUtf8(readFileSync(file), displayName);
}

export function decodeUtf8(bytes: Uint8Array, displayName: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestError(displayName, 'file is UTF-16; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(displayName, 'binary file (contains NUL bytes), not text', lineAt(bytes, nul));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new IngestError(displayName, `not valid UTF-8 (bad byte at offset ${offset})`, lineAt(bytes, offset));
  }
  if (text.trim() === '') throw new IngestError(displayName, 'empty file (only white space)');
  const lines = text.split(/\r\n|\r|\n/);
  const longIndex = lines.findIndex((line) => line.length > MAX_LINE_CHARS);
  if (longIndex !== -1) {
    throw new IngestError(
      displayName,
      `line is ${lines[longIndex]!.length} characters, over the limit of ${MAX_LINE_CHARS}`,
      longIndex + 1,
    );
  }
  return text;
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
