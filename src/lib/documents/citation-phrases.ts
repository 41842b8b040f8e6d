/**
 * The words around a cited document number that say what the sentence tells about the document,
 * per corpus language (read-citations.ts reads them): a word that dates it ("dated", "vom", "от",
 * "بتاريخ", "ngày"), one that introduces its issuer ("of the", "des", "của", "الصادر عن"), one that
 * introduces its subject ("on", "zur", "о", "بشأن", "về"), relation verbs (implementing …), document
 * type nouns (a phrase reaching one names another document) and list joiners.
 *
 * Patterns are source strings matched case-insensitively at a position (sticky) of the text.
 */
import type { Lang } from '../lang.ts';

export type RelationType = 'implements' | 'guides' | 'concretises' | 'follows';

export interface LanguagePhrases {
  /** Before a document's date. Never a bare "on"/"am"/"в"/"في": those date meetings and events. */
  dating: string;
  /** Before the issuing body; the match is not part of the issuer as shown. */
  issuer: string;
  /** Before the subject as cited (kept in the subject). */
  subject: string;
  /** Relation verbs right before another document (within a few words), by relation type. */
  relations: readonly [RelationType, string][];
  /** Document type nouns: an issuer or subject never runs on into another document's name. */
  typeNouns: string;
  /** Words that join members of a list or clauses ("and", "sowie"). */
  joiners: string;
  /** Bodies whose name continues with a subject-like phrase ("Steering Committee on …"). */
  namedForSubject: string;
}

