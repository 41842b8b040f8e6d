import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine } from '../../src/lib/corpus/escape-markdown.ts';

describe('escapeMarkdownLine', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['### x', '\\### x'],
    ['#hashtag stays', '#hashtag stays'],
    ['1. item', '1\\. item'],
    ['2025) item', '2025\\) item'],
    ['4. August war ein Montag', '4\\. August war ein Montag'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['===', '\\==='],
    ['> quote', '\\> quote'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['**b** _i_ `c` [l](u)', '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\[l\\](u)'],
    ['&amp; &#60;', '\\&amp; \\&#60;'],
    ['a\\b', 'a\\\\b'],
    ['Nr. 177-KL/TW vom 11. Juli', 'Nr. 177-KL/TW vom 11. Juli'],
    ['2025-2030', '2025-2030'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});
