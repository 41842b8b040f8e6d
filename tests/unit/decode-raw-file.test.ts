import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Offset, MAX_LINE_CHARS } from '../../src/lib/ingest/decode-raw-file.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeUtf8', () => {
  it('decodes valid UTF-8', () => {
    expect(decodeUtf8(new TextEncoder().encode('Hòa Bình – Хоабинь – هوا بينه'), 'f.txt')).toBe(
      'Hòa Bình – Хоабинь – هوا بينه',
    );
  });
  it('names the line of the first bad byte', () => {
    const input = new Uint8Array([
      ...new TextEncoder().encode('ok line\nsecond\n'),
      0x53,
      0x74,
      0x72,
      0x61,
      0xdf,
      0x65,
    ]);
    expect(() => decodeUtf8(input, 'f.txt')).toThrow('f.txt:3: not valid UTF-8 (bad byte at offset 19)');
  });
  it('refuses binary and UTF-16', () => {
    expect(() => decodeUtf8(bytes(0x41, 0x00, 0x42), 'b.bin')).toThrow('b.bin:1: binary file');
    expect(() => decodeUtf8(bytes(0xff, 0xfe, 0x41, 0x00), 'u.txt')).toThrow('u.txt: file is UTF-16');
  });
  it('refuses white space only and over-long lines', () => {
    expect(() => decodeUtf8(new TextEncoder().encode(' \n\t\n'), 'w.txt')).toThrow('w.txt: empty file');
    const long = `short\n${'x'.repeat(MAX_LINE_CHARS + 1)}\n`;
    expect(() => decodeUtf8(new TextEncoder().encode(long), 'l.txt')).toThrow(
      `l.txt:2: line is ${MAX_LINE_CHARS + 1} characters`,
    );
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    [[0x41, 0xc3, 0xa9], 3],
    [[0x41, 0xc0, 0xaf], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xe2, 0x82], 0], // truncated
    [[0xf5, 0x80, 0x80, 0x80], 0], // beyond U+10FFFF
  ])('%j → %i', (input, offset) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(input))).toBe(offset);
  });
});