const words = (...list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

export const PHRASES: Record<Lang, LanguagePhrases> = {
  en: {
    dating: words('dated', 'issued on', 'signed on', 'promulgated on', 'adopted on', 'of'),
    issuer: words('issued by the', 'issued by', 'of the', 'by the', 'of'),
    subject: words(
      'on',
      'regarding',
      'concerning',
      'about',
      'to implement',
      'implementing',
      'guiding',
      'for implementing',
      'for the implementation of',
      'on the implementation of',
    ),
    relations: [
      [
        'implements',
        words(
          'implementing',
          'implement',
          'implementation of',
          'carrying out',
          'carry out',
          'executing',
          'realizing',
          'realising',
        ),
      ],
      [
        'guides',
        words(
          'guiding the implementation of',
          'guiding',
          'guidance on',
          'guidelines on',
          'guidelines for',
          'instructions on',
        ),
      ],
      ['concretises', words('concretizing', 'concretising', 'concretize', 'concretise', 'specifying', 'detailing')],
      [
        'follows',
        words(
          'following up on',
          'following up',
          'following',
          'continuing to implement',
          'in continuation of',
          'pursuant to',
        ),
      ],
    ],
    typeNouns: words(
      'plans?',
      'decisions?',
      'conclusions?',
      'resolutions?',
      'directives?',
      'regulations?',
      'decrees?',
      'documents?',
      'official dispatch(?:es)?',
      'dispatch(?:es)?',
      'official letters?',
      'letters?',
      'notices?',
      'notifications?',
      'guidelines?',
      'instructions?',
      'circulars?',
      'laws?',
      'projects?',
      'programs?',
      'programmes?',
      'reports?',
      'rules?',
    ),
    joiners: words('and', 'as well as', '&'),
    namedForSubject: words('steering committee', 'steering board'),
  },
  de: {
    dating: words('vom', 'von', 'datiert vom', 'datiert auf', 'erlassen am', 'unterzeichnet am', 'ausgestellt am'),
    issuer: words('erlassen von der', 'erlassen vom', 'herausgegeben vom', 'herausgegeben von der', 'des', 'der'),
    subject: words('zur', 'zum', 'über', 'betreffend', 'bezüglich', 'hinsichtlich', 'für die Umsetzung'),
    relations: [
      [
        'implements',
        words(
          'Umsetzung',
          'Durchführung',
          'Implementierung',
          'Verwirklichung',
          'Ausführung',
          'umzusetzen',
          'durchzuführen',
        ),
      ],
      ['guides', words('Anleitung', 'Leitlinien', 'Anweisungen', 'Hinweise')],
      ['concretises', words('Konkretisierung', 'konkretisieren', 'Präzisierung')],
      ['follows', words('Fortsetzung', 'Fortführung', 'weiteren Umsetzung')],
    ],
    typeNouns: words(
      'Plans?',
      'Planes',
      'Beschlusses',
      'Beschlüsse',
      'Beschluss',
      'Entscheidung(?:en)?',
      'Schlussfolgerung(?:en)?',
      'Resolution(?:en)?',
      'Direktive(?:n)?',
      'Richtlinie(?:n)?',
      'Vorschrift(?:en)?',
      'Verordnung(?:en)?',
      'Dekrets?',
      'Dekrete',
      'Dienstschreibens?',
      'Depeschen?',
      'Dokuments?',
      'Dokumente',
      'Mitteilung(?:en)?',
      'Rundschreibens?',
      'Gesetzes',
      'Gesetz',
      'Projekts?',
      'Programms?',
      'Berichts?',
      'Anweisung(?:en)?',
    ),
    joiners: words('und', 'sowie', '&'),
    namedForSubject: words('Lenkungsausschusses', 'Lenkungsausschuss'),
  },
  ru: {
    dating: words('от', 'датированн\\p{L}*', 'изданн\\p{L}* от'),
    issuer: words('изданн\\p{L}* ', 'принят\\p{L}* ', 'утвержденн\\p{L}* ', 'утверждённ\\p{L}* '),
    subject: words('о', 'об', 'по вопросам', 'по', 'касательно', 'относительно', 'в целях'),
    relations: [
      [
        'implements',
        words(
          'реализации',
          'реализация',
          'выполнении',
          'выполнения',
          'исполнении',
          'исполнения',
          'осуществлении',
          'осуществления',
          'внедрении',
        ),
      ],
      ['guides', words('руководстве', 'руководство', 'инструкции', 'порядке применения', 'применению')],
      ['concretises', words('конкретизации', 'конкретизация', 'детализации')],
      ['follows', words('продолжении', 'продолжения', 'развитие')],
    ],
    typeNouns: words(
      'план\\p{L}*',
      'решени\\p{L}*',
      'заключени\\p{L}*',
      'резолюци\\p{L}*',
      'постановлени\\p{L}*',
      'директив\\p{L}*',
      'положени\\p{L}*',
      'указ\\p{L}*',
      'декрет\\p{L}*',
      'документ\\p{L}*',
      'письм\\p{L}*',
      'депеш\\p{L}*',
      'уведомлени\\p{L}*',
      'инструкци\\p{L}*',
      'правил\\p{L}*',
      'регламент\\p{L}*',
      'закон\\p{L}*',
      'программ\\p{L}*',
      'проект\\p{L}*',
    ),
    joiners: words('и', 'а также', '&'),
    namedForSubject: words('Руководящего комитета', 'руководящего комитета'),
  },
  ar: {
    dating: words(
      'بتاريخ',
      'المؤرخ في',
      'المؤرخة في',
      'المؤرخ',
      'المؤرخة',
      'الصادر في',
      'الصادرة في',
      'الصادر بتاريخ',
      'الصادرة بتاريخ',
      'المؤرخ بتاريخ',
    ),
    issuer: words('الصادر عن', 'الصادرة عن', 'الصادر من', 'الصادرة من', 'عن', 'لـ', 'ل'),
    subject: words('بشأن', 'حول', 'بخصوص', 'المتعلق ب', 'المتعلقة ب', 'لتنفيذ', 'بتنفيذ', 'الخاص ب', 'الخاصة ب'),
    relations: [
      ['implements', words('لتنفيذ', 'بتنفيذ', 'تنفيذ', 'تنفيذا ل', 'تنفيذاً ل', 'لتطبيق', 'تطبيق')],
      ['guides', words('لإرشاد', 'إرشاد', 'إرشادات', 'توجيهات تنفيذ')],
      ['concretises', words('لتجسيد', 'تجسيد', 'تفصيل')],
      ['follows', words('متابعة', 'استكمالا ل', 'مواصلة تنفيذ')],
    ],
    typeNouns: words(
      '[وبل]?(?:ال)?خطة',
      '[وبل]?(?:ال)?قرار(?:ات)?',
      '[وبل]?(?:ال)?مقرر',
      '[وبل]?(?:ال)?استنتاج(?:ات)?',
      '[وبل]?(?:ال)?خلاصة',
      '[وبل]?(?:ال)?توجيه(?:ات)?',
      '[وبل]?(?:ال)?لائحة',
      '[وبل]?(?:ال)?لوائح',
      '[وبل]?(?:ال)?مرسوم',
      '[وبل]?(?:ال)?مراسيم',
      '[وبل]?(?:ال)?وثيقة',
      '[وبل]?(?:ال)?رسالة',
      '[وبل]?(?:ال)?إشعار',
      '[وبل]?(?:ال)?تعميم',
      '[وبل]?(?:ال)?قانون',
      '[وبل]?(?:ال)?برنامج',
      '[وبل]?(?:ال)?مشروع',
      '[وبل]?(?:ال)?نظام',
    ),
    joiners: words('و', '&'),
    namedForSubject: words('اللجنة التوجيهية', 'لجنة التوجيه'),
  },
  vi: {
    dating: words('ngày', 'ban hành ngày', 'ký ngày'),
    issuer: words('của', 'do'),
    subject: words(
      'về việc',
      'về',
      'triển khai thực hiện',
      'triển khai',
      'thực hiện',
      'hướng dẫn thực hiện',
      'hướng dẫn',
      'cụ thể hóa',
      'cụ thể hoá',
      'quy định chi tiết',
    ),
    relations: [
      ['implements', words('triển khai thực hiện', 'tổ chức thực hiện', 'triển khai', 'thực hiện', 'quán triệt')],
      ['guides', words('hướng dẫn thực hiện', 'hướng dẫn')],
      ['concretises', words('cụ thể hóa', 'cụ thể hoá', 'quy định chi tiết')],
      ['follows', words('tiếp tục thực hiện', 'tiếp tục triển khai')],
    ],
    typeNouns: words(
      'kế hoạch',
      'quyết định',
      'kết luận',
      'nghị quyết',
      'chỉ thị',
      'quy định',
      'nghị định',
      'công văn',
      'thông báo',
      'hướng dẫn',
      'thông tư',
      'luật',
      'đề án',
      'chương trình',
      'báo cáo',
      'quy chế',
      'văn bản',
      'công điện',
    ),
    joiners: words('và', 'cùng', '&'),
    namedForSubject: words('Ban Chỉ đạo', 'Ban chỉ đạo'),
  },
};

/** One compiled pattern per language and part: `sticky` at a position, case-insensitive, Unicode. */
const compiled = new Map<string, RegExp>();
export function phrasePattern(lang: Lang, source: string, flags = 'iuy'): RegExp {
  const key = `${lang}\u0000${flags}\u0000${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    compiled.set(key, pattern);
  }
  return pattern;
}
