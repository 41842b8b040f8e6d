/** The documents index: by issuer, then by type as named in the UI language, in corpus order. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, type DocumentEntry } from '../../src/lib/corpus/corpus-index.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { documentId, parseDocumentNumber } from '../../src/lib/documents/document-identity.ts';
import { documentsByIssuer, type IssuerGroup } from '../../src/lib/views/documents-index.ts';

const corpus = buildCorpusIndex(loadContent(fileURLToPath(new URL('../../content/articles/', import.meta.url))));
const ids = (groups: IssuerGroup[]) =>
  groups.map((g) => [g.issuer, g.code, g.types.map((t) => [t.type, t.documents.map((d) => d.id)])]);

/** A central document of the corpus renumbered (its citations do not matter here). */
function entry(number: string): DocumentEntry {
  const parsed = parseDocumentNumber(number)!;
  return {
    ...corpus.document('204-qd-tw')!,
    id: documentId({ number, province: null }),
    number: parsed.number,
    parsed,
  };
}

describe('documentsByIssuer', () => {
  it('groups the corpus by issuer and type, named in the UI language', () => {
    expect(ids(documentsByIssuer(corpus.documents, 'en'))).toEqual([
      ['Central Steering Committee', 'BCĐTW', [['Plan', ['02-kh-bcdtw']]]],
      ['Central Organisation Commission', 'BTCTW', [['Official letter', ['9068-cv-btctw']]]],
      ['Government', 'CP', [['Decree', ['177-2024-nd-cp', '178-2024-nd-cp', '179-2024-nd-cp']]]],
      ['Provincial Party Committee', 'TU', [['Plan', ['02-kh-tu-phu-tho', '04-kh-tu-phu-tho']]]],
      [
        'Party Central Committee',
        'TW',
        [
          ['Conclusion', ['177-kl-tw', '178-kl-tw']],
          ['Resolution', ['18-nq-tw']],
          ['Regulation / Decision', ['204-qd-tw', '253-qd-tw', '255-qd-tw']],
        ],
      ],
    ]);
    expect(documentsByIssuer(corpus.documents, 'vi').map((g) => g.issuer)).toEqual([
      'Ban Chỉ đạo Trung ương',
      'Ban Tổ chức Trung ương',
      'Chính phủ',
      'Tỉnh ủy',
      'Trung ương Đảng',
    ]);
  });

  it('keeps first-seen order, names an unknown issuer by its code and leaves an unnamed type null', () => {
    const documents = ['204-QĐ/TW', '202/2025/QH15', '18-NQ/TW', '05-KL/XYZ', '177-KL/TW', '203/2025/QH15'].map(entry);
    expect(ids(documentsByIssuer(documents, 'de'))).toEqual([
      [
        'Zentralkomitee der Partei',
        'TW',
        [
          ['Vorschrift / Entscheidung', ['204-qd-tw']],
          ['Resolution', ['18-nq-tw']],
          ['Schlussfolgerung', ['177-kl-tw']],
        ],
      ],
      ['Nationalversammlung (15. Legislaturperiode)', 'QH15', [[null, ['202-2025-qh15', '203-2025-qh15']]]],
      ['XYZ', 'XYZ', [['Schlussfolgerung', ['05-kl-xyz']]]],
    ]);
  });
});
